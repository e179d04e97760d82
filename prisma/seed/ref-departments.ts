// Contracting authorities. `weight` is each one's share of generated contracts; `areas` name the
// business the contracts serve (for titles); SME targets are direct (and optional indirect) percent
// for the financial years ending 2026, 2027 and 2028 (PPN 001: three-year targets to March 2028).

export type DepartmentRef = {
  name: string;
  type: "CENTRAL_GOVERNMENT" | "NHS" | "LOCAL" | "OTHER";
  code: string;
  weight: number;
  areas: readonly string[];
  expenseAreas: readonly string[];
  directTarget: readonly [number, number, number];
  indirectTarget: readonly [number, number, number] | null;
};

export const NHS_ENGLAND = "NHS England";
export const DHSC = "Department of Health and Social Care";
export const HMRC = "HM Revenue and Customs";

export const DEPARTMENTS: readonly DepartmentRef[] = [
  {
    name: NHS_ENGLAND,
    type: "NHS",
    code: "NHSE",
    weight: 14,
    areas: [
      "elective recovery",
      "the NHS App",
      "vaccination programmes",
      "urgent and emergency care",
      "shared care records",
      "workforce planning",
    ],
    expenseAreas: [
      "Transformation Directorate",
      "Digital Delivery",
      "Data and Analytics",
      "Chief Data and Analytics Officer",
    ],
    directTarget: [18, 19.5, 21],
    indirectTarget: [15, 16, 17],
  },
  {
    name: DHSC,
    type: "CENTRAL_GOVERNMENT",
    code: "DHSC",
    weight: 6,
    areas: ["adult social care", "public health data", "medicines regulation", "pandemic preparedness"],
    expenseAreas: ["Digital, Data and Technology", "Public Health Directorate"],
    directTarget: [15, 16, 17],
    indirectTarget: [12, 13, 14],
  },
  {
    name: HMRC,
    type: "CENTRAL_GOVERNMENT",
    code: "HMRC",
    weight: 12,
    areas: [
      "Making Tax Digital",
      "customs declarations",
      "PAYE real time information",
      "Self Assessment",
      "debt management",
    ],
    expenseAreas: ["Chief Digital and Information Officer Group", "Customer Services Group", "Customs and Borders"],
    directTarget: [22, 23, 24],
    indirectTarget: [14, 15, 16],
  },
  {
    name: "Home Office",
    type: "CENTRAL_GOVERNMENT",
    code: "HO",
    weight: 10,
    areas: [
      "border systems",
      "immigration casework",
      "policing data",
      "passport services",
      "emergency services network",
    ],
    expenseAreas: ["Digital, Data and Technology", "Border Force", "HM Passport Office"],
    directTarget: [20, 21, 22],
    indirectTarget: null,
  },
  {
    name: "Department for Work and Pensions",
    type: "CENTRAL_GOVERNMENT",
    code: "DWP",
    weight: 12,
    areas: ["Universal Credit", "State Pension", "Child Maintenance", "Access to Work", "fraud and error"],
    expenseAreas: ["DWP Digital", "Universal Credit Programme", "Service Excellence"],
    directTarget: [25, 26, 27],
    indirectTarget: [12, 13, 14],
  },
  {
    name: "Ministry of Justice",
    type: "CENTRAL_GOVERNMENT",
    code: "MOJ",
    weight: 8,
    areas: ["prison digital services", "probation case management", "courts and tribunals", "legal aid"],
    expenseAreas: ["Justice Digital", "HM Prison and Probation Service", "HM Courts and Tribunals Service"],
    directTarget: [24, 25, 26],
    indirectTarget: [10, 11, 12],
  },
  {
    name: "Cabinet Office",
    type: "CENTRAL_GOVERNMENT",
    code: "CO",
    weight: 6,
    areas: ["GOV.UK One Login", "GOV.UK", "civil service HR", "government security"],
    expenseAreas: ["Government Digital Service", "Government Security Group", "Civil Service HR"],
    directTarget: [33, 33, 35],
    indirectTarget: [12, 13, 15],
  },
  {
    name: "Department for Education",
    type: "CENTRAL_GOVERNMENT",
    code: "DFE",
    weight: 7,
    areas: ["teacher services", "student finance", "school funding", "apprenticeship services"],
    expenseAreas: ["Digital and Technology", "Education and Skills Funding Agency"],
    directTarget: [30, 31, 32],
    indirectTarget: null,
  },
  {
    name: "HM Treasury",
    type: "CENTRAL_GOVERNMENT",
    code: "HMT",
    weight: 3,
    areas: ["spending review data", "public expenditure statistics", "corporate systems"],
    expenseAreas: ["Corporate Centre", "Public Spending"],
    directTarget: [20, 21, 22],
    indirectTarget: null,
  },
  {
    name: "Ministry of Defence",
    type: "CENTRAL_GOVERNMENT",
    code: "MOD",
    weight: 10,
    areas: ["defence logistics", "personnel systems", "defence digital networks", "estates management"],
    expenseAreas: ["Defence Digital", "Defence Equipment and Support", "Strategic Command"],
    directTarget: [19, 20, 21],
    indirectTarget: [14, 15, 16],
  },
  {
    name: "Leeds City Council",
    type: "LOCAL",
    code: "LCC",
    weight: 3,
    areas: ["council tax", "adult social care", "housing repairs", "waste collection"],
    expenseAreas: ["Integrated Digital Service", "Resources"],
    directTarget: [35, 36, 37],
    indirectTarget: null,
  },
  {
    name: "Environment Agency",
    type: "OTHER",
    code: "EA",
    weight: 4,
    areas: ["flood warnings", "environmental permitting", "water quality monitoring"],
    expenseAreas: ["Digital, Data and Technology", "Flood and Coastal Risk Management"],
    directTarget: [28, 29, 30],
    indirectTarget: [8, 9, 10],
  },
  {
    name: "NHS Business Services Authority",
    type: "NHS",
    code: "NHSBSA",
    weight: 5,
    areas: ["prescription payments", "NHS Pensions", "dental services", "help with health costs"],
    expenseAreas: ["Digital, Data and Technology", "Pensions"],
    directTarget: [24, 25, 26],
    indirectTarget: null,
  },
];
