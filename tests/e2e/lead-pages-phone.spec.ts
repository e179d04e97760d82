// A lead's contract page and notices pages at 375 px: screenshots under test-results/ to look at, axe on
// each, nothing wider than the screen (the page itself; tables scroll in their own box).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { expectFitsTheScreen } from "./page-checks";
import { signIn } from "./sign-in";

async function look(page: Page, info: TestInfo, name: string) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze())
      .violations,
  ).toEqual([]);
  await expectFitsTheScreen(page);
  await page.screenshot({ path: `test-results/lead-${name}-${info.project.name}.png`, fullPage: true });
}

test("@phone a lead's contract page and notices pages fit the screen and pass axe", async ({ page }, info) => {
  test.setTimeout(120_000);
  await signIn(page, "lead.nhse@partnerscope.example");
  await page.goto("/contracts?q=Federated+Data+Platform");
  await page.getByRole("link", { name: "Federated Data Platform and associated services", exact: true }).click();
  await look(page, info, "contract");
  // Each write panel opened, as a lead would to use it.
  for (const summary of await page.locator("details > summary").all()) await summary.click();
  await look(page, info, "contract-panels-open");
  for (const section of ["summary", "partnership", "spend", "kpis", "social-value", "amendments"])
    await page
      .locator(`#${section}`)
      .screenshot({ path: `test-results/lead-contract-${section}-${info.project.name}.png` });

  await page.goto("/notices");
  await look(page, info, "notices");
});
