// Runs in a child process (lib/imports/boxed-stage.ts): reads, checks and stages one spend file under
// the child's memory cap, with its own database connection for COPY; progress and the outcome go back
// to the job as IPC messages.
import { FileReadError, stageSpendFile, type StageOptions } from "./stage-spend";

type Input = Omit<StageOptions, "recordProgress" | "onProgress">;

const send = (message: object) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

// The worker that started it is gone (killed, crashed): stop at once, so the staging transaction rolls
// back with the connection and nothing races the next attempt.
process.on("disconnect", () => process.exit(1));

process.once("message", (input: Input) => {
  stageSpendFile({ ...input, recordProgress: (rowsRead) => send({ type: "progress", rowsRead }) })
    .then((result) => send({ type: "result", result }))
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      return send({
        type: "error",
        message,
        fileError: error instanceof FileReadError,
        overLimit: error instanceof FileReadError && error.overLimit,
      });
    })
    .finally(() => process.exit(0));
});
