// Where staged spend lines go: COPY on a dedicated connection, in one transaction, in batches
// (the file is never held in memory).
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
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

const COLUMNS = [
  "importId",
  "rowNumber",
  "paidOn",
  "amount",
  "supplierName",
  "supplierKey",
  "companiesHouseNumber",
  "description",
  "expenseType",
  "expenseArea",
  "transactionNumber",
  "contractReference",
  "baseFingerprint",
] as const;

const values = (importId: string, l: SpendLine) => [
  importId,
  l.rowNumber,
  l.paidOn,
  l.amount,
  l.supplierName,
  l.supplierKey,
  l.companiesHouseNumber,
  l.description,
  l.expenseType,
  l.expenseArea,
  l.transactionNumber,
  l.contractReference,
  l.baseFingerprint,
];

export async function copySink(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("BEGIN");
  const copy = client.query(copyFrom(`COPY "StagedSpendRow" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
  const copied = new Promise<void>((resolve, reject) => {
    copy.on("finish", resolve);
    copy.on("error", reject);
  });
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= client.end().catch(() => undefined));
  copied.catch(() => undefined); // awaited by end(); moot once abandoned
  client.on("error", () => undefined); // a dropped connection fails the query in hand, which reports it
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
    /** After an error mid-COPY: a ROLLBACK would wait behind the unfinished COPY, so the connection is
     * closed instead (the server rolls the transaction back with it). */
    abandon: () => close(),
    close: () => close(),
  };
}
