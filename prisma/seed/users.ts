// Demo sign-ins, one per role. The start script and the e2e tests print and use these; every
// account shares one password, for a demo database only.
import { CARNALL_FARRAR, PALANTIR } from "./ref-suppliers";
import { DHSC, HMRC, NHS_ENGLAND } from "./ref-departments";

export const DEMO_PASSWORD = "partnerscope-demo";

export type DemoUser = {
  email: string;
  name: string;
  role: "ADMIN" | "COMMERCIAL_LEAD" | "SUPPLIER_USER" | "AUDITOR";
  /** A commercial lead's department. */
  department?: string;
  /** A supplier user's organisation (legal name). */
  supplier?: string;
  /** An auditor's granted departments, or "all". */
  auditorDepartments?: readonly string[] | "all";
};

export const DEMO_USERS: readonly DemoUser[] = [
  { email: "admin@partnerscope.example", name: "Alex Admin", role: "ADMIN" },
  { email: "lead.nhse@partnerscope.example", name: "Priya Shah", role: "COMMERCIAL_LEAD", department: NHS_ENGLAND },
  // A second NHS England lead: notices need a second person's approval.
  { email: "lead2.nhse@partnerscope.example", name: "Daniel Okafor", role: "COMMERCIAL_LEAD", department: NHS_ENGLAND },
  { email: "lead.hmrc@partnerscope.example", name: "Tom Evans", role: "COMMERCIAL_LEAD", department: HMRC },
  { email: "supplier.palantir@partnerscope.example", name: "Sam Lee", role: "SUPPLIER_USER", supplier: PALANTIR },
  { email: "supplier.cf@partnerscope.example", name: "Jo Carnall", role: "SUPPLIER_USER", supplier: CARNALL_FARRAR },
  {
    email: "auditor@partnerscope.example",
    name: "Morgan Reid",
    role: "AUDITOR",
    auditorDepartments: [NHS_ENGLAND, DHSC],
  },
  { email: "auditor.all@partnerscope.example", name: "Casey Quinn", role: "AUDITOR", auditorDepartments: "all" },
];
