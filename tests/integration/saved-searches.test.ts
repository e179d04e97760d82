// Saved searches: saved with their filters, scoped to the owner; a new contract that matches is emailed
// once (through the test SMTP server); deleting is the owner's alone.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { createContract as createContractAction } from "@/lib/contracts/actions";
import { db } from "@/lib/db";
import { uploadOcdsPackage } from "@/lib/imports/actions";
import { savedSearchMatchJob } from "@/lib/jobs/definitions/saved-search-match";
import { sendJob } from "@/lib/jobs/send";
import { deleteSavedSearch, saveSearch } from "@/lib/saved-searches/actions";
import { expectForbidden, expectRedirect, form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { createContract, createDepartment, createSupplier, createUser } from "@/tests/factories";
import { jobsDone } from "@/tests/jobs";
import { receivedBy } from "@/tests/mailbox";

const contractForm = (supplierId: string, title: string) =>
  form({
    title,
    routeToMarket: "OPEN",
    leadPartnerId: supplierId,
    awardValue: "250000",
    awardDate: "2026-01-05",
    startDate: "2026-02-01",
    endDate: "2028-01-31",
    // One form, one contract: the new-contract form carries a key of its own (lib/contracts/actions.ts).
    formId: crypto.randomUUID(),
  });

async function matched() {
  await jobsDone("saved-search-match");
  await jobsDone("mail-delivery");
}

describe("a contract created by an OCDS import", () => {
  it("is matched against saved searches as a typed-in one is: the administrator's search emails once", async () => {
    const word = `Beta${randomUUID().slice(0, 6)}`;
    const admin = await createUser("ADMIN");
    actAs(admin);
    await saveSearch(
      idle,
      form({ kind: "REGISTER", name: `Word ${word}`, query: `?q=${word}`, emailOnNewMatch: "on" }),
    );
    const id = randomUUID();
    const text = readFileSync("tests/fixtures/ocds/contracts-finder-two-releases.json", "utf8")
      .replaceAll("ocds-b5fd17-", `ocds-b5fd17-${id}-`)
      .replaceAll("Universal Credit data platform modernisation", `Universal Credit data platform ${word}`);
    const data = form({});
    data.append("ocdsFile", new File([text], "cf.json", { type: "application/json" }));
    await expectRedirect(uploadOcdsPackage(idle, data), /^\/imports\/[^/]+$/);
    await jobsDone("ocds-import");
    expect(await db.contract.count({ where: { title: `Universal Credit data platform ${word}` } })).toBe(1);
    await matched();
    const mail = receivedBy(admin.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe(`New contract matching "Word ${word}": Universal Credit data platform ${word}`);
  });
});

describe("a saved register search with email on", () => {
  it("emails its owner once when a new contract in their scope matches, and no one else", async () => {
    const word = `Alpha${randomUUID().slice(0, 6)}`;
    const department = await createDepartment();
    const other = await createDepartment();
    const supplier = await createSupplier();
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
    const otherLead = await createUser("COMMERCIAL_LEAD", { departmentId: other.id });
    for (const person of [lead, otherLead]) {
      actAs(person);
      expect(
        await saveSearch(
          idle,
          form({
            kind: "REGISTER",
            name: `Word ${word}`,
            query: `?q=${word}&status=ACTIVE&page=3&sort=title`,
            emailOnNewMatch: "on",
          }),
        ),
      ).toMatchObject({ status: "success" });
    }
    const saved = await db.savedSearch.findFirstOrThrow({ where: { userId: lead.id } });
    expect(saved.params).toEqual({ q: word, status: "ACTIVE" });
    expect(await db.auditEvent.count({ where: { action: "saved-search.create", entityId: saved.id } })).toBe(1);

    actAs(lead);
    await expectRedirect(
      createContractAction(idle, contractForm(supplier.id, `Platform ${word} support`)),
      /^\/contracts\//,
    );
    await expectRedirect(createContractAction(idle, contractForm(supplier.id, "Unrelated work")), /^\/contracts\//);
    await matched();
    const mail = receivedBy(lead.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe(`New contract matching "Word ${word}": Platform ${word} support`);
    const contract = await db.contract.findFirstOrThrow({ where: { title: `Platform ${word} support` } });
    expect(mail[0]!.text).toContain(`http://localhost:3000/contracts/${contract.id}`);
    expect(contract.ownerId).toBe(lead.id);
    // The other department's lead saved the same search: the contract is outside their scope.
    expect(receivedBy(otherLead.email)).toHaveLength(0);

    await sendJob(savedSearchMatchJob, { contractId: contract.id });
    await matched();
    expect(receivedBy(lead.email)).toHaveLength(1);
  });

  it("sends nothing with email off, or with saved searches switched off", async () => {
    const word = `Beta${randomUUID().slice(0, 6)}`;
    const department = await createDepartment();
    const supplier = await createSupplier();
    const quiet = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
    const off = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
    await db.alertSettings.create({ data: { userId: off.id, disabledKinds: ["SAVED_SEARCH"] } });
    actAs(quiet);
    await saveSearch(idle, form({ kind: "REGISTER", name: "Quiet", query: `q=${word}` }));
    actAs(off);
    await saveSearch(idle, form({ kind: "REGISTER", name: "Off", query: `q=${word}`, emailOnNewMatch: "on" }));
    const contract = await createContract(department.id, supplier.id, { title: `The ${word} contract` });
    await sendJob(savedSearchMatchJob, { contractId: contract.id });
    await matched();
    expect(receivedBy(quiet.email)).toHaveLength(0);
    expect(receivedBy(off.email)).toHaveLength(0);
  });
});

describe("a saved partner search", () => {
  it("matches a new contract whose lead partner the search finds; auditors, who may not run one, may not save one", async () => {
    const name = `Gamma${randomUUID().slice(0, 6)}`;
    const department = await createDepartment();
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
    actAs(lead);
    await saveSearch(
      idle,
      form({
        kind: "PARTNER_SEARCH",
        name: "Gamma partners",
        query: `/partner-search?q=${name}&sort=legalName`,
        emailOnNewMatch: "on",
      }),
    );
    const found = await createSupplier({ legalName: `${name} Analytics Ltd` });
    const notFound = await createSupplier();
    await createContract(department.id, notFound.id);
    const contract = await createContract(department.id, found.id, { title: `Led by ${name}` });
    for (const c of await db.contract.findMany({ where: { departmentId: department.id } }))
      await sendJob(savedSearchMatchJob, { contractId: c.id });
    await matched();
    expect(receivedBy(lead.email).map((m) => m.subject)).toEqual([
      `New contract matching "Gamma partners": ${contract.title}`,
    ]);

    actAs(await createUser("AUDITOR", { auditorAllDepartments: true }));
    await expectForbidden(saveSearch(idle, form({ kind: "PARTNER_SEARCH", name: "Mine", query: "" })));
  });
});

describe("deleting a saved search", () => {
  it("is the owner's alone", async () => {
    const owner = await createUser("AUDITOR", { auditorAllDepartments: true });
    const stranger = await createUser("AUDITOR", { auditorAllDepartments: true });
    actAs(owner);
    await saveSearch(idle, form({ kind: "REGISTER", name: "Mine", query: "status=ACTIVE" }));
    const search = await db.savedSearch.findFirstOrThrow({ where: { userId: owner.id } });
    actAs(stranger);
    expect(await deleteSavedSearch(idle, form({ id: search.id }))).toMatchObject({ status: "error" });
    actAs(owner);
    // Back to the list, whose banner says it was deleted (the row and its form are gone).
    await expectRedirect(deleteSavedSearch(idle, form({ id: search.id })), "/saved-searches");
    expect(await db.savedSearch.count({ where: { id: search.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "saved-search.delete", entityId: search.id } })).toBe(1);
  });
});
