// `npm run audit:checkpoint`: signs the audit trail's end as it stands (event count, last id and hash, with
// AUDIT_SIGNING_KEY) and appends it to AUDIT_CHECKPOINT_FILE. Run it on a schedule; the Verify page writes one on demand.
import { checkpointSettings, writeCheckpoint } from "../lib/audit/checkpoint-store";
import { createPrismaClient } from "../lib/prisma-client";
import { DatabaseEnvShape, readEnv } from "../lib/env";

async function main() {
  const url = readEnv({ DATABASE_URL: DatabaseEnvShape.DATABASE_URL.optional() }).DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the database whose audit trail to checkpoint");
  const settings = checkpointSettings();
  const db = createPrismaClient({ url, poolMax: 1 });
  try {
    const checkpoint = await writeCheckpoint(db, settings);
    console.log(
      `Checkpoint written to ${settings.file}: ${checkpoint.eventCount} events, last #${checkpoint.lastId ?? "-"}, at ${checkpoint.at}.`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
