// Named data-set sizes: `npm run seed -- --scale benchmark` (the benchmarks' one million payments) and
// `--scale national` (ten million: a national register's order of size). Explicit flags override them.
export const SEED_SCALES = {
  benchmark: { suppliers: 20_000, contracts: 100_000, spendRows: 1_000_000 },
  national: { suppliers: 50_000, contracts: 300_000, spendRows: 10_000_000 },
} as const;

export type SeedScale = keyof typeof SEED_SCALES;

export const isSeedScale = (name: string): name is SeedScale => Object.hasOwn(SEED_SCALES, name);
