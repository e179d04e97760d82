// `npm run worker`: a job worker on its own (production runs as many as it needs, on any machine
// that reaches DATABASE_URL). `npm start` runs one beside the web server. SIGINT/SIGTERM: finishes
// the jobs in hand (up to 30 s), then exits.
import { startJobWorker } from "../lib/jobs/worker";
import { DatabaseEnvShape, readEnv } from "../lib/env";

async function main() {
  const databaseUrl = readEnv({ DATABASE_URL: DatabaseEnvShape.DATABASE_URL.optional() }).DATABASE_URL;
  if (!databaseUrl) {
    console.error("Set DATABASE_URL to the database whose jobs this worker runs");
    process.exit(2);
  }
  const worker = await startJobWorker({ databaseUrl });
  const stop = async () => {
    await worker.stop().catch((error: unknown) => console.error(error));
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error(`[jobs] the worker could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
