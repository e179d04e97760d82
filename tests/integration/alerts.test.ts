// Alerts end to end on the real worker: the daily scan with a fixed day, delivery through the test SMTP
// server (tests/smtp.ts), digests, kinds switched off, and a refused delivery retried by the queue.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importMatchesSource, lotClaimSource } from "@/lib/alerts/sources/admin-queues";
import { kpiAssessmentSource } from "@/lib/alerts/sources/kpi-assessments";
import { procurementNoticeSource } from "@/lib/alerts/sources/procurement-notices";
import { alertConfig } from "@/lib/alerts/config";
import { alertDigestJob } from "@/lib/jobs/definitions/alert-digest";
import { alertScanJob } from "@/lib/jobs/definitions/alert-scan";
import { mailDeliveryJob } from "@/lib/jobs/definitions/mail-delivery";
import { sendJob } from "@/lib/jobs/send";
import type { AlertKind } from "@/lib/alerts/kinds";
import {
  createContract,
  createDepartment,
  createKpi,
  createLot,
  createLotMembership,
  createSupplier,
  createUser,
} from "@/tests/factories";
import { jobsDone } from "@/tests/jobs";
import { receivedBy, refuseNext } from "@/tests/mailbox";
import { TEST_MAIL_FROM } from "@/tests/smtp";

// Each test runs several scans on the shared worker, behind every other file's jobs: under a full
// parallel run one scan can wait a minute, so these tests get longer than the suite's 120 s.
const SLOW_SCANS = { timeout: 360_000 };

async function scan(on: string, kinds: AlertKind[] = ["REPROCUREMENT", "NOTICE_DATE"]) {
  await sendJob(alertScanJob, { on, kinds });
  await jobsDone("alert-scan");
  await jobsDone("mail-delivery");
}

async function digest(on: string) {
  await sendJob(alertDigestJob, { on });
  await jobsDone("alert-digest");
  await jobsDone("mail-delivery");
}

// Far-future end dates: no other test's contract falls due on these days.
async function world(endDate: string, extra: { noticePeriodDays?: number } = {}) {
  const department = await createDepartment();
  const supplier = await createSupplier();
  const owner = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
  const lead = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
  const contract = await createContract(department.id, supplier.id, {
    endDate: new Date(endDate),
    ownerId: owner.id,
    ...extra,
  });
  return { department, supplier, owner, lead, contract };
}

describe("a re-procurement alert", SLOW_SCANS, () => {
  it("fires once at each lead time (18 and 6 months before the end) to the owner and the department's leads", async () => {
    const { owner, lead, contract } = await world("2041-06-30");
    await scan("2039-12-29");
    expect(receivedBy(lead.email)).toHaveLength(0);

    await scan("2039-12-30");
    for (const person of [owner, lead]) {
      const mail = receivedBy(person.email);
      expect(mail).toHaveLength(1);
      expect(mail[0]!.subject).toBe(`Re-procurement: "${contract.title}" ends on 30 Jun 2041`);
      // Sent as MAIL_FROM says (the test worker is given TEST_MAIL_FROM).
      expect(mail[0]!.from).toBe(TEST_MAIL_FROM);
      expect(mail[0]!.text).toContain(`http://localhost:3000/contracts/${contract.id}`);
    }

    await scan("2039-12-31");
    await scan("2040-06-01");
    expect(receivedBy(lead.email)).toHaveLength(1);

    await scan("2040-12-30");
    await scan("2040-12-30");
    expect(receivedBy(lead.email).map((m) => m.subject)).toEqual([
      `Re-procurement: "${contract.title}" ends on 30 Jun 2041`,
      `Re-procurement: "${contract.title}" ends on 30 Jun 2041`,
    ]);
    expect(
      await db.alert.findMany({ where: { userId: lead.id }, select: { key: true }, orderBy: { createdAt: "asc" } }),
    ).toEqual([
      { key: `reprocurement:${contract.id}:2041-06-30:18m` },
      { key: `reprocurement:${contract.id}:2041-06-30:6m` },
    ]);
  });

  it("is not sent to a person who switched the kind off, nor to a disabled account", async () => {
    const { owner, lead, contract } = await world("2042-06-30");
    await db.alertSettings.create({ data: { userId: lead.id, disabledKinds: ["REPROCUREMENT"] } });
    await db.user.update({ where: { id: owner.id }, data: { disabledAt: new Date() } });
    const other = await createUser("COMMERCIAL_LEAD", { departmentId: contract.departmentId });
    await scan("2040-12-30");
    expect(receivedBy(other.email)).toHaveLength(1);
    expect(receivedBy(lead.email)).toHaveLength(0);
    expect(receivedBy(owner.email)).toHaveLength(0);
    expect(await db.alert.count({ where: { userId: { in: [lead.id, owner.id] } } })).toBe(0);
  });
});

describe("a notice-date alert", SLOW_SCANS, () => {
  it("counts 30, 15 and 7 days back from the last day to give notice", async () => {
    const { lead, contract } = await world("2043-06-30", { noticePeriodDays: 90 });
    // Notice by 1 Apr 2043: 30 days before is 2 Mar.
    await scan("2043-03-01", ["NOTICE_DATE"]);
    expect(receivedBy(lead.email)).toHaveLength(0);
    await scan("2043-03-02", ["NOTICE_DATE"]);
    await scan("2043-03-17", ["NOTICE_DATE"]);
    await scan("2043-03-18", ["NOTICE_DATE"]);
    expect(receivedBy(lead.email).map((m) => m.subject)).toEqual([
      `Notice date in 30 days: "${contract.title}"`,
      `Notice date in 15 days: "${contract.title}"`,
    ]);
  });
});

describe("a digest", SLOW_SCANS, () => {
  it("holds each waiting alert once, in one message, and a second run sends nothing", async () => {
    const department = await createDepartment();
    const supplier = await createSupplier();
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
    await db.alertSettings.create({ data: { userId: lead.id, digest: "DAILY" } });
    const first = await createContract(department.id, supplier.id, { endDate: new Date("2044-06-30") });
    const second = await createContract(department.id, supplier.id, { endDate: new Date("2044-07-15") });
    await scan("2043-12-30"); // the first's 6-month alert, the second's 18-month one
    expect(receivedBy(lead.email)).toHaveLength(0);
    expect(await db.alert.count({ where: { userId: lead.id, mailId: null } })).toBe(2);

    await digest("2044-01-19");
    await digest("2044-01-19");
    const mail = receivedBy(lead.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe("Your Partnerscope daily digest: 2 alerts");
    for (const c of [first, second]) expect(mail[0]!.text.split(`"${c.title}" ends on`).length - 1).toBe(2); // its subject line and its text
    expect(await db.alert.count({ where: { userId: lead.id, mailId: null } })).toBe(0);
  });

  it("for a weekly digest waits for Monday", async () => {
    const department = await createDepartment();
    const supplier = await createSupplier();
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
    await db.alertSettings.create({ data: { userId: lead.id, digest: "WEEKLY" } });
    await createContract(department.id, supplier.id, { endDate: new Date("2045-06-30") });
    await scan("2044-12-30");
    await digest("2045-01-03"); // a Tuesday
    expect(receivedBy(lead.email)).toHaveLength(0);
    await digest("2045-01-09"); // a Monday
    expect(receivedBy(lead.email).map((m) => m.subject)).toEqual(["Your Partnerscope weekly digest: 1 alert"]);
  });
});

describe("delivery", SLOW_SCANS, () => {
  it("refused by the SMTP server is retried by the queue, delivered once, and never sent again", async () => {
    const { lead } = await world("2046-06-30");
    refuseNext(lead.email, 2);
    await scan("2044-12-30");
    expect(receivedBy(lead.email)).toHaveLength(1);
    const [mail] = await db.outboundMail.findMany({ where: { toEmail: lead.email } });
    expect(mail).toMatchObject({ status: "SENT", attempts: 3 });
    expect(mail!.lastError).toBeNull();

    await sendJob(mailDeliveryJob, { mailId: mail!.id });
    await jobsDone("mail-delivery");
    expect(receivedBy(lead.email)).toHaveLength(1);
  });
});

describe("administrators' queues", SLOW_SCANS, () => {
  it("a lot claim waiting is one alert for each administrator, keyed by the claim", async () => {
    const admin = await createUser("ADMIN");
    const supplier = await createSupplier();
    const lot = await createLot();
    const claim = await createLotMembership(supplier.id, lot.id, { status: "CLAIMED" });
    const candidates = await lotClaimSource.collect({
      prisma: db as never,
      today: new Date(),
      config: alertConfig({}),
    });
    const mine = candidates.find((c) => c.key === `lot-claim:${claim.id}`);
    expect(mine?.userIds).toContain(admin.id);
    expect(mine?.subject).toBe(`Lot claim to verify: ${supplier.legalName}`);
  });
});

describe("a KPI assessment falling due (s.71: every 12 months over £5m)", SLOW_SCANS, () => {
  it("is told 30 and 7 days before a year after the latest assessment, to the owner and leads; not below £5m", async () => {
    const { contract, owner, lead, supplier, department } = await world("2049-12-31");
    await db.contract.update({ where: { id: contract.id }, data: { currentValue: "6000000.00", status: "ACTIVE" } });
    const kpi = await createKpi(contract.id, supplier.id);
    await db.kpiAssessment.create({ data: { kpiId: kpi.id, assessedOn: new Date("2044-03-15"), rating: "GOOD" } });
    const small = await createContract(department.id, supplier.id, { currentValue: "4000000.00", status: "ACTIVE" });
    await createKpi(small.id, supplier.id);
    const on = async (day: string) =>
      (await kpiAssessmentSource.collect({ prisma: db as never, today: new Date(day), config: alertConfig({}) }))
        .filter((c) => c.link.startsWith(`/contracts/${contract.id}`) || c.link.startsWith(`/contracts/${small.id}`))
        .map((c) => ({
          key: c.key,
          subject: c.subject,
          toOwner: c.userIds.includes(owner.id),
          toLead: c.userIds.includes(lead.id),
        }));
    const subject = `KPI assessment due by 15 Mar 2045: "${contract.title}"`;
    expect(await on("2045-02-12")).toEqual([]);
    expect(await on("2045-02-13")).toEqual([
      { key: `kpi:${contract.id}:2045-03-15:30d`, subject, toOwner: true, toLead: true },
    ]);
    expect(await on("2045-03-08")).toEqual([
      { key: `kpi:${contract.id}:2045-03-15:7d`, subject, toOwner: true, toLead: true },
    ]);
    expect(await on("2045-03-15")).toEqual([]);
  });
});

describe("an import waiting for matches", SLOW_SCANS, () => {
  it("is one alert for each administrator, keyed by the import", async () => {
    const admin = await createUser("ADMIN");
    const department = await createDepartment();
    const waiting = await db.import.create({
      data: {
        kind: "SPEND_CSV",
        fileName: "spend-waiting.csv",
        fileSha256: randomUUID().replaceAll("-", ""),
        status: "AWAITING_MATCHES",
        unmatchedSuppliers: 2,
        departmentId: department.id,
      },
    });
    const candidates = await importMatchesSource.collect({
      prisma: db as never,
      today: new Date(),
      config: alertConfig({}),
    });
    const mine = candidates.find((c) => c.key === `import-matches:${waiting.id}`);
    expect(mine?.userIds).toContain(admin.id);
    expect(mine?.subject).toBe("Import waiting for matches: spend-waiting.csv");
    expect(mine?.text).toContain(`(${department.name}) waits for 2 supplier names to be matched`);
  });
});

describe("a Procurement Act notice falling due", SLOW_SCANS, () => {
  // The source's candidates day by day (delivery once per key and recipient is the scan's, tested above): a scan
  // of a far-future day would also find every other test's contract ended and owing its UK11.
  it("is told 14 and 3 days before its deadline and once when it is overdue, to the department's leads", async () => {
    const department = await createDepartment();
    const supplier = await createSupplier();
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
    // Entered into on 10 Jan 2045: its UK7 contract details notice is due within 30 days, by 9 Feb.
    const contract = await createContract(department.id, supplier.id, {
      awardDate: new Date("2045-01-10"),
      startDate: new Date("2045-01-10"),
      endDate: new Date("2049-01-09"),
    });
    const on = async (day: string) =>
      (await procurementNoticeSource.collect({ prisma: db as never, today: new Date(day), config: alertConfig({}) }))
        .filter((c) => c.link === `/contracts/${contract.id}`)
        .map((c) => ({ key: c.key, subject: c.subject, toLead: c.userIds.includes(lead.id) }));
    const due = `Due soon: UK7 contract details notice for "${contract.title}", due by 9 Feb 2045`;
    const overdue = `Overdue: UK7 contract details notice for "${contract.title}", due by 9 Feb 2045`;
    expect(await on("2045-01-25")).toEqual([]);
    const first = await on("2045-01-26");
    expect(first).toEqual([{ key: `notice:UK7:${contract.id}:2045-02-09:14d`, subject: due, toLead: true }]);
    expect(await on("2045-01-27")).toEqual(first);
    expect(await on("2045-02-06")).toEqual([
      { key: `notice:UK7:${contract.id}:2045-02-09:3d`, subject: due, toLead: true },
    ]);
    const late = await on("2045-02-10");
    expect(late).toEqual([{ key: `notice:UK7:${contract.id}:2045-02-09:overdue`, subject: overdue, toLead: true }]);
    expect(await on("2045-02-11")).toEqual(late);
  });
});
