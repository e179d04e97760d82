// The person's own pages and the mail pages, looked at as a user would at 375 px and desktop width
// (screenshots under test-results/, axe on each state): saved searches (deleting asks first, then says so),
// alert settings, the outbox, and asking for and using a password reset link. Also the menu: one line at
// 1280 px, behind "Menu" on a phone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { expectFitsTheScreen } from "./page-checks";
import { signIn } from "./sign-in";

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze())
    .violations;

async function look(page: Page, info: TestInfo, name: string) {
  expect(await axe(page)).toEqual([]);
  await expectFitsTheScreen(page);
  await page.screenshot({ path: `test-results/account-${name}-${info.project.name}.png`, fullPage: true });
}

test("@phone saved searches: saved, deleted only after saying yes, and the page says it was deleted", async ({
  page,
}, info) => {
  const word = `Telecare${Date.now().toString(36)}${info.project.name}`;
  await signIn(page, "lead.nhse@partnerscope.example");
  await page.goto(`/contracts?q=${word}`);
  await page.getByText("Save this search", { exact: true }).click();
  await page.getByLabel("Name of the search").fill(`Watch ${word}`);
  await page.getByRole("button", { name: "Save search" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved "Watch ${word}"` })).toBeVisible();

  await page.goto("/saved-searches");
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `Watch ${word}` }) });
  await expect(row).toBeVisible();
  await look(page, info, "saved-searches");
  // "Delete" only asks; the search is still there until "Yes, delete".
  await row.getByText(`Delete Watch ${word}`, { exact: true }).click();
  await expect(row).toContainText(`Delete “Watch ${word}”? You will no longer be emailed its new matches.`);
  await look(page, info, "saved-search-confirm");
  await row.getByRole("button", { name: `Yes, delete Watch ${word}` }).click();
  const banner = page.getByRole("status").filter({ hasText: "Success" });
  await expect(banner).toContainText("Saved search deleted");
  await expect(banner).toBeFocused();
  await expect(page.getByRole("link", { name: `Watch ${word}` })).toHaveCount(0);
  await look(page, info, "saved-search-deleted");
});

test("@phone alert settings and the outbox fit the screen and pass axe", async ({ page }, info) => {
  await signIn(page, "lead.nhse@partnerscope.example");
  await page.goto("/settings/alerts");
  await expect(page.getByRole("heading", { level: 1, name: "Alert settings" })).toBeVisible();
  await look(page, info, "alert-settings");
  await page.getByRole("button", { name: "Save alert settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your alert settings are saved." })).toBeFocused();

  await page.context().clearCookies();
  await signIn(page, "admin@partnerscope.example");
  await page.goto("/admin/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  await look(page, info, "outbox");
});

test("@phone password reset: asked for, then the link from the outbox opens the form", async ({
  page,
  browser,
}, info) => {
  test.setTimeout(120_000);
  await page.goto("/login");
  await page.getByRole("link", { name: /Forgotten your password/i }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeFocused();
  await look(page, info, "reset-request-error");
  await page.getByLabel("Email address").fill("auditor@partnerscope.example");
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If an account uses that email address" })).toBeFocused();
  await expect(page.getByRole("button", { name: "Send the link again" })).toBeVisible();
  await look(page, info, "reset-request-sent");

  // The link, as the administrator reads it in the outbox (no SMTP server in the e2e app); the form refuses
  // two different passwords beside the fields (and the demo password stays as it is).
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@partnerscope.example");
  await admin.goto("/admin/outbox");
  const mail = admin
    .getByRole("article")
    .filter({ hasText: "To auditor@partnerscope.example" })
    .filter({ hasText: "Password reset" })
    .first();
  const link = /(\/reset-password\?token=\S+)/.exec((await mail.locator("pre").textContent()) ?? "")?.[1];
  expect(link).toBeTruthy();
  await adminContext.close();
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await look(page, info, "reset-form");
  await page.getByLabel("New password", { exact: true }).fill("correct horse battery staple 1");
  await page.getByLabel("New password again").fill("correct horse battery staple 2");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeFocused();
  await look(page, info, "reset-form-error");

  await page.goto("/reset-password?token=not-a-token");
  await expect(page.getByRole("heading", { level: 1, name: "This reset link is not valid" })).toBeVisible();
  await look(page, info, "reset-invalid");
});

test("the menu fits one line at 1280 px for a lead and an administrator, account links beside the name", async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const email of ["lead.nhse@partnerscope.example", "admin@partnerscope.example"]) {
    await page.context().clearCookies();
    await signIn(page, email);
    const tops = await page
      .locator("#main-menu > li:visible")
      .evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(5);
    expect(new Set(tops).size, `${email}'s menu is on one line`).toBe(1);
    const account = page.getByRole("navigation", { name: "Your account" });
    await expect(account.getByRole("link", { name: "Saved searches" })).toBeVisible();
    await account.getByRole("link", { name: "Alert settings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Alert settings" })).toBeVisible();
    await expect(account.getByRole("link", { name: "Alert settings" })).toHaveAttribute("aria-current", "page");
    await page.screenshot({ path: `test-results/account-menu-${email.split("@")[0]}-${info.project.name}.png` });
  }
});

test("on a phone the menu opens by keyboard and holds the account pages too", async ({ page }, info) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, "lead.nhse@partnerscope.example");
  const menu = page.getByRole("navigation", { name: "Main" });
  const button = menu.getByRole("button", { name: /Menu/ });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(menu.getByRole("link", { name: "Alert settings" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Your account" })).toBeHidden();
  await page.keyboard.press("Tab");
  await expect(menu.getByRole("link", { name: "Overview" })).toBeFocused();
  await look(page, info, "menu-open");
});
