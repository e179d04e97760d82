import { z } from "zod";
import {
  checkboxField,
  dateField,
  idField,
  moneyField,
  optionalText,
  textField,
  VersionSchema,
  wholeNumber,
} from "@/lib/actions/fields";
import { PageSchema, SearchSchema } from "@/lib/pagination";
import { RECORDABLE_GROUNDS } from "@/lib/changes/grounds";

export const CONTRACT_STATUSES = ["PLANNED", "ACTIVE", "TERMINATED", "EXPIRED", "CANCELLED"] as const;
export const CONTRACT_SORTS = ["title", "awardDate", "endDate", "currentValue"] as const;

export const ContractListParamsSchema = z.object({
  page: PageSchema,
  q: SearchSchema,
  status: z.enum(CONTRACT_STATUSES).optional().catch(undefined),
  framework: z.string().max(64).optional().catch(undefined),
  /** A supplier's name: contracts it leads or is (or was) a member of. */
  supplier: SearchSchema,
  /** Contracts still running that end within this many months from today. */
  ending: z.coerce.number().int().min(1).max(120).optional().catch(undefined),
  sort: z.enum(CONTRACT_SORTS).catch("endDate"),
  // Latest end dates first: live contracts before the expired history.
  dir: z.enum(["asc", "desc"]).catch("desc"),
});

export type ContractListParams = z.infer<typeof ContractListParamsSchema>;

export const ROUTE_TO_MARKET_LABELS = {
  FRAMEWORK_CALL_OFF: "Framework call-off",
  OPEN: "Open procedure",
  RESTRICTED: "Restricted procedure",
  COMPETITIVE_FLEXIBLE: "Competitive flexible procedure",
  DIRECT_AWARD: "Direct award",
  NOT_STATED: "Not stated",
} as const;

export const STATUS_LABELS = {
  PLANNED: "Planned",
  ACTIVE: "Active",
  TERMINATED: "Terminated",
  EXPIRED: "Expired",
  CANCELLED: "Cancelled",
} as const;

// ---------- Writing contracts ----------

export const ROUTES_TO_MARKET = [
  "FRAMEWORK_CALL_OFF",
  "OPEN",
  "RESTRICTED",
  "COMPETITIVE_FLEXIBLE",
  "DIRECT_AWARD",
] as const;

// Fields a contract's own form sets. The award value is fixed at creation: later changes are amendments.
const contractTerms = {
  title: textField("a title", 300),
  reference: z.string().trim().max(100).optional(),
  description: optionalText(),
  routeToMarket: z.enum(ROUTES_TO_MARKET, { error: "Choose a route to market." }),
  lotId: z.string().max(64).optional(),
  directAwardJustification: optionalText(),
  leadPartnerId: idField("a lead partner"),
  numberOfTenderers: wholeNumber("the number of tenderers", 10_000).optional(),
  awardDate: dateField("the award date"),
  startDate: dateField("the start date"),
  endDate: dateField("the end date"),
  extensionOptionsMonths: wholeNumber("the extension options in months", 600)
    .optional()
    .transform((v) => v ?? 0),
  category: z
    .enum(["GOODS", "SERVICES", "WORKS"], { error: "Choose goods, services or works." })
    .optional()
    .transform((v) => v ?? "SERVICES"),
  /** Days of notice before the end (to terminate or not renew); alerts count back from the notice date. */
  noticePeriodDays: wholeNumber("the notice period in days", 3650).optional(),
  /** Months before the end the re-procurement should start; empty: the default lead times. */
  reprocurementLeadMonths: wholeNumber("the re-procurement lead time in months", 120).optional(),
  hasExitPlan: checkboxField,
  hasBreakClause: checkboxField,
  hasDataExportTerms: checkboxField,
  usesOpenStandards: checkboxField,
  kpiExemptionReason: optionalText(),
};

type Terms = {
  routeToMarket: string;
  lotId?: string;
  directAwardJustification?: string;
  startDate: Date;
  endDate: Date;
};

// The route decides which fields are required. These two run even when other fields are invalid
// (zod's `when`), so the form names every problem at once.
const routeIsValid = (payload: { issues: Array<{ path?: PropertyKey[] }> }) =>
  payload.issues.every((i) => i.path?.[0] !== "routeToMarket");
const needsLot = (v: Terms) => v.routeToMarket !== "FRAMEWORK_CALL_OFF" || Boolean(v.lotId);
const needsJustification = (v: Terms) => v.routeToMarket !== "DIRECT_AWARD" || Boolean(v.directAwardJustification);
const endsAfterStart = (v: Terms) => v.endDate >= v.startDate;

function withRouteRules<T extends z.ZodType<Terms>>(schema: T) {
  return schema
    .refine(needsLot, {
      path: ["lotId"],
      message: "A framework call-off needs the framework lot it is called off.",
      when: routeIsValid,
    })
    .refine(needsJustification, {
      path: ["directAwardJustification"],
      message: "Record why the contract was awarded directly.",
      when: routeIsValid,
    })
    .refine(endsAfterStart, { path: ["endDate"], message: "The end date must be on or after the start date." });
}

export const CreateContractSchema = withRouteRules(
  z.object({
    ...contractTerms,
    departmentId: z.string().max(64).optional(),
    awardValue: moneyField("the award value"),
    /** The form's one-time key (see Contract.creationKey). */
    formId: z.uuid({ error: "This form has expired: reload the page and fill it in again." }),
  }),
);

export const UpdateContractSchema = withRouteRules(
  z.object({ ...contractTerms, id: idField("a contract"), version: VersionSchema }),
);

export const CLOSING_STATUSES = ["TERMINATED", "EXPIRED", "CANCELLED"] as const;

export const CloseContractSchema = z.object({
  id: idField("a contract"),
  version: VersionSchema,
  status: z.enum(CLOSING_STATUSES, { error: "Choose how the contract ended." }),
  closedOn: dateField("the date it ended"),
  reason: textField("the reason", 2000),
});

export const AMENDMENT_KINDS = ["EXTENSION", "VALUE_CHANGE", "SCOPE_CHANGE", "OTHER"] as const;

export const AmendmentSchema = z
  .object({
    contractId: idField("a contract"),
    kind: z.enum(AMENDMENT_KINDS, { error: "Choose the kind of amendment." }),
    date: dateField("the amendment date"),
    rationale: textField("the rationale", 2000),
    valueChange: moneyField("the value change", { allowNegative: true }).optional(),
    newEndDate: dateField("the new end date").optional(),
    /** The change ledger: why the change is permitted, and an earlier change it is counted together with. */
    legalGround: z.enum(RECORDABLE_GROUNDS, { error: "Choose the legal ground for the change." }),
    connectedToId: z.string().max(64).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "EXTENSION" && !value.newEndDate) {
      ctx.addIssue({ code: "custom", path: ["newEndDate"], message: "An extension needs the new end date." });
    }
    if (value.kind === "VALUE_CHANGE" && (!value.valueChange || Number(value.valueChange) === 0)) {
      ctx.addIssue({
        code: "custom",
        path: ["valueChange"],
        message: "A value change needs the amount it changes by.",
      });
    }
  });
