// `npm run import -- ocds FILE`: prints what was read and written; exit status 1 when refused.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { contentProblem, SNIFF_BYTES } from "@/lib/imports/file-type";
import { QUEUE_REASON_TEXT } from "@/lib/suppliers/queue-reasons";
import { importOcdsPackage } from "./import-package";

export async function importOcdsFile(
  db: PrismaClient,
  file: string,
  actor: { id: string | null; email: string } | null,
): Promise<number> {
  const bytes = await readFile(file);
  // The upload's check on what the file really is, before an Import is recorded.
  const problem = contentProblem(bytes.subarray(0, SNIFF_BYTES), "ocds");
  if (problem) {
    console.error(`Refused: ${path.basename(file)}: ${problem}`);
    return 1;
  }
  // TextDecoder drops a UTF-8 byte order mark, which JSON.parse would refuse (as the upload's File.text() does).
  const text = new TextDecoder().decode(bytes);
  const result = await importOcdsPackage(db, { text, fileName: path.basename(file), actor, createdById: null });
  console.log(`Import ${result.importId}: ${result.status}`);
  console.log(`Releases read:        ${result.releasesRead}`);
  console.log(`Releases applied:     ${result.releasesApplied}`);
  console.log(`Duplicates skipped:   ${result.duplicatesSkipped}`);
  console.log(`Contracts created:    ${result.contractsCreated}`);
  console.log(`Contracts updated:    ${result.contractsUpdated}`);
  const s = result.summary;
  if (s) {
    console.log(`Awards read/recorded:    ${s.awardsRead} / ${s.awardsRecorded}`);
    console.log(`Suppliers read/recorded: ${s.suppliersRead} / ${s.suppliersRecorded}`);
    console.log(`Contracts read/recorded: ${s.contractsRead} / ${s.contractsRecorded}`);
    console.log(`Award value read/recorded: ${s.awardValueRead} / ${s.awardValueRecorded}`);
    console.log(`Frameworks created/matched: ${s.frameworks.created.length} / ${s.frameworks.matched.length}`);
  }
  for (const q of result.matchQueue)
    console.warn(`To match on the import's page: ${q.name} (${q.paths.join(", ")}): ${QUEUE_REASON_TEXT[q.reason]}`);
  if (result.status === "AWAITING_MATCHES")
    console.warn("Nothing was written: the package is applied once an administrator has matched these suppliers.");
  for (const p of result.problems) console.error(`Problem at ${p.path}: ${p.message}`);
  for (const w of result.warnings) console.warn(`Warning at ${w.path}: ${w.message}`);
  return result.status === "COMPLETED" ? 0 : 1;
}
