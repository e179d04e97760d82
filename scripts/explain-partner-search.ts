// EXPLAIN ANALYZE of the partner search on DATABASE_URL, for the worst cases (figures in docs/benchmarks.md):
//   DATABASE_URL=... npx tsx scripts/explain-partner-search.ts
import pg from "pg";
import { PartnerSearchParamsSchema } from "../lib/partner-search/schema";
import { partnerCountSql, partnerPageSql } from "../lib/partner-search/sql";

async function main() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const root = await client.query(`SELECT "id" FROM "Capability" WHERE "parentId" IS NULL ORDER BY "code" LIMIT 1`);
  const lot = await client.query(
    `SELECT "lotId" FROM "LotMembership" WHERE "status" = 'VERIFIED' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  const cases = {
    "no filters, by name": {},
    "no filters, by contracts desc, page 40": { sort: "contracts", dir: "desc", page: "40" },
    "capability tree + lot + SME + region": {
      capabilityId: root.rows[0]?.id,
      lotId: lot.rows[0]?.lotId,
      sme: "sme",
      region: "London",
    },
    "SME, seeks to lead, by partnerships": { sme: "sme", seeks: "lead", sort: "partnerships", dir: "desc" },
  };
  for (const [name, raw] of Object.entries(cases)) {
    const params = PartnerSearchParamsSchema.parse(raw);
    for (const [kind, sql] of [
      ["page", partnerPageSql(params)],
      ["count", partnerCountSql(params)],
    ] as const) {
      const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
      const lines = plan.rows.map((r) => r["QUERY PLAN"] as string);
      console.log(`${name} [${kind}]: ${lines.filter((l) => /Execution Time|Planning Time/.test(l)).join(", ")}`);
      if (process.env.VERBOSE) console.log(lines.join("\n"));
    }
  }
  await client.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
