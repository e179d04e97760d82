// The change-ledger migration maps the amendments already recorded, nothing lost: run on the migrations before
// it in a scratch schema holding rows as the app wrote them, then checked.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";

const MIGRATION = "20261201230000_notices_change_ledger";
const dir = path.join("prisma", "migrations");
const schema = `ledger_migration_${Date.now().toString(36)}`;
const client = new pg.Client({ connectionString: inject("databaseUrl") });

const sqlOf = (name: string) => readFileSync(path.join(dir, name, "migration.sql"), "utf8");
const q = async <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
  (await client.query(text, values)).rows as T[];

beforeAll(async () => {
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
  for (const name of readdirSync(dir)
    .filter((n) => n < MIGRATION && !n.endsWith(".toml"))
    .sort())
    await client.query(sqlOf(name));
  // As the app wrote them before the ledger.
  await client.query(`
    INSERT INTO "Department" (id, name, type, "updatedAt") VALUES ('d', 'Dept', 'NHS', now());
    INSERT INTO "Supplier" (id, "legalName", "normalisedName", "updatedAt") VALUES ('lead', 'Lead Ltd', 'lead', now()), ('cf', 'Carnall Farrar Limited', 'carnall farrar', now());
    INSERT INTO "Contract" (id, "departmentId", title, "routeToMarket", "procurementMethod", "leadPartnerId", "awardValue", "currentValue", "awardDate", "startDate", "endDate", "updatedAt") VALUES
      ('extended', 'd', 'Extended', 'OPEN', 'OPEN', 'lead', 100, 120, '2025-03-01', '2025-04-01', '2027-03-31', now()),
      ('plain', 'd', 'Plain', 'OPEN', 'OPEN', 'lead', 100, 100, '2025-03-01', '2025-04-01', '2026-03-31', now()),
      ('unknown', 'd', 'Unknown', 'OPEN', 'OPEN', 'lead', 100, 100, '2025-03-01', '2025-04-01', '2027-03-31', now());
    INSERT INTO "PartnershipMember" (id, "contractId", "supplierId", role, "pledgedSharePercent", "joinedOn") VALUES ('m', 'plain', 'cf', 'data', 10, '2025-05-01');
    INSERT INTO "Amendment" (id, "contractId", kind, date, rationale, "valueChange", "newEndDate") VALUES
      ('ext', 'extended', 'EXTENSION', '2026-02-01', 'Option taken', 20, '2027-03-31'),
      ('join', 'plain', 'MEMBER_ADDED', '2025-05-01', 'Carnall Farrar Limited joined as data partner with 10% pledged.', 0, NULL),
      ('close', 'plain', 'OTHER', '2026-03-31', 'Closed (expired): reached its end date', 0, NULL),
      ('ext2', 'unknown', 'EXTENSION', '2026-02-01', 'Option taken', 0, '2027-03-31');
    INSERT INTO "AuditEvent" (action, "entityType", "entityId", before, after) VALUES
      ('amendment.create', 'Contract', 'extended', '{"endDate": "2026-03-31T00:00:00.000Z"}', '{"amendment": {"newEndDate": "2027-03-31T00:00:00.000Z"}}');
  `);
  await client.query(sqlOf(MIGRATION));
});

afterAll(async () => {
  await client.query(`DROP SCHEMA ${schema} CASCADE`);
  await client.end();
});

describe("the change-ledger migration", () => {
  it("keeps every amendment, with the ground not recorded, contract endings marked and the supplier added named", async () => {
    const rows = await q(
      `SELECT id, kind, rationale, "valueChange"::text AS value, "legalGround", "endsContract", "supplierId" FROM "Amendment" ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        id: "close",
        kind: "OTHER",
        rationale: "Closed (expired): reached its end date",
        value: "0.00",
        legalGround: "NOT_RECORDED",
        endsContract: true,
        supplierId: null,
      },
      {
        id: "ext",
        kind: "EXTENSION",
        rationale: "Option taken",
        value: "20.00",
        legalGround: "NOT_RECORDED",
        endsContract: false,
        supplierId: null,
      },
      {
        id: "ext2",
        kind: "EXTENSION",
        rationale: "Option taken",
        value: "0.00",
        legalGround: "NOT_RECORDED",
        endsContract: false,
        supplierId: null,
      },
      {
        id: "join",
        kind: "MEMBER_ADDED",
        rationale: "Carnall Farrar Limited joined as data partner with 10% pledged.",
        value: "0.00",
        legalGround: "NOT_RECORDED",
        endsContract: false,
        supplierId: "cf",
      },
    ]);
  });

  it("finds each contract's awarded end date from the audit trail, or its end date when the term never moved, else leaves it unknown", async () => {
    const rows = await q(
      `SELECT id, to_char("awardedEndDate", 'YYYY-MM-DD') AS awarded, category FROM "Contract" ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: "extended", awarded: "2026-03-31", category: "SERVICES" },
      { id: "plain", awarded: "2026-03-31", category: "SERVICES" },
      { id: "unknown", awarded: null, category: "SERVICES" },
    ]);
  });

  it("gives a contract inserted afterwards its awarded end date (the trigger)", async () => {
    await q(
      `INSERT INTO "Contract" (id, "departmentId", title, "routeToMarket", "procurementMethod", "leadPartnerId", "awardValue", "currentValue", "awardDate", "startDate", "endDate", "updatedAt") VALUES ('new', 'd', 'New', 'OPEN', 'OPEN', 'lead', 1, 1, '2026-01-01', '2026-01-01', '2026-12-31', now())`,
    );
    expect(
      await q(`SELECT to_char("awardedEndDate", 'YYYY-MM-DD') AS awarded FROM "Contract" WHERE id = 'new'`),
    ).toEqual([{ awarded: "2026-12-31" }]);
  });
});
