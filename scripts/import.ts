// `npm run import -- spend FILE --department "HM Treasury" [--create-suppliers]` and
// `npm run import -- ocds FILE`: the importers behind the upload page, for administrators' bulk loads.
// Exit status 0 when the file was imported, 1 when it was refused, 2 for a usage error.
import path from "node:path";
import { parseArgs } from "node:util";
import { formatCount, formatMoney } from "../lib/format";
import { readFileHead } from "../lib/imports/file-head";
import { contentProblem, LEGACY_WORKBOOK } from "../lib/imports/file-type";
import { refuseForUnmatched, registerUnmatchedSuppliers } from "../lib/imports/register-unmatched";
import { QUEUE_REASON_TEXT } from "../lib/suppliers/identity";
import { createSpendImport, runSpendImport } from "../lib/imports/spend-import";
import { formatOfFileName } from "../lib/imports/spend-readers";
import { finishSpendImport } from "../lib/imports/write-spend";
import { stopSender } from "../lib/jobs/send";
import { createPrismaClient } from "../lib/prisma-client";
import { DatabaseEnvShape, readEnv } from "../lib/env";

const USAGE = `Usage:
  npm run import -- spend FILE --department "Department name" [--create-suppliers]
  npm run import -- ocds FILE`;

const ACTOR = { id: null, email: "cli:npm run import" };

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { department: { type: "string" }, "create-suppliers": { type: "boolean", default: false } },
  });
  const [kind, file] = positionals;
  const url = readEnv({ DATABASE_URL: DatabaseEnvShape.DATABASE_URL.optional() }).DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the database to import into");
  if (!file || (kind !== "spend" && kind !== "ocds")) {
    console.error(USAGE);
    return 2;
  }
  const db = createPrismaClient({ url, poolMax: 2 });
  try {
    if (kind === "ocds") {
      const { importOcdsFile } = await import("../lib/ocds/import-file");
      return await importOcdsFile(db, file, ACTOR);
    }
    const format = formatOfFileName(file);
    if (!format) {
      console.error(/\.xls$/i.test(file) ? LEGACY_WORKBOOK : "The file must be .csv or .xlsx");
      return 2;
    }
    // The upload's check on what the file really is, before an Import is recorded.
    const problem = contentProblem(await readFileHead(file), format);
    if (problem) {
      console.error(`Refused: ${path.basename(file)}: ${problem}`);
      return 1;
    }
    const department = values.department
      ? await db.department.findFirst({ where: { name: { equals: values.department, mode: "insensitive" } } })
      : null;
    if (!department) {
      console.error(
        values.department
          ? `No department named "${values.department}"`
          : 'Name the department: --department "HM Treasury"',
      );
      return 2;
    }
    const record = await createSpendImport(db, {
      path: file,
      fileName: path.basename(file),
      format,
      departmentId: department.id,
      createdById: null,
    });
    let result = await runSpendImport({
      prisma: db,
      databaseUrl: url,
      importId: record.id,
      departmentId: department.id,
      path: file,
      format,
      actor: ACTOR,
    });
    let unmatched = 0;
    if (result.status === "AWAITING_MATCHES") {
      unmatched = result.unmatched;
      if (values["create-suppliers"]) {
        const created = await registerUnmatchedSuppliers(db, record.id, ACTOR);
        console.log(`Created ${formatCount(created)} suppliers for unmatched names`);
        result = await finishSpendImport(db, record.id, ACTOR);
      }
      if (result.status === "AWAITING_MATCHES") {
        const names = await refuseForUnmatched(db, record.id);
        console.error(
          `Refused: ${formatCount(names.length)} supplier names are not matched to a registered supplier (--create-suppliers registers only names that match nothing):`,
        );
        for (const n of names.slice(0, 50))
          console.error(
            `  ${n.supplierName}${n.companiesHouseNumber ? ` (${n.companiesHouseNumber})` : ""}: ${formatCount(n.lines)} lines. ${QUEUE_REASON_TEXT[n.reason]}`,
          );
      }
    }
    const final = await db.import.findUniqueOrThrow({ where: { id: record.id } });
    console.log(`Import ${final.id}: ${final.status}`);
    console.log(`Rows read:            ${formatCount(final.rowsRead)}`);
    console.log(`Rows written:         ${formatCount(final.rowsWritten)}`);
    console.log(`Duplicates skipped:   ${formatCount(final.duplicatesSkipped)}`);
    console.log(`Unmatched suppliers:  ${formatCount(unmatched)}`);
    console.log(`Total amount:         ${formatMoney(final.totalAmount)}`);
    if (result.status === "REJECTED") {
      const problems = final.errors as { row: number; column: string; value: string; message: string }[];
      console.error(`Refused: ${formatCount(result.problemCount)} problems. The first:`);
      for (const p of problems.slice(0, 20))
        console.error(`  row ${p.row}, ${p.column || "file"}: ${p.message}${p.value ? ` ("${p.value}")` : ""}`);
    }
    if (final.status === "COMPLETED" && final.rowsWritten > 0)
      console.log(
        "The dashboards' concentration, partnership and lock-in figures follow on the job worker (npm start, or npm run worker).",
      );
    return final.status === "COMPLETED" ? 0 : 1;
  } finally {
    await stopSender();
    await db.$disconnect();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
