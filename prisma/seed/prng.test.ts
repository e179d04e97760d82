import { describe, expect, it } from "vitest";
import { Rng, hash32, idSource } from "./prng";

describe("Rng", () => {
  it("gives the same sequence for the same seed", () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const seqA = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(seqA);
    expect(new Rng(43).next()).not.toBe(seqA[0]);
  });

  it("stays in range", () => {
    const rng = new Rng(1);
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = rng.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
    }
  });

  it("forks independent, reproducible streams by label", () => {
    const root = new Rng(7);
    expect(root.fork("spend").next()).toBe(new Rng(7).fork("spend").next());
    expect(root.fork("spend").next()).not.toBe(root.fork("contracts").next());
    // Forking does not advance the parent.
    const before = new Rng(7).next();
    const parent = new Rng(7);
    parent.fork("x");
    expect(parent.next()).toBe(before);
  });

  it("picks by weight", () => {
    const rng = new Rng(5);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[
        rng.weighted([
          ["a", 9],
          ["b", 1],
        ] as const)
      ]++;
    expect(counts.a / 10_000).toBeGreaterThan(0.85);
    expect(counts.a / 10_000).toBeLessThan(0.95);
  });

  it("samples distinct items", () => {
    const sample = new Rng(9).sample([1, 2, 3, 4, 5], 3);
    expect(new Set(sample).size).toBe(3);
  });
});

describe("idSource", () => {
  it("makes cuid-shaped, unique, deterministic ids", () => {
    const ids = Array.from({ length: 5000 }, idSource(new Rng(1).fork("id:T")));
    for (const id of ids.slice(0, 50)) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(idSource(new Rng(1).fork("id:T"))()).toBe(ids[0]);
  });
});

describe("hash32", () => {
  it("is stable", () => {
    expect(hash32("abc")).toBe(hash32("abc"));
    expect(hash32("abc")).not.toBe(hash32("abd"));
  });
});
