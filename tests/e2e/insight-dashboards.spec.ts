import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

const axe = (page: import("@playwright/test").Page) =>
  new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();

const PAGES = [
  { path: "/insight", region: "Spend over time" },
  { path: "/insight/partnerships", region: "Concentration by department" },
  { path: "/insight/contracts", region: "Lock-in risk of active contracts" },
];

for (const email of ["lead.nhse@partnerscope.example", "admin@partnerscope.example", "auditor@partnerscope.example"]) {
  test(`${email} opens every dashboard from the navigation, and each passes axe`, async ({ page }) => {
    // Three large dashboards, each through axe: about 50 s on a loaded two-core worker, near the 60 s default.
    test.slow();
    await signIn(page, email);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboards" }).click();
    await expect(page).toHaveURL(/\/insight$/);
    for (const { path, region } of PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "Dashboards" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: region })).toBeVisible();
      expect(await axe(page).then((r) => r.violations)).toEqual([]);
    }
  });
}

test("a commercial lead sees only their department, and a date filter changes the figures and the URL", async ({
  page,
}) => {
  await signIn(page, "lead.nhse@partnerscope.example");
  await page.goto("/insight");
  const targets = page.getByRole("table", { name: "SME share by department and financial year against target" });
  await expect(targets.getByRole("link", { name: "NHS England" }).first()).toBeVisible();
  expect(new Set(await targets.locator("tbody tr td:first-child").allTextContents())).toEqual(new Set(["NHS England"]));
  // Beside the SME share: how much of it rests on size declarations nobody has verified (the demo's are verified).
  const smeShare = page.getByRole("region", { name: "SME share over time" });
  await expect(
    smeShare.getByText(
      /of direct spend \(£[\d,.]+, [\d.]+% of the direct SME spend\) is counted as SME on size declarations nobody has verified yet/,
    ),
  ).toBeVisible();
  await smeShare.screenshot({ path: "test-results/insight-sme-unverified.png" });

  // The data table sits behind each chart, in a disclosure.
  await page.getByText("Data table: spend over time").click();
  const months = page.getByRole("table", { name: "Spend by month" }).locator("tbody tr");
  await expect(months.first()).toBeVisible();
  expect(await months.count()).toBeGreaterThan(3);
  await page.getByLabel("From month").fill("2025-04");
  await page.getByLabel("To month").fill("2025-06");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/from=2025-04/);
  await expect(page).toHaveURL(/to=2025-06/);
  await page.getByText("Data table: spend over time").click();
  await expect(months).toHaveCount(3);
  await expect(page.getByLabel("From month")).toHaveValue("2025-04");
  await page
    .getByRole("region", { name: "Spend over time" })
    .screenshot({ path: "test-results/insight-spend-filtered.png" });
});

test("the lock-in score explains itself", async ({ page }) => {
  await signIn(page, "lead.nhse@partnerscope.example");
  await page.goto("/insight/contracts");
  await page.screenshot({ path: "test-results/insight-contracts.png", fullPage: true });
  await page.getByRole("link", { name: "How the score works" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "How the lock-in risk score works" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "OCP red flag R018 / indicator i007" })).toBeVisible();
  expect(await axe(page).then((r) => r.violations)).toEqual([]);
});

test("a dashboard list cut to its first rows says so and where the rest are", async ({ page }) => {
  await signIn(page, "admin@partnerscope.example");
  await page.goto("/insight/contracts");
  // The demo register holds hundreds of active scored contracts; the list shows the riskiest 20.
  const riskiest = page.getByRole("region", { name: "Riskiest contracts" });
  await expect(riskiest.getByText(/^Showing the first 20 of [\d,]+\./)).toBeVisible();
  await riskiest.getByRole("link", { name: "Exports page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Exports" })).toBeVisible();
});

test("a supplier has no dashboards", async ({ page }) => {
  await signIn(page, "supplier.cf@partnerscope.example");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboards" })).toHaveCount(0);
  const response = await page.goto("/insight");
  expect(response?.status()).toBe(403);
});
