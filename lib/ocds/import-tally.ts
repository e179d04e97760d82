// What an OCDS import read and recorded: the counts a person checks (suppliers, awards and contracts
// read against recorded, value totals to the penny) and every record created, updated or left
// unchanged. Filled in while the releases apply; stored on the Import as its summary.
import Decimal from "decimal.js";
import type { QueuedParty } from "./match-queue";
import type { OcdsIssue, OcdsMethod } from "./release-facts";

export type RecordRef = { id: string; label: string };

/** What the releases so far say about a contracting process (later statements win, silence keeps). */
export type ProcessFacts = {
  title: string | null;
  description: string | null;
  method: OcdsMethod | null;
  methodDetails: string | null;
  tenderers: number | null;
  framework: boolean;
};

export type OcdsImportSummary = {
  releasesRead: number;
  releasesApplied: number;
  duplicatesSkipped: number;
  olderReleasesRecorded: number;
  processReleases: number;
  awardsRead: number;
  awardsRecorded: number;
  contractsRead: number;
  contractsRecorded: number;
  suppliersRead: number;
  suppliersRecorded: number;
  awardValueRead: string;
  awardValueRecorded: string;
  contracts: { created: RecordRef[]; updated: RecordRef[]; unchanged: RecordRef[] };
  frameworks: { created: RecordRef[]; matched: RecordRef[] };
  suppliers: { created: RecordRef[]; matched: RecordRef[] };
  amendmentIds: string[];
  departmentsCreated: RecordRef[];
  /** Awards held with no contract because no release states their value yet (id: ocid|awardId); absent in
   *  summaries stored before it was counted. */
  awardsWithoutValue?: (RecordRef & { path: string })[];
  /** Parties the package waited on, and the supplier an administrator said each is. */
  supplierMatches?: { name: string; supplierId: string; how: "linked" | "created" }[];
};

export class ImportTally {
  /** Parties the supplier rule would not place and nobody has decided yet: the package must wait. */
  readonly queued = new Map<string, QueuedParty>();
  /** `decisions`: the supplier an administrator chose for each queued party (by party key). */
  constructor(readonly decisions: ReadonlyMap<string, string> = new Map()) {}

  readonly processes = new Map<string, ProcessFacts>();
  /** The latest applied version of each award (ocid|awardId): supplier count and value as published. */
  readonly awards = new Map<string, { suppliers: number; value: string | null }>();
  readonly contractUnits = new Set<string>();
  readonly contractIds = new Set<string>();
  readonly lotIds = new Set<string>();
  readonly warnings: OcdsIssue[] = [];
  readonly contracts = {
    created: new Map<string, RecordRef>(),
    updated: new Map<string, RecordRef>(),
    unchanged: new Map<string, RecordRef>(),
  };
  readonly frameworks = { created: new Map<string, RecordRef>(), matched: new Map<string, RecordRef>() };
  readonly suppliers = { created: new Map<string, RecordRef>(), matched: new Map<string, RecordRef>() };
  readonly departmentsCreated = new Map<string, RecordRef>();
  /** Awards (ocid|awardId) no applied release has given a value: held, no contract yet. */
  readonly awardsWithoutValue = new Map<string, RecordRef & { path: string }>();
  readonly amendmentIds: string[] = [];
  releasesApplied = 0;
  duplicatesSkipped = 0;
  olderReleasesRecorded = 0;
  processReleases = 0;

  contract(outcome: "created" | "updated" | "unchanged", ref: RecordRef) {
    // A contract created earlier in this import and changed by a later release is still "created".
    if (this.contracts.created.has(ref.id)) return;
    if (outcome !== "unchanged") this.contracts.unchanged.delete(ref.id);
    if (outcome === "created") this.contracts.updated.delete(ref.id);
    if (outcome === "unchanged" && this.contracts.updated.has(ref.id)) return;
    this.contracts[outcome].set(ref.id, ref);
  }

  supplier(created: boolean, ref: RecordRef) {
    if (created) this.suppliers.created.set(ref.id, ref);
    else if (!this.suppliers.created.has(ref.id)) this.suppliers.matched.set(ref.id, ref);
  }

  framework(created: boolean, ref: RecordRef) {
    if (created) this.frameworks.created.set(ref.id, ref);
    else if (!this.frameworks.created.has(ref.id)) this.frameworks.matched.set(ref.id, ref);
  }

  summary(
    releasesRead: number,
    recorded: { awards: number; suppliers: number; awardValue: string },
  ): OcdsImportSummary {
    const list = (m: Map<string, RecordRef>) => [...m.values()];
    return {
      releasesRead,
      releasesApplied: this.releasesApplied,
      duplicatesSkipped: this.duplicatesSkipped,
      olderReleasesRecorded: this.olderReleasesRecorded,
      processReleases: this.processReleases,
      awardsRead: this.awards.size,
      awardsRecorded: recorded.awards,
      contractsRead: this.contractUnits.size,
      contractsRecorded: this.contractIds.size,
      suppliersRead: [...this.awards.values()].reduce((n, a) => n + a.suppliers, 0),
      suppliersRecorded: recorded.suppliers,
      awardValueRead: [...this.awards.values()].reduce((sum, a) => sum.plus(a.value ?? 0), new Decimal(0)).toFixed(2),
      awardValueRecorded: recorded.awardValue,
      contracts: {
        created: list(this.contracts.created),
        updated: list(this.contracts.updated),
        unchanged: list(this.contracts.unchanged),
      },
      frameworks: { created: list(this.frameworks.created), matched: list(this.frameworks.matched) },
      suppliers: { created: list(this.suppliers.created), matched: list(this.suppliers.matched) },
      amendmentIds: this.amendmentIds,
      departmentsCreated: list(this.departmentsCreated),
      awardsWithoutValue: [...this.awardsWithoutValue.values()],
    };
  }
}

/** Warnings grouped by kind (their message), with how many and where, for the import page. */
export function groupWarnings(
  warnings: { path: string; message: string }[],
): { message: string; count: number; paths: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const w of warnings) groups.set(w.message, [...(groups.get(w.message) ?? []), w.path]);
  return [...groups.entries()]
    .map(([message, paths]) => ({ message, count: paths.length, paths }))
    .sort((a, b) => b.count - a.count || a.message.localeCompare(b.message));
}
