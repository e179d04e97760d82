// Words for generated contracts: justifications, roles, KPIs, social value, spend lines.
import type { KpiRating } from "./types";

export const DIRECT_AWARD_JUSTIFICATIONS = [
  "Extreme urgency: the services were needed faster than any competitive procedure allows.",
  "Only this supplier can provide the services for technical reasons (proprietary platform and intellectual property).",
  "Continuity of service while the replacement contract is procured.",
  "Additional deliveries by the existing supplier: a change of supplier would cause incompatibility with the existing platform.",
  "Repeat of similar services under the original contract's published option.",
  "User choice contract for a person-centred service (Procurement Act 2023, Schedule 5).",
];

export const MEMBER_ROLES_BY_ROOT: Record<string, readonly string[]> = {
  cloud: ["hosting", "delivery", "specialist"],
  data: ["data", "specialist", "delivery"],
  software: ["delivery", "specialist", "user research"],
  cyber: ["security", "specialist"],
  ucd: ["user research", "design", "accessibility"],
  managed: ["delivery", "service desk", "specialist"],
  strategy: ["specialist", "delivery", "change"],
};

export type KpiTemplate = { name: string; measure: string; target: string };

export const KPI_TEMPLATES: readonly KpiTemplate[] = [
  {
    name: "Platform availability",
    measure: "Percentage of core service hours the service is available",
    target: "99.9% each month",
  },
  {
    name: "Incident resolution within SLA",
    measure: "Priority 1 and 2 incidents resolved within the agreed service levels",
    target: "95% of incidents",
  },
  { name: "User satisfaction", measure: "Average score in the quarterly user survey", target: "At least 4 out of 5" },
  { name: "Milestone delivery", measure: "Delivery milestones met on the agreed date", target: "90% of milestones" },
  {
    name: "Critical vulnerabilities remediated",
    measure: "Critical vulnerabilities fixed within 14 days of discovery",
    target: "100%",
  },
  {
    name: "Accessibility compliance",
    measure: "Live services meeting WCAG 2.2 AA at assessment",
    target: "100% of live services",
  },
  {
    name: "Knowledge transfer",
    measure: "Civil servants trained to run and change the service",
    target: "20 people a year",
  },
  { name: "SME participation", measure: "Share of contract spend reaching SME subcontractors", target: "At least 25%" },
  { name: "Data quality", measure: "Records passing validation when ingested", target: "98% of records" },
  {
    name: "Change requests turned around",
    measure: "Change requests priced and planned within 10 working days",
    target: "90% of requests",
  },
];

export const RATING_WEIGHTS: readonly (readonly [KpiRating, number])[] = [
  ["GOOD", 62],
  ["APPROACHING_TARGET", 18],
  ["REQUIRES_IMPROVEMENT", 11],
  ["INADEQUATE", 5],
  ["OTHER", 4],
];

export const RATING_NOTES: Record<KpiRating, readonly string[]> = {
  GOOD: ["Target met throughout the period."],
  APPROACHING_TARGET: [
    "Slightly below target in two months; recovery plan agreed.",
    "Target missed narrowly after a supplier outage.",
  ],
  REQUIRES_IMPROVEMENT: [
    "Below target for the period; improvement plan requested.",
    "Repeated misses; escalated to the contract board.",
  ],
  INADEQUATE: [
    "Significantly below target; formal remedial notice issued.",
    "Performance well below target; considering termination rights.",
  ],
  OTHER: [
    "Not measurable this period: service paused during migration.",
    "Measure redefined mid-period; no comparable rating.",
  ],
};

export const KPI_EXEMPTION_REASONS = [
  "Performance cannot appropriately be assessed by KPIs: licences for commodity software only (Procurement Act 2023, s.52).",
  "Performance cannot appropriately be assessed by KPIs: one-off supply of hardware with standard warranty (Procurement Act 2023, s.52).",
];

export type SocialValueTemplate = {
  theme: string;
  measure: string;
  description: string;
  money: boolean;
  min: number;
  max: number;
};

export const SOCIAL_VALUE_TEMPLATES: readonly SocialValueTemplate[] = [
  {
    theme: "Tackling economic inequality",
    measure: "apprenticeships",
    description: "Apprenticeship starts on the contract",
    money: false,
    min: 2,
    max: 30,
  },
  {
    theme: "Tackling economic inequality",
    measure: "spend with SMEs and VCSEs (£)",
    description: "Supply-chain spend with SMEs and VCSEs",
    money: true,
    min: 50_000,
    max: 2_000_000,
  },
  {
    theme: "Tackling economic inequality",
    measure: "jobs for people from disadvantaged backgrounds",
    description: "New jobs filled by people from disadvantaged backgrounds",
    money: false,
    min: 2,
    max: 25,
  },
  {
    theme: "Fighting climate change",
    measure: "tonnes CO2e avoided",
    description: "Emissions avoided through efficient hosting and travel",
    money: false,
    min: 20,
    max: 800,
  },
  {
    theme: "Equal opportunity",
    measure: "training hours for under-represented groups",
    description: "Digital skills training for under-represented groups",
    money: false,
    min: 200,
    max: 6_000,
  },
  {
    theme: "Equal opportunity",
    measure: "disabled people employed",
    description: "Disabled people employed on the contract",
    money: false,
    min: 1,
    max: 12,
  },
  {
    theme: "Wellbeing",
    measure: "volunteering hours",
    description: "Staff volunteering hours with local community groups",
    money: false,
    min: 100,
    max: 3_000,
  },
  {
    theme: "Wellbeing",
    measure: "mental health first aiders trained",
    description: "Staff trained as mental health first aiders",
    money: false,
    min: 5,
    max: 60,
  },
];

export const EXPENSE_TYPES_BY_ROOT: Record<string, readonly string[]> = {
  cloud: ["Cloud hosting services", "Software licences", "IT services"],
  data: ["IT services - data", "Software licences", "Consultancy"],
  software: ["IT development services", "IT services"],
  cyber: ["IT security services", "IT services"],
  ucd: ["Professional services", "IT development services"],
  managed: ["IT managed services", "IT support and maintenance"],
  strategy: ["Consultancy", "Professional services"],
};
