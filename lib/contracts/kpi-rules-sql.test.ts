import { describe, expect, it } from "vitest";
import { TRIMMED_CHARACTERS } from "@/lib/contracts/kpi-rules-sql";

describe("TRIMMED_CHARACTERS", () => {
  it("is exactly the characters String.prototype.trim removes", () => {
    const trimmed: string[] = [];
    for (let point = 0; point <= 0x10ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const character = String.fromCodePoint(point);
      if (character.trim() === "") trimmed.push(character);
    }
    expect([...TRIMMED_CHARACTERS].sort()).toEqual(trimmed.sort());
  });
});
