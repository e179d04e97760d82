import { expect, test, type Page } from "@playwright/test";
import { axeViolations as axe, expectBanner } from "./page-checks";
import { signIn } from "./sign-in";

const tag = Date.now().toString(36).toUpperCase();
const legalName = `Kestrel Merge ${tag} Ltd`;
const duplicateName = `Kestrel Merge ${tag} Trading Ltd`;
const number = String(Date.now() % 100_000_000).padStart(8, "0");
const email = `owner-${tag.toLowerCase()}@kestrel-merge.example`;
const password = "kestrel merge is one firm";

async function register(page: Page) {
  await page.goto("/register");
  await page.getByLabel("Legal name").fill(legalName);
  await page.getByLabel("Companies House number").fill(number);
  await page.getByLabel("Address", { exact: true }).fill("4 Wharf Road");
  await page.getByLabel("Town or city").fill("Leeds");
  await page.getByLabel("Postcode").fill("LS1 4AB");
  await page.getByLabel("Region").selectOption("Yorkshire and The Humber");
  await page.getByLabel("Contact email for buyers").fill(email);
  await page.getByLabel("Your name").fill("Kay Kestrel");
  await page.getByLabel("Your email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Register" }).click();
  await expectBanner(page, "Your account is ready. Sign in with your email address and password.");
}

test("a payment by name never goes to an unverified self-registration; an administrator verifies it and merges the duplicate a lead made", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  await register(page);

  // A department's file names the organisation without its number: the lead is asked, not guessed for.
  await signIn(page, "lead.hmrc@partnerscope.example");
  await page.goto("/imports");
  await page.getByLabel("Spend file", { exact: true }).setInputFiles({
    name: `hmrc-identity-${tag}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from(
      [
        "Department Family,Entity,Date,Expense Type,Expense Area,Supplier,Transaction Number,Amount,Description",
        `HMRC,HMRC,03/04/2024,IT Services,Digital,KESTREL MERGE ${tag} LIMITED,7200001,"£41,000.00",Analytics`,
        "",
      ].join("\r\n"),
    ),
  });
  await page.getByRole("button", { name: "Upload and import" }).click();
  const queued = page.getByRole("listitem").filter({ hasText: `KESTREL MERGE ${tag} LIMITED` });
  await expect(queued.getByText("registered itself and nobody has verified it yet")).toBeVisible({ timeout: 30_000 });
  expect(await axe(page)).toEqual([]);
  // The lead registers it anew under another name: a duplicate an administrator will merge.
  await queued.getByLabel("New supplier’s legal name").fill(duplicateName);
  await queued.getByRole("button", { name: "Create supplier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Import complete: 1 payments added" })).toBeVisible();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@partnerscope.example");
  await admin.goto(`/suppliers?q=${encodeURIComponent(legalName)}`);
  await admin.getByRole("link", { name: legalName, exact: true }).click();
  await expect(admin.getByRole("heading", { name: legalName, level: 1 })).toBeVisible();
  await expect(admin.getByText("self-registered, not verified")).toBeVisible();
  await expect(admin.getByText(`GB-COH ${number}`)).toBeVisible();
  await admin.getByRole("button", { name: "Verify identity" }).click();
  // The form goes once it is done: the page says so instead.
  await expect(admin.getByText("Nothing waits to be verified.")).toBeVisible();
  await expect(admin.getByText("self-registered, not verified")).toHaveCount(0);
  await expect(admin.getByText(/^Verified \d/)).toBeVisible();
  expect(await axe(admin)).toEqual([]);

  await admin.getByRole("link", { name: "Merge a duplicate into this supplier" }).click();
  await expect(admin.getByRole("heading", { name: `Merge a duplicate into ${legalName}`, level: 1 })).toBeVisible();
  expect(await axe(admin)).toEqual([]);
  const picker = admin.getByRole("combobox", { name: "Duplicate supplier" });
  await picker.fill(`${tag} Trading`);
  await admin.getByRole("option", { name: new RegExp(duplicateName) }).click();
  await admin.getByRole("button", { name: "Review the merge" }).click();
  const removed = admin.getByRole("region", { name: `Merged in and removed: ${duplicateName}` });
  await expect(removed.getByText("1 (£41,000.00)")).toBeVisible();
  await admin.setViewportSize({ width: 375, height: 900 });
  await admin.screenshot({ path: "test-results/supplier-merge-375.png", fullPage: true });
  expect(await axe(admin)).toEqual([]);

  // Not without the confirmation; then merged, and the payment is the registered supplier's.
  await admin.getByRole("button", { name: "Merge the two suppliers" }).click();
  await expect(admin.getByText("Confirm that the two records are the same organisation").first()).toBeVisible();
  await admin
    .getByLabel(`I have checked that ${duplicateName} is the same organisation, and want its records moved here`)
    .check();
  await admin.getByRole("button", { name: "Merge the two suppliers" }).click();
  await expectBanner(admin, "Duplicate merged into this supplier and the figures recomputed");
  expect(await axe(admin)).toEqual([]);
  await expect(admin.getByRole("heading", { name: legalName, level: 1 })).toBeVisible();
  await admin.goto(`/suppliers?q=${encodeURIComponent(duplicateName)}`);
  await expect(admin.getByRole("link", { name: duplicateName, exact: true })).toHaveCount(0);
  await adminContext.close();
});
