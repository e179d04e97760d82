// A lead hands a contract to a colleague: errors in words beside the field, then the banner and the new
// owner on the page. That the next alert goes to the new owner is shown through the real worker and SMTP
// server in tests/integration/contract-owner.test.ts.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";
import { chooseSupplier } from "./supplier-picker";

test("a lead changes a contract's owner to a colleague in the department", async ({ page }) => {
  test.setTimeout(120_000);
  const title = `Owner handover ${Date.now().toString(36)}`;
  await signIn(page, "lead.nhse@partnerscope.example");
  await page.goto("/contracts/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Route to market").selectOption({ label: "Open procedure" });
  await chooseSupplier(page, "Lead partner", "Accenture (UK) Limited", "accenture");
  await page.getByLabel("Award value (£)").fill("120000");
  await page.getByLabel("Award date").fill("2025-04-01");
  await page.getByLabel("Start date").fill("2025-05-01");
  await page.getByLabel("End date").fill("2027-04-30");
  await page.getByRole("button", { name: "Create contract" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // Whoever creates a contract owns it.
  await expect(page.getByText("Owner: Priya Shah (lead.nhse@partnerscope.example)")).toBeVisible();

  await page.getByText("Change the owner", { exact: true }).click();
  const ownerForm = page.locator("form").filter({ has: page.getByLabel("New owner") });
  // Unchanged: told beside the field, through the summary.
  await ownerForm.getByRole("button", { name: "Change owner" }).click();
  const summary = ownerForm.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /Priya Shah already owns this contract/ })).toBeVisible();
  // Only people who can see NHS England are offered: no HMRC lead, no supplier.
  const offered = await ownerForm.getByLabel("New owner").locator("option").allTextContents();
  expect(offered.some((o) => o.includes("lead.hmrc@"))).toBe(false);
  expect(offered.some((o) => o.includes("supplier."))).toBe(false);
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze()).violations).toEqual([]);

  await ownerForm
    .getByLabel("New owner")
    .selectOption({ label: "Daniel Okafor (Commercial lead, lead2.nhse@partnerscope.example)" });
  await ownerForm.getByRole("button", { name: "Change owner" }).click();
  const banner = page.getByRole("status").filter({ hasText: "Success" });
  await expect(banner).toContainText("Owner changed");
  await expect(page.getByText("Owner: Daniel Okafor (lead2.nhse@partnerscope.example)")).toBeVisible();
  // The audit history names both owners.
  await expect(page.locator("#history")).toContainText("Contract owner changed");
});
