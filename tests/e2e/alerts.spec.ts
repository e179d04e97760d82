import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in";
import { chooseSupplier } from "./supplier-picker";

const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
const expectNoAxeViolations = async (page: Page) => expect((await axe(page)).violations).toEqual([]);

test("a lead saves a search; a matching contract is created; the outbox holds the message with a working link", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const word = `Telehealth${Date.now().toString(36)}`;
  await signIn(page, "lead.nhse@partnerscope.example");
  await page.goto(`/contracts?q=${word}`);
  await page.getByText("Save this search", { exact: true }).click();
  await page.getByLabel("Name of the search").fill(`Watch ${word}`);
  await expect(page.getByLabel("Email me when a new contract matches")).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save search" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved "Watch ${word}"` })).toBeVisible();

  await page.goto("/saved-searches");
  await expect(page.getByRole("link", { name: `Watch ${word}` })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/contracts/new");
  const title = `${word} remote monitoring`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Route to market").selectOption({ label: "Open procedure" });
  await chooseSupplier(page, "Lead partner", "Palantir Technologies UK Ltd", "palantir technologies uk");
  await page.getByLabel("Award value (£)").fill("450000");
  await page.getByLabel("Award date").fill("2026-01-05");
  await page.getByLabel("Start date").fill("2026-02-01");
  await page.getByLabel("End date").fill("2028-01-31");
  await page.getByLabel("Notice period in days (optional)").fill("90");
  await page.getByRole("button", { name: "Create contract" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const contractUrl = new URL(page.url()).pathname;

  // The administrator reads the outbox (no SMTP server in the embedded default): the message arrives when the job has run.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@partnerscope.example");
  const message = admin
    .getByRole("article")
    .filter({ has: admin.getByRole("heading", { name: `New contract matching "Watch ${word}": ${title}` }) });
  await expect(async () => {
    await admin.goto("/admin/outbox");
    await expect(message).toHaveCount(1, { timeout: 1000 });
    // Listed once recorded, held once the delivery job has run: the page is read again until both.
    await expect(message).toContainText("In the outbox (no SMTP server)", { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(message).toContainText("To lead.nhse@partnerscope.example");
  // Delivery is its own job, polled every 2 s: the message can be listed before it has been held.
  await expect(async () => {
    await admin.goto("/admin/outbox");
    await expect(message).toContainText("In the outbox (no SMTP server)", { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expectNoAxeViolations(admin);
  const text = (await message.locator("pre").textContent()) ?? "";
  const link = /Open it in Partnerscope: (\S+)/.exec(text)?.[1];
  expect(link).toBeTruthy();
  expect(new URL(link!).pathname).toBe(contractUrl);

  // The link works: the lead it was sent to opens the contract from it.
  await page.goto(new URL(link!).pathname);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await adminContext.close();
});

test("alert settings: a lead chooses a weekly digest and switches a kind off", async ({ page }) => {
  await signIn(page, "lead.hmrc@partnerscope.example");
  await page.goto("/settings/alerts");
  await expectNoAxeViolations(page);
  await page.getByLabel("How often to email you").selectOption("WEEKLY");
  await page.getByLabel("KPI assessments due").uncheck();
  await page.getByRole("button", { name: "Save alert settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your alert settings are saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("How often to email you")).toHaveValue("WEEKLY");
  await expect(page.getByLabel("KPI assessments due")).not.toBeChecked();
  await expect(page.getByLabel("Saved searches")).toBeChecked();
  // Put back for the next run.
  await page.getByLabel("How often to email you").selectOption("IMMEDIATE");
  await page.getByLabel("KPI assessments due").check();
  await page.getByRole("button", { name: "Save alert settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your alert settings are saved." })).toBeVisible();
});

test("password reset pages: from the sign-in page, one answer for an unknown address; a bad link says so", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgotten your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address").fill(`nobody-${Date.now()}@partnerscope.example`);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account uses that email address");

  await page.goto("/reset-password?token=not-a-real-token-at-all-0000");
  await expect(page.getByRole("heading", { level: 1, name: "This reset link is not valid" })).toBeVisible();
  await expectNoAxeViolations(page);
});
