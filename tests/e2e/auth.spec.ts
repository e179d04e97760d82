import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed/users";
import { axeViolations, expectBanner, expectFitsTheScreen } from "./page-checks";
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

test("an invited person joins, then resets their password: the sign-in page says so each time, once", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const email = `robin.${Date.now().toString(36)}@dept.example.gov.uk`;
  await signIn(page, "admin@partnerscope.example");
  await page.goto("/admin/users");
  await page.getByText("Invite a user", { exact: true }).click();
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role").selectOption({ label: "Commercial lead" });
  await page.getByLabel("Department").selectOption({ label: "HM Revenue and Customs" });
  await page.getByRole("button", { name: "Create invitation" }).click();
  const link = await page.getByLabel("One-time invitation link").inputValue();

  const context = await browser.newContext();
  const person = await context.newPage();
  await person.goto(link);
  await person.getByLabel("Your name").fill("Robin Reset");
  await person.getByLabel("Password").fill("robin's first password");
  await person.getByRole("button", { name: "Join" }).click();
  await expectBanner(person, "Your account is ready. Sign in with your email address and password.");
  expect(await axeViolations(person)).toEqual([]);
  // Said once: a reload does not say it again.
  await person.reload();
  await expect(person.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expect(person.getByRole("status").filter({ hasText: "Success" })).toHaveCount(0);

  await person.getByRole("link", { name: /Forgotten your password/i }).click();
  // The sign-in page has an "Email address" field too: fill the reset page's, once it is there.
  await expect(person.getByRole("heading", { name: "Reset your password", level: 1 })).toBeVisible();
  await person.getByLabel("Email address").fill(email);
  await person.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(person.getByRole("status").filter({ hasText: "If an account uses that email address" })).toBeFocused();
  await page.goto("/admin/outbox");
  const mail = page
    .getByRole("article")
    .filter({ hasText: `To ${email}` })
    .filter({ hasText: "Password reset" });
  const resetLink = /(\/reset-password\?token=\S+)/.exec((await mail.first().locator("pre").textContent()) ?? "")?.[1];
  expect(resetLink).toBeTruthy();
  await person.goto(resetLink!);
  await person.getByLabel("New password", { exact: true }).fill("robin's second password");
  await person.getByLabel("New password again").fill("robin's second password");
  await person.getByRole("button", { name: "Set new password" }).click();
  await expectBanner(person, "Your password is changed. Sign in with your new password.");
  expect(await axeViolations(person)).toEqual([]);
  await signIn(person, email, "robin's second password");
  await context.close();
});
