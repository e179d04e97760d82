// Crown Commercial Service frameworks and lots (DOMAIN.md), with plausible dates. Earlier
// iterations of G-Cloud and Digital Outcomes are included so that call-offs from 2019 onwards
// have a live framework to come from. `capabilities` say what each lot buys (capability codes).

export type LotRef = { number: string; name: string; capabilities: readonly string[] };
export type FrameworkRef = { rmNumber: string; name: string; start: string; end: string; lots: readonly LotRef[] };

const CLOUD_SOFTWARE = ["cloud.software", "data.platforms", "data.analytics", "data.ai", "software.integration"];
const CLOUD_SUPPORT = ["cloud.support", "cloud.migration", "managed.application", "cyber.assurance", "cyber.soc"];
const ALL_SPECIALISTS = [
  "software.web",
  "software.integration",
  "software.legacy",
  "data.engineering",
  "data.analytics",
  "ucd.research",
  "ucd.design",
  "ucd.content",
  "ucd.accessibility",
  "cyber.assurance",
  "strategy.delivery",
];

function gCloud(rmNumber: string, name: string, start: string, end: string): FrameworkRef {
  return {
    rmNumber,
    name,
    start,
    end,
    lots: [
      { number: "1", name: "Cloud hosting", capabilities: ["cloud.hosting", "cloud.migration"] },
      { number: "2", name: "Cloud software", capabilities: CLOUD_SOFTWARE },
      { number: "3", name: "Cloud support", capabilities: CLOUD_SUPPORT },
    ],
  };
}

export const FRAMEWORKS: readonly FrameworkRef[] = [
  gCloud("RM1557.12", "G-Cloud 12", "2020-09-28", "2022-09-27"),
  gCloud("RM1557.13", "G-Cloud 13", "2022-11-09", "2024-11-08"),
  gCloud("RM1557.14", "G-Cloud 14", "2024-11-12", "2027-11-11"),
  {
    rmNumber: "RM6100",
    name: "Technology Services 3",
    start: "2018-09-04",
    end: "2025-06-30",
    lots: [
      {
        number: "1",
        name: "Technology strategy and service design",
        capabilities: ["strategy.consulting", "strategy.change", "ucd.design"],
      },
      {
        number: "2",
        name: "Transition and transformation",
        capabilities: ["cloud.migration", "software.legacy", "strategy.change"],
      },
      {
        number: "3",
        name: "Operational services",
        capabilities: ["managed.servicedesk", "managed.enduser", "managed.network", "managed.application", "cyber.soc"],
      },
      {
        number: "4",
        name: "Programmes",
        capabilities: ["strategy.delivery", "software.web", "software.integration", "data.engineering"],
      },
    ],
  },
  {
    rmNumber: "RM6263",
    name: "Digital Specialists and Programmes",
    start: "2022-08-09",
    end: "2026-08-08",
    lots: [
      {
        number: "1",
        name: "Digital programmes",
        capabilities: ["strategy.delivery", "software.web", "data.engineering", "ucd.design"],
      },
      { number: "2", name: "Digital specialists", capabilities: ALL_SPECIALISTS },
    ],
  },
  {
    rmNumber: "RM1043.7",
    name: "Digital Outcomes and Specialists 5",
    start: "2020-01-20",
    end: "2024-01-19",
    lots: [
      {
        number: "1",
        name: "Digital outcomes",
        capabilities: ["software.web", "ucd.design", "ucd.research", "data.engineering"],
      },
      { number: "2", name: "Digital specialists", capabilities: ALL_SPECIALISTS },
      { number: "3", name: "User research studios", capabilities: ["ucd.research"] },
      { number: "4", name: "User research participants", capabilities: ["ucd.research"] },
    ],
  },
  {
    rmNumber: "RM1043.8",
    name: "Digital Outcomes 6",
    start: "2024-01-23",
    end: "2027-07-22",
    lots: [
      {
        number: "1",
        name: "Digital outcomes",
        capabilities: ["software.web", "ucd.design", "ucd.research", "data.engineering", "data.analytics"],
      },
      { number: "2", name: "Digital specialists", capabilities: ALL_SPECIALISTS },
      { number: "3", name: "User research participants", capabilities: ["ucd.research"] },
    ],
  },
  {
    rmNumber: "RM6111",
    name: "Cloud Compute",
    start: "2021-05-17",
    end: "2025-05-16",
    lots: [{ number: "1", name: "Cloud compute", capabilities: ["cloud.hosting", "cloud.migration"] }],
  },
  {
    rmNumber: "RM6335",
    name: "Data and Application Solutions (DALAS)",
    start: "2024-07-01",
    end: "2028-06-30",
    lots: [
      {
        number: "1",
        name: "Data and analytics solutions",
        capabilities: ["data.platforms", "data.analytics", "data.ai", "data.engineering"],
      },
      {
        number: "2",
        name: "Application solutions",
        capabilities: ["cloud.software", "software.integration", "software.legacy"],
      },
    ],
  },
  {
    rmNumber: "RM6259",
    name: "Vertical Application Solutions",
    start: "2022-06-01",
    end: "2026-05-31",
    lots: [
      {
        number: "1",
        name: "Central government and justice applications",
        capabilities: ["cloud.software", "software.integration"],
      },
      { number: "2", name: "Health and social care applications", capabilities: ["cloud.software", "data.platforms"] },
      { number: "3", name: "Local government applications", capabilities: ["cloud.software", "managed.application"] },
    ],
  },
];
