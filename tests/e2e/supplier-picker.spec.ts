import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
const expectNoAxeViolations = async (page: Page) => expect((await axe(page)).violations).toEqual([]);

const SUPPLIER = "Carnall Farrar Limited";

test("a lead chooses the lead partner by typing part of its name and using only the keyboard", async ({ page }) => {
  const title = `Waiting list validation ${Date.now().toString(36)}`;
  await signIn(page, "lead.nhse@partnerscope.example");
  await page.goto("/contracts/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Route to market").selectOption({ label: "Open procedure" });

  const combobox = page.getByRole("combobox", { name: "Lead partner", exact: true });
  // The live region under the field (a page has other status regions).
  const status = page.locator(`[role="status"][id="${await combobox.getAttribute("id")}-status"]`);
  await combobox.focus();
  await expect(combobox).toHaveAttribute("aria-expanded", "false");

  // Nothing matches: said so, no list; Escape then clears the text.
  await page.keyboard.type("qxzqxz");
  await expect(status).toHaveText("Searching…");
  await expect(status).toHaveText("No supplier matches “qxzqxz”.");
  await expect(combobox).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("Escape");
  await expect(combobox).toHaveValue("");

  // Part of the name: suggestions in a listbox the arrow keys move through.
  await page.keyboard.type("arnall farr");
  const listbox = page.getByRole("listbox", { name: /^Lead partner:/ });
  await expect(listbox.getByRole("option").first()).toContainText(SUPPLIER);
  await expect(combobox).toHaveAttribute("aria-expanded", "true");
  await expect(combobox).toHaveAttribute("aria-controls", (await listbox.getAttribute("id"))!);
  await expect(combobox).not.toHaveAttribute("aria-activedescendant");
  await page.keyboard.press("ArrowDown");
  const active = listbox.getByRole("option", { selected: true });
  await expect(active).toContainText(SUPPLIER);
  await expect(combobox).toHaveAttribute("aria-activedescendant", (await active.getAttribute("id"))!);
  await expect(combobox).toBeFocused();
  await page.screenshot({ path: "test-results/supplier-picker-open.png" });
  await expectNoAxeViolations(page);

  // Escape closes the list and keeps the text; ArrowDown opens it again, Enter chooses.
  await page.keyboard.press("Escape");
  await expect(combobox).toHaveAttribute("aria-expanded", "false");
  await expect(combobox).toHaveValue("arnall farr");
  await page.keyboard.press("ArrowDown");
  await expect(listbox.getByRole("option", { selected: true })).toContainText(SUPPLIER);
  await page.keyboard.press("Enter");
  await expect(combobox).toHaveValue(SUPPLIER);
  await expect(combobox).toHaveAttribute("aria-expanded", "false");
  await expect(status).toContainText(`Chosen: ${SUPPLIER}`);
  await expect(page).toHaveURL(/\/contracts\/new$/);

  await page.getByLabel("Award value (£)").fill("240000");
  await page.getByLabel("Award date").fill("2025-09-01");
  await page.getByLabel("Start date").fill("2025-10-01");
  await page.getByLabel("End date").fill("2026-09-30");
  // Submitted from the keyboard too.
  await page.getByRole("button", { name: "Create contract" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("region", { name: "Partnership" })).toContainText(SUPPLIER);

  // Editing shows the chosen lead partner by name.
  await page.getByRole("link", { name: "Edit or close" }).click();
  const editing = page.getByRole("combobox", { name: "Lead partner", exact: true });
  await expect(editing).toHaveValue(SUPPLIER);
  await expect(page.getByText(`Chosen: ${SUPPLIER}`)).toBeVisible();
});

test("the suggestions are for contract writers only", async ({ page }) => {
  await signIn(page, "auditor@partnerscope.example");
  const refused = await page.request.get("/api/suppliers/search?q=carnall");
  expect(refused.status()).toBe(403);
  await page.context().clearCookies();
  await signIn(page, "lead.hmrc@partnerscope.example");
  const answer = await page.request.get("/api/suppliers/search?q=carnall");
  expect(answer.status()).toBe(200);
  const { suppliers } = (await answer.json()) as { suppliers: Array<{ legalName: string; sme: boolean | null }> };
  expect(suppliers[0]).toMatchObject({ legalName: SUPPLIER });
  expect(suppliers.length).toBeLessThanOrEqual(20);
});
