// What a person is told when a job fails: the cause in words, never a stack trace.

const DATABASE_DOWN =
  /ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|57P01|57P02|57P03|the database system is (shutting down|starting up|in recovery mode)|Can't reach database|connection.*(closed|ended)|Connection lost/i;

/** The reason for one failed attempt, from the error (or what pg-boss stored of it). */
export function reasonOf(error: unknown): string {
  // pg-boss stores a timed-out attempt's output as { value: { message } }.
  if (error && typeof error === "object" && "value" in error && !(error instanceof Error))
    return reasonOf((error as { value: unknown }).value);
  const message =
    error instanceof Error
      ? error.message
      : typeof error === "object" && error && "message" in error
        ? String((error as { message: unknown }).message)
        : String(error ?? "");
  if (DATABASE_DOWN.test(message)) return "the database stopped answering while the job ran";
  if (/heartbeat|expired|timeout|timed out/i.test(message))
    return "the worker running it stopped answering (it may have been restarted)";
  return message ? `an unexpected error (${message.slice(0, 200)})` : "an unexpected error";
}

/** The final message, once retries are used up. */
export function finalFailureReason(error: unknown, attempts: number): string {
  return `The import could not be finished: ${reasonOf(error)}. It was tried ${attempts} ${attempts === 1 ? "time" : "times"}. Nothing was written. An administrator can retry it from the jobs page today; otherwise upload the file again.`;
}
