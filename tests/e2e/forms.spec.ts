// The one form pattern, as each role meets it, at desktop width and at 375 px (@phone): a failed submit
// shows the error summary at the top, focused, with a link to each field in the form's order and the
// title prefixed "Error:"; a save shows the success banner on the page the person lands on.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectBanner, expectFitsTheScreen } from "./page-checks";
import { signIn } from "./sign-in";
import { chooseSupplier } from "./supplier-picker";

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze())
    .violations;
const tag = Date.now().toString(36);

/** The summary is shown, focused, titled, and its links are the fields' messages in the form's order. */
async function expectErrorSummary(page: Page, links: RegExp[]) {
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(summary.getByRole("link")).toHaveText(links);
  return summary;
}

test("@phone a lead's new contract: errors summarised and linked in the form's order, then the contract created", async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  await signIn(page, "lead.nhse@partnerscope.example");
  await page.goto("/contracts/new");
  await page.getByRole("button", { name: "Create contract" }).click();
  const summary = await expectErrorSummary(page, [
    /title/i,
    /lot/i,
    /lead partner/i,
    /award value/i,
    /award date/i,
    /start date/i,
    /end date/i,
  ]);
  // The sentence names the fields in the same order as the links (zod names them in the schema's order).
  await expect(summary).toContainText(
    "Check these fields: title, lot, lead partner, award value, award date, start date, end date.",
  );
  // Each field's message beside it, and the link takes the person to the field.
  await expect(page.getByText(/^Error: Enter a title/i)).toBeVisible();
  await summary.getByRole("link").first().click();
  await expect(page.getByLabel("Title")).toBeFocused();
  expect(await axe(page)).toEqual([]);
  await expectFitsTheScreen(page);
  await page.screenshot({ path: `test-results/form-error-${info.project.name}.png`, fullPage: true });

  await page.getByLabel("Title").fill(`Open procurement ${tag}`);
  await page.getByLabel("Route to market").selectOption({ label: "Open procedure" });
  await chooseSupplier(page, "Lead partner", "Accenture (UK) Limited", "accenture");
  await page.getByLabel("Award value (£)").fill("250000");
  await page.getByLabel("Award date").fill("2025-04-01");
  await page.getByLabel("Start date").fill("2025-05-01");
  await page.getByLabel("End date").fill("2026-04-30");
  await page.getByRole("button", { name: "Create contract" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Open procurement ${tag}` })).toBeVisible();
  await expectBanner(page, "Contract created");
  await expect(page).toHaveTitle(`Open procurement ${tag} · Partnerscope`);
  await expectFitsTheScreen(page);
  await page.screenshot({ path: `test-results/form-banner-${info.project.name}.png`, fullPage: true });

  // A reload does not say it again.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: `Open procurement ${tag}` })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Success" })).toHaveCount(0);
});

test("@phone registration: the server's messages, not the browser's, summarised and focused", async ({
  page,
}, info) => {
  await page.goto("/register");
  await page.getByRole("button", { name: "Register" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  const links = await summary.getByRole("link").allTextContents();
  expect(links.length).toBeGreaterThanOrEqual(5);
  expect(links.join(" ")).not.toMatch(/Invalid input|expected string/);
  await expect(summary.getByRole("link").first()).toHaveText(/legal name/i);
  expect(await axe(page)).toEqual([]);
  await expectFitsTheScreen(page);
  await page.screenshot({ path: `test-results/register-error-${info.project.name}.png`, fullPage: true });
});

test("@phone a supplier's size declaration: error summary, then the success banner", async ({ page }) => {
  await signIn(page, "supplier.cf@partnerscope.example");
  await page.goto("/portal");
  const size = page.getByRole("region", { name: /size/i }).first();
  await size.getByRole("button", { name: "Declare size" }).click();
  const summary = size.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link").first()).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  // Dated before its latest declaration (14 Dec 2019), which other tests expect to stay the latest.
  await size.getByLabel("As at").fill("2010-03-31");
  await size.getByLabel("Staff (headcount)").fill("60");
  await size.getByLabel("Annual turnover (£)").fill("9000000");
  await size.getByLabel("Balance sheet total (£)").fill("4000000");
  await size.getByRole("button", { name: "Declare size" }).click();
  await expectBanner(page, "Size declared");
  await expect(page).not.toHaveTitle(/^Error: /);
  await expectFitsTheScreen(page);
});

test("@phone an administrator rejects a lot claim without a reason: told in words", async ({ page }, info) => {
  await signIn(page, "admin@partnerscope.example");
  await page.goto("/lot-claims");
  const claim = page.getByRole("list", { name: "Lot claims" }).getByRole("listitem").first();
  await claim.getByRole("button", { name: /^Reject/ }).click();
  const summary = claim.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Enter a reason for rejecting the claim" })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await expectFitsTheScreen(page);
  await page.screenshot({ path: `test-results/lot-claims-${info.project.name}.png`, fullPage: false });
});

test("@phone an administrator invites a user: errors in words, then the one-time link to copy", async ({
  page,
}, info) => {
  await signIn(page, "admin@partnerscope.example");
  await page.goto("/admin/users");
  await page.getByText("Invite a user", { exact: true }).click();
  await page.getByRole("button", { name: "Create invitation" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([/email address/i, /Choose a role/]);
  await page.getByLabel("Email address").fill(`new.lead.${tag}@dept.example.gov.uk`);
  await page.getByLabel("Role").selectOption({ label: "Commercial lead" });
  await page.getByLabel("Department").selectOption({ label: "HM Revenue and Customs" });
  await page.getByRole("button", { name: "Create invitation" }).click();
  await expectBanner(page, `Invitation emailed to new.lead.${tag}@dept.example.gov.uk`);
  await expect(page.getByLabel("One-time invitation link")).toHaveValue(/\/register\/join\?token=/);
  expect(await axe(page)).toEqual([]);
  await expectFitsTheScreen(page);
  await page.screenshot({ path: `test-results/invite-user-${info.project.name}.png`, fullPage: true });
});

test("@phone a supplier searches for partners: size, capabilities and verified lots, no profile links", async ({
  page,
}, info) => {
  await signIn(page, "supplier.cf@partnerscope.example");
  await page.goto("/partner-search");
  await expect(page.getByRole("heading", { level: 1, name: "Partner search" })).toBeVisible();
  const table = page.getByRole("table", { name: "Suppliers matching the search" });
  await expect(table.getByRole("columnheader", { name: "Verified lots" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Capabilities" })).toBeVisible();
  await expect(table.getByRole("link", { name: /Ltd|Limited|LLP/ })).toHaveCount(0);
  expect(await axe(page)).toEqual([]);
  await expectFitsTheScreen(page);
  await page.screenshot({ path: `test-results/partner-search-supplier-${info.project.name}.png`, fullPage: false });
});

test("@phone an auditor reads the audit trail in words", async ({ page }, info) => {
  await signIn(page, "auditor.all@partnerscope.example");
  await page.goto("/audit");
  const table = page.getByRole("table", { name: "Audit events, newest first" });
  await expect(
    table.getByRole("cell", { name: /Demo data loaded|Contract created|Member added/ }).first(),
  ).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await expectFitsTheScreen(page);
  await page.screenshot({ path: `test-results/audit-${info.project.name}.png`, fullPage: false });
});

test("@phone every role's pages fit the screen", async ({ page }) => {
  test.setTimeout(180_000);
  const visits: Record<string, string[]> = {
    "lead.nhse@partnerscope.example": [
      "/",
      "/contracts",
      "/contracts/new",
      "/suppliers",
      "/frameworks",
      "/insight",
      "/insight/contracts",
      "/insight/partnerships",
      "/exports",
      "/imports",
    ],
    "supplier.palantir@partnerscope.example": ["/portal", "/contracts", "/supply-chain-returns"],
  };
  for (const [email, paths] of Object.entries(visits)) {
    await page.context().clearCookies();
    await signIn(page, email);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectFitsTheScreen(page);
    }
    // A record's own page: the first contract in the register, the first framework.
    await page.goto("/contracts");
    await page.getByRole("table").getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectFitsTheScreen(page);
  }
  await page.context().clearCookies();
  await page.goto("/login");
  await expectFitsTheScreen(page);
});
