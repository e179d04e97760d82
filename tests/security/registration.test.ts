// Issue 16, items 8 and 10: registration and invitations are rate limited, and answer the same whether or not
// the email already has an account. Replayed through the real actions.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { SOCKET_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { db } from "@/lib/db";
import { acceptInvitation, inviteColleague } from "@/lib/invitations/actions";
import { INVITATIONS_PER_INVITER, RATE_LIMITED, REGISTRATIONS_PER_ADDRESS } from "@/lib/security/rate-limit";
import { registerSupplier } from "@/lib/suppliers/registration-actions";
import { form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { companiesHouseNumber, createSupplier, createUser } from "@/tests/factories";

const fromAddress = (address: string) => {
  (globalThis as { __testRequestHeaders?: Record<string, string> }).__testRequestHeaders = {
    [SOCKET_ADDRESS_HEADER]: address,
  };
};
afterEach(() => {
  delete (globalThis as { __testRequestHeaders?: unknown }).__testRequestHeaders;
});

const registration = (email = `reg-${randomUUID()}@example.org`) => {
  const tag = randomUUID().slice(0, 8);
  return form({
    legalName: `Registered ${tag} Ltd`,
    companiesHouseNumber: companiesHouseNumber(),
    addressLine: "1 High Street",
    town: "Leeds",
    postcode: "LS1 1AA",
    region: "Yorkshire and The Humber",
    contactEmail: `contact-${tag}@example.org`,
    name: "Reg Istrant",
    email,
    password: "kestrel harbour violin 42",
  });
};

/** "redirect:<to>" for a redirect, else the returned state's message. */
const answer = (call: Promise<unknown>) =>
  call.then(
    (state) => (state as { message?: string }).message ?? "",
    (error: { digest?: string }) =>
      error.digest?.startsWith("NEXT_REDIRECT") ? `redirect:${error.digest.split(";")[2]}` : Promise.reject(error),
  );

describe("registration", () => {
  it("answers an email with an account exactly as a new one", async () => {
    fromAddress(`198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`);
    const existing = await createUser("AUDITOR", { auditorAllDepartments: true });
    expect(await answer(registerSupplier(idle, registration(existing.email)))).toBe("redirect:/login");
    expect(await answer(registerSupplier(idle, registration()))).toBe("redirect:/login");
    expect(await db.user.count({ where: { email: existing.email } })).toBe(1);
  });

  it("twenty registrations in a burst from one address: the allowance is saved, the rest refused, known email or not", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    fromAddress(address);
    const known = await createUser("AUDITOR", { auditorAllDepartments: true });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        answer(registerSupplier(idle, registration(i % 2 ? known.email : undefined))),
      ),
    );
    expect(answers.filter((a) => a === "redirect:/login")).toHaveLength(REGISTRATIONS_PER_ADDRESS.limit);
    expect(answers.filter((a) => a === RATE_LIMITED)).toHaveLength(20 - REGISTRATIONS_PER_ADDRESS.limit);
    // Another address is not held back by this one.
    fromAddress(`192.0.2.1-${randomUUID()}`);
    expect(await answer(registerSupplier(idle, registration()))).toBe("redirect:/login");
  });
});

describe("invitations", () => {
  it("answer the same for an email with an account, whose link then makes no user", async () => {
    const supplier = await createSupplier();
    actAs(await createUser("SUPPLIER_USER", { supplierId: supplier.id }));
    const existing = await createUser("AUDITOR", { auditorAllDepartments: true });
    const forKnown = await inviteColleague(idle, form({ email: existing.email }));
    const forNew = await inviteColleague(idle, form({ email: `new-${randomUUID()}@example.org` }));
    if (forKnown.status !== "success" || forNew.status !== "success")
      throw new Error("expected both invitations to be made");
    expect(forKnown.message.replace(existing.email, "EMAIL")).toBe(
      forNew.message.replace(/new-[^ ]+@example.org/, "EMAIL"),
    );
    const token = new URLSearchParams(forKnown.link!.split("?")[1]).get("token")!;
    actAs(null);
    const accepted = await acceptInvitation(
      idle,
      form({ token, name: "Squatter", password: "kestrel harbour violin 42" }),
    );
    expect(accepted).toMatchObject({ status: "error", message: expect.stringMatching(/not valid/) });
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
      role: "AUDITOR",
      supplierId: null,
    });
  });

  it("are limited per inviter", async () => {
    const supplier = await createSupplier();
    actAs(await createUser("SUPPLIER_USER", { supplierId: supplier.id }));
    const states = [];
    for (let i = 0; i < INVITATIONS_PER_INVITER.limit + 3; i++)
      states.push(await inviteColleague(idle, form({ email: `c-${randomUUID()}@example.org` })));
    expect(states.filter((s) => s.status === "success")).toHaveLength(INVITATIONS_PER_INVITER.limit);
    expect(states.filter((s) => s.status === "error" && s.message === RATE_LIMITED)).toHaveLength(3);
  });
});
