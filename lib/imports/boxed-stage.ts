// Parsing in a box: the job reads an uploaded file in a child process with a memory cap
// (--max-old-space-size) and a time limit, so a file built to exhaust memory or time (a zip bomb the
// limits missed, a pathological CSV) ends that process only: it is refused with a message naming the
// limit, and the worker carries on. (A worker thread's resourceLimits were tried first: a single huge
// allocation past them is a fatal V8 error that takes the whole process down.)
import { fork } from "node:child_process";
import path from "node:path";
import { ImportEnvShape, readEnv } from "@/lib/env";
import { FileReadError, type StageOptions, type StageResult } from "./stage-spend";

export const { PARSE_MEMORY_MB, PARSE_TIME_LIMIT_MINUTES } = readEnv(ImportEnvShape);

type Message =
  | { type: "progress"; rowsRead: number }
  | { type: "result"; result: StageResult }
  | { type: "error"; message: string; fileError: boolean; overLimit: boolean };

/** Built at run time: Turbopack resolves a fork() of a path it can evaluate at build time, and fails the build on this one. */
function childScript(): string {
  return [process.cwd(), "lib", "imports", "stage-child.mjs"].join(path.sep);
}

export function stageInBox(options: StageOptions, signal?: AbortSignal): Promise<StageResult> {
  const { recordProgress, onProgress } = options;
  // Only plain data crosses into the child.
  const input = {
    databaseUrl: options.databaseUrl,
    importId: options.importId,
    departmentId: options.departmentId,
    path: options.path,
    format: options.format,
  };
  return new Promise((resolve, reject) => {
    // From the working directory (the app's root), not import.meta.url, which a bundler would rewrite.
    const child = fork(childScript(), [], {
      execArgv: [`--max-old-space-size=${PARSE_MEMORY_MB}`],
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    let outcome: { result: StageResult } | { error: Error } | null = null;
    let stoppedBy: "time" | "abort" | null = null;
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const stop = (why: "time" | "abort") => {
      stoppedBy = why;
      child.kill("SIGKILL");
    };
    const timer = setTimeout(() => stop("time"), PARSE_TIME_LIMIT_MINUTES * 60_000);
    const abort = () => stop("abort");
    signal?.addEventListener("abort", abort);
    child.on("message", (message: Message) => {
      if (message.type === "progress") {
        onProgress?.(message.rowsRead);
        void recordProgress(message.rowsRead).catch(() => undefined);
      } else if (message.type === "result") outcome = { result: message.result };
      else
        outcome = {
          error: message.fileError ? new FileReadError(message.message, message.overLimit) : new Error(message.message),
        };
    });
    child.on("error", (error) => {
      outcome ??= { error };
    });
    child.on("exit", () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", abort);
      if (outcome && "result" in outcome) return resolve(outcome.result);
      if (outcome) return reject(outcome.error);
      if (stoppedBy === "time")
        return reject(
          new FileReadError(
            `Reading the file took longer than ${PARSE_TIME_LIMIT_MINUTES} minutes (the time limit on reading one file)`,
            true,
          ),
        );
      if (stoppedBy === "abort") return reject(new Error("the job's lease was lost while reading the file"));
      if (/heap out of memory|Allocation failed|invalid size error|OOM/i.test(stderr)) {
        return reject(
          new FileReadError(
            `Reading the file needed more than ${PARSE_MEMORY_MB} MB of memory (the limit on reading one file)`,
            true,
          ),
        );
      }
      reject(new Error(`the file reader stopped unexpectedly${stderr ? `: ${stderr.trim().split("\n").pop()}` : ""}`));
    });
    child.send(input);
  });
}
