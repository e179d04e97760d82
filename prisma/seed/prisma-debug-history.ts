// Prisma 6 keeps the arguments of the last 100 debug calls for its error reports, even with DEBUG
// unset: once in the client runtime (query plans) and once in @prisma/debug as used by the pg
// adapter (each query and its parameters). For bulk writes those are multi-megabyte JSON chunks,
// about 1 GB held in scale mode. Logging 100 empty entries to each pushes them out.
import { createRequire } from "node:module";

type DebugFactory = (namespace: string) => (...args: unknown[]) => void;

let loggers: ((...args: unknown[]) => void)[] | undefined;

function load(): ((...args: unknown[]) => void)[] {
  const out: ((...args: unknown[]) => void)[] = [];
  // Only under CommonJS (tsx, as the seed runs): the same module instances that Prisma loaded.
  if (typeof require === "undefined") return out;
  const tryDebug = (get: () => unknown) => {
    try {
      const debug = (get() as { Debug?: DebugFactory }).Debug;
      if (typeof debug === "function") out.push(debug("partnerscope:seed"));
    } catch {
      // Not resolvable in this layout: memory is then bounded by the chunk size instead.
    }
  };
  // The CommonJS `require` itself (not createRequire from here) so the instances are Prisma's own.
  const load = require;
  tryDebug(() => load("@prisma/client/runtime/client.js"));
  tryDebug(() => createRequire(load.resolve("@prisma/adapter-pg"))("@prisma/driver-adapter-utils"));
  return out;
}

export function forgetPrismaDebugHistory(): void {
  if (process.env.DEBUG) return;
  loggers ??= load();
  for (const log of loggers) for (let i = 0; i < 100; i++) log("");
}
