import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { navigationLabels, registerDepartments, signIn } from "./sign-in";

const axe = (page: import("@playwright/test").Page) =>
  new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();

test("an administrator sees every department's contracts", async ({ page }) => {
  await signIn(page, "admin@partnerscope.example");
  expect(await navigationLabels(page)).toEqual(
    expect.arrayContaining(["Overview", "Contracts", "Suppliers", "Frameworks"]),
  );
  await page.goto("/contracts?sort=title");
  const departments = new Set<string | undefined>();
  // Several pages of the register: more than one department appears.
  for (const p of [1, 2, 3]) {
    await page.goto(`/contracts?sort=title&page=${p}`);
    for (const d of await registerDepartments(page)) departments.add(d);
  }
  expect(departments.size).toBeGreaterThan(1);
});

test("a commercial lead sees only their department, and other departments' contracts are not found", async ({
  page,
}) => {
  await signIn(page, "lead.hmrc@partnerscope.example");
  const leadNav = await navigationLabels(page);
  expect(leadNav).toEqual(expect.arrayContaining(["Overview", "Contract register", "Suppliers", "Frameworks"]));
  expect(leadNav).not.toContain("Our organisation");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Contract register" }).click();
  await expect(page.getByRole("heading", { name: "Contracts", level: 1 })).toBeVisible();
  const departments = await registerDepartments(page);
  expect(departments.length).toBeGreaterThan(0);
  expect(new Set(departments)).toEqual(new Set(["HM Revenue and Customs"]));

  // The Federated Data Platform belongs to NHS England: find its id as NHS England's lead, then try it as HMRC.
  const nhse = await page.context().browser()!.newContext();
  const nhsePage = await nhse.newPage();
  await signIn(nhsePage, "lead.nhse@partnerscope.example");
  await nhsePage.goto("/contracts?q=Federated+Data+Platform+and");
  await nhsePage.getByRole("link", { name: "Federated Data Platform and associated services" }).click();
  await expect(
    nhsePage.getByRole("heading", { level: 1, name: "Federated Data Platform and associated services" }),
  ).toBeVisible();
  const fdpUrl = new URL(nhsePage.url()).pathname;
  await nhse.close();

  await page.goto(fdpUrl);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText("Federated Data Platform")).toHaveCount(0);
});

test("a commercial lead sees the Federated Data Platform partnership, and the pages pass axe", async ({ page }) => {
  await signIn(page, "lead.nhse@partnerscope.example");
  await page.goto("/contracts");
  expect(new Set(await registerDepartments(page))).toEqual(new Set(["NHS England"]));
  expect(await axe(page).then((r) => r.violations)).toEqual([]);

  await page.goto("/contracts?q=Federated+Data+Platform+and");
  await page.getByRole("link", { name: "Federated Data Platform and associated services" }).click();
  const partnership = page.getByRole("region", { name: "Partnership" });
  await expect(partnership.getByText("Lead partner · accountable for outcomes")).toBeVisible();
  await expect(partnership.getByRole("link", { name: /Palantir Technologies UK/ })).toBeVisible();
  const members = partnership.getByRole("list", { name: "Consortium members" });
  for (const name of [
    /Accenture/,
    /PricewaterhouseCoopers/,
    /North of England Commissioning Support/,
    /Carnall Farrar/,
  ]) {
    await expect(members.getByRole("link", { name })).toBeVisible();
  }
  expect(await axe(page).then((r) => r.violations)).toEqual([]);
});

test("a supplier sees its own organisation and only the contracts it is party to", async ({ page }) => {
  await signIn(page, "supplier.cf@partnerscope.example");
  const supplierNav = await navigationLabels(page);
  expect(supplierNav).toEqual(expect.arrayContaining(["Overview", "Our organisation", "Our contracts", "Frameworks"]));
  expect(supplierNav).not.toContain("Suppliers");
  expect(supplierNav).not.toContain("Our profile");
  // One entry for its organisation: the editable page, with its contracts and a link to the buyers' view.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Our organisation" }).click();
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { name: /Carnall Farrar/, level: 1 })).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Contracts" })
      .getByRole("link", { name: "Federated Data Platform and associated services", exact: true }),
  ).toBeVisible();
  await page.getByRole("link", { name: "See how buyers see your organisation" }).click();
  await expect(page).toHaveURL(/\/suppliers\/[^/]+$/);
  await expect(page.getByRole("heading", { name: /Carnall Farrar/, level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/^Carnall Farrar.* · Partnerscope$/);
  await expect(page.getByRole("region", { name: "Organisation" })).toBeVisible();

  // The supplier register shows its own organisation and nothing else.
  await page.goto("/suppliers");
  const suppliers = await page.locator("table tbody tr td:first-child a").allTextContents();
  expect(suppliers).toHaveLength(1);
  expect(suppliers[0]).toMatch(/Carnall Farrar/);

  // Each contract it sees has it as lead partner or consortium member.
  await page.getByRole("link", { name: "Our contracts" }).click();
  await expect(page.getByRole("heading", { name: "Contracts", level: 1 })).toBeVisible();
  const links = await page
    .locator("table tbody tr td:first-child a")
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links.slice(0, 5)) {
    await page.goto(href);
    const partnership = page.getByRole("region", { name: "Partnership" });
    await expect(partnership.getByRole("link", { name: /Carnall Farrar/ })).toBeVisible();
  }
});

test("an auditor sees only the departments granted", async ({ page }) => {
  await signIn(page, "auditor@partnerscope.example");
  const auditorNav = await navigationLabels(page);
  expect(auditorNav).toEqual(expect.arrayContaining(["Overview", "Contracts", "Suppliers", "Frameworks"]));
  expect(auditorNav).not.toContain("Contract register");
  const seen = new Set<string | undefined>();
  for (const p of [1, 2, 3, 4]) {
    await page.goto(`/contracts?sort=title&page=${p}`);
    for (const d of await registerDepartments(page)) seen.add(d);
  }
  expect([...seen].every((d) => d === "NHS England" || d === "Department of Health and Social Care")).toBe(true);
  expect(seen.size).toBeGreaterThan(0);
});

test("frameworks list the real CCS agreements for every role", async ({ page }) => {
  await signIn(page, "supplier.palantir@partnerscope.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Frameworks" }).click();
  await expect(page.getByRole("cell", { name: "RM1557.14" })).toBeVisible();
  await page.getByRole("link", { name: /G-Cloud 14/ }).click();
  await expect(page.getByRole("cell", { name: "Cloud hosting" })).toBeVisible();
});

test("the overview lists what waits for each person, and each item opens where to deal with it", async ({ page }) => {
  await signIn(page, "lead.nhse@partnerscope.example");
  await page.goto("/");
  const attention = page.getByRole("region", { name: "Needs your attention" });
  const items = attention.getByRole("link");
  await expect(items.first()).toBeVisible();
  expect(await axe(page).then((r) => r.violations)).toEqual([]);
  const href = await items.first().getAttribute("href");
  await items.first().click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?#]/g, "\\$&")}$`));

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, "supplier.cf@partnerscope.example");
  await page.goto("/");
  // Carnall Farrar's latest declaration is from 2019: it is asked for its current size.
  await page
    .getByRole("region", { name: "Needs your attention" })
    .getByRole("link", { name: /Your latest size declaration is from 14 Dec 2019/ })
    .click();
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { name: "Declare your size" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, "auditor@partnerscope.example");
  await page.goto("/");
  // An auditor has nothing waiting, and is told what was granted.
  await expect(page.getByRole("region", { name: "Needs your attention" })).toHaveCount(0);
  const access = page.getByRole("region", { name: "What you can read" });
  await expect(access).toContainText("Department of Health and Social Care, NHS England");
  expect(await axe(page).then((r) => r.violations)).toEqual([]);
  await access.getByRole("link", { name: /Export evidence/ }).click();
  await expect(page).toHaveURL(/\/exports$/);
});
