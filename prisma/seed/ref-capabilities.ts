// Capability taxonomy: a two-level tree. Codes are stable identifiers ("data.platforms").

export type CapabilityRef = {
  code: string;
  name: string;
  /** Nouns for contract titles ("data platform") and a verb phrase for supplier descriptions. */
  nouns: readonly string[];
  offer: string;
};
export type CapabilityRootRef = { code: string; name: string; children: readonly CapabilityRef[] };

export const CAPABILITY_TREE: readonly CapabilityRootRef[] = [
  {
    code: "cloud",
    name: "Cloud",
    children: [
      {
        code: "cloud.hosting",
        name: "Hosting",
        nouns: ["cloud hosting", "hosting platform", "managed hosting"],
        offer: "run resilient cloud hosting",
      },
      {
        code: "cloud.software",
        name: "Software",
        nouns: ["case management software", "software licences", "SaaS platform"],
        offer: "supply cloud software as a service",
      },
      {
        code: "cloud.support",
        name: "Support",
        nouns: ["cloud support", "platform support", "cloud operations"],
        offer: "support and operate cloud services",
      },
      {
        code: "cloud.migration",
        name: "Migration",
        nouns: ["cloud migration", "data centre exit", "migration to public cloud"],
        offer: "migrate workloads to public cloud",
      },
    ],
  },
  {
    code: "data",
    name: "Data",
    children: [
      {
        code: "data.platforms",
        name: "Data platforms",
        nouns: ["data platform", "data platform licences", "analytics platform"],
        offer: "provide and run data platforms",
      },
      {
        code: "data.analytics",
        name: "Analytics",
        nouns: ["analytics", "performance analytics", "insight and analytics"],
        offer: "turn operational data into insight",
      },
      {
        code: "data.engineering",
        name: "Data engineering",
        nouns: ["data engineering", "data pipelines", "data integration"],
        offer: "build and run data pipelines",
      },
      {
        code: "data.ai",
        name: "AI and machine learning",
        nouns: ["machine learning", "AI discovery", "predictive models"],
        offer: "apply machine learning responsibly",
      },
    ],
  },
  {
    code: "software",
    name: "Software development",
    children: [
      {
        code: "software.web",
        name: "Digital services",
        nouns: ["digital service", "online service", "citizen-facing service"],
        offer: "build and run digital services to the Service Standard",
      },
      {
        code: "software.integration",
        name: "Integration and APIs",
        nouns: ["API platform", "integration services", "systems integration"],
        offer: "connect systems through open APIs",
      },
      {
        code: "software.legacy",
        name: "Legacy modernisation",
        nouns: ["legacy modernisation", "mainframe replacement", "application modernisation"],
        offer: "replace legacy systems incrementally",
      },
    ],
  },
  {
    code: "cyber",
    name: "Cyber security",
    children: [
      {
        code: "cyber.assurance",
        name: "Security assurance",
        nouns: ["security assurance", "IT health check", "penetration testing"],
        offer: "assure and test the security of services",
      },
      {
        code: "cyber.soc",
        name: "Security operations",
        nouns: ["security operations centre", "protective monitoring", "threat detection"],
        offer: "monitor and respond to threats around the clock",
      },
      {
        code: "cyber.identity",
        name: "Identity and access",
        nouns: ["identity and access management", "single sign-on", "identity verification"],
        offer: "manage identity and access",
      },
    ],
  },
  {
    code: "ucd",
    name: "User-centred design",
    children: [
      {
        code: "ucd.research",
        name: "User research",
        nouns: ["user research", "user research participants", "usability testing"],
        offer: "run user research with real users",
      },
      {
        code: "ucd.design",
        name: "Service design",
        nouns: ["service design", "discovery and alpha", "service redesign"],
        offer: "design end-to-end services",
      },
      {
        code: "ucd.accessibility",
        name: "Accessibility",
        nouns: ["accessibility audit", "accessibility remediation"],
        offer: "make services accessible to everyone",
      },
      {
        code: "ucd.content",
        name: "Content design",
        nouns: ["content design", "guidance redesign"],
        offer: "write clear content and guidance",
      },
    ],
  },
  {
    code: "managed",
    name: "Managed services",
    children: [
      {
        code: "managed.servicedesk",
        name: "Service desk",
        nouns: ["service desk", "IT service desk"],
        offer: "run IT service desks",
      },
      {
        code: "managed.enduser",
        name: "End-user computing",
        nouns: ["end-user computing", "device management"],
        offer: "supply and manage end-user devices",
      },
      {
        code: "managed.network",
        name: "Networks",
        nouns: ["wide area network", "network services"],
        offer: "run secure networks",
      },
      {
        code: "managed.application",
        name: "Application support",
        nouns: ["application support", "application maintenance"],
        offer: "support and maintain business applications",
      },
    ],
  },
  {
    code: "strategy",
    name: "Strategy and programmes",
    children: [
      {
        code: "strategy.consulting",
        name: "Technology strategy",
        nouns: ["technology strategy", "digital strategy"],
        offer: "shape technology strategy",
      },
      {
        code: "strategy.delivery",
        name: "Programme delivery",
        nouns: ["programme delivery partner", "delivery partner"],
        offer: "deliver large change programmes",
      },
      {
        code: "strategy.change",
        name: "Business change",
        nouns: ["business change", "transformation support"],
        offer: "lead business change and adoption",
      },
    ],
  },
];

export const CAPABILITY_LEAVES: readonly CapabilityRef[] = CAPABILITY_TREE.flatMap((root) => root.children);

export function rootOf(code: string): string {
  return code.split(".")[0] ?? code;
}
