// Self-registration and invitations, through the real actions against Postgres.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { acceptInvitation, inviteColleague } from "@/lib/invitations/actions";
import { hashInvitationToken } from "@/lib/invitations/token";
import { registerSupplier } from "@/lib/suppliers/registration-actions";
import { db } from "@/lib/db";
import { idle } from "@/lib/actions/state";
import { verifyPassword } from "@/lib/auth/password";
import { expectForbidden, expectRedirect, form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { companiesHouseNumber, createDepartment, createSupplier, createUser } from "@/tests/factories";

const PASSWORD = "a long enough passphrase";

function registration(over: Record<string, string | undefined> = {}) {
  const tag = randomUUID().slice(0, 8);
  return {
    legalName: `Registered ${tag} Ltd`,
    companiesHouseNumber: companiesHouseNumber(),
    addressLine: "1 High Street",
    town: "Leeds",
    postcode: "LS1 1AA",
    region: "Yorkshire and The Humber",
    website: "https://example.org",
    contactEmail: `contact-${tag}@example.org`,
    isVcse: "on",
    seeksToJoin: "on",
    name: "Ada Supplier",
    email: `ada-${tag}@example.org`,
    password: PASSWORD,
    ...over,
  };
}

describe("self-registration", () => {
  it("creates a supplier organisation and its first supplier user, hashed password, audited", async () => {
    actAs(null);
    const values = registration();
    await expectRedirect(registerSupplier(idle, form(values)), "/login");
    const user = await db.user.findUniqueOrThrow({ where: { email: values.email }, include: { supplier: true } });
    expect(user.role).toBe("SUPPLIER_USER");
    expect(user.supplier).toMatchObject({
      legalName: values.legalName,
      companiesHouseNumber: values.companiesHouseNumber,
      isVcse: true,
      seeksToLead: false,
      seeksToJoin: true,
      region: "Yorkshire and The Humber",
    });
    // Its own word until checked: self-registered, identity unverified; its number is an identifier.
    expect(user.supplier).toMatchObject({ selfRegistered: true, identityVerifiedAt: null });
    expect(
      await db.supplierIdentifier.findMany({
        where: { supplierId: user.supplierId! },
        select: { scheme: true, identifier: true },
      }),
    ).toEqual([{ scheme: "GB-COH", identifier: values.companiesHouseNumber }]);
    expect(user.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    const events = await db.auditEvent.findMany({ where: { actorId: user.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["supplier.register", "user.create"]);
  });

  it.each([
    ["1234567", "seven digits"],
    ["S1234567", "one letter"],
    ["sc12345", "short"],
  ])("refuses Companies House number %s (%s) with a field error", async (number) => {
    const values = registration({ companiesHouseNumber: number });
    const state = await registerSupplier(idle, form(values));
    expect(state.status).toBe("error");
    expect(state.status === "error" && state.fieldErrors?.companiesHouseNumber?.[0]).toMatch(/8 digits, or 2 letters/);
    expect(await db.user.findUnique({ where: { email: values.email } })).toBeNull();
  });

  it("applies the password policy", async () => {
    const state = await registerSupplier(idle, form(registration({ password: "short" })));
    expect(state.status === "error" && state.fieldErrors?.password?.[0]).toMatch(/at least 12/);
  });

  it("catches a duplicate Companies House number and says how to join instead", async () => {
    const existing = await createSupplier({ companiesHouseNumber: companiesHouseNumber() });
    const values = registration({ companiesHouseNumber: existing.companiesHouseNumber! });
    const state = await registerSupplier(idle, form(values));
    expect(state.status).toBe("error");
    expect(state.status === "error" && state.message).toMatch(
      new RegExp(`${existing.legalName} is already registered.*invite you.*administrator`),
    );
    expect(await db.user.findUnique({ where: { email: values.email } })).toBeNull();
    expect(await db.supplier.count({ where: { legalName: values.legalName } })).toBe(0);
  });

  it("catches the same organisation under a differently written name", async () => {
    const tag = randomUUID().slice(0, 8);
    await createSupplier({ legalName: `Smith & Jones ${tag} Limited` });
    const state = await registerSupplier(idle, form(registration({ legalName: `SMITH AND JONES ${tag} LTD.` })));
    expect(state.status === "error" && state.message).toMatch(/already registered/);
  });

  it("answers an email address that already has an account as any registration, and saves nothing", async () => {
    const user = await createUser("COMMERCIAL_LEAD", { departmentId: (await createDepartment()).id });
    const values = registration({ email: user.email });
    await expectRedirect(registerSupplier(idle, form(values)), "/login");
    expect(await db.supplier.count({ where: { legalName: values.legalName } })).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      role: "COMMERCIAL_LEAD",
      passwordHash: user.passwordHash,
    });
  });
});

describe("invitations", () => {
  async function invite() {
    const supplier = await createSupplier();
    const inviter = await createUser("SUPPLIER_USER", { supplierId: supplier.id });
    actAs(inviter);
    const email = `colleague-${randomUUID()}@example.org`;
    const state = await inviteColleague(idle, form({ email }));
    expect(state.status).toBe("success");
    const token = new URLSearchParams(state.link!.split("?")[1]).get("token")!;
    return { supplier, inviter, email, token };
  }

  it("stores only a hash of the one-time token, and accepting makes a user of the inviting supplier", async () => {
    const { supplier, email, token } = await invite();
    const stored = await db.supplierInvitation.findFirstOrThrow({ where: { email } });
    expect(stored.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: stored.id, action: "supplier.invitation.create" },
    });
    expect(JSON.stringify(audit.after)).not.toContain(token);

    actAs(null);
    await expectRedirect(
      acceptInvitation(idle, form({ token, name: "Grace Colleague", password: PASSWORD })),
      "/login",
    );
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "SUPPLIER_USER", supplierId: supplier.id, name: "Grace Colleague" });
    expect(await db.auditEvent.count({ where: { entityId: stored.id, action: "supplier.invitation.accept" } })).toBe(1);

    // The link works once.
    const again = await acceptInvitation(idle, form({ token, name: "Again", password: PASSWORD }));
    expect(again.status === "error" && again.message).toMatch(/not valid/);
  });

  it("refuses an expired or made-up token", async () => {
    const { email, token } = await invite();
    await db.supplierInvitation.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    actAs(null);
    expect((await acceptInvitation(idle, form({ token, name: "Late", password: PASSWORD }))).status).toBe("error");
    expect(
      (await acceptInvitation(idle, form({ token: "x".repeat(43), name: "Forger", password: PASSWORD }))).status,
    ).toBe("error");
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });

  it("only supplier users invite; auditors and commercial leads are refused", async () => {
    actAs(await createUser("AUDITOR", { auditorAllDepartments: true }));
    await expectForbidden(inviteColleague(idle, form({ email: "x@example.org" })));
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: (await createDepartment()).id }));
    await expectForbidden(inviteColleague(idle, form({ email: "x@example.org" })));
  });
});
