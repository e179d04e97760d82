import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed/users";
import { axeViolations, expectFitsTheScreen } from "./page-checks";
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

test("@phone an empty or malformed sign-in is told in words beside each field, the summary focused and linked", async ({
  page,
}, info) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Sign in/);
  await expect(summary.getByRole("link")).toHaveText(["Enter your email address", "Enter your password"]);
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email address")).toHaveAccessibleDescription("Error: Enter your email address");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Error: Enter your password");
  expect(await axeViolations(page)).toEqual([]);
  await expectFitsTheScreen(page);
  await page.screenshot({ path: `test-results/sign-in-empty-${info.project.name}.png`, fullPage: true });
  await summary.getByRole("link", { name: "Enter your password" }).click();
  await expect(page.getByLabel("Password")).toBeFocused();

  await page.getByLabel("Email address").fill("lead.nhse at partnerscope");
  await page.getByLabel("Password").fill("anything");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(summary.getByRole("link")).toHaveText([
    "Enter an email address in the correct format, like name@example.com",
  ]);
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Password")).not.toHaveAttribute("aria-invalid", "true");
  // What was typed stays (WCAG 3.3.7); the right address then signs in.
  await expect(page.getByLabel("Email address")).toHaveValue("lead.nhse at partnerscope");
  await page.getByLabel("Email address").fill("lead.nhse@partnerscope.example");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page).not.toHaveTitle(/^Error: /);
});
