// The lot claims queue as an administrator works it (filters and search in the URL, paging, newest first)
// and a framework's lots listing who is on them. The queries' rules in detail: tests/integration/lot-claims-queue.test.ts.
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./page-checks";
import { signIn } from "./sign-in";

const claims = (page: Page) =>
  page
    .getByRole("list", { name: "Lot claims" })
    .getByRole("listitem")
    .filter({
      has: page.getByRole("heading", { level: 2 }),
    });

test("an administrator filters the lot claims queue, searches it and pages through it", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@partnerscope.example");
  await page.goto("/lot-claims");
  const filters = page.getByRole("search", { name: "Filter lot claims" });
  await filters.getByLabel("Status").selectOption({ label: "All" });
  await filters.getByRole("button", { name: "Show claims" }).click();
  await expect(page).toHaveURL(/status=ALL/);
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(pagination).toContainText(/Showing 1–25 of \d+ claims/);
  await expect(claims(page)).toHaveCount(25);
  const total = Number(/of (\d+) claims/.exec((await pagination.textContent()) ?? "")?.[1]);
  expect(total).toBeGreaterThan(25);

  // The next page keeps the filter and shows the rest.
  await pagination.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/status=ALL.*page=2|page=2.*status=ALL/);
  await expect(pagination).toContainText(`Page 2 of ${Math.ceil(total / 25)}`);
  await expect(claims(page)).toHaveCount(Math.min(25, total - 25));
  expect(await axeViolations(page)).toEqual([]);

  // Verified only: every claim shown says so.
  await filters.getByLabel("Status").selectOption({ label: "Verified" });
  await filters.getByRole("button", { name: "Show claims" }).click();
  await expect(page).toHaveURL(/status=VERIFIED/);
  await expect(page).not.toHaveURL(/page=2/);
  const verified = claims(page);
  await expect(verified.first()).toBeVisible();
  for (const claim of await verified.all()) await expect(claim.getByText("Verified", { exact: true })).toBeVisible();

  // A supplier's name finds its claims, and only its.
  const name = (await verified.first().getByRole("heading", { level: 2 }).textContent())!.trim();
  await filters.getByLabel("Status").selectOption({ label: "All" });
  await filters.getByLabel("Supplier name or Companies House number").fill(name.slice(0, 12).toUpperCase());
  await filters.getByRole("button", { name: "Show claims" }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(filters.getByLabel("Supplier name or Companies House number")).toHaveValue(
    name.slice(0, 12).toUpperCase(),
  );
  await expect(claims(page).first()).toBeVisible();
  for (const claim of await claims(page).all())
    await expect(claim.getByRole("heading", { level: 2 })).toContainText(new RegExp(name.slice(0, 12), "i"));

  await filters.getByLabel("Supplier name or Companies House number").fill("no supplier is called this");
  await filters.getByRole("button", { name: "Show claims" }).click();
  await expect(page.getByText("No claims match", { exact: true })).toBeVisible();
  await expect(claims(page)).toHaveCount(0);
});

test("a framework's lots each list their verified members, with dates", async ({ page }) => {
  await signIn(page, "lead.nhse@partnerscope.example");
  await page.goto("/frameworks");
  const frameworks = await page
    .locator('main a[href^="/frameworks/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  // The first framework with a verified supplier on a lot; on it, the lot with the most.
  const lots = page.getByRole("table", { name: /^Lots of / });
  const counts = lots.getByRole("link", { name: /verified suppliers on lot/ });
  let numbers: number[] = [];
  for (const href of frameworks) {
    await page.goto(href);
    await expect(lots).toBeVisible();
    numbers = (await counts.allTextContents()).map((t) => Number(/^\d+/.exec(t)?.[0]));
    if (Math.max(0, ...numbers) > 0) break;
  }
  const busiest = numbers.indexOf(Math.max(...numbers));
  expect(numbers[busiest]).toBeGreaterThan(0);
  await counts.nth(busiest).click();
  await expect(counts.nth(busiest)).toHaveAttribute("aria-current", "true");
  const members = page.getByRole("table", { name: /^Verified suppliers on lot / });
  await expect(members).toBeVisible();
  await expect(members.locator("tbody tr")).toHaveCount(Math.min(25, numbers[busiest]!));
  await expect(members.getByRole("columnheader")).toHaveText([
    "Supplier",
    "Companies House",
    "Member from",
    "Until",
    "Verified",
  ]);
  // Each member with the dates it holds the place (a date, then a date or "Open-ended") and when verified.
  await expect(members.locator("tbody tr").first()).toContainText(/\d{1,2} \w{3,4} \d{4}.*(\d{4}|Open-ended)/);
  expect(await axeViolations(page)).toEqual([]);
});
