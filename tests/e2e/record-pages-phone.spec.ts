// Administrators' pages and record pages at 375 px (@phone) and at desktop width: nothing on them wider
// than the screen (no figure running out of its card either; tables scroll in their own box), axe on each,
// screenshots under test-results/ to look at.
import { randomUUID } from "node:crypto";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { axeViolations, expectFitsTheScreen } from "./page-checks";
import { signIn } from "./sign-in";

async function look(page: Page, info: TestInfo, name: string) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await expectFitsTheScreen(page);
  await page.screenshot({ path: `test-results/record-${name}-${info.project.name}.png`, fullPage: true });
}

/** Opens the first record a list links to (`/notices/…`), as a person picking one would. */
async function openFirst(page: Page, list: string, prefix: string) {
  await page.goto(list);
  const link = page.locator(`main a[href^="${prefix}"]`).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${prefix}[^/?#]+`));
}

test("@phone an administrator's pages fit the screen and pass axe", async ({ page }, info) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@partnerscope.example");
  for (const [path, name] of [
    ["/admin/users", "admin-users"],
    ["/lot-claims", "lot-claims"],
    ["/lot-claims?status=ALL", "lot-claims-all"],
    ["/admin/jobs?view=all", "jobs"],
    ["/audit", "audit"],
    ["/insight/contracts", "insight-contracts"],
  ] as const) {
    await page.goto(path);
    await look(page, info, name);
  }
  await openFirst(page, "/admin/users", "/admin/users/");
  await look(page, info, "admin-user");
  await openFirst(page, "/frameworks", "/frameworks/");
  await look(page, info, "framework");
});

test("@phone record pages fit the screen and pass axe: contract, supplier, notice", async ({ page }, info) => {
  test.setTimeout(120_000);
  await signIn(page, "lead.nhse@partnerscope.example");
  await page.goto("/contracts?q=Federated+Data+Platform");
  await page.getByRole("link", { name: "Federated Data Platform and associated services", exact: true }).click();
  await look(page, info, "contract");
  await openFirst(page, "/suppliers?q=Palantir+Technologies+UK", "/suppliers/");
  await look(page, info, "supplier");
  await openFirst(page, "/notices", "/notices/");
  await look(page, info, "notice");
});

test("@phone an import's page fits the screen while names wait to be matched, and once complete", async ({
  page,
}, info) => {
  const tag = randomUUID().slice(0, 6);
  await signIn(page, "lead.hmrc@partnerscope.example");
  await page.goto("/imports");
  await page.getByLabel("Spend file", { exact: true }).setInputFiles({
    name: `phone-${tag}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from(
      [
        "Department Family,Entity,Payment Date,Expense Type,Expense area,Supplier,Transaction Number,Amount,Description",
        `HMRC,HMRC,03/04/2024,IT Services,Digital,Wide Name Consulting Partnership ${tag} Limited Liability,,"£1,234,567.89",Discovery`,
        "",
      ].join("\r\n"),
    ),
  });
  await page.getByRole("button", { name: "Upload and import" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Suppliers to match" })).toBeVisible({ timeout: 30_000 });
  await look(page, info, "import-awaiting");
  await page.getByRole("button", { name: "Create supplier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Import complete: 1 payments added" })).toBeVisible();
  await look(page, info, "import-complete");
});
