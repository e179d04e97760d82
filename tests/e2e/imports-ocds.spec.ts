import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { realPackage } from "@/tests/fixtures/ocds-package";
import { signIn } from "./sign-in";

const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();

test("an administrator imports a real Contracts Finder package and checks what was recorded", async ({ page }) => {
  test.setTimeout(180_000);
  const { pkg, run } = realPackage();
  await signIn(page, "admin@partnerscope.example");
  await page.goto("/imports");
  await page.getByLabel("Release package").setInputFiles({
    name: `contracts-finder-${run}.json`,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(pkg)),
  });
  await page.getByRole("button", { name: "Import releases" }).click();

  const status = page.getByRole("status").filter({ hasText: "Import complete:" });
  await expect(status).toBeVisible({ timeout: 120_000 });
  await expect(status).toContainText(/\d+ contracts created, 0 updated and 0 unchanged; \d+ frameworks created/);
  const recorded = page.getByRole("region", { name: "Read and recorded" });
  await expect(recorded.getByText("£967,677,552.86")).toBeVisible();
  await expect(recorded.getByText("all recorded")).toHaveCount(4);
  await expect(page.getByText("Procurement method not stated: recorded as not stated: 38")).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByText(/^Frameworks created/).click();
  await page.screenshot({ path: "test-results/imports-ocds-375.png", fullPage: true });
  expect((await axe(page)).violations).toEqual([]);

  await page.getByRole("link", { name: /215_24 Specialist Vehicles/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /215_24 Specialist Vehicles/ })).toBeVisible();
});
