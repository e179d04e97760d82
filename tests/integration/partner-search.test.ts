// Partner search: filters, counts, sorting and who may search, through the real SQL.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PartnerSearchParamsSchema } from "@/lib/partner-search/schema";
import { searchPartners } from "@/lib/partner-search/queries";
import { expectForbidden } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import {
  addMember,
  createCapability,
  createContract,
  createDepartment,
  createLot,
  createLotMembership,
  createSupplier,
  createUser,
} from "@/tests/factories";

let w: Awaited<ReturnType<typeof world>>;

async function world() {
  const tag = `Search${randomUUID().slice(0, 8)}`;
  const department = await createDepartment();
  const parent = await createCapability();
  const child = await createCapability({ parentId: parent.id });
  const [lot, otherLot] = await Promise.all([createLot(), createLot()]);
  const s = {
    smeLeader: await createSupplier({ legalName: `${tag} Alpha`, region: "Wales", seeksToLead: true, isVcse: true }),
    large: await createSupplier({ legalName: `${tag} Bravo`, region: "London" }),
    claimed: await createSupplier({ legalName: `${tag} Charlie`, region: "London" }),
    lapsed: await createSupplier({ legalName: `${tag} Delta`, region: "Scotland" }),
  };
  await db.supplierCapability.create({
    data: { supplierId: s.smeLeader.id, capabilityId: child.id, description: "child" },
  });
  await db.supplierCapability.create({
    data: { supplierId: s.large.id, capabilityId: parent.id, description: "parent" },
  });
  await createLotMembership(s.smeLeader.id, lot.id);
  await createLotMembership(s.claimed.id, lot.id, { status: "CLAIMED" });
  await createLotMembership(s.lapsed.id, lot.id, {
    startDate: new Date("2020-01-01"),
    endDate: new Date("2022-12-31"),
  });
  await createLotMembership(s.large.id, otherLot.id);
  await db.sizeDeclaration.createMany({
    data: [
      {
        supplierId: s.smeLeader.id,
        asOf: new Date("2020-01-01"),
        staffCount: 400,
        turnover: "90000000",
        balanceSheetTotal: "90000000",
        sizeClass: "LARGE",
        isSme: false,
      },
      {
        supplierId: s.smeLeader.id,
        asOf: new Date("2024-01-01"),
        staffCount: 20,
        turnover: "2000000",
        balanceSheetTotal: "1000000",
        sizeClass: "SMALL",
        isSme: true,
      },
      {
        supplierId: s.large.id,
        asOf: new Date("2024-01-01"),
        staffCount: 900,
        turnover: "90000000",
        balanceSheetTotal: "90000000",
        sizeClass: "LARGE",
        isSme: false,
      },
    ],
  });
  // Regions: Wales > Scotland > London. Bravo leads two active contracts, one with Alpha as a member; an expired one does not count.
  const c1 = await createContract(department.id, s.large.id);
  await createContract(department.id, s.large.id);
  await createContract(department.id, s.large.id, { status: "EXPIRED" });
  await addMember(c1.id, s.smeLeader.id);
  return { tag, parent, child, lot, s };
}

beforeAll(async () => {
  w = await world();
});

const search = async (raw: Record<string, string>) => {
  const page = await searchPartners(PartnerSearchParamsSchema.parse({ q: w.tag, ...raw }));
  return page.rows.map((r) => r.legalName.replace(`${w.tag} `, ""));
};

describe("partner search", () => {
  it("finds by capability including everything beneath it in the tree", async () => {
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: (await createDepartment()).id }));
    expect(await search({ capabilityId: w.parent.id })).toEqual(["Alpha", "Bravo"]);
    expect(await search({ capabilityId: w.child.id })).toEqual(["Alpha"]);
  });

  it("finds by framework lot only through verified, current memberships", async () => {
    actAs(await createUser("ADMIN"));
    expect(await search({ lotId: w.lot.id })).toEqual(["Alpha"]);
  });

  it("filters by SME status as at today's declaration, VCSE, region and willingness to lead", async () => {
    actAs(await createUser("ADMIN"));
    expect(await search({ sme: "sme" })).toEqual(["Alpha"]);
    expect(await search({ sme: "not-sme" })).toEqual(["Bravo"]);
    expect(await search({ vcse: "yes" })).toEqual(["Alpha"]);
    expect(await search({ region: "London" })).toEqual(["Bravo", "Charlie"]);
    expect(await search({ seeks: "lead" })).toEqual(["Alpha"]);
  });

  it("shows current contracts and partnerships, and sorts by them", async () => {
    actAs(await createUser("ADMIN"));
    const page = await searchPartners(PartnerSearchParamsSchema.parse({ q: w.tag, sort: "contracts", dir: "desc" }));
    expect(page.total).toBe(4);
    expect(
      page.rows.map((r) => [r.legalName.replace(`${w.tag} `, ""), r.currentContracts, r.partnerships, r.sizeClass]),
    ).toEqual([
      ["Bravo", 2, 0, "LARGE"],
      ["Alpha", 1, 1, "SMALL"],
      ["Charlie", 0, 0, null],
      ["Delta", 0, 0, null],
    ]);
    expect(await search({ sort: "region", dir: "desc" })).toEqual(["Alpha", "Delta", "Bravo", "Charlie"]);
  });

  it("lets a supplier find partners, with what is public of each: size, capabilities, verified lots, contracts", async () => {
    actAs(await createUser("SUPPLIER_USER", { supplierId: w.s.large.id }));
    const page = await searchPartners(PartnerSearchParamsSchema.parse({ q: w.tag, lotId: w.lot.id }));
    expect(
      page.rows.map((r) => [
        r.legalName.replace(`${w.tag} `, ""),
        r.sizeClass,
        r.capabilities,
        r.verifiedLots.length,
        r.currentContracts,
      ]),
    ).toEqual([["Alpha", "SMALL", [w.child.name], 1, 1]]);
    // A claim, or a membership that has ended, is not a verified lot.
    const all = await searchPartners(PartnerSearchParamsSchema.parse({ q: w.tag }));
    expect(
      Object.fromEntries(all.rows.map((r) => [r.legalName.replace(`${w.tag} `, ""), r.verifiedLots.length])),
    ).toEqual({ Alpha: 1, Bravo: 1, Charlie: 0, Delta: 0 });
  });

  it("is not for auditors", async () => {
    actAs(await createUser("AUDITOR", { auditorAllDepartments: true }));
    await expectForbidden(searchPartners(PartnerSearchParamsSchema.parse({})));
  });
});
