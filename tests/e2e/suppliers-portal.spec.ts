import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectBanner } from "./page-checks";
import { signIn } from "./sign-in";

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze())
    .violations;

// Unique per run, so the spec passes again on the same database.
const tag = Date.now().toString(36).toUpperCase();
const letters = "ABCDEFGHJKLMNPRSTUVWXY";
const companiesHouseNumber = `${letters[Math.floor(Math.random() * 22)]}${letters[Math.floor(Math.random() * 22)]}${String(Date.now() % 1_000_000).padStart(6, "0")}`;
const legalName = `Kestrel Data ${tag} Ltd`;
const email = `owner-${tag.toLowerCase()}@kestrel.example`;
const password = "kestrel data is a small firm";

test("a new supplier registers, declares size and capabilities, claims a lot; an admin verifies it; a commercial lead finds it", async ({
  page,
  browser,
}) => {
  // Three people, three sign-ins and five accessibility scans (one of the whole lot-claims queue): on two
  // shared cores this journey has taken more than the default minute.
  test.setTimeout(120_000);
  await page.goto("/login");
  await page.getByRole("link", { name: "Register your organisation" }).click();
  await expect(page.getByRole("heading", { name: "Register your organisation", level: 1 })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByLabel("Legal name").fill(legalName);
  await page.getByLabel("Companies House number").fill(companiesHouseNumber);
  await page.getByLabel("Address", { exact: true }).fill("4 Wharf Road");
  await page.getByLabel("Town or city").fill("Leeds");
  await page.getByLabel("Postcode").fill("LS1 4AB");
  await page.getByLabel("Region").selectOption("Yorkshire and The Humber");
  await page.getByLabel("Contact email for buyers").fill(`bids-${tag.toLowerCase()}@kestrel.example`);
  await page.getByLabel("We want to lead partnerships").check();
  await page.getByLabel("Your name").fill("Kay Kestrel");
  await page.getByLabel("Your email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Register" }).click();
  await expectBanner(page, "Your account is ready.");

  await signIn(page, email, password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Our organisation" }).click();
  await expect(page.getByRole("heading", { name: legalName, level: 1 })).toBeVisible();
  expect(await axe(page)).toEqual([]);

  const size = page.getByRole("region", { name: "Size" });
  await size.getByLabel("As at").fill("2025-03-31");
  await size.getByLabel("Staff (headcount)").fill("12");
  await size.getByLabel("Annual turnover (£)").fill("1,500,000");
  await size.getByLabel("Balance sheet total (£)").fill("800000");
  await size.getByRole("button", { name: "Declare size" }).click();
  await expect(size.getByRole("status")).toContainText("small, an SME");
  await expect(size.getByText("Why: 12 staff (fewer than 50) and turnover £1.5m ≤ £15m")).toBeVisible();

  const capabilities = page.getByRole("region", { name: "Capabilities" });
  await capabilities.getByLabel("Capability").selectOption({ label: "— Analytics" });
  await capabilities.getByLabel("What you offer").fill("Population health analytics for NHS trusts");
  await capabilities.getByLabel("Evidence (optional)").fill("Regional analytics contract, 2024");
  await capabilities.getByRole("button", { name: "Save capability" }).click();
  await expect(capabilities.getByText("Population health analytics for NHS trusts")).toBeVisible();

  const lots = page.getByRole("region", { name: "Framework lots" });
  await lots.getByLabel("Framework lot").selectOption({ label: "G-Cloud 14 (RM1557.14) Lot 2: Cloud software" });
  await lots.getByLabel("Member from").fill("2025-01-01");
  await lots.getByRole("button", { name: "Send claim" }).click();
  await expect(lots.getByText("awaiting verification")).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: "test-results/portal.png", fullPage: true });

  // An administrator verifies the claim from the queue.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@partnerscope.example");
  await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Lot claims" }).click();
  await expect(admin.getByRole("heading", { name: "Lot claims", level: 1 })).toBeVisible();
  expect(await axe(admin)).toEqual([]);
  await admin.getByRole("button", { name: `Verify ${legalName}, G-Cloud 14 Lot 2` }).click();
  await expect(admin.getByRole("status")).toContainText("Claim verified.");
  await adminContext.close();

  await page.reload();
  await expect(
    page.getByRole("region", { name: "Framework lots" }).getByText("verified", { exact: true }),
  ).toBeVisible();

  // A commercial lead finds it by the parent capability (Data), the verified lot and SME status.
  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  await signIn(lead, "lead.nhse@partnerscope.example");
  await lead.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partner search" }).click();
  await lead.getByLabel("Name or Companies House number").fill(tag);
  await lead.getByLabel("Capability (includes narrower ones)").selectOption({ label: "Data" });
  await lead
    .getByLabel("Framework lot (verified, current)")
    .selectOption({ label: "G-Cloud 14 (RM1557.14) Lot 2: Cloud software" });
  await lead.getByLabel("Size today").selectOption("sme");
  await lead.getByLabel("Willing to").selectOption("lead");
  await lead.getByRole("button", { name: "Search" }).click();
  const row = lead.getByRole("row", { name: new RegExp(legalName) });
  await expect(row).toBeVisible();
  await expect(row).toContainText("SME (small)");
  await expect(row).toContainText("Yorkshire and The Humber");
  expect(await axe(lead)).toEqual([]);
  await lead.screenshot({ path: "test-results/partner-search.png", fullPage: true });
  await leadContext.close();
});

test("a duplicate registration is told how to join the existing organisation", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Legal name").fill("Palantir Technologies UK Limited");
  await page.getByLabel("Companies House number").fill("ZZ999999");
  await page.getByLabel("Address", { exact: true }).fill("1 Example Street");
  await page.getByLabel("Town or city").fill("London");
  await page.getByLabel("Postcode").fill("W1 1AA");
  await page.getByLabel("Region").selectOption("London");
  await page.getByLabel("Contact email for buyers").fill("dup@example.org");
  await page.getByLabel("Your name").fill("Dup Licate");
  await page.getByLabel("Your email address").fill(`dup-${tag.toLowerCase()}@example.org`);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("alert").first()).toContainText("is already registered");
  await expect(page.getByRole("alert").first()).toContainText("invite you");
  expect(await axe(page)).toEqual([]);
});

test("the FDP lead partner submits a supply-chain return; bad CSV rows are named by row", async ({ page }) => {
  await signIn(page, "supplier.palantir@partnerscope.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Supply-chain returns" }).click();
  await expect(page.getByRole("heading", { name: "Supply-chain returns", level: 1 })).toBeVisible();
  expect(await axe(page)).toEqual([]);

  const entry = page.getByRole("region", { name: "Enter a payment" });
  await entry
    .getByLabel("Contract", { exact: true })
    .selectOption({ label: "Federated Data Platform and associated services (NHSE-FDP-2023)" });
  const member = entry.getByLabel("Partnership member paid");
  const carnallFarrar = (await member.locator("option", { hasText: "Carnall Farrar" }).first().textContent())!;
  await member.selectOption({ label: carnallFarrar });
  await entry.getByLabel("Month").fill("2024-05");
  await entry.getByLabel("Amount paid (£)").fill("41250.00");
  await entry.getByRole("button", { name: "Submit payment" }).click();
  // A second run against the same database finds the payment already reported and adds nothing.
  await expect(entry.getByRole("status")).toContainText(
    /Return saved: (1 payment added|0 payments added; 1 already reported)/,
  );

  const upload = page.getByRole("region", { name: "Upload a CSV return" });
  const csv = [
    "contract,month,member,amount",
    "NHSE-FDP-2023,2024-06,Carnall Farrar,100.00",
    "NHSE-FDP-2023,2024-06,Nobody At All Ltd,5",
    "NHSE-FDP-2023,2024-6,Accenture,5",
  ].join("\n");
  await upload
    .getByLabel("CSV file")
    .setInputFiles({ name: "return.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await upload.getByRole("button", { name: "Upload return" }).click();
  // The file is stored and checked by its job; the page follows the job until it says what it found.
  const alert = upload.getByRole("alert");
  await expect(alert).toContainText("Nothing was saved: 2 rows need fixing.", { timeout: 30_000 });
  await expect(alert).toContainText('Row 3: "Nobody At All Ltd" is not a member of the partnership');
  await expect(alert).toContainText('Row 4: month "2024-6" is not YYYY-MM');
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: "test-results/supply-chain-returns.png", fullPage: true });
});

test("a supplier user invites a colleague, who joins with the one-time link", async ({ page, browser }) => {
  await signIn(page, "supplier.cf@partnerscope.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Our organisation" }).click();
  const invite = page.getByRole("region", { name: "Invite a colleague" });
  const colleague = `colleague-${tag.toLowerCase()}@carnallfarrar.example`;
  await invite.getByLabel("Colleague's email address").fill(colleague);
  await invite.getByRole("button", { name: "Create invitation" }).click();
  await expect(invite.getByRole("status")).toContainText(`Invitation emailed to ${colleague}`);
  const link = await invite.getByLabel("One-time invitation link").inputValue();
  expect(link).toMatch(/\/register\/join\?token=/);

  const context = await browser.newContext();
  const joiner = await context.newPage();
  await joiner.goto(link);
  await expect(joiner.getByRole("heading", { name: /Join Carnall Farrar/, level: 1 })).toBeVisible();
  expect(await axe(joiner)).toEqual([]);
  await joiner.getByLabel("Your name").fill("Casey Colleague");
  await joiner.getByLabel("Password").fill(password);
  await joiner.getByRole("button", { name: "Join" }).click();
  await expectBanner(joiner, "Your account is ready. Sign in with your email address and password.");
  expect(await axe(joiner)).toEqual([]);
  await signIn(joiner, colleague, password);
  await joiner.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Our organisation" }).click();
  await expect(joiner.getByRole("heading", { name: /Carnall Farrar/, level: 1 })).toBeVisible();

  // The link works once.
  await joiner.goto(link);
  await expect(joiner.getByRole("heading", { name: "This invitation link is not valid", level: 1 })).toBeVisible();
  await context.close();
});
