import { describe, expect, it } from "vitest";
import { parseEnv, weakSecretReason } from "@/lib/env";

describe("weakSecretReason", () => {
  it("refuses missing, short, placeholder and repetitive secrets", () => {
    expect(weakSecretReason(undefined)).toBe("NEXTAUTH_SECRET is missing");
    expect(weakSecretReason("short")).toContain("at least 32");
    expect(weakSecretReason("your-secret-here-your-secret-here-00")).toContain("placeholder");
    expect(weakSecretReason("changeme-changeme-changeme-changeme")).toContain("placeholder");
    expect(weakSecretReason("a".repeat(40))).toContain("repetitive");
  });
  it("accepts a generated secret, even one with a readable prefix", () => {
    expect(weakSecretReason("9fJ2kQ7xVb1LmZp0sT4yWc8NhR3dGe6uAiKoBq5vXw")).toBeNull();
    expect(weakSecretReason("ci-secret-Qm9sZXJvLWJ5LWEtbG9uZy1yYW5kb20tc3Ry")).toBeNull();
  });
});

describe("parseEnv", () => {
  const base = { DATABASE_URL: "postgresql://u@127.0.0.1:5432/db" };
  it("refuses to start in production with a weak session secret, naming the variable", () => {
    expect(() =>
      parseEnv({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: "changeme-changeme-changeme-changeme" }),
    ).toThrow(/NEXTAUTH_SECRET: NEXTAUTH_SECRET looks like a placeholder/);
    expect(() => parseEnv({ ...base, NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET/);
  });
  it("starts in production with a strong secret, and names a bad DATABASE_URL", () => {
    expect(
      parseEnv({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: "9fJ2kQ7xVb1LmZp0sT4yWc8NhR3dGe6uAiKoBq5vXw" })
        .DATABASE_POOL_MAX,
    ).toBe(10);
    expect(() =>
      parseEnv({ NODE_ENV: "development", DATABASE_URL: "not a url", NEXTAUTH_SECRET: "x".repeat(32) }),
    ).toThrow(/DATABASE_URL/);
  });
  it("reads replica URLs from a comma-separated list and names a bad one", () => {
    const env = { ...base, NEXTAUTH_SECRET: "x".repeat(32) };
    expect(parseEnv(env).DATABASE_REPLICA_URLS).toEqual([]);
    expect(
      parseEnv({ ...env, DATABASE_REPLICA_URLS: " postgresql://r1:5432/db, postgresql://r2:5432/db ," })
        .DATABASE_REPLICA_URLS,
    ).toEqual(["postgresql://r1:5432/db", "postgresql://r2:5432/db"]);
    expect(() => parseEnv({ ...env, DATABASE_REPLICA_URLS: "postgresql://r1:5432/db,replica-two" })).toThrow(
      /DATABASE_REPLICA_URLS/,
    );
  });
  it("takes an smtp:// or smtps:// SMTP_URL, none for the outbox, and names a bad one", () => {
    const ok = { ...base, NEXTAUTH_SECRET: "x".repeat(32) };
    expect(parseEnv(ok).SMTP_URL).toBeUndefined();
    expect(parseEnv({ ...ok, SMTP_URL: "smtps://u:p@mail.example:465" }).SMTP_URL).toBe("smtps://u:p@mail.example:465");
    expect(() => parseEnv({ ...ok, SMTP_URL: "http://mail.example" })).toThrow(/SMTP_URL: SMTP_URL must be an smtp/);
  });
});
