import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectBanner } from "./page-checks";
import { signIn } from "./sign-in";

const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();

/** A Windows-1252 spend file, as departments publish them, with this run's own supplier names. */
function spendFile(lines: string[]) {
  const header =
    "Department Family,Entity,Payment Date,Expense Type,Expense area,Supplier,Transaction Number,Amount,Description";
  return Buffer.from([header, ...lines, "", ""].join("\r\n"), "latin1");
}

test("a lead uploads a spend file, matches its unknown suppliers and sees the import complete", async ({ page }) => {
  const tag = randomUUID().slice(0, 6);
  await signIn(page, "lead.hmrc@partnerscope.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Imports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Imports" })).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);

  await page.getByLabel("Spend file", { exact: true }).setInputFiles({
    name: `hmrc-spend-${tag}.csv`,
    mimeType: "text/csv",
    buffer: spendFile([
      `HMRC,HMRC,03/04/2024,IT Services,Digital,Palantir Technologies ${tag},"7100001","£40,000.00",Platform licences £`,
      `HMRC,HMRC,03/04/2024,IT Services,Digital,Palantir Technologies ${tag},None,"(1,000.50)",Service credit`,
      `HMRC,HMRC,05/04/2024,Consultancy,Digital,Brand New Analytics ${tag} Ltd,,"£26,500.25",Discovery`,
    ]),
  });
  await page.getByRole("button", { name: "Upload and import" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Suppliers to match" })).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: "test-results/imports-queue.png", fullPage: true });
  expect((await axe(page)).violations).toEqual([]);

  const palantir = page.getByRole("listitem").filter({ hasText: `Palantir Technologies ${tag}` });
  const choice = palantir.getByLabel("Registered supplier");
  const palantirUk = await choice
    .locator("option", { hasText: "Palantir Technologies UK" })
    .first()
    .getAttribute("value");
  await choice.selectOption(palantirUk!);
  await palantir.getByRole("button", { name: "Link to this supplier" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: `Palantir Technologies ${tag}` })).toHaveCount(0);
  await expectBanner(page, "Supplier matched: this name in later files will match it too");
  expect((await axe(page)).violations).toEqual([]);

  const newcomer = page.getByRole("listitem").filter({ hasText: `Brand New Analytics ${tag} Ltd` });
  await newcomer.getByRole("button", { name: "Create supplier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Import complete: 3 payments added" })).toBeVisible();
  await expectBanner(page, "Supplier added to the register and matched");
  await expect(page.getByText("£65,499.75")).toBeVisible();
  await page.screenshot({ path: "test-results/imports-complete.png", fullPage: true });
  expect((await axe(page)).violations).toEqual([]);

  await page.getByRole("link", { name: "All imports" }).click();
  await expect(page.getByRole("link", { name: `hmrc-spend-${tag}.csv` })).toBeVisible();
});

test("a file with a bad line is rejected whole, with its problems listed and a report to download", async ({
  page,
}) => {
  const tag = randomUUID().slice(0, 6);
  await signIn(page, "lead.hmrc@partnerscope.example");
  await page.goto("/imports");
  await page.getByLabel("Spend file", { exact: true }).setInputFiles({
    name: `bad-${tag}.csv`,
    mimeType: "text/csv",
    buffer: spendFile([
      `HMRC,HMRC,03/04/2024,IT,Digital,Acme ${tag},1,"£30,000.00",Fine`,
      `HMRC,HMRC,31/02/2024,IT,Digital,Acme ${tag},2,"£30,000.00",Bad date`,
    ]),
  });
  await page.getByRole("button", { name: "Upload and import" }).click();
  await expect(page.getByRole("heading", { name: "Why the file was rejected" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("cell", { name: "Date does not exist" })).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);
  await page.screenshot({ path: "test-results/imports-rejected.png", fullPage: true });
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download the error report/ }).click();
  const text = readFileSync((await (await download).path())!, "utf8");
  expect(text).toContain("3,Date,31/02/2024,Date does not exist");
});

test("a spreadsheet that is not what its name says is refused by the upload route naming the field, and nothing is imported", async ({
  page,
}) => {
  const tag = randomUUID().slice(0, 6);
  await signIn(page, "lead.hmrc@partnerscope.example");
  await page.goto("/imports");
  await page.getByLabel("Spend file", { exact: true }).setInputFiles({
    name: `renamed-${tag}.xlsx`,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: spendFile([`HMRC,HMRC,03/04/2024,IT,Digital,Acme ${tag},1,"£30,000.00",Fine`]),
  });
  await page.getByRole("button", { name: "Upload and import" }).click();
  // The upload route's refusal page: a GOV.UK error summary whose link goes back to the field.
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(
    page.getByRole("link", { name: /This is text \(perhaps CSV\), not an Excel \.xlsx workbook/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: /This is text \(perhaps CSV\), not an Excel \.xlsx workbook/ }),
  ).toHaveAttribute("href", "/imports#file");
  expect((await axe(page)).violations).toEqual([]);
  await page.goto("/imports");
  await expect(page.getByRole("link", { name: `renamed-${tag}.xlsx` })).toHaveCount(0);
});

test("auditors and suppliers may not import", async ({ page }) => {
  await signIn(page, "auditor@partnerscope.example");
  await page.goto("/imports");
  // The 403 page (the status can be 200 once the signed-in shell has started streaming).
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Imports" })).toHaveCount(0);
});

test("an administrator's Imports page offers spend files for any department and OCDS releases, and passes axe", async ({
  page,
}) => {
  await signIn(page, "admin@partnerscope.example");
  await page.goto("/imports");
  await expect(page.getByLabel("Department")).toBeVisible();
  await expect(page.getByLabel("Release package")).toBeVisible();
  await page.screenshot({ path: "test-results/imports-admin.png", fullPage: true });
  expect((await axe(page)).violations).toEqual([]);
});
