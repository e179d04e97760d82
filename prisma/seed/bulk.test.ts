import { describe, expect, it } from "vitest";
import { TableWriter, WriterGroup, insertStatement } from "./bulk";

type Row = { id: string; kind: string; amount: string };
const SPEC = {
  name: "T",
  columns: { id: "text", kind: '"Kind"', amount: "numeric" },
  stampedNow: ["updatedAt"],
} as const;

describe("bulk writes", () => {
  it("builds one INSERT from a JSON record set", () => {
    expect(insertStatement<Row>(SPEC)).toBe(
      'INSERT INTO "T" ("id", "kind", "amount", "updatedAt") SELECT "id", "kind", "amount", now() ' +
        'FROM json_to_recordset($1::json) AS t("id" text, "kind" "Kind", "amount" numeric)',
    );
  });

  it("flushes parents before children, in chunks", async () => {
    const calls: string[] = [];
    const db = {
      $executeRawUnsafe: async (sql: string, json: unknown) => {
        calls.push(`${sql.split(" ")[2]}:${JSON.parse(String(json)).length}`);
        return 0;
      },
    };
    const parent = new TableWriter<Row>({ ...SPEC, name: "Parent" });
    const child = new TableWriter<Row>({ ...SPEC, name: "Child" });
    const group = new WriterGroup(db, [parent, child], 2);
    child.push({ id: "1", kind: "A", amount: "1.00" });
    child.push({ id: "2", kind: "A", amount: "1.00" });
    parent.push({ id: "p", kind: "A", amount: "1.00" });
    await group.flushIfFull();
    await group.flushAll();
    expect(calls).toEqual(['"Parent":1', '"Child":2']);
    expect(child.written).toBe(2);
  });
});
