import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

test("the sign-in page has no accessibility violations", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Partnerscope" })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations).toEqual([]);
});

test("a wrong password gets one generic message and no session", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email address").fill("lead.nhse@partnerscope.example");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is wrong.")).toBeVisible();
  // An unknown account gets exactly the same message.
  await page.getByLabel("Email address").fill("nobody@partnerscope.example");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is wrong.")).toBeVisible();
  await page.goto("/contracts");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcontracts/);
});

test("signed-out visitors are sent to sign in and come back where they were going", async ({ page }) => {
  await page.goto("/suppliers");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email address").fill("admin@partnerscope.example");
  await page.getByLabel("Password").fill("partnerscope-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Suppliers", level: 1 })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "auditor@partnerscope.example");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/contracts");
  await expect(page).toHaveURL(/\/login/);
});
