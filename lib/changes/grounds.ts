// The Procurement Act 2023's grounds for changing a contract (Schedule 8, s.74) and the thresholds of a
// below-threshold modification (s.75): names and figures only, safe for client code. The rule that uses them
// is change-rule.ts.
import { Decimal } from "decimal.js";

export const CHANGE_GROUNDS = [
  "PROVIDED_FOR_IN_CONTRACT",
  "URGENCY",
  "KNOWN_RISK",
  "ADDITIONAL_SUPPLY",
  "UNFORESEEABLE_CIRCUMSTANCES",
  "CORPORATE_RESTRUCTURING",
  "NOT_SUBSTANTIAL",
  "BELOW_THRESHOLD",
  "NOT_RECORDED",
] as const;
export type ChangeGround = (typeof CHANGE_GROUNDS)[number];
/** The grounds a new change may be recorded with (NOT_RECORDED is only for rows older than the ledger). */
export const RECORDABLE_GROUNDS = CHANGE_GROUNDS.filter(
  (g): g is Exclude<ChangeGround, "NOT_RECORDED"> => g !== "NOT_RECORDED",
);

export const CHANGE_GROUND_LABELS: Record<ChangeGround, string> = {
  PROVIDED_FOR_IN_CONTRACT: "Provided for in the contract (Schedule 8, paragraph 1)",
  URGENCY: "Urgency and protection of life (Schedule 8, paragraph 2)",
  KNOWN_RISK: "Materialisation of a known risk (Schedule 8, paragraph 3)",
  ADDITIONAL_SUPPLY: "Additional goods, services or works (Schedule 8, paragraph 4)",
  UNFORESEEABLE_CIRCUMSTANCES: "Unforeseeable circumstances (Schedule 8, paragraph 5)",
  CORPORATE_RESTRUCTURING: "Novation or assignment on corporate restructuring (Schedule 8, paragraph 9)",
  NOT_SUBSTANTIAL: "Not a substantial modification (s.74(2)(b))",
  BELOW_THRESHOLD: "Below-threshold modification (s.74(2)(c))",
  NOT_RECORDED: "Not recorded",
};

export type Category = "GOODS" | "SERVICES" | "WORKS";

/** s.75(2): value up to 10% for goods and services, 15% for works; term up to 10% of the maximum term at award. */
export const VALUE_THRESHOLD: Record<Category, Decimal> = {
  GOODS: new Decimal("0.10"),
  SERVICES: new Decimal("0.10"),
  WORKS: new Decimal("0.15"),
};
export const TERM_THRESHOLD = new Decimal("0.10");
