import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { validateReleasePackage } from "@/lib/ocds/validate";
import { SHARED_CARE_TITLE } from "@/prisma/seed/story-act";
import { signIn } from "./sign-in";

const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
const expectNoAxeViolations = async (page: Page) => expect((await axe(page)).violations).toEqual([]);
const fitsWidth = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
const shot = (page: Page, name: string) =>
  process.env.E2E_SCREENSHOTS
    ? page.screenshot({ path: `.data/screens/${name}.png`, fullPage: true })
    : Promise.resolve();

test("a lead drafts a UK9, a second lead approves it, it is marked published, and the audit trail shows all three", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "lead.nhse@partnerscope.example");
  // Overdue notices are waiting for the lead on the overview.
  await expect(
    page
      .getByRole("region", { name: "Needs your attention" })
      .getByRole("link", { name: /Procurement Act notices? (is|are) past/ }),
  ).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notices" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notices" })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "notices-desktop");

  // The 12-monthly contract performance notice of a £12.4m contract under the Act, with the rule behind its date.
  const draft = page.getByRole("button", {
    name: new RegExp(`^Draft the UK9 contract performance notice: ${SHARED_CARE_TITLE}: KPI ratings`),
  });
  const duty = page.getByRole("listitem").filter({ has: draft });
  await expect(duty).toContainText("At least once every 12 months for a contract over £5m (s.71(1), reg 39)");
  await draft.click();
  await expect(page.getByRole("heading", { level: 1, name: "UK9 contract performance notice" })).toBeVisible();
  await expect(page).toHaveTitle(`UK9 contract performance notice: ${SHARED_CARE_TITLE} · Partnerscope`);
  await expect(page.getByRole("status").filter({ hasText: "Notice drafted" })).toBeVisible();
  await expect(
    page.getByText("You drafted this notice: a second person in the department must approve it."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve notice" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const noticeUrl = page.url();

  // The JSON, downloaded from the page: an OCDS release with the KPI ratings, valid against OCDS 1.1.5.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the notice (OCDS JSON)" }).click(),
  ]);
  const pkg = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(validateReleasePackage(pkg)).toMatchObject({ valid: true, errors: [] });
  expect(pkg.releases[0].contracts[0].implementation.documents[0].noticeType).toBe("UK9");
  expect(
    pkg.releases[0].contracts[0].implementation.metrics.map(
      (m: { observations: Array<{ measureClassification: { id: string } }> }) =>
        m.observations[0]?.measureClassification.id,
    ),
  ).toEqual(["met", "met", "slightlyBelow"]);

  // A second lead of NHS England approves it and records its publication on Find a Tender.
  const second = await browser.newContext();
  const other = await second.newPage();
  await signIn(other, "lead2.nhse@partnerscope.example");
  await other.goto(noticeUrl);
  await other.getByRole("button", { name: "Approve notice" }).click();
  await expect(other.getByText("Approved, to publish").first()).toBeVisible();
  await expect(other.getByRole("status").filter({ hasText: "Notice approved" })).toBeVisible();
  const ftsId = `${String(Date.now() % 1_000_000).padStart(6, "0")}-2026`;
  await other.getByLabel("Find a Tender notice id").fill("12345");
  await other.getByRole("button", { name: "Mark as published" }).click();
  await expect(other.getByRole("main").getByRole("alert")).toContainText("Check this field: published notice.");
  const ftsIdRule = "Enter the Find a Tender notice id as six digits, a hyphen and the year, for example 012345-2026.";
  // Named twice, as GOV.UK asks: a link in the error summary, and the message beside the field.
  await expect(other.getByRole("link", { name: ftsIdRule })).toBeVisible();
  await expect(other.locator("#publish-publishedNoticeId-error")).toContainText(ftsIdRule);
  await other.getByLabel("Find a Tender notice id").fill(ftsId);
  await other.getByRole("button", { name: "Mark as published" }).click();
  await expect(other.getByText(`Published on Find a Tender as ${ftsId}.`)).toBeVisible();
  await expect(other.getByRole("status").filter({ hasText: "Notice marked as published" })).toBeVisible();

  const trail = other.getByRole("region", { name: "Audit trail" });
  await expect(trail).toContainText("Notice drafted");
  await expect(trail).toContainText("Notice approved");
  await expect(trail).toContainText("Notice marked published");
  await expect(trail).toContainText("lead.nhse@partnerscope.example");
  await expect(trail).toContainText("lead2.nhse@partnerscope.example");
  await expectNoAxeViolations(other);
  await shot(other, "notice-desktop");

  await other.setViewportSize({ width: 375, height: 800 });
  await expectNoAxeViolations(other);
  await fitsWidth(other);
  await shot(other, "notice-375");
  await other.goto("/notices");
  await expect(other.getByRole("region", { name: /^Published/ })).toContainText(ftsId);
  await expectNoAxeViolations(other);
  await fitsWidth(other);
  await shot(other, "notices-375");
  await second.close();
});

test("the contract page shows its change ledger and its drift from the award, at desktop and 375 px", async ({
  page,
}) => {
  await signIn(page, "lead.nhse@partnerscope.example");
  // The chain before the Federated Data Platform: a £23.5m award extended to £35m, before the Act.
  await page.goto("/contracts?q=COVID-19+Data+Store+and+vaccine");
  await page.getByRole("link", { name: "COVID-19 Data Store and vaccine programme data platform" }).click();
  const changes = page.getByRole("region", { name: "Changes" });
  await expect(changes.getByRole("list", { name: "Change ledger" })).toBeVisible();
  await expect(changes).toContainText("Value since award");
  await expect(changes).toContainText("+£11,500,000.00 (+48.9%)");
  await expect(changes).toContainText("Awarded before 24 February 2025");
  await expectNoAxeViolations(page);
  await changes.scrollIntoViewIfNeeded();
  await shot(page, "contract-desktop");
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoAxeViolations(page);
  await fitsWidth(page);
  await shot(page, "contract-375");
});
