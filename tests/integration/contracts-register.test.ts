// The register's filters, KPI flags and the CSV download of the filtered list.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/contracts/export/route";
import { listContracts } from "@/lib/contracts/queries";
import { ContractListParamsSchema } from "@/lib/contracts/schema";
import { db } from "@/lib/db";
import { actAs } from "@/tests/auth";
import { addMember, createContract, createKpi, createLot, createSupplier } from "@/tests/factories";
import { buildContractWorld } from "@/tests/integration/contract-world";

let w: Awaited<ReturnType<typeof buildContractWorld>>;
let tag: string;
const months = (n: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate()));
};

beforeAll(async () => {
  w = await buildContractWorld();
  tag = `register-${w.dept.id}`;
  const lot = await createLot();
  const partner = await createSupplier({ legalName: `Member ${tag} Ltd` });
  const big = { awardValue: "6000000.00", currentValue: "6000000.00" };
  // Soon: ends in 2 months, on the framework, with a member; Later: ends in 2 years.
  const soon = await createContract(w.dept.id, w.lead.id, {
    title: `${tag} soon`,
    endDate: months(2),
    lotId: lot.id,
    routeToMarket: "FRAMEWORK_CALL_OFF",
    ...big,
  });
  await addMember(soon.id, partner.id);
  const later = await createContract(w.dept.id, w.lead.id, {
    title: `${tag} later`,
    endDate: months(24),
    ...big,
    awardDate: new Date("2020-01-01"),
  });
  for (let i = 0; i < 3; i++) await createKpi(later.id, w.lead.id);
  await createContract(w.dept.id, w.lead.id, {
    title: `${tag} exempt "quoted", =formula`,
    endDate: months(30),
    ...big,
    kpiExemptionReason: "Commodity licences",
  });
  await createContract(w.dept.id, w.lead.id, { title: `${tag} expired`, status: "EXPIRED", endDate: months(1) });
  await createContract(w.otherDept.id, w.lead.id, { title: `${tag} other department`, endDate: months(2) });
  return { lot };
});

async function titles(query: Record<string, string>) {
  const page = await listContracts(ContractListParamsSchema.parse({ q: tag, sort: "title", dir: "asc", ...query }));
  return page.rows.map((r) => r.title.replace(`${tag} `, ""));
}

describe("contract register", () => {
  it("filters by status, ending within N months, framework and supplier, inside the lead's department", async () => {
    actAs(w.users.lead);
    expect(await titles({})).toEqual(['exempt "quoted", =formula', "expired", "later", "soon"]);
    expect(await titles({ status: "EXPIRED" })).toEqual(["expired"]);
    expect(await titles({ ending: "3" })).toEqual(["soon"]);
    expect(await titles({ ending: "26" })).toEqual(["later", "soon"]);
    const soon = await db.contract.findFirstOrThrow({ where: { title: `${tag} soon` }, include: { lot: true } });
    expect(await titles({ framework: soon.lot!.frameworkId })).toEqual(["soon"]);
    expect(await titles({ supplier: `Member ${tag}` })).toEqual(["soon"]);
  });

  it("flags contracts over £5m without three KPIs or a reason, and overdue assessments", async () => {
    actAs(w.users.lead);
    const page = await listContracts(ContractListParamsSchema.parse({ q: tag, sort: "title", dir: "asc" }));
    const flags = Object.fromEntries(
      page.rows.map((r) => [r.title.replace(`${tag} `, ""), [r.kpiRequirement, r.kpiOverdue]]),
    );
    expect(flags).toEqual({
      'exempt "quoted", =formula': ["exempt", false],
      expired: ["not-required", false],
      // Three KPIs, awarded in 2020 and never assessed: overdue.
      later: ["met", true],
      soon: ["missing", false],
    });
  });

  it("counts current members and KPIs of each row, and a recent assessment is not overdue", async () => {
    actAs(w.users.lead);
    const own = `counts-${w.dept.id}`;
    const [stayed, left] = await Promise.all([createSupplier(), createSupplier()]);
    const assessed = await createContract(w.dept.id, w.lead.id, {
      title: `${own} assessed`,
      awardValue: "6000000.00",
      currentValue: "6000000.00",
      awardDate: new Date("2020-01-01"),
    });
    await addMember(assessed.id, stayed.id);
    await addMember(assessed.id, left.id, { leftOn: new Date("2024-06-01") });
    const kpis = [
      await createKpi(assessed.id, w.lead.id),
      await createKpi(assessed.id, w.lead.id),
      await createKpi(assessed.id, w.lead.id),
    ];
    await db.kpiAssessment.create({ data: { kpiId: kpis[0]!.id, assessedOn: months(-1), rating: "GOOD" } });
    await createContract(w.dept.id, w.lead.id, { title: `${own} bare` });
    const page = await listContracts(ContractListParamsSchema.parse({ q: own, sort: "title", dir: "asc" }));
    expect(
      page.rows.map((r) => [r.title.replace(`${own} `, ""), r.memberCount, r.kpiCount, r.kpiRequirement, r.kpiOverdue]),
    ).toEqual([
      ["assessed", 1, 3, "met", false],
      ["bare", 0, 0, "not-required", false],
    ]);
  });

  it("downloads the filtered list as UTF-8 CSV with a BOM (rows end LF, as COPY writes them), scoped to the caller", async () => {
    actAs(w.users.lead);
    const response = await GET(
      new Request(
        `http://localhost/api/contracts/export?q=${encodeURIComponent(tag)}&sort=title&dir=asc&status=ACTIVE`,
      ),
    );
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="contracts-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = bytes.toString("utf8").slice(1).trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Reference,Title,Buyer,Lead partner,/);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`"${tag} exempt ""quoted"", =formula"`);
    expect(lines[1]).toContain(",6000000.00,6000000.00,0,Reason recorded,No");
    expect(lines.join("\n")).not.toContain("other department");
  });

  it("downloads a long list whole and in the register's order, each contract once", async () => {
    const many = `export-many-${w.dept.id}`;
    // 2,345 contracts on 40 end dates: the sort ties, broken by id. Expired, so they count in no other test's renewals.
    await db.contract.createMany({
      data: Array.from({ length: 2_345 }, (_, i) => ({
        departmentId: w.dept.id,
        leadPartnerId: w.lead.id,
        title: `${many} ${i}`,
        reference: `MANY-${i}`,
        routeToMarket: "OPEN" as const,
        procurementMethod: "OPEN" as const,
        awardValue: "1000.00",
        currentValue: "1000.00",
        awardDate: new Date("2024-01-15"),
        startDate: new Date("2024-02-01"),
        endDate: new Date(Date.UTC(2027, 0, 1 + ((i * 7) % 40))),
        status: "EXPIRED" as const,
      })),
    });
    actAs(w.users.lead);
    const text = Buffer.from(
      await (
        await GET(
          new Request(`http://localhost/api/contracts/export?q=${encodeURIComponent(many)}&sort=endDate&dir=desc`),
        )
      ).arrayBuffer(),
    ).toString("utf8");
    const references = text
      .slice(1)
      .trimEnd()
      .split("\n")
      .slice(1)
      .map((line) => line.split(",")[0]);
    const expected = await db.contract.findMany({
      where: { title: { startsWith: many } },
      orderBy: [{ endDate: "desc" }, { id: "asc" }],
      select: { reference: true },
    });
    expect(references).toHaveLength(2_345);
    expect(new Set(references).size).toBe(2_345);
    expect(references).toEqual(expected.map((c) => c.reference));
  });

  it("gives an auditor the same scope, and a signed-out caller no file", async () => {
    actAs(w.users.auditor);
    const text = Buffer.from(
      await (
        await GET(new Request(`http://localhost/api/contracts/export?q=${encodeURIComponent(tag)}`))
      ).arrayBuffer(),
    ).toString("utf8");
    expect(text).toContain("other department");
    actAs(null);
    await expect(
      GET(new Request(`http://localhost/api/contracts/export?q=${encodeURIComponent(tag)}`)),
    ).rejects.toThrow("NEXT_REDIRECT");
  });
});
