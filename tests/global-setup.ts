import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../scripts/embedded-db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databasePoolMax: string;
  }
}

// Integration tests run against TEST_DATABASE_URL (CI: a fresh database on the real PostgreSQL),
// else against an in-memory embedded PostgreSQL so `npm test` passes on a machine without one.
export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!url) {
    const embedded = await startEmbeddedDatabase();
    url = embedded.url;
    stop = embedded.stop;
  }
  // Asynchronously: the embedded server lives in this process and must keep answering.
  await promisify(execFile)(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
  });
  project.provide("databaseUrl", url);
  project.provide("databasePoolMax", stop ? "1" : "5");
  return async () => {
    await stop?.();
  };
}
