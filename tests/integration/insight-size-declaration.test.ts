// A supplier's size declaration saved or verified moves that supplier's part of the stored figures in the
// save itself (lib/insight/refresh-size.ts): afterwards every stored table, summed per key, is what a full
// rebuild of the departments would store, and nothing of other suppliers or departments was rewritten.
import { describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { db } from "@/lib/db";
import { rollUpDifferences } from "@/lib/insight/roll-up-check";
import { verifySizeDeclaration } from "@/lib/suppliers/actions";
import { declareSize } from "@/lib/suppliers/portal-actions";
import { form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { createUser } from "@/tests/factories";
import { buildSizeWorld, expectAsRebuilt, rebuildsQueuedFor, rowPlaces, storedFigures } from "@/tests/insight-size";

const LARGE = { staffCount: "900", turnover: "90000000.00", balanceSheetTotal: "60000000.00" };
const SMALL = { staffCount: "20", turnover: "2000000.00", balanceSheetTotal: "1000000.00" };

describe("the figures after a size declaration is saved", () => {
  it("move by the supplier's payments alone when it declares itself large, then an SME again, and an administrator verifies", async () => {
    const w = await buildSizeWorld();
    const paid = [w.a.id, w.b.id];
    const places = await rowPlaces(w.departmentIds, w.supplier.id, [w.inC.id]);
    const before = await storedFigures(db, w.departmentIds);
    actAs(w.user);

    // Large from 2025-01-01: its payments since then are no longer SME spend, nor is it an SME member of the
    // partnership in c awarded in 2025.
    expect(await declareSize(idle, form({ asOf: "2025-01-01", ...LARGE }))).toMatchObject({ status: "success" });
    await expectAsRebuilt(w.departmentIds);
    expect(await rollUpDifferences(db, w.departmentIds)).toEqual([]);
    const afterLarge = await storedFigures(db, w.departmentIds);
    expect(afterLarge.delivery.map((d) => d.contractId)).toEqual([w.onA.id]);
    expect(afterLarge.monthly).not.toEqual(before.monthly);
    // Other suppliers' rows, the other department's and every derived table stay where they were; the
    // monthly roll-ups only gained rows of the difference, with no amount and no payments.
    expect(await rowPlaces(w.departmentIds, w.supplier.id, [w.inC.id])).toEqual(expect.arrayContaining(places));
    const added = await db.spendMonthly.findMany({
      where: { departmentId: { in: w.departmentIds }, amount: 0, transactions: 0, NOT: { smeAmount: 0 } },
    });
    expect(new Set(added.map((r) => r.departmentId))).toEqual(new Set(paid));
    expect(added.every((r) => r.month >= new Date("2025-01-01"))).toBe(true);

    // An SME again from 2025-03-01, after a declaration for the same day saying otherwise (the later holds).
    expect(await declareSize(idle, form({ asOf: "2025-03-01", ...LARGE }))).toMatchObject({ status: "success" });
    expect(await declareSize(idle, form({ asOf: "2025-03-01", ...SMALL }))).toMatchObject({ status: "success" });
    await expectAsRebuilt(w.departmentIds);
    expect(await rollUpDifferences(db, w.departmentIds)).toEqual([]);

    // Verifying the declaration of 2024-06-01 moves its payments out of the unverified part.
    actAs(await createUser("ADMIN"));
    const declaration = await db.sizeDeclaration.findFirstOrThrow({
      where: { supplierId: w.supplier.id, asOf: new Date("2024-06-01") },
    });
    const unverified = (await storedFigures(db, paid)).monthly;
    expect(await verifySizeDeclaration(idle, form({ declarationId: declaration.id }))).toMatchObject({
      status: "success",
    });
    expect((await storedFigures(db, paid)).monthly).not.toEqual(unverified);
    await expectAsRebuilt(w.departmentIds);
    expect(await rollUpDifferences(db, w.departmentIds)).toEqual([]);
    // Every save refreshed the figures itself: no department rebuild was queued for the supplier.
    expect(await rebuildsQueuedFor(w.supplier.id)).toBe(0);
    expect(await rowPlaces(w.departmentIds, w.supplier.id, [w.inC.id])).toEqual(expect.arrayContaining(places));
  });

  it("writes nothing when the declaration changes no payment's status", async () => {
    const w = await buildSizeWorld();
    const places = await rowPlaces(w.departmentIds, w.supplier.id);
    const payeeRows = await db.spendContractPayee.findMany({ where: { payeeSupplierId: w.supplier.id } });
    actAs(w.user);
    // Already an SME since 2024-06-01: saying so again from 2024-07-01 moves nothing.
    expect(await declareSize(idle, form({ asOf: "2024-07-01", ...SMALL }))).toMatchObject({ status: "success" });
    expect(await rowPlaces(w.departmentIds, w.supplier.id)).toEqual(places);
    expect(await db.spendContractPayee.findMany({ where: { payeeSupplierId: w.supplier.id } })).toEqual(payeeRows);
    await expectAsRebuilt(w.departmentIds);
  });
});
