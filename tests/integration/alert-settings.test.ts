// A person's own alert settings, and the invitation email (mail where it is needed now).
import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { ALERT_KINDS } from "@/lib/alerts/kinds";
import { updateAlertSettings } from "@/lib/alerts/settings-actions";
import { db } from "@/lib/db";
import { inviteColleague } from "@/lib/invitations/actions";
import { form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { createSupplier, createUser } from "@/tests/factories";
import { jobsDone } from "@/tests/jobs";
import { receivedBy } from "@/tests/mailbox";

it("saves the digest and switches off every kind left unticked, with an audit event", async () => {
  const lead = await createUser("COMMERCIAL_LEAD");
  actAs(lead);
  expect(
    await updateAlertSettings(idle, form({ digest: "WEEKLY", wantSAVED_SEARCH: "on", wantREPROCUREMENT: "on" })),
  ).toMatchObject({ status: "success" });
  const settings = await db.alertSettings.findUniqueOrThrow({ where: { userId: lead.id } });
  expect(settings.digest).toBe("WEEKLY");
  expect(settings.disabledKinds.sort()).toEqual(
    ALERT_KINDS.filter((k) => k !== "SAVED_SEARCH" && k !== "REPROCUREMENT").sort(),
  );
  expect(await db.auditEvent.count({ where: { action: "alert-settings.update", entityId: lead.id } })).toBe(1);

  expect(await updateAlertSettings(idle, form({ digest: "HOURLY" }))).toMatchObject({
    status: "error",
    fieldErrors: { digest: ["Choose how often to be emailed."] },
  });
});

it("an invitation is emailed to the colleague with its one-time link", async () => {
  const supplier = await createSupplier();
  const inviter = await createUser("SUPPLIER_USER", { supplierId: supplier.id });
  actAs(inviter);
  const email = `colleague-${randomUUID().slice(0, 8)}@test.example`;
  const state = await inviteColleague(idle, form({ email }));
  expect(state).toMatchObject({ status: "success" });
  await jobsDone("mail-delivery");
  const [mail] = receivedBy(email);
  expect(mail?.subject).toBe(`${inviter.name} invited you to ${supplier.legalName} on Partnerscope`);
  expect(mail?.text).toContain(`http://localhost:3000${(state as { link: string }).link}`);
});
