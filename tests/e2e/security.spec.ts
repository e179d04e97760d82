// Issue 16: the attacks an adversarial test got through, replayed over HTTP against the running app.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed/users";
import { loopbackAddress, request, signInOverHttp } from "./http-client";
import { signIn } from "./sign-in";

test.describe("open redirect after sign-in", () => {
  for (const callback of [
    "/%5Cevil.example/phish",
    "/%09/evil.example",
    "//evil.example",
    "/%5C%5Cevil.example",
    "https://evil.example/",
  ]) {
    test(`a signed-in visitor to /login?callbackUrl=${callback} stays on the site`, async ({ page }) => {
      await signIn(page, "auditor@partnerscope.example");
      const reply = await page.request.get(`/login?callbackUrl=${callback}`, { maxRedirects: 0 });
      expect(reply.status()).toBe(307);
      expect(reply.headers()["location"]).toBe("/");
    });
  }

  test("signing in from a poisoned link lands on the site's own overview", async ({ page, baseURL }) => {
    await page.goto("/login?callbackUrl=/%5Cevil.example/phish");
    await page.getByLabel("Email address").fill("auditor@partnerscope.example");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expect(new URL(page.url()).pathname).toBe("/");
  });
});

test("a copied session cookie stops working once its owner signs out", async ({ page, browser }) => {
  await signIn(page, "auditor@partnerscope.example");
  const copied = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/contracts");
  await expect(stolen).toHaveURL(/\/login/);
  await thief.close();
});

test.describe("sign-in throttling", () => {
  // auditor.all is used by no other spec: the attack on it cannot slow anyone else's sign-in.
  const victim = "auditor.all@partnerscope.example";

  test("five wrong passwords from five addresses do not lock the owner out at their own address", async () => {
    const own = loopbackAddress();
    expect(await signInOverHttp(own, victim, DEMO_PASSWORD)).toBe("ok");
    for (let i = 0; i < 5; i++)
      expect(await signInOverHttp(loopbackAddress(), victim, `wrong-${i}`)).toBe("CredentialsSignin");
    expect(await signInOverHttp(own, victim, DEMO_PASSWORD)).toBe("ok");
  });

  test("rotating X-Forwarded-For (no trusted proxy) does not escape the count for the real address, which is no one else's", async () => {
    const attacker = loopbackAddress();
    const answers: string[] = [];
    for (let i = 0; i < 60; i++) {
      const forged = `198.51.100.${i}`;
      answers.push(
        await signInOverHttp(attacker, `nobody-${i}-${Date.now()}@example.org`, "guess", { "X-Forwarded-For": forged }),
      );
    }
    expect(answers.slice(0, 50).every((a) => a === "CredentialsSignin")).toBe(true);
    expect(answers.slice(50).every((a) => a === "THROTTLED")).toBe(true);
    // Another client (another socket address) is not caught in the attacker's count: there is no shared "unknown".
    expect(await signInOverHttp(loopbackAddress(), `someone-${Date.now()}@example.org`, "guess")).toBe(
      "CredentialsSignin",
    );
  });
});

test("prefetch responses carry the Content-Security-Policy", async ({ page }) => {
  await signIn(page, "auditor@partnerscope.example");
  const reply = await page.request.get("/contracts", { headers: { "next-router-prefetch": "1", rsc: "1" } });
  expect(reply.status()).toBe(200);
  expect(reply.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
});

test.describe("public endpoints refuse large bodies before reading them", () => {
  for (const path of ["/register", "/register/join", "/login", "/api/auth/callback/credentials"]) {
    test(`a 1 MB post to ${path} is refused with 413`, async () => {
      const body = Buffer.alloc(1024 * 1024, "a");
      const reply = await request({
        from: loopbackAddress(),
        method: "POST",
        path,
        headers: {
          "Content-Type": "text/plain;charset=UTF-8",
          "Next-Action": "0".repeat(42),
          "Content-Length": String(body.length),
        },
        body,
      });
      expect(reply.status).toBe(413);
    });
  }
});
