import { describe, expect, it } from "vitest";
import { parseNotice } from "@/lib/flash/notices";

describe("parseNotice", () => {
  it("reads a notice and its stamp", () => {
    expect(parseNotice("kpis-saved.1764600000000")).toEqual({ notice: "kpis-saved", stamp: "1764600000000" });
  });
  it("knows only its own notices", () => {
    expect(parseNotice("contract-saved")).toBeNull();
    expect(parseNotice("hello-world.1")).toBeNull();
    expect(parseNotice("constructor.1")).toBeNull();
    expect(parseNotice("<b>x</b>.1")).toBeNull();
    expect(parseNotice(undefined)).toBeNull();
  });
});
