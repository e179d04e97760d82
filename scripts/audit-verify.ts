// `npm run audit:verify`: proves the audit trail's hash chain intact, or says where it was altered.
// Exit status 0 when intact, 1 when broken.
import { verifyAuditChain } from "../lib/audit/verify";
import { createPrismaClient } from "../lib/prisma-client";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the database to verify");
  const db = createPrismaClient({ url, poolMax: 1 });
  try {
    const result = await verifyAuditChain(db);
    if (result.break) {
      const what = result.break.reason === "hash" ? "its content does not match its hash (altered)" : "it does not link to the event before it (an event was removed, inserted or altered)";
      console.error(`Audit trail BROKEN at event #${result.break.id}: ${what}. ${result.checked} events before it verified.`);
      process.exitCode = 1;
    } else {
      console.log(`Audit trail intact: ${result.checked} events verified (#${result.firstId ?? "-"} to #${result.lastId ?? "-"}).`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 2;
});
