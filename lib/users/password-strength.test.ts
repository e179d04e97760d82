import { describe, expect, it } from "vitest";
import { PasswordSchema } from "@/lib/users/schema";

const problem = (password: string) => {
  const parsed = PasswordSchema.safeParse(password);
  return parsed.success ? null : parsed.error.issues[0]?.message;
};

describe("PasswordSchema", () => {
  it.each([
    "aaaaaaaaaaaa",
    "abcdefghijkl",
    "123456789abc",
    "qwertyuiopas",
    "Password1234",
    "iloveyou2025",
    "partnerscope1",
  ])("refuses %j with a message", (password) => {
    expect(problem(password)).toMatch(/too (easy to guess|common)/);
  });

  it("explains repeats in words", () => {
    expect(problem("aaaaaaaaaaaa")).toMatch(/^Password is too easy to guess \(.*repeat/);
  });

  it("keeps the length rule first", () => {
    expect(problem("Xk#9")).toBe("Password must be at least 12 characters");
  });

  it("accepts a long passphrase and a random string", () => {
    expect(problem("correct horse battery staple")).toBeNull();
    expect(problem("tv7Q-pz2L-mWk9")).toBeNull();
  });
});
