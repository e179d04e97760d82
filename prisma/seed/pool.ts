// Weighted sampling from a fixed list in O(log n) per draw (cumulative weights + binary search):
// the scale mode draws hundreds of thousands of lead partners and members.
import type { Rng } from "./prng";

export class WeightedPool<T> {
  private readonly cumulative: number[] = [];
  private readonly items: T[] = [];
  private total = 0;

  constructor(items: Iterable<T>, weight: (item: T) => number) {
    for (const item of items) {
      const w = weight(item);
      if (w <= 0) continue;
      this.total += w;
      this.items.push(item);
      this.cumulative.push(this.total);
    }
  }

  get size(): number {
    return this.items.length;
  }

  pick(rng: Rng): T | undefined {
    if (this.items.length === 0) return undefined;
    const r = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}
