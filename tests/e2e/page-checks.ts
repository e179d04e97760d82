// Checks more than one spec makes of a page as a person sees it.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export async function axeViolations(page: Page) {
  // After a save's redirect Next streams the new page's <title> after its body: wait for it, as the tab shows it
  // (a page that never gets one fails here, as axe would).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations;
}

/** The GOV.UK success banner a save left on the page it landed on: shown, saying what was done, focused. */
export async function expectBanner(page: Page, text: string) {
  const banner = page.getByRole("status").filter({ hasText: "Success" });
  await expect(banner).toContainText(text);
  await expect(banner).toBeFocused();
}

/**
 * What sticks out at this width: an element past the screen's right edge, or one whose content is wider
 * than its own box (a figure running out of its card, which the page's own width does not show). Inside a
 * box that scrolls sideways (a wide table's ScrollBox) things may be wider: the box scrolls. What is not
 * drawn, text cut short on purpose with an ellipsis, form controls and screen-reader-only text (1 px) are
 * not counted.
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const screen = document.documentElement.clientWidth;
    const scrollsSideways = (el: Element) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
    const found: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      if (!(el instanceof HTMLElement) || ["INPUT", "SELECT", "TEXTAREA", "OPTION"].includes(el.tagName)) continue;
      // Not drawn: display none, hidden, or inside a closed <details> (laid out, but never shown).
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      let ancestor = el.parentElement;
      while (ancestor && !scrollsSideways(ancestor)) ancestor = ancestor.parentElement;
      if (ancestor) continue;
      const style = getComputedStyle(el);
      if (style.display === "inline" || style.textOverflow === "ellipsis") continue;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      const what = `<${el.tagName.toLowerCase()}> "${(el.textContent ?? "").trim().slice(0, 50)}"`;
      if (rect.right > screen + 1 || rect.left < -1)
        found.push(`${what} spans ${Math.round(rect.left)}–${Math.round(rect.right)} px`);
      else if (!scrollsSideways(el) && el.scrollWidth > el.clientWidth + 1)
        found.push(`${what} holds ${el.scrollWidth} px in ${el.clientWidth} px`);
    }
    return found;
  });
}

/** Nothing on the page wider than the screen, the page itself included. */
export async function expectFitsTheScreen(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );
  expect(await overflowing(page)).toEqual([]);
}
