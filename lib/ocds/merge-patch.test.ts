import { describe, expect, it } from "vitest";
import { mergePatch } from "@/lib/ocds/merge-patch";

describe("mergePatch (RFC 7396)", () => {
  it("adds and replaces members, removes those set to null, replaces arrays whole, and copies", () => {
    const base = { a: { b: 1, c: [1, 2], d: "keep" }, e: 1 };
    const merged = mergePatch(base, { a: { b: 2, c: [3], d: null, f: { g: true } }, h: "new" });
    expect(merged).toEqual({ a: { b: 2, c: [3], f: { g: true } }, e: 1, h: "new" });
    expect(base).toEqual({ a: { b: 1, c: [1, 2], d: "keep" }, e: 1 });
  });

  it("follows the RFC's examples for non-object patches and targets", () => {
    expect(mergePatch({ a: "b" }, ["c"])).toEqual(["c"]);
    expect(mergePatch(["a"], { a: "b" })).toEqual({ a: "b" });
    expect(mergePatch({ a: "foo" }, null)).toBe(null);
  });
});
