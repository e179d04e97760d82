// The lead partner and member pickers' suggestions: who may ask, how many, what matches, in what order.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/suppliers/search/route";
import { db } from "@/lib/db";
import { listSupplierChoices } from "@/lib/partner-search/queries";
import { SUPPLIER_CHOICE_LIMIT, type SupplierChoice } from "@/lib/partner-search/schema";
import { expectForbidden, expectRedirect } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { createDepartment, createLot, createLotMembership, createSupplier, createUser } from "@/tests/factories";

let w: Awaited<ReturnType<typeof world>>;

async function world() {
  const tag = `Pick${randomUUID().slice(0, 8)}`;
  // A Companies House number no other test uses: "P" and seven hex digits, in capitals.
  const number = `P${randomUUID().replace(/-/g, "").slice(0, 7).toUpperCase()}`;
  const s = {
    // The tag inside the name, and at its start: the second ranks first.
    inside: await createSupplier({ legalName: `Aardvark ${tag} Consulting Ltd` }),
    starts: await createSupplier({ legalName: `${tag} Zulu Ltd`, companiesHouseNumber: number }),
    percent: await createSupplier({ legalName: `${tag} 100% Digital Ltd` }),
  };
  await db.sizeDeclaration.createMany({
    data: [
      {
        supplierId: s.starts.id,
        asOf: new Date("2024-01-01"),
        staffCount: 20,
        turnover: "2000000",
        balanceSheetTotal: "1000000",
        sizeClass: "SMALL",
        isSme: true,
      },
      {
        supplierId: s.inside.id,
        asOf: new Date("2024-01-01"),
        staffCount: 900,
        turnover: "90000000",
        balanceSheetTotal: "90000000",
        sizeClass: "LARGE",
        isSme: false,
      },
      // Declared for a date still to come: not in force today.
      {
        supplierId: s.percent.id,
        asOf: new Date("2999-01-01"),
        staffCount: 20,
        turnover: "2000000",
        balanceSheetTotal: "1000000",
        sizeClass: "SMALL",
        isSme: true,
      },
    ],
  });
  const lead = await createUser("COMMERCIAL_LEAD", { departmentId: (await createDepartment()).id });
  return { tag, number, s, lead };
}

beforeAll(async () => {
  w = await world();
});

const names = (choices: SupplierChoice[]) => choices.map((c) => c.legalName);

describe("supplier choices for the pickers", () => {
  it("finds by part of the name, any case, names starting with the text first, each with its SME status today", async () => {
    actAs(w.lead);
    const choices = await listSupplierChoices(w.tag.toLowerCase());
    expect(choices).toEqual([
      { id: w.s.percent.id, legalName: `${w.tag} 100% Digital Ltd`, companiesHouseNumber: null, sme: null },
      { id: w.s.starts.id, legalName: `${w.tag} Zulu Ltd`, companiesHouseNumber: w.number, sme: true },
      { id: w.s.inside.id, legalName: `Aardvark ${w.tag} Consulting Ltd`, companiesHouseNumber: null, sme: false },
    ]);
    expect(names(await listSupplierChoices(`${w.tag} consult`.slice(4)))).toEqual([`Aardvark ${w.tag} Consulting Ltd`]);
  });

  it("with a lot chosen, suggests only suppliers with a verified place on it", async () => {
    actAs(w.lead);
    const [lot, other] = await Promise.all([createLot(), createLot()]);
    await createLotMembership(w.s.starts.id, lot.id);
    await createLotMembership(w.s.inside.id, lot.id, { status: "CLAIMED" });
    await createLotMembership(w.s.percent.id, other.id);
    expect(names(await listSupplierChoices(w.tag, lot.id))).toEqual([`${w.tag} Zulu Ltd`]);
    expect(await listSupplierChoices(w.tag, other.id)).toHaveLength(1);
  });

  it("takes % and _ as the characters typed, not as wildcards", async () => {
    actAs(w.lead);
    expect(names(await listSupplierChoices(`${w.tag} 100%`))).toEqual([`${w.tag} 100% Digital Ltd`]);
    expect(await listSupplierChoices(`${w.tag} 1_0`)).toEqual([]);
    expect(await listSupplierChoices(`${w.tag}%Zulu`)).toEqual([]);
  });

  it("finds by Companies House number, whole or its start, in any case and with spaces", async () => {
    actAs(await createUser("ADMIN"));
    expect(names(await listSupplierChoices(w.number))).toEqual([`${w.tag} Zulu Ltd`]);
    expect(names(await listSupplierChoices(`${w.number.slice(0, 4).toLowerCase()} ${w.number.slice(4, 7)}`))).toContain(
      `${w.tag} Zulu Ltd`,
    );
    expect(names(await listSupplierChoices(w.number.slice(1)))).not.toContain(`${w.tag} Zulu Ltd`);
  });

  it(`suggests at most ${SUPPLIER_CHOICE_LIMIT}, in name order, and nothing until something is typed`, async () => {
    const many = `Many${randomUUID().slice(0, 8)}`;
    await db.supplier.createMany({
      data: Array.from({ length: SUPPLIER_CHOICE_LIMIT + 5 }, (_, i) => {
        const legalName = `${many} ${String(i).padStart(2, "0")} Ltd`;
        return { legalName, normalisedName: legalName.toLowerCase() };
      }),
    });
    actAs(w.lead);
    const choices = await listSupplierChoices(many);
    expect(choices).toHaveLength(SUPPLIER_CHOICE_LIMIT);
    expect(names(choices)).toEqual(
      Array.from({ length: SUPPLIER_CHOICE_LIMIT }, (_, i) => `${many} ${String(i).padStart(2, "0")} Ltd`),
    );
    expect(await listSupplierChoices(undefined)).toEqual([]);
  });

  it("is for contract writers only: leads and administrators", async () => {
    for (const user of [
      await createUser("SUPPLIER_USER", { supplierId: w.s.starts.id }),
      await createUser("AUDITOR", { auditorAllDepartments: true }),
    ]) {
      actAs(user);
      await expectForbidden(listSupplierChoices(w.tag));
    }
    actAs(null);
    await expectRedirect(listSupplierChoices(w.tag), "/login");
  });

  it("answers GET /api/suppliers/search as JSON, not cached", async () => {
    actAs(w.lead);
    const response = await GET(new Request(`http://localhost/api/suppliers/search?q=${encodeURIComponent(w.number)}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toEqual({
      suppliers: [{ id: w.s.starts.id, legalName: `${w.tag} Zulu Ltd`, companiesHouseNumber: w.number, sme: true }],
    });
    const blank = await GET(new Request("http://localhost/api/suppliers/search?q=%20%20"));
    expect(await blank.json()).toEqual({ suppliers: [] });
  });
});
