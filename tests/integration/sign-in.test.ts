// Sign-in: one answer for every wrong combination; throttling by account and address pair, by address and by
// account, with growing delays that an attacker cannot turn against the account's owner.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authenticate, SignInThrottled } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { FREE_FAILURES } from "@/lib/auth/throttle";
import { UNKNOWN_ADDRESS } from "@/lib/auth/client-address";
import { db } from "@/lib/db";

async function userWithPassword(password: string) {
  return db.user.create({
    data: {
      email: `${randomUUID()}@test.example`,
      name: "Sign In",
      role: "AUDITOR",
      passwordHash: await hashPassword(password),
    },
  });
}

const address = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;
const RIGHT = "a right long password";

describe("authenticate", () => {
  it("accepts the right password (email in any case) and records the attempt", async () => {
    const user = await userWithPassword(RIGHT);
    const from = address();
    expect((await authenticate({ email: user.email.toUpperCase(), password: RIGHT }, from))?.id).toBe(user.id);
    expect(await db.signInAttempt.count({ where: { email: user.email, address: from, succeeded: true } })).toBe(1);
  });

  it("answers null alike for a wrong password, an unknown email, a disabled account and malformed input", async () => {
    const user = await userWithPassword(RIGHT);
    const disabled = await userWithPassword("another long password");
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    expect(await authenticate({ email: user.email, password: "wrong" }, address())).toBeNull();
    expect(
      await authenticate({ email: `${randomUUID()}@nowhere.example`, password: "whatever" }, address()),
    ).toBeNull();
    expect(await authenticate({ email: disabled.email, password: "another long password" }, address())).toBeNull();
    expect(await authenticate({ email: "not an email" }, address())).toBeNull();
  });

  it("delays one address guessing at one account, without counting the refused attempts", async () => {
    const user = await userWithPassword(RIGHT);
    const from = address();
    for (let i = 0; i < FREE_FAILURES.pair; i++)
      expect(await authenticate({ email: user.email, password: `wrong ${i}` }, from)).toBeNull();
    const refused = authenticate({ email: user.email, password: RIGHT }, from);
    await expect(refused).rejects.toBeInstanceOf(SignInThrottled);
    expect(await db.signInAttempt.count({ where: { email: user.email } })).toBe(FREE_FAILURES.pair);
  });

  it("wrong passwords from many addresses do not lock the owner out of their own address", async () => {
    const user = await userWithPassword(RIGHT);
    const own = address();
    expect(await authenticate({ email: user.email, password: RIGHT }, own)).not.toBeNull();
    // More attempts than the account's allowance, each from a different address: the last ones are delayed.
    const attempts = [];
    for (let i = 0; i < FREE_FAILURES.account + 2; i++)
      attempts.push(
        await authenticate({ email: user.email, password: `wrong ${i}` }, address()).catch((e: unknown) => e),
      );
    expect(attempts.filter((a) => a instanceof SignInThrottled)).toHaveLength(2);
    expect((await authenticate({ email: user.email, password: RIGHT }, own))?.id).toBe(user.id);
    // A new address, for which the owner has no history, waits: the account is under attack.
    await expect(authenticate({ email: user.email, password: RIGHT }, address())).rejects.toBeInstanceOf(
      SignInThrottled,
    );
  });

  it("five wrong passwords from five addresses do not stop the owner at all", async () => {
    const user = await userWithPassword(RIGHT);
    for (let i = 0; i < 5; i++) await authenticate({ email: user.email, password: `wrong ${i}` }, address());
    expect(await authenticate({ email: user.email, password: RIGHT }, address())).not.toBeNull();
  });

  it("delays an address trying many accounts, but not accounts that signed in from it before", async () => {
    const from = address();
    const regular = await userWithPassword(RIGHT);
    expect(await authenticate({ email: regular.email, password: RIGHT }, from)).not.toBeNull();
    await db.signInAttempt.createMany({
      data: Array.from({ length: FREE_FAILURES.address }, (_, i) => ({
        email: `${i}-${randomUUID()}@x.example`,
        address: from,
        succeeded: false,
      })),
    });
    const newcomer = await userWithPassword(RIGHT);
    await expect(authenticate({ email: newcomer.email, password: RIGHT }, from)).rejects.toBeInstanceOf(
      SignInThrottled,
    );
    expect(await authenticate({ email: regular.email, password: RIGHT }, from)).not.toBeNull();
    // The same account from elsewhere is fine.
    expect(await authenticate({ email: newcomer.email, password: RIGHT }, address())).not.toBeNull();
  });

  it("never pools clients whose address is unknown into one bucket", async () => {
    await db.signInAttempt.createMany({
      data: Array.from({ length: FREE_FAILURES.address + 5 }, (_, i) => ({
        email: `${i}-${randomUUID()}@x.example`,
        address: UNKNOWN_ADDRESS,
        succeeded: false,
      })),
    });
    const user = await userWithPassword(RIGHT);
    expect(await authenticate({ email: user.email, password: RIGHT }, UNKNOWN_ADDRESS)).not.toBeNull();
  });

  it("a delay ends by itself: failures older than their delay hold nothing back", async () => {
    const user = await userWithPassword(RIGHT);
    const from = address();
    const longAgo = new Date(Date.now() - 40_000);
    await db.signInAttempt.createMany({
      data: Array.from({ length: FREE_FAILURES.pair }, () => ({
        email: user.email,
        address: from,
        succeeded: false,
        at: longAgo,
      })),
    });
    expect(await authenticate({ email: user.email, password: RIGHT }, from)).not.toBeNull();
  });
});
