// Sign-in: one answer for every wrong combination, throttling per account and per address.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authenticate, SignInThrottled } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "@/lib/auth/throttle";
import { db } from "@/lib/db";

async function userWithPassword(password: string) {
  return db.user.create({ data: { email: `${randomUUID()}@test.example`, name: "Sign In", role: "AUDITOR", passwordHash: await hashPassword(password) } });
}

const address = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;

describe("authenticate", () => {
  it("accepts the right password (email in any case) and records the attempt", async () => {
    const user = await userWithPassword("a right long password");
    const from = address();
    expect((await authenticate({ email: user.email.toUpperCase(), password: "a right long password" }, from))?.id).toBe(user.id);
    expect(await db.signInAttempt.count({ where: { email: user.email, address: from, succeeded: true } })).toBe(1);
  });

  it("answers null alike for a wrong password, an unknown email, a disabled account and malformed input", async () => {
    const user = await userWithPassword("a right long password");
    const disabled = await userWithPassword("another long password");
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    expect(await authenticate({ email: user.email, password: "wrong" }, address())).toBeNull();
    expect(await authenticate({ email: `${randomUUID()}@nowhere.example`, password: "whatever" }, address())).toBeNull();
    expect(await authenticate({ email: disabled.email, password: "another long password" }, address())).toBeNull();
    expect(await authenticate({ email: "not an email" }, address())).toBeNull();
  });

  it("throttles an account after repeated failures, even with the right password then", async () => {
    const user = await userWithPassword("a right long password");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await authenticate({ email: user.email, password: `wrong ${i}` }, address());
    await expect(authenticate({ email: user.email, password: "a right long password" }, address())).rejects.toBeInstanceOf(SignInThrottled);
  });

  it("throttles an address trying many accounts", async () => {
    const from = address();
    await db.signInAttempt.createMany({ data: Array.from({ length: MAX_FAILURES_PER_ADDRESS }, (_, i) => ({ email: `${i}-${randomUUID()}@x.example`, address: from, succeeded: false })) });
    const user = await userWithPassword("a right long password");
    await expect(authenticate({ email: user.email, password: "a right long password" }, from)).rejects.toBeInstanceOf(SignInThrottled);
    // The same account from elsewhere is fine.
    expect(await authenticate({ email: user.email, password: "a right long password" }, address())).not.toBeNull();
  });
});
