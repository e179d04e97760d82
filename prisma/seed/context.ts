// Options and the state that phases of the generator share.
import type { RawExecutor, TableSpec, CellValue } from "./bulk";
import { TableWriter } from "./bulk";
import { DEMO_AS_OF } from "./dates";
import { Rng, idSource } from "./prng";
import type { DeptPlan, LotPlan, SpendContract, SupplierPlan, VerifiedMembership } from "./types";

export type SeedOptions = {
  suppliers: number;
  contracts: number;
  spendRows: number;
  seed: number;
  /** The demo's "today"; fixed by default so the data set never changes between runs. */
  asOf: Date;
  /** Progress lines (phases and spend chunks); silent when omitted. */
  log?: (line: string) => void;
};

export const DEFAULT_SEED_OPTIONS: SeedOptions = {
  suppliers: 300,
  contracts: 400,
  spendRows: 30_000,
  seed: 20_231_121,
  asOf: DEMO_AS_OF,
};

export type SeedContext = {
  db: RawExecutor;
  options: SeedOptions;
  rng: Rng;
  asOf: Date;
  log: (line: string) => void;
  /** The next deterministic id for a table. */
  id(table: string): string;
  /** The one writer per table (so counts add up across phases). */
  writer<Row extends { [K in keyof Row]: CellValue }>(spec: TableSpec<Row>): TableWriter<Row>;
  userIds: string[];
  adminUserId: string;
  departments: DeptPlan[];
  departmentByName: Map<string, DeptPlan>;
  capabilityIds: Map<string, string>;
  lots: LotPlan[];
  suppliers: SupplierPlan[];
  supplierByName: Map<string, SupplierPlan>;
  verifiedByLot: Map<string, VerifiedMembership[]>;
  spendContracts: SpendContract[];
  nextReference(deptCode: string, year: number): string;
  /** Rows written so far per table, for the summary line. */
  counts(): Record<string, number>;
};

export function createContext(db: RawExecutor, options: SeedOptions, userCount: number): SeedContext {
  const rng = new Rng(options.seed);
  const idStreams = new Map<string, () => string>();
  const writers = new Map<string, TableWriter<never>>();
  const referenceCounters = new Map<string, number>();
  const id = (table: string) => {
    let next = idStreams.get(table);
    if (!next) {
      next = idSource(rng.fork(`id:${table}`));
      idStreams.set(table, next);
    }
    return next();
  };
  const userIds = Array.from({ length: userCount }, () => id("User"));
  return {
    db,
    options,
    rng,
    asOf: options.asOf,
    log: options.log ?? (() => {}),
    id,
    writer<Row extends { [K in keyof Row]: CellValue }>(spec: TableSpec<Row>) {
      let w = writers.get(spec.name) as TableWriter<Row> | undefined;
      if (!w) {
        w = new TableWriter(spec);
        writers.set(spec.name, w as unknown as TableWriter<never>);
      }
      return w;
    },
    userIds,
    adminUserId: userIds[0] as string,
    departments: [],
    departmentByName: new Map(),
    capabilityIds: new Map(),
    lots: [],
    suppliers: [],
    supplierByName: new Map(),
    verifiedByLot: new Map(),
    spendContracts: [],
    nextReference(deptCode, year) {
      const key = `${deptCode}-${year}`;
      const n = (referenceCounters.get(key) ?? 0) + 1;
      referenceCounters.set(key, n);
      return `${key}-${String(n).padStart(4, "0")}`;
    },
    counts() {
      return Object.fromEntries([...writers].map(([name, w]) => [name, w.written]));
    },
  };
}
