// Money in the generator is integer pence (exact), written to numeric(16,2) columns as strings.

/** Formats integer pence as a decimal string of pounds: 1234567 -> "12345.67". */
export function penceToDecimal(pence: number): string {
  if (!Number.isSafeInteger(pence)) throw new Error(`Not a whole number of pence: ${pence}`);
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

export function poundsToPence(pounds: number): number {
  return Math.round(pounds * 100);
}

/**
 * Splits a whole number (pence, or a count of rows) in proportion to weights, exactly:
 * floors first, then the largest remainders get one more unit. The parts always sum to the total.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new Error(`Cannot allocate ${total}`);
  const n = weights.length;
  if (n === 0) return [];
  let sum = 0;
  for (const w of weights) {
    if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`Bad weight ${w}`);
    sum += w;
  }
  const shares = sum > 0 ? weights.map((w) => (total * w) / sum) : weights.map(() => total / n);
  const parts = shares.map((s) => Math.floor(s));
  let left = total - parts.reduce((a, b) => a + b, 0);
  if (left > 0) {
    const order = shares.map((s, i) => ({ i, rem: s - Math.floor(s) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
    for (let k = 0; left > 0; k = (k + 1) % n, left--) {
      const slot = order[k] as { i: number };
      parts[slot.i] = (parts[slot.i] as number) + 1;
    }
  }
  return parts;
}

/** Spreads `count` items over `slots` slots as evenly as possible (Bresenham), no randomness. */
export function spreadEvenly(count: number, slots: number): number[] {
  const out = new Array<number>(slots).fill(0);
  if (slots === 0) return out;
  for (let i = 0; i < slots; i++) {
    out[i] = Math.floor(((i + 1) * count) / slots) - Math.floor((i * count) / slots);
  }
  return out;
}

/** Basis points (1250 = 12.50%) as the percent string a Decimal(5,2) column takes. */
export function basisPointsToPercent(bp: number): string {
  return penceToDecimal(bp);
}
