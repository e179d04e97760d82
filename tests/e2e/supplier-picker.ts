import { expect, type Locator, type Page } from "@playwright/test";

/** Types a supplier's name into a picker and chooses it with the arrow keys and Enter, as a keyboard user would. */
export async function chooseSupplier(scope: Page | Locator, label: string, legalName: string, typed = legalName) {
  const combobox = scope.getByRole("combobox", { name: label, exact: true });
  await combobox.fill(typed);
  const listbox = scope.getByRole("listbox", { name: new RegExp(`^${label}:`) });
  await expect(listbox.getByRole("option").filter({ hasText: legalName }).first()).toBeVisible();
  for (let step = 0; step < 20; step++) {
    await combobox.press("ArrowDown");
    if ((await listbox.getByRole("option", { selected: true }).textContent())?.startsWith(legalName)) break;
  }
  await combobox.press("Enter");
  await expect(combobox).toHaveValue(legalName);
}
