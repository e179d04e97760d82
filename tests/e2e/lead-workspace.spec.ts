import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in";
import { chooseSupplier } from "./supplier-picker";

const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
const expectNoAxeViolations = async (page: Page) => expect((await axe(page)).violations).toEqual([]);

// Demo data: Palantir holds a verified place on G-Cloud 14 Lot 2 from 21 Nov 2024.
const LOT = "G-Cloud 14 (RM1557.14), Lot 2 Cloud software";
const LEAD = "Palantir Technologies UK Ltd";

async function openPanel(page: Page, region: string, summary: string) {
  await page.getByRole("region", { name: region }).getByText(summary, { exact: true }).click();
}

test("a lead creates a call-off with a consortium, KPIs, an assessment and an extension, and sees it all", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const title = `Population health analytics ${Date.now().toString(36)}`;
  await signIn(page, "lead.nhse@partnerscope.example");
  await page.goto("/contracts");
  await page.getByRole("link", { name: "New contract" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New contract" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A call-off awarded before the lead partner's verified lot membership began: refused, nothing saved.
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Framework lot").selectOption({ label: LOT });
  await chooseSupplier(page, "Lead partner", LEAD, "palantir technologies uk");
  await page.getByLabel("Award value (£)").fill("7,500,000");
  await page.getByLabel("Award date").fill("2024-06-03");
  await page.getByLabel("Start date").fill("2024-07-01");
  await page.getByLabel("End date").fill("2027-06-30");
  await page.getByLabel("Has an exit plan").check();
  await page.getByRole("button", { name: "Create contract" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("does not cover the award date");
  await expect(page).toHaveURL(/\/contracts\/new$/);
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expectNoAxeViolations(page);

  await page.getByLabel("Award date").fill("2025-06-02");
  await page.getByLabel("Start date").fill("2025-07-01");
  await page.getByRole("button", { name: "Create contract" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // The consortium: two members with roles and pledged shares.
  for (const [name, role, share] of [
    ["Carnall Farrar Limited", "Data", "10"],
    ["PricewaterhouseCoopers LLP", "Specialist", "15"],
  ] as const) {
    await openPanel(page, "Partnership", "Add a member");
    const partnership = page.getByRole("region", { name: "Partnership" });
    await chooseSupplier(partnership, "Member", name);
    await partnership.getByLabel("Role").selectOption({ label: role });
    await partnership.getByLabel("Pledged share of contract value (%)").fill(share);
    await partnership.getByLabel("Date it joined").fill("2025-07-01");
    await partnership.getByRole("button", { name: "Add member" }).click();
    await expect(page.getByRole("list", { name: "Consortium members" }).getByRole("link", { name })).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Partnership" })).toContainText("Keeps 75% of value");

  // Three KPIs (the contract is over £5m), one owned by a member.
  const kpis = [
    ["Service availability", LEAD],
    ["Data quality", "Carnall Farrar Limited"],
    ["User satisfaction", LEAD],
  ] as const;
  for (const [name, accountable] of kpis) {
    await openPanel(page, "KPIs and ratings", "Add a KPI");
    const region = page.getByRole("region", { name: "KPIs and ratings" });
    await region.getByLabel("KPI", { exact: true }).fill(name);
    await region.getByLabel("Measure").fill("Monthly measurement");
    await region.getByLabel("Target").fill("95%");
    await region
      .getByLabel("Accountable partner")
      .selectOption({ label: accountable === LEAD ? `${LEAD} (lead partner)` : accountable });
    await region.getByRole("button", { name: "Add KPI" }).click();
    await expect(region.getByRole("heading", { level: 3, name })).toBeVisible();
  }

  await openPanel(page, "KPIs and ratings", "Record an assessment");
  const kpiRegion = page.getByRole("region", { name: "KPIs and ratings" });
  await kpiRegion.getByLabel("KPI assessed").selectOption({ label: "Service availability" });
  await kpiRegion.getByLabel("Assessment date").fill("2025-10-31");
  await kpiRegion.getByLabel("Rating").selectOption({ label: "Approaching target" });
  await kpiRegion.getByLabel("Note (optional)").fill("98.7% against 99.9%");
  await kpiRegion.getByRole("button", { name: "Record assessment" }).click();
  await expect(kpiRegion.getByRole("table", { name: "Ratings of Service availability" })).toContainText(
    "98.7% against 99.9%",
  );

  // An extension with a value change, as a dated change in the ledger with its legal ground.
  await openPanel(page, "Changes", "Record a change");
  const amendments = page.getByRole("region", { name: "Changes" });
  await amendments.getByLabel("Kind of amendment").selectOption({ label: "Extension" });
  await amendments.getByLabel("Date of the amendment").fill("2026-05-01");
  await amendments.getByLabel("New end date").fill("2028-06-30");
  await amendments.getByLabel("Value change (£, optional)").fill("500000");
  await amendments.getByLabel("Rationale").fill("Twelve-month extension option taken up");
  await amendments
    .getByLabel("Legal ground")
    .selectOption({ label: "Unforeseeable circumstances (Schedule 8, paragraph 5)" });
  await amendments.getByRole("button", { name: "Record change" }).click();

  // Everything on the one page.
  await expect(amendments).toContainText("Twelve-month extension option taken up");
  await expect(amendments).toContainText("Term");
  // A year more on a three-year term with no options is a third: a UK10 is due before it takes effect.
  await expect(amendments).toContainText("Needs a UK10 notice");
  await expect(amendments.getByRole("definition").filter({ hasText: "+£500,000.00" })).toContainText("(+6.7%)");
  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary).toContainText("£7,500,000.00");
  await expect(summary).toContainText("£8,000,000.00");
  await expect(summary).toContainText("30 Jun 2028");
  await expect(summary).toContainText(LOT.replace(", Lot 2 Cloud software", ""));
  await expect(kpiRegion.getByRole("heading", { level: 3 })).toHaveCount(3);
  await expect(kpiRegion).not.toContainText("Procurement Act 2023 requires");
  await expect(page.getByRole("region", { name: "Lock-in factors" })).toContainText("No break clause");
  const history = page.getByRole("region", { name: "Audit history" });
  for (const action of ["Contract created", "Member added", "KPI added", "KPI assessed", "Change recorded"]) {
    await expect(history.getByRole("cell", { name: action }).first()).toBeVisible();
  }

  // The forms, opened, pass axe on the contract page too.
  for (const [region, panel] of [
    ["Partnership", "Add a member"],
    ["KPIs and ratings", "Add a KPI"],
    ["Social value", "Add a commitment"],
    ["Changes", "Record a change"],
  ] as const) {
    await openPanel(page, region, panel);
  }
  await page.screenshot({ path: "test-results/lead-workspace-contract.png", fullPage: true });
  await expectNoAxeViolations(page);

  // The register finds it with its KPIs counted, and the CSV of the filtered list has it.
  await page.goto(`/contracts?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("3 KPIs");
  const csv = await page.request.get(`/api/contracts/export?q=${encodeURIComponent(title)}`);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const text = (await csv.body()).toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain(title);
  expect(text).toContain("8000000.00");
});

test("a second save from a stale edit form is refused and overwrites nothing", async ({ browser }) => {
  // Two people: two browser contexts, each signed in.
  const [first, second] = await Promise.all([
    browser.newContext().then((c) => c.newPage()),
    browser.newContext().then((c) => c.newPage()),
  ]);
  await signIn(first, "lead.hmrc@partnerscope.example");
  await signIn(second, "lead.hmrc@partnerscope.example");
  await first.goto("/contracts?status=ACTIVE&sort=title&dir=asc");
  const link = first.locator("table tbody tr td:first-child a").first();
  const contractPath = await link.getAttribute("href");
  for (const page of [first, second]) await page.goto(`${contractPath}/edit`);
  await expectNoAxeViolations(first);
  const original = await first.getByLabel("Title").inputValue();
  await first.getByLabel("Title").fill(`${original} (first)`);
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByRole("heading", { level: 1, name: `${original} (first)` })).toBeVisible();
  await second.getByLabel("Title").fill(`${original} (second)`);
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByRole("main").getByRole("alert")).toContainText(
    "changed by someone else since you opened it",
  );
  await second.goto(contractPath!);
  await expect(second.getByRole("heading", { level: 1, name: `${original} (first)` })).toBeVisible();
  // Put the title back so the demo data stays as it was (reloading the form takes the new version).
  await first.goto(`${contractPath}/edit`);
  await first.getByLabel("Title").fill(original);
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByRole("heading", { level: 1, name: original })).toBeVisible();
});

test("auditors see the contract and its history but no forms", async ({ page }) => {
  await signIn(page, "auditor@partnerscope.example");
  await page.goto("/contracts?q=Federated+Data+Platform+and");
  await expect(page.getByRole("link", { name: "New contract" })).toHaveCount(0);
  await page.getByRole("link", { name: "Federated Data Platform and associated services" }).click();
  await expect(page.getByRole("region", { name: "Audit history" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit or close" })).toHaveCount(0);
  await expect(page.getByText("Add a member")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
