// Where staged spend lines go: COPY on a dedicated connection (real PostgreSQL), or chunks of
// INSERT ... SELECT FROM json_to_recordset through Prisma's transaction (the single-session
// embedded database). Both write in batches; neither holds the file in memory.
import type { Prisma } from "@prisma/client";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { forgetPrismaDebugHistory } from "@/lib/demo/prisma-debug-history";
import { copyLine } from "./copy-text";
import type { SpendLine } from "./spend-row";

export type StagingSink = {
  /** Returns a promise only when the caller must wait (back-pressure). */
  write(importId: string, line: SpendLine): Promise<void> | undefined;
  end(): Promise<void>;
  /** Before committing a valid file: fresh statistics, so the writer's joins are planned for its real size. */
  analyze(): Promise<void>;
};

const ANALYZE = `ANALYZE "StagedSpendRow"`;

const COLUMNS = ["importId", "rowNumber", "paidOn", "amount", "supplierName", "supplierKey", "companiesHouseNumber",
  "description", "expenseType", "expenseArea", "transactionNumber", "contractReference", "baseFingerprint"] as const;

const values = (importId: string, l: SpendLine) => [importId, l.rowNumber, l.paidOn, l.amount, l.supplierName, l.supplierKey,
  l.companiesHouseNumber, l.description, l.expenseType, l.expenseArea, l.transactionNumber, l.contractReference, l.baseFingerprint];

export async function copySink(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("BEGIN");
  const copy = client.query(copyFrom(`COPY "StagedSpendRow" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
  const copied = new Promise<void>((resolve, reject) => {
    copy.on("finish", resolve);
    copy.on("error", reject);
  });
  // Lines are sent in ~256 KB chunks: pg-copy-streams makes one protocol message per write.
  let buffer = "";
  const flush = () => {
    const chunk = buffer;
    buffer = "";
    return copy.write(chunk) ? undefined : new Promise<void>((r) => copy.once("drain", r));
  };
  return {
    write(importId: string, line: SpendLine) {
      buffer += copyLine(values(importId, line));
      return buffer.length >= 262_144 ? flush() : undefined;
    },
    async end() {
      if (buffer) await flush();
      copy.end();
      await copied;
    },
    analyze: () => client.query(ANALYZE).then(() => undefined),
    commit: () => client.query("COMMIT").then(() => undefined),
    rollback: () => client.query("ROLLBACK").then(() => undefined),
    close: () => client.end(),
  };
}

const CHUNK = 5_000;
const INSERT = `INSERT INTO "StagedSpendRow" (${COLUMNS.map((c) => `"${c}"`).join(", ")})
  SELECT ${COLUMNS.map((c) => `"${c}"`).join(", ")} FROM json_to_recordset($1::json) AS t("importId" text, "rowNumber" integer,
  "paidOn" date, amount numeric, "supplierName" text, "supplierKey" text, "companiesHouseNumber" text, description text,
  "expenseType" text, "expenseArea" text, "transactionNumber" text, "contractReference" text, "baseFingerprint" text)`;

export function prismaSink(tx: Prisma.TransactionClient): StagingSink {
  let rows: Record<string, unknown>[] = [];
  const flush = async () => {
    const json = JSON.stringify(rows);
    rows = [];
    await tx.$executeRawUnsafe(INSERT, json);
    // Prisma keeps the parameters of its last 100 calls: push the chunks out of its history.
    forgetPrismaDebugHistory();
  };
  return {
    write(importId, line) {
      const v = values(importId, line);
      rows.push(Object.fromEntries(COLUMNS.map((c, i) => [c, v[i]])));
      return rows.length >= CHUNK ? flush() : undefined;
    },
    async end() {
      if (rows.length) await flush();
    },
    analyze: () => tx.$executeRawUnsafe(ANALYZE).then(() => undefined),
  };
}
