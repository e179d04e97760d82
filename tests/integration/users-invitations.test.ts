// Administrators invite users with a role and scope; the one-time link makes the account with exactly that.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { db } from "@/lib/db";
import { acceptInvitation } from "@/lib/invitations/actions";
import { getInvitation } from "@/lib/invitations/queries";
import { inviteUser } from "@/lib/users/actions";
import { expectForbidden, expectRedirect, form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { createDepartment, createSupplier, createUser } from "@/tests/factories";
import { jobsDone } from "@/tests/jobs";
import { receivedBy } from "@/tests/mailbox";

const email = () => `invited-${randomUUID().slice(0, 8)}@dept.example.gov.uk`;
const tokenOf = (link: string) => decodeURIComponent(link.split("token=")[1]!);

describe("inviting users", () => {
  it("an administrator invites a commercial lead; the link makes that lead of that department, once", async () => {
    const department = await createDepartment();
    const admin = await createUser("ADMIN");
    actAs(admin);
    const address = email();
    const state = await inviteUser(
      idle,
      form({ email: address, role: "COMMERCIAL_LEAD", departmentId: department.id }),
    );
    expect(state).toMatchObject({ status: "success", link: expect.stringMatching(/^\/register\/join\?token=/) });
    const token = tokenOf((state as { link: string }).link);
    expect(await getInvitation(token)).toEqual({ email: address, joining: "Partnerscope as commercial lead" });
    await jobsDone("mail-delivery");
    const [mail] = receivedBy(address);
    expect(mail?.subject).toBe(`${admin.name} invited you to Partnerscope`);
    expect(mail?.text).toContain("join Partnerscope as commercial lead");
    expect(mail?.text).toContain(`http://localhost:3000${(state as { link: string }).link}`);
    const invited = await db.auditEvent.findFirstOrThrow({
      where: { action: "user.invite", actorId: admin.id },
      orderBy: { id: "desc" },
    });
    expect(invited.after).toMatchObject({ email: address, role: "COMMERCIAL_LEAD", departmentId: department.id });
    expect(JSON.stringify(invited.after)).not.toContain(token);

    await expectRedirect(
      acceptInvitation(idle, form({ token, name: "Robin Lead", password: "a long enough passphrase" })),
      "/login",
    );
    const user = await db.user.findUniqueOrThrow({ where: { email: address } });
    expect(user).toMatchObject({
      name: "Robin Lead",
      role: "COMMERCIAL_LEAD",
      departmentId: department.id,
      supplierId: null,
    });
    expect(await db.auditEvent.count({ where: { action: "user.create", entityId: user.id } })).toBe(1);
    // The link works once.
    expect(
      await acceptInvitation(idle, form({ token, name: "Again", password: "a long enough passphrase" })),
    ).toMatchObject({ status: "error" });
    expect(await getInvitation(token)).toBeNull();
  });

  it("asks for the scope the role needs, in words, and refuses an existing account", async () => {
    actAs(await createUser("ADMIN"));
    expect(await inviteUser(idle, form({ email: email(), role: "SUPPLIER_USER" }))).toMatchObject({
      status: "error",
      fieldErrors: { supplierId: ["Choose the supplier a supplier user works for"] },
    });
    expect(await inviteUser(idle, form({ email: "nope", role: "" }))).toMatchObject({
      status: "error",
      fieldErrors: { email: [expect.stringContaining("Enter the email address")], role: ["Choose a role"] },
    });
    const existing = await createUser("AUDITOR");
    expect(await inviteUser(idle, form({ email: existing.email, role: "AUDITOR" }))).toMatchObject({
      status: "error",
      fieldErrors: { email: [expect.stringContaining("Already has an account")] },
    });
  });

  it("a supplier user invited by an administrator joins that supplier", async () => {
    const supplier = await createSupplier();
    actAs(await createUser("ADMIN"));
    const address = email();
    const state = (await inviteUser(
      idle,
      form({ email: address, role: "SUPPLIER_USER", supplierId: supplier.id }),
    )) as { link: string };
    await expectRedirect(
      acceptInvitation(
        idle,
        form({ token: tokenOf(state.link), name: "Sam Supplier", password: "a long enough passphrase" }),
      ),
      "/login",
    );
    expect(await db.user.findUniqueOrThrow({ where: { email: address } })).toMatchObject({
      role: "SUPPLIER_USER",
      supplierId: supplier.id,
      departmentId: null,
    });
  });

  it("is for administrators only", async () => {
    for (const role of ["COMMERCIAL_LEAD", "AUDITOR"] as const) {
      actAs(
        await createUser(role, {
          departmentId: role === "COMMERCIAL_LEAD" ? (await createDepartment()).id : undefined,
          auditorAllDepartments: role === "AUDITOR",
        }),
      );
      await expectForbidden(inviteUser(idle, form({ email: email(), role: "ADMIN" })));
    }
  });
});
