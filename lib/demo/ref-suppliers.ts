// Well-known suppliers that appear by name (sizes and figures are illustrative, not their accounts;
// Companies House numbers in the demo are synthetic). `sizeStory` drives their size declarations.

export type SizeStory = "large" | "medium" | "grower";

export type NamedSupplierRef = {
  legalName: string;
  town: string;
  region: string;
  website: string | null;
  capabilities: readonly string[];
  sizeStory: SizeStory;
  /** LLPs get "OC" Companies House numbers; NHS bodies have none. */
  registration: "company" | "llp" | "nhs-body";
  /** How often this supplier wins work as lead partner, relative to a generated large supplier (1). */
  leadWeight: number;
  aliases: readonly string[];
};

export const PALANTIR = "Palantir Technologies UK Ltd";
export const ACCENTURE = "Accenture (UK) Limited";
export const PWC = "PricewaterhouseCoopers LLP";
export const NECS = "North of England Commissioning Support Unit";
export const CARNALL_FARRAR = "Carnall Farrar Limited";
export const CAPGEMINI = "Capgemini UK plc";

const company = (
  legalName: string, town: string, region: string, website: string | null, capabilities: string[],
  leadWeight = 3, aliases: string[] = [], sizeStory: SizeStory = "large",
): NamedSupplierRef => ({ legalName, town, region, website, capabilities, sizeStory, registration: "company", leadWeight, aliases });

export const NAMED_SUPPLIERS: readonly NamedSupplierRef[] = [
  company(PALANTIR, "London", "London", "https://www.palantir.com", ["data.platforms", "data.analytics", "data.ai", "cloud.software"], 2, ["Palantir"]),
  company(ACCENTURE, "London", "London", "https://www.accenture.com", ["strategy.delivery", "cloud.migration", "software.web", "data.engineering"], 4, ["Accenture"]),
  { ...company(PWC, "London", "London", "https://www.pwc.co.uk", ["strategy.consulting", "strategy.change", "data.analytics"], 3, ["PwC", "Price Waterhouse Coopers"]), registration: "llp" },
  { ...company(NECS, "Newcastle upon Tyne", "North East", "https://www.necsu.nhs.uk", ["data.engineering", "data.analytics", "managed.application"], 1, ["NECS"]), registration: "nhs-body" },
  company(CARNALL_FARRAR, "London", "London", "https://www.carnallfarrar.com", ["data.analytics", "strategy.consulting"], 0.5, ["Carnall Farrar"], "medium"),
  company(CAPGEMINI, "London", "London", "https://www.capgemini.com/gb-en", ["managed.application", "software.legacy", "cloud.migration", "strategy.delivery"], 4, ["Capgemini"]),
  company("CGI IT UK Limited", "London", "London", "https://www.cgi.com/uk/en-gb", ["managed.servicedesk", "software.integration", "cyber.soc"], 4, ["CGI"]),
  company("Atos IT Services UK Limited", "London", "London", "https://atos.net", ["managed.network", "managed.enduser", "cloud.hosting"], 3, ["Atos"]),
  company("Fujitsu Services Limited", "London", "London", "https://www.fujitsu.com/uk", ["managed.servicedesk", "managed.enduser", "managed.network"], 3, ["Fujitsu"]),
  company("IBM United Kingdom Limited", "Portsmouth", "South East", "https://www.ibm.com/uk-en", ["cloud.hosting", "software.legacy", "data.ai"], 3, ["IBM UK", "IBM"]),
  company("Kainos Software Limited", "Belfast", "Northern Ireland", "https://www.kainos.com", ["software.web", "cloud.software", "data.engineering"], 3, ["Kainos"]),
  { ...company("Deloitte LLP", "London", "London", "https://www.deloitte.com/uk", ["strategy.consulting", "cyber.assurance", "data.analytics"], 3, ["Deloitte"]), registration: "llp" },
  company("BAE Systems Applied Intelligence Limited", "Guildford", "South East", "https://www.baesystems.com", ["cyber.soc", "cyber.assurance", "data.analytics"], 2, ["BAE Systems AI"]),
  { ...company("Ernst & Young LLP", "London", "London", "https://www.ey.com/en_uk", ["strategy.consulting", "strategy.change"], 2, ["EY"]), registration: "llp" },
  { ...company("KPMG LLP", "London", "London", "https://kpmg.com/uk", ["strategy.consulting", "data.analytics"], 2, ["KPMG"]), registration: "llp" },
  company("Computacenter (UK) Limited", "Hatfield", "East of England", "https://www.computacenter.com", ["managed.enduser", "managed.servicedesk", "cloud.hosting"], 2, ["Computacenter"]),
  company("Sopra Steria Limited", "Hemel Hempstead", "East of England", "https://www.soprasteria.co.uk", ["managed.application", "software.legacy"], 2, ["Sopra Steria"]),
  company("Microsoft Limited", "Reading", "South East", "https://www.microsoft.com/en-gb", ["cloud.software", "cloud.hosting"], 1, ["Microsoft"]),
  company("Methods Business and Digital Technology Limited", "London", "London", "https://www.methods.co.uk", ["software.web", "ucd.design", "strategy.delivery"], 2, ["Methods"]),
  company("Made Tech Limited", "London", "London", "https://www.madetech.com", ["software.web", "software.legacy", "data.engineering"], 2, ["Made Tech"], "grower"),
];

/** ITL1 regions, weighted by how many suppliers are based there, with towns and postcode areas. */
export const REGIONS: readonly { region: string; weight: number; towns: readonly (readonly [string, string])[] }[] = [
  { region: "London", weight: 30, towns: [["London", "EC1"], ["London", "WC2"], ["London", "SE1"], ["London", "E14"], ["London", "N1"]] },
  { region: "South East", weight: 14, towns: [["Reading", "RG"], ["Brighton", "BN"], ["Guildford", "GU"], ["Oxford", "OX"], ["Milton Keynes", "MK"]] },
  { region: "East of England", weight: 8, towns: [["Cambridge", "CB"], ["Norwich", "NR"], ["Ipswich", "IP"], ["Chelmsford", "CM"]] },
  { region: "South West", weight: 7, towns: [["Bristol", "BS"], ["Exeter", "EX"], ["Bath", "BA"], ["Plymouth", "PL"]] },
  { region: "West Midlands", weight: 6, towns: [["Birmingham", "B"], ["Coventry", "CV"], ["Wolverhampton", "WV"]] },
  { region: "East Midlands", weight: 5, towns: [["Nottingham", "NG"], ["Leicester", "LE"], ["Derby", "DE"]] },
  { region: "North West", weight: 9, towns: [["Manchester", "M"], ["Liverpool", "L"], ["Preston", "PR"], ["Warrington", "WA"]] },
  { region: "North East", weight: 4, towns: [["Newcastle upon Tyne", "NE"], ["Sunderland", "SR"], ["Durham", "DH"], ["Middlesbrough", "TS"]] },
  { region: "Yorkshire and The Humber", weight: 6, towns: [["Leeds", "LS"], ["Sheffield", "S"], ["York", "YO"], ["Hull", "HU"]] },
  { region: "Wales", weight: 4, towns: [["Cardiff", "CF"], ["Swansea", "SA"], ["Newport", "NP"]] },
  { region: "Scotland", weight: 6, towns: [["Edinburgh", "EH"], ["Glasgow", "G"], ["Dundee", "DD"], ["Aberdeen", "AB"]] },
  { region: "Northern Ireland", weight: 3, towns: [["Belfast", "BT"], ["Derry", "BT"]] },
];

export const NAME_FIRST = [
  "Aldgate", "Amber", "Anchor", "Ash", "Aspen", "Avon", "Beacon", "Birch", "Blackstone", "Bluebell", "Bramble",
  "Bridgewater", "Brightwater", "Calder", "Cedar", "Cherwell", "Chiltern", "Clearwater", "Clyde", "Cobalt",
  "Coppergate", "Cotswold", "Crane", "Dales", "Derwent", "Dovetail", "Eden", "Elm", "Ember", "Fenland", "Fern",
  "Fieldfare", "Flint", "Forth", "Foxglove", "Granite", "Greenway", "Halcyon", "Harbour", "Hawthorn", "Heron",
  "Highland", "Holly", "Iona", "Ivy", "Juniper", "Kestrel", "Kite", "Lantern", "Larch", "Lark", "Linnet", "Lumen",
  "Maple", "Marlow", "Meadow", "Mersey", "Millstone", "Moorland", "Nettle", "Northgate", "Oak", "Orchard",
  "Pennine", "Pike", "Quarry", "Quill", "Rowan", "Saltire", "Severn", "Shoreline", "Skylark", "Solway", "Sorrel",
  "Spindle", "Stonechat", "Swale", "Tamar", "Teal", "Thames", "Thistle", "Tidewater", "Trent", "Tweed", "Vale",
  "Wagtail", "Wharf", "Willow", "Wren", "Yarrow",
];
export const NAME_SECOND = [
  "Digital", "Data", "Analytics", "Labs", "Systems", "Consulting", "Insight", "Works", "Technology", "Software",
  "Partners", "Solutions", "Studio", "Cloud", "Engineering", "Research", "Design", "Security", "Networks",
  "Informatics", "Collective", "Associates", "Dynamics", "Services", "Interactive", "Intelligence", "Platforms",
  "Computing", "Advisory", "Thinking", "Code", "Logic", "Signals", "Ventures", "Agile", "Delivery",
];
export const VCSE_SECOND = ["Community Digital", "Digital Inclusion", "Social Data", "Good Things", "Tech for Good", "Citizens Online"];
export const VCSE_TAIL = ["CIC", "Community Interest Company", "Foundation", "Trust"];
export const STREETS = [
  "High Street", "Station Road", "Queen Street", "King Street", "Market Street", "Church Street", "Victoria Road",
  "Park Row", "Mill Lane", "Canal Wharf", "Albert Square", "Bridge Street", "Castle Street", "George Street",
];
