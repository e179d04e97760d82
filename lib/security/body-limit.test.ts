import { describe, expect, it } from "vitest";
import { PUBLIC_BODY_LIMIT, publicBodyRefusal } from "@/lib/security/body-limit";

describe("publicBodyRefusal", () => {
  it("lets a form's few fields through", () => {
    expect(publicBodyRefusal("1200")).toBeNull();
    expect(publicBodyRefusal(String(PUBLIC_BODY_LIMIT))).toBeNull();
  });
  it("refuses a large body, and one that does not say its length", () => {
    expect(publicBodyRefusal(String(90 * 1024 * 1024))).toMatchObject({ status: 413 });
    expect(publicBodyRefusal(String(PUBLIC_BODY_LIMIT + 1))).toMatchObject({ status: 413 });
    expect(publicBodyRefusal(null)).toMatchObject({ status: 411 });
    expect(publicBodyRefusal("-1")).toMatchObject({ status: 411 });
  });
});
