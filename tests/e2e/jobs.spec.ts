import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

const axe = (page: import("@playwright/test").Page) =>
  new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();

test("an administrator opens the jobs page: the worker beside the web server has run the scheduled jobs' queue", async ({
  page,
}) => {
  await signIn(page, "admin@partnerscope.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" }).click();
  await expect(page.getByRole("heading", { name: "Jobs", level: 1 })).toBeVisible();
  await expect(page.getByText(/\d+ queued · \d+ running · \d+ failed/)).toBeVisible();
  const views = page.getByRole("navigation", { name: "Jobs by state" });
  await views.getByRole("link", { name: "Failed" }).click();
  await expect(page).toHaveURL(/view=failed/);
  await expect(views.getByRole("link", { name: "Failed" })).toHaveAttribute("aria-current", "page");
  expect((await axe(page)).violations).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  expect((await axe(page)).violations).toEqual([]);
  await page.screenshot({ path: "test-results/jobs-375.png", fullPage: true });
});

test("a commercial lead has no jobs page", async ({ page }) => {
  await signIn(page, "lead.nhse@partnerscope.example");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" })).toHaveCount(0);
  const response = await page.goto("/admin/jobs");
  expect(response?.status()).toBe(403);
});
