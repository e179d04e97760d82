// The register's CSV (one SQL query streamed by COPY) holds the register page's rows (listContracts): the same
// contracts in the same order, with the values the in-process CSV writer gave them, for each kind of caller.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv";
import { actAs } from "@/tests/auth";
import { buildRegister, download, PAGE_COLUMNS, pageRows, parse } from "@/tests/integration/register-export-world";

const tag = `regx-${randomUUID().slice(0, 8)}`;
let w: Awaited<ReturnType<typeof buildRegister>>;

beforeAll(async () => {
  w = await buildRegister(tag);
});

const FILTERS: Record<string, string>[] = [
  { q: tag },
  { q: tag, sort: "title", dir: "asc" },
  { q: tag, sort: "currentValue", dir: "desc" },
  { q: tag, sort: "awardDate", dir: "asc" },
  { q: tag, sort: "endDate", dir: "asc" },
  { q: tag, status: "ACTIVE" },
  { q: tag, status: "EXPIRED", sort: "title" },
  { q: tag, ending: "3" },
  { q: tag, ending: "12", sort: "title", dir: "asc" },
  { supplier: `member ${tag}` },
  { supplier: `FORMER ${tag}` },
  { q: `${tag}%ta`, sort: "title", dir: "asc" },
  { q: `${tag} _ota` },
  { q: `eps-${tag}` },
  { q: `other lead ${tag}` },
  { q: `${tag} nothing matches this` },
];

describe.each(["admin", "leadOfA", "auditorOfAC", "supplierMember"] as const)("the register CSV as %s", (who) => {
  it("holds the page's rows, in its order, with the values the page's CSV gave, for every filter", async () => {
    actAs(w.users[who]);
    let rowsSeen = 0;
    for (const query of FILTERS) {
      const expected = await pageRows(query);
      const text = await download(query);
      expect(parse(text), JSON.stringify(query)).toEqual(parse(toCsv(PAGE_COLUMNS, expected).slice(1)));
      // Byte for byte too, but for the line ends (COPY ends rows with LF) and an empty reference (COPY writes "").
      if (!expected.some((r) => r.reference === ""))
        expect(text).toBe(toCsv(PAGE_COLUMNS, expected).slice(1).replaceAll("\r\n", "\n"));
      rowsSeen += expected.length;
    }
    expect(rowsSeen).toBeGreaterThan(FILTERS.length);
  });
});
