// Turns contract plans into rows (contract, members, amendments, KPIs, social value) and keeps the
// compact part the spend phase needs.
import { type TableWriter, WriterGroup } from "./bulk";
import type { SeedContext } from "./context";
import { daysBetween, isoDate } from "./dates";
import { basisPointsToPercent, penceToDecimal } from "./money";
import {
  AMENDMENT,
  CONTRACT,
  KPI,
  KPI_ASSESSMENT,
  PARTNERSHIP_MEMBER,
  SOCIAL_VALUE_COMMITMENT,
  SOCIAL_VALUE_DELIVERY,
  type AmendmentRow,
  type ContractRow,
  type KpiAssessmentRow,
  type KpiRow,
  type PartnershipMemberRow,
  type SocialValueCommitmentRow,
  type SocialValueDeliveryRow,
} from "./tables-contracts";
import type { ContractPlan } from "./types";

// The demo's changes and their grounds: extensions are the options provided for at award, value and scope changes
// additional services, consortium changes not substantial.
const DEMO_GROUND = {
  EXTENSION: "PROVIDED_FOR_IN_CONTRACT",
  VALUE_CHANGE: "ADDITIONAL_SUPPLY",
  SCOPE_CHANGE: "ADDITIONAL_SUPPLY",
  MEMBER_ADDED: "NOT_SUBSTANTIAL",
  MEMBER_REMOVED: "NOT_SUBSTANTIAL",
  OTHER: "NOT_RECORDED",
} as const;

export class ContractWriter {
  private readonly contracts: TableWriter<ContractRow>;
  private readonly members: TableWriter<PartnershipMemberRow>;
  private readonly amendments: TableWriter<AmendmentRow>;
  private readonly kpis: TableWriter<KpiRow>;
  private readonly assessments: TableWriter<KpiAssessmentRow>;
  private readonly commitments: TableWriter<SocialValueCommitmentRow>;
  private readonly deliveries: TableWriter<SocialValueDeliveryRow>;
  private readonly group: WriterGroup;

  constructor(private readonly ctx: SeedContext) {
    this.contracts = ctx.writer(CONTRACT);
    this.members = ctx.writer(PARTNERSHIP_MEMBER);
    this.amendments = ctx.writer(AMENDMENT);
    this.kpis = ctx.writer(KPI);
    this.assessments = ctx.writer(KPI_ASSESSMENT);
    this.commitments = ctx.writer(SOCIAL_VALUE_COMMITMENT);
    this.deliveries = ctx.writer(SOCIAL_VALUE_DELIVERY);
    this.group = new WriterGroup(ctx.db, [
      this.contracts,
      this.members,
      this.amendments,
      this.kpis,
      this.assessments,
      this.commitments,
      this.deliveries,
    ]);
  }

  async write(plan: ContractPlan): Promise<void> {
    const ctx = this.ctx;
    this.contracts.push({
      id: plan.id,
      reference: plan.reference,
      departmentId: plan.dept.id,
      title: plan.title,
      description: plan.description,
      routeToMarket: plan.route,
      procurementMethod: plan.method,
      directAwardJustification: plan.justification,
      lotId: plan.lot?.id ?? null,
      capabilityId: plan.capabilityCode ? (ctx.capabilityIds.get(plan.capabilityCode) ?? null) : null,
      leadPartnerId: plan.lead.id,
      numberOfTenderers: plan.tenderers,
      awardValue: penceToDecimal(plan.awardPence),
      currentValue: penceToDecimal(plan.currentPence),
      awardDate: isoDate(plan.awardDate),
      startDate: isoDate(plan.startDate),
      endDate: isoDate(plan.endDate),
      awardedEndDate: isoDate(plan.awardedEndDate ?? plan.endDate),
      extensionOptionsMonths: plan.extensionOptionsMonths,
      extensionsUsed: plan.extensionsUsed,
      status: plan.status,
      hasExitPlan: plan.hasExitPlan,
      hasBreakClause: plan.hasBreakClause,
      hasDataExportTerms: plan.hasDataExportTerms,
      usesOpenStandards: plan.usesOpenStandards,
      kpiExemptionReason: plan.kpiExemptionReason,
    });
    for (const m of plan.members) {
      this.members.push({
        id: m.id,
        contractId: plan.id,
        supplierId: m.supplier.id,
        role: m.role,
        pledgedSharePercent: basisPointsToPercent(m.pledgeBp),
        joinedOn: isoDate(m.joinedOn),
        leftOn: m.leftOn ? isoDate(m.leftOn) : null,
      });
    }
    for (const a of plan.amendments) {
      this.amendments.push({
        id: ctx.id("Amendment"),
        contractId: plan.id,
        kind: a.kind,
        date: isoDate(a.date),
        rationale: a.rationale,
        valueChange: penceToDecimal(a.valuePence),
        newEndDate: a.newEndDate ? isoDate(a.newEndDate) : null,
        legalGround: a.endsContract ? "NOT_RECORDED" : DEMO_GROUND[a.kind],
        endsContract: a.endsContract ?? false,
        supplierId: a.supplierId ?? null,
      });
    }
    for (const k of plan.kpis) {
      const kpiId = ctx.id("Kpi");
      this.kpis.push({
        id: kpiId,
        contractId: plan.id,
        name: k.name,
        measure: k.measure,
        target: k.target,
        accountableSupplierId: k.accountableSupplierId,
      });
      for (const a of k.assessments) {
        this.assessments.push({
          id: ctx.id("KpiAssessment"),
          kpiId,
          assessedOn: isoDate(a.date),
          rating: a.rating,
          note: a.note,
        });
      }
    }
    for (const c of plan.socialValue) {
      const commitmentId = ctx.id("SocialValueCommitment");
      this.commitments.push({
        id: commitmentId,
        contractId: plan.id,
        theme: c.theme,
        description: c.description,
        measure: c.measure,
        target: penceToDecimal(c.targetHundredths),
        accountableSupplierId: c.accountableSupplierId,
      });
      for (const d of c.deliveries) {
        this.deliveries.push({
          id: ctx.id("SocialValueDelivery"),
          commitmentId,
          deliveredOn: isoDate(d.date),
          amount: penceToDecimal(d.hundredths),
          note: d.note,
        });
      }
    }
    if (plan.status !== "CANCELLED" && plan.status !== "PLANNED") {
      const optionsLeft =
        plan.extensionOptionsMonths - plan.amendments.reduce((sum, a) => sum + (a.extensionMonths ?? 0), 0);
      ctx.spendContracts.push({
        id: plan.id,
        deptIndex: plan.dept.index,
        leadId: plan.lead.id,
        reference: plan.reference,
        capabilityCode: plan.capabilityCode,
        start: plan.startDate,
        end: plan.endDate,
        currentPence: plan.currentPence,
        valueMonths: Math.max(1, daysBetween(plan.startDate, plan.endDate) / 30.44 + Math.max(0, optionsLeft)),
        members: plan.members.map((m) => ({
          supplierId: m.supplier.id,
          role: m.role,
          pledgeBp: m.pledgeBp,
          joinedOn: m.joinedOn,
          leftOn: m.leftOn,
          deliveryFactor: m.deliveryFactor,
        })),
      });
    }
    await this.group.flushIfFull();
  }

  async finish(): Promise<void> {
    await this.group.flushAll();
  }
}
