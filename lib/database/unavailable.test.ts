import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/database/unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises connection failures however deeply Prisma wraps them", () => {
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error("Timed out fetching a new connection from the connection pool"), { code: "P2024" }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Error("query failed", { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable({
        message: "driver error",
        meta: { driverAdapterError: { cause: { originalCode: "57P01" } } },
      }),
    ).toBe(true);
  });
  it("leaves other errors alone, so they still surface as faults", () => {
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error("Unique constraint failed on the fields: (`name`)"), { code: "P2002" }),
      ),
    ).toBe(false);
    expect(isDatabaseUnavailable(new Error("NEXT_REDIRECT"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
