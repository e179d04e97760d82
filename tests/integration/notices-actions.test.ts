// Notices from the register: drafted by one lead, approved by a second (never the drafter, also under
// concurrency), marked published with Find a Tender's id; every step audited; JSON at a stable address.
import { beforeAll, describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { db } from "@/lib/db";
import { approveNotice, draftNotice, publishNotice, recordPerformanceFailure } from "@/lib/notices/actions";
import { getDepartmentNotices } from "@/lib/notices/queries";
import { validateReleasePackage } from "@/lib/ocds/validate";
import { getOverview } from "@/lib/overview/queries";
import { GET as exportNotice } from "@/app/api/exports/notices/[id]/route";
import { expectForbidden, form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { createContract, createDepartment, createKpi, createSupplier, createUser } from "@/tests/factories";
import { redirectTarget } from "@/tests/integration/contract-world";

const fts = () => `${String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0")}-2026`;

let w: Awaited<ReturnType<typeof world>>;
async function world() {
  const [dept, other] = await Promise.all([createDepartment(), createDepartment()]);
  const supplier = await createSupplier();
  const users = {
    drafter: await createUser("COMMERCIAL_LEAD", { departmentId: dept.id }),
    second: await createUser("COMMERCIAL_LEAD", { departmentId: dept.id }),
    admin: await createUser("ADMIN"),
    otherLead: await createUser("COMMERCIAL_LEAD", { departmentId: other.id }),
    auditor: await createUser("AUDITOR", { grantedDepartmentIds: [dept.id] }),
  };
  return { dept, other, supplier, users };
}
beforeAll(async () => {
  w = await world();
});

/** A contract over £5m entered into under the Act, with three rated KPIs: it owes a UK7 and a 12-monthly UK9. */
async function contractOver5m() {
  const c = await createContract(w.dept.id, w.supplier.id, {
    awardValue: "7500000.00",
    currentValue: "7500000.00",
    awardDate: new Date("2025-06-02"),
    startDate: new Date("2025-07-01"),
    endDate: new Date("2028-06-30"),
  });
  for (const name of ["Availability", "Resolution", "Satisfaction"]) {
    const kpi = await createKpi(c.id, w.supplier.id, { name });
    await db.kpiAssessment.create({ data: { kpiId: kpi.id, assessedOn: new Date("2026-05-01"), rating: "GOOD" } });
  }
  return c;
}
const annualKey = (contractId: string) => `UK9:annual:${contractId}:2026-06-02`;

async function draftAs(user: { id: string; sessionVersion: number }, contractId: string, obligationKey: string) {
  actAs(user);
  const target = await redirectTarget(draftNotice(idle, form({ obligationKey, contractId })));
  return target.replace("/notices/", "");
}

describe("a notice's way from draft to published", () => {
  it("a lead drafts a UK9 from the register, a second lead approves, it is marked published; three audit events", async () => {
    const c = await contractOver5m();
    actAs(w.users.drafter);
    const page = await getDepartmentNotices(undefined);
    expect(page.obligations.filter((o) => o.contractId === c.id).map((o) => [o.key, o.state])).toEqual([
      [`UK7:${c.id}`, "overdue"],
      [annualKey(c.id), "overdue"],
    ]);

    const id = await draftAs(w.users.drafter, c.id, annualKey(c.id));
    const drafted = await db.notice.findUniqueOrThrow({ where: { id } });
    expect(drafted).toMatchObject({
      type: "UK9",
      status: "DRAFT",
      draftedById: w.users.drafter.id,
      contractId: c.id,
      departmentId: w.dept.id,
    });
    expect(drafted.dueOn?.toISOString().slice(0, 10)).toBe("2026-06-02");
    expect(drafted.rule).toMatch(/At least once every 12 months/);

    actAs(w.users.drafter);
    expect(await approveNotice(idle, form({ noticeId: id }))).toMatchObject({
      status: "error",
      message: expect.stringMatching(/You drafted this notice/),
    });
    expect(await publishNotice(idle, form({ noticeId: id, publishedNoticeId: fts() }))).toMatchObject({
      status: "error",
      message: expect.stringMatching(/Only an approved notice/),
    });

    actAs(w.users.second);
    await redirectTarget(approveNotice(idle, form({ noticeId: id })));
    const bad = await publishNotice(idle, form({ noticeId: id, publishedNoticeId: "FTS 12" }));
    expect(bad.status === "error" && bad.fieldErrors?.publishedNoticeId).toBeTruthy();
    const ftsId = fts();
    actAs(w.users.drafter); // anyone in the department may record the publication, the drafter too
    await redirectTarget(publishNotice(idle, form({ noticeId: id, publishedNoticeId: ftsId })));

    expect(await db.notice.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PUBLISHED",
      approvedById: w.users.second.id,
      publishedById: w.users.drafter.id,
      findATenderId: ftsId,
    });
    const events = await db.auditEvent.findMany({
      where: { entityType: "Notice", entityId: id },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["notice.draft", w.users.drafter.id],
      ["notice.approve", w.users.second.id],
      ["notice.publish", w.users.drafter.id],
    ]);

    // Published: the next UK9 is due 12 months after its publication (in UK time).
    actAs(w.users.second);
    const after = await getDepartmentNotices(undefined);
    const next = after.obligations.find((o) => o.contractId === c.id && o.type === "UK9");
    expect(next?.state).toBe("due");
    expect(after.notices.find((n) => n.id === id)?.status).toBe("PUBLISHED");
  });

  it("four eyes hold under concurrency: of two approvals at once exactly one wins", async () => {
    const c = await contractOver5m();
    const id = await draftAs(w.users.drafter, c.id, `UK7:${c.id}`);
    const outcomes = await Promise.all(
      [w.users.second, w.users.admin].map(async (user) => {
        actAs(user);
        return approveNotice(idle, form({ noticeId: id })).then(
          (r) => r,
          (e: { digest?: string }) => (e.digest?.startsWith("NEXT_REDIRECT") ? "approved" : Promise.reject(e)),
        );
      }),
    );
    expect(outcomes.filter((o) => o === "approved")).toHaveLength(1);
    expect(outcomes.filter((o) => o !== "approved")).toEqual([
      expect.objectContaining({ status: "error", message: expect.stringMatching(/no longer waiting/) }),
    ]);
    expect(await db.auditEvent.count({ where: { entityType: "Notice", entityId: id, action: "notice.approve" } })).toBe(
      1,
    );
  });

  it("the database refuses an approval by the drafter even past the action (a check constraint)", async () => {
    const c = await contractOver5m();
    const id = await draftAs(w.users.drafter, c.id, `UK7:${c.id}`);
    await expect(
      db.notice.update({ where: { id }, data: { status: "APPROVED", approvedById: w.users.drafter.id } }),
    ).rejects.toThrow();
  });

  it("drafts one notice per duty, also when two people draft it at once", async () => {
    const c = await contractOver5m();
    const attempts = await Promise.all(
      [w.users.drafter, w.users.second].map(async (user) => {
        actAs(user);
        return draftNotice(idle, form({ obligationKey: `UK7:${c.id}`, contractId: c.id })).then(
          (r) => r,
          (e: { digest?: string }) => (e.digest?.startsWith("NEXT_REDIRECT") ? "drafted" : Promise.reject(e)),
        );
      }),
    );
    expect(attempts.filter((a) => a === "drafted")).toHaveLength(1);
    expect(attempts.find((a) => a !== "drafted")).toMatchObject({
      status: "error",
      message: expect.stringMatching(/already been drafted/),
    });
    expect(await db.notice.count({ where: { contractId: c.id } })).toBe(1);
  });

  it("refuses a duty the register does not owe, another department's contract and notice, and auditors", async () => {
    const c = await contractOver5m();
    actAs(w.users.drafter);
    expect(await draftNotice(idle, form({ obligationKey: `UK11:${c.id}`, contractId: c.id }))).toMatchObject({
      status: "error",
      message: expect.stringMatching(/not owed/),
    });
    const id = await draftAs(w.users.drafter, c.id, `UK7:${c.id}`);
    actAs(w.users.otherLead);
    await expectForbidden(draftNotice(idle, form({ obligationKey: annualKey(c.id), contractId: c.id })));
    await expectForbidden(approveNotice(idle, form({ noticeId: id })));
    actAs(w.users.auditor);
    await expectForbidden(approveNotice(idle, form({ noticeId: id })));
    expect(await db.notice.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", approvedById: null });
  });

  it("a UK7 over £5m needs three KPIs (s.52): with two and no reason nothing is drafted; with a reason it is, and says why", async () => {
    const c = await createContract(w.dept.id, w.supplier.id, {
      awardValue: "6000000.00",
      currentValue: "6000000.00",
      awardDate: new Date("2025-06-02"),
      startDate: new Date("2025-07-01"),
      endDate: new Date("2028-06-30"),
    });
    for (const name of ["Availability", "Resolution"]) await createKpi(c.id, w.supplier.id, { name });
    actAs(w.users.drafter);
    const auditBefore = await db.auditEvent.count({ where: { action: "notice.draft", actorId: w.users.drafter.id } });
    expect(await draftNotice(idle, form({ obligationKey: `UK7:${c.id}`, contractId: c.id }))).toMatchObject({
      status: "error",
      message: expect.stringContaining("must give at least 3 KPIs; it has 2"),
    });
    expect(await db.notice.count({ where: { contractId: c.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "notice.draft", actorId: w.users.drafter.id } })).toBe(
      auditBefore,
    );

    const reason = "Two measures cover the whole service; a third would duplicate one of them.";
    await db.contract.update({ where: { id: c.id }, data: { kpiExemptionReason: reason } });
    const id = await draftAs(w.users.drafter, c.id, `UK7:${c.id}`);
    const { release } = await db.notice.findUniqueOrThrow({ where: { id } });
    const contract = (release as { contracts: Array<Record<string, unknown>> }).contracts[0]!;
    expect((contract.agreedMetrics as unknown[]).length).toBe(2);
    expect(contract.noAgreedMetricsRationale).toBe(reason);
  });

  it("a Find a Tender id is recorded once", async () => {
    const c = await contractOver5m();
    const ids = [
      await draftAs(w.users.drafter, c.id, `UK7:${c.id}`),
      await draftAs(w.users.drafter, c.id, annualKey(c.id)),
    ];
    actAs(w.users.second);
    for (const id of ids) await redirectTarget(approveNotice(idle, form({ noticeId: id })));
    const ftsId = fts();
    await redirectTarget(publishNotice(idle, form({ noticeId: ids[0], publishedNoticeId: ftsId })));
    const again = await publishNotice(idle, form({ noticeId: ids[1], publishedNoticeId: ftsId }));
    expect(again.status === "error" && again.fieldErrors?.publishedNoticeId).toBeTruthy();
    expect(await db.notice.findUniqueOrThrow({ where: { id: ids[1] } })).toMatchObject({
      status: "APPROVED",
      findATenderId: null,
    });
  });
});

describe("the notice's JSON", () => {
  it("downloads at its stable address as a valid OCDS release package, and the download is audited", async () => {
    const c = await contractOver5m();
    const id = await draftAs(w.users.drafter, c.id, `UK7:${c.id}`);
    actAs(w.users.auditor);
    const response = await exportNotice(new Request(`http://localhost/api/exports/notices/${id}`), {
      params: Promise.resolve({ id }),
    });
    expect(response.status).toBe(200);
    const pkg = await response.json();
    expect(validateReleasePackage(pkg)).toMatchObject({ valid: true, errors: [] });
    expect(pkg.releases[0].contracts[0].agreedMetrics.map((m: { title: string }) => m.title)).toEqual([
      "Availability",
      "Resolution",
      "Satisfaction",
    ]);
    expect(pkg.releases[0].contracts[0].documents[0]).toMatchObject({ noticeType: "UK7" });
    expect(await db.auditEvent.count({ where: { action: "export.notice", actorId: w.users.auditor.id } })).toBe(1);
  });
});

describe("deadlines in view", () => {
  it("a breach found makes a UK9 due within 30 days, and overdue or soon-due notices join 'Needs your attention'", async () => {
    const dept = await createDepartment();
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: dept.id });
    const c = await createContract(dept.id, w.supplier.id, {
      awardDate: new Date("2026-11-20"),
      startDate: new Date("2026-12-01"),
      endDate: new Date("2027-11-30"),
    });
    actAs(lead);
    await redirectTarget(
      recordPerformanceFailure(
        idle,
        form({
          contractId: c.id,
          kind: "BREACH",
          foundOn: "2026-11-25",
          supplierId: w.supplier.id,
          description: "Data lost in a migration; damages agreed.",
        }),
      ),
    );
    const now = new Date("2026-12-10T12:00:00Z");
    const page = await getDepartmentNotices(undefined, now);
    expect(page.obligations.map((o) => [o.type, o.dueOn.toISOString().slice(0, 10), o.state, o.soon])).toEqual([
      ["UK7", "2026-12-20", "due", true],
      ["UK9", "2026-12-25", "due", false],
    ]);
    const overview = await getOverview(new Date("2026-12-21T12:00:00Z"));
    expect(overview.attention?.map((i) => i.text)).toEqual(
      expect.arrayContaining([
        "1 Procurement Act notice is past its deadline",
        "1 Procurement Act notice is due within two weeks",
      ]),
    );
  });
});
