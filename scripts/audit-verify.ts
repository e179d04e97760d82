// `npm run audit:verify`: proves the audit trail's hash chain intact and its end where the signed checkpoints
// (outside the database) say it was, or says where it was altered.
// Exit status 0 when intact, 1 when broken or the end cannot be checked, 2 for a usage error.
import { checkpointSettings } from "../lib/audit/checkpoint-store";
import { describeProblem, verifyAuditTrail } from "../lib/audit/verify";
import { createPrismaClient } from "../lib/prisma-client";
import { DatabaseEnvShape, readEnv } from "../lib/env";

async function main() {
  const url = readEnv({ DATABASE_URL: DatabaseEnvShape.DATABASE_URL.optional() }).DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the database to verify");
  const settings = checkpointSettings();
  const db = createPrismaClient({ url, poolMax: 1 });
  try {
    const result = await verifyAuditTrail(db, settings);
    if (result.break) {
      const what =
        result.break.reason === "hash"
          ? "its content does not match its hash (altered)"
          : "it does not link to the event before it (an event was removed, inserted or altered)";
      console.error(
        `Audit trail BROKEN at event #${result.break.id}: ${what}. ${result.checked} events before it verified.`,
      );
      process.exitCode = 1;
      return;
    }
    const chain = `${result.checked} events verified (#${result.firstId ?? "-"} to #${result.lastId ?? "-"})`;
    if (result.end.status === "broken") {
      console.error(
        `Audit trail BROKEN at its end: ${describeProblem(result.end.problem)}. The hash chain itself links: ${chain}.`,
      );
      process.exitCode = 1;
    } else if (result.end.status === "no-key") {
      console.error(`${result.end.message} Hash chain: ${chain}; its end is not checked.`);
      process.exitCode = 1;
    } else if (result.end.status === "no-checkpoint") {
      console.error(
        `No signed checkpoint in ${settings.file}: the end of the trail cannot be checked (run npm run audit:checkpoint). Hash chain: ${chain}.`,
      );
      process.exitCode = 1;
    } else {
      const { checkpoint, checkpoints, eventsSince } = result.end;
      console.log(
        `Audit trail intact: ${chain}; ${checkpoints} signed checkpoints in ${settings.file} agree, the latest (${checkpoint.at}, ${checkpoint.eventCount} events) with ${eventsSince} events since.`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 2;
});
