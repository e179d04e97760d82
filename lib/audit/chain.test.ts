import { describe, expect, it } from "vitest";
import { auditHash, canonicalJson, findChainBreak, type AuditContent } from "@/lib/audit/chain";

const content = (action: string, after: unknown = null): AuditContent => ({
  at: new Date("2026-01-01T10:00:00Z"),
  actorId: "u1",
  actorEmail: "a@example.org",
  action,
  entityType: "Contract",
  entityId: "c1",
  departmentId: "d1",
  before: null,
  after,
});

function chain(actions: string[]) {
  let prev: string | null = null;
  return actions.map((action, i) => {
    const c = content(action, { n: i });
    const hash = auditHash(c, prev);
    const event = { ...c, id: BigInt(i + 1), prevHash: prev, hash };
    prev = hash;
    return event;
  });
}

describe("canonicalJson", () => {
  it("does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
  });
});

describe("audit hash chain", () => {
  it("an intact chain verifies", () => {
    expect(findChainBreak(chain(["a", "b", "c"]), null)).toBeNull();
  });

  it("an altered event is found by its hash", () => {
    const events = chain(["a", "b", "c"]);
    events[1] = { ...events[1]!, after: { n: 99 } };
    expect(findChainBreak(events, null)).toEqual({ id: 2n, reason: "hash" });
  });

  it("a deleted event breaks the link of the one after it", () => {
    const events = chain(["a", "b", "c"]);
    events.splice(1, 1);
    expect(findChainBreak(events, null)).toEqual({ id: 3n, reason: "link" });
  });

  it("a re-hashed alteration still breaks the next link", () => {
    const events = chain(["a", "b", "c"]);
    const altered = { ...events[1]!, action: "forged" };
    events[1] = { ...altered, hash: auditHash(altered, altered.prevHash) };
    expect(findChainBreak(events, null)).toEqual({ id: 3n, reason: "link" });
  });
});
