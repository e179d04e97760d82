import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { IDENTIFIER_SCHEMES, normaliseIdentifier, usableIdentifiers } from "@/lib/suppliers/identifiers";
import { resolveSupplier } from "@/lib/suppliers/identity";
import { createSupplier } from "@/tests/factories";

const number = () => String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
const name = () => `Northwind ${randomUUID().slice(0, 8)} Analytics`;
const coh = (id: string) => ({ scheme: "GB-COH", id });

describe("supplier identifiers in the database", () => {
  it("normalises and checks ids in SQL exactly as lib/suppliers/identifiers.ts does", async () => {
    const samples = [
      "6591813",
      " ni055626",
      "SC 123456",
      "GB 123 4567 89",
      "21-846-3423",
      "NIC100002",
      "pdjx-3917-nxzy",
      "1089464-1",
      "x",
      "GD001",
      "１２３４５６７８",
    ];
    for (const scheme of IDENTIFIER_SCHEMES) {
      for (const id of samples) {
        const [row] = await db.$queryRaw<{ identifier: string; ok: boolean }[]>`
          SELECT normalise_supplier_identifier(${scheme}, ${id}) AS identifier,
                 supplier_identifier_well_formed(${scheme}, normalise_supplier_identifier(${scheme}, ${id})) AS ok`;
        expect(row!.identifier, `${scheme} ${id}`).toBe(normaliseIdentifier(scheme, id));
        expect(row!.ok, `${scheme} ${id}`).toBe(usableIdentifiers([{ scheme, id }]).length === 1);
      }
    }
  });

  it("keeps a supplier's Companies House number and creation identifiers as identifiers, whoever writes them", async () => {
    const chc = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
    const first = number();
    const supplier = await createSupplier({
      companiesHouseNumber: first,
      otherIdentifiers: [
        { scheme: "GB-CHC", id: chc },
        { scheme: "XI-UNKNOWN", id: "1" },
      ],
    });
    const held = () =>
      db.supplierIdentifier.findMany({
        where: { supplierId: supplier.id },
        orderBy: { scheme: "asc" },
        select: { scheme: true, identifier: true },
      });
    expect(await held()).toEqual([
      { scheme: "GB-CHC", identifier: chc },
      { scheme: "GB-COH", identifier: first },
    ]);

    const second = number();
    await db.supplier.update({ where: { id: supplier.id }, data: { companiesHouseNumber: second } });
    expect(await held()).toEqual([
      { scheme: "GB-CHC", identifier: chc },
      { scheme: "GB-COH", identifier: second },
    ]);
    // The identifier is one organisation's: another supplier cannot take it, by column or by row.
    await expect(createSupplier({ companiesHouseNumber: second })).rejects.toThrow();
    await expect(
      db.supplierIdentifier.create({
        data: { supplierId: (await createSupplier()).id, scheme: "GB-CHC", identifier: chc },
      }),
    ).rejects.toThrow();
    await expect(
      db.supplierIdentifier.create({ data: { supplierId: supplier.id, scheme: "GB-GOR", identifier: "D25" } }),
    ).rejects.toThrow();
  });
});

describe("resolving an organisation to a registered supplier", () => {
  it("matches on any identifier first, whatever the name", async () => {
    const vat = `${Math.floor(100_000_000 + Math.random() * 899_999_999)}`;
    const supplier = await createSupplier({ companiesHouseNumber: number() });
    await db.supplierIdentifier.create({ data: { supplierId: supplier.id, scheme: "VAT", identifier: vat } });
    const result = await resolveSupplier(db, {
      name: "A Trading Name Nobody Registered",
      identifiers: [{ scheme: "VAT", id: `GB${vat}` }],
    });
    expect(result).toMatchObject({ kind: "matched", supplierId: supplier.id, by: "identifier" });
  });

  it("sends identifiers of two different suppliers to the queue", async () => {
    const a = await createSupplier({ companiesHouseNumber: number() });
    const b = await createSupplier({ companiesHouseNumber: number() });
    const result = await resolveSupplier(db, {
      name: a.legalName,
      identifiers: [coh(a.companiesHouseNumber!), coh(b.companiesHouseNumber!)],
    });
    expect(result).toMatchObject({ kind: "queue", reason: "identifiers-disagree" });
    expect(result.kind === "queue" && [...result.supplierIds].sort()).toEqual([a.id, b.id].sort());
  });

  it("sends a name whose supplier holds another Companies House number to the queue, never a second supplier", async () => {
    const registered = await createSupplier({ legalName: `${name()} Limited`, companiesHouseNumber: number() });
    const result = await resolveSupplier(db, {
      name: registered.legalName.replace("Limited", "LTD").toUpperCase(),
      identifiers: [coh(number())],
    });
    expect(result).toMatchObject({ kind: "queue", reason: "identifier-differs", supplierIds: [registered.id] });
    // Another scheme is no contradiction: the name matches.
    expect(
      await resolveSupplier(db, { name: registered.legalName, identifiers: [{ scheme: "DUNS", id: "218463423" }] }),
    ).toMatchObject({ kind: "matched", supplierId: registered.id, by: "name" });
  });

  it("sends a name two suppliers share to the queue, and a remembered alias settles it", async () => {
    const shared = name();
    const a = await createSupplier({ legalName: `${shared} Ltd` });
    const b = await createSupplier({ legalName: `${shared} Limited` });
    expect(await resolveSupplier(db, { name: shared, identifiers: [] })).toMatchObject({
      kind: "queue",
      reason: "several-with-name",
    });
    await db.supplierAlias.create({ data: { supplierId: b.id, normalisedName: a.normalisedName, rawName: shared } });
    expect(await resolveSupplier(db, { name: shared, identifiers: [] })).toMatchObject({
      kind: "matched",
      supplierId: b.id,
      by: "alias",
    });
  });

  it("never matches a name alone to a self-registered supplier nobody verified", async () => {
    const squatter = await createSupplier({
      legalName: `${name()} Ltd`,
      companiesHouseNumber: number(),
      selfRegistered: true,
    });
    const byName = { name: squatter.legalName.toUpperCase().replace("LTD", "LIMITED"), identifiers: [] };
    expect(await resolveSupplier(db, byName)).toMatchObject({
      kind: "queue",
      reason: "unverified-self-registered",
      supplierIds: [squatter.id],
    });
    // Its own number, given by a published record, is a match by identifier.
    expect(await resolveSupplier(db, { ...byName, identifiers: [coh(squatter.companiesHouseNumber!)] })).toMatchObject({
      kind: "matched",
      by: "identifier",
    });
    await db.supplier.update({ where: { id: squatter.id }, data: { identityVerifiedAt: new Date() } });
    expect(await resolveSupplier(db, byName)).toMatchObject({ kind: "matched", supplierId: squatter.id, by: "name" });
  });

  it("knows nothing of an organisation with an unknown name and number", async () => {
    expect(await resolveSupplier(db, { name: name(), identifiers: [coh(number())] })).toMatchObject({ kind: "none" });
  });
});
