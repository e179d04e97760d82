import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

// Pages that stream must still answer with the right status: nothing may be sent before the record is
// found and the caller authorised (a loading.tsx would send 200 first).

test("a missing or out-of-scope contract answers 404 with the not-found page", async ({ browser }) => {
  const hmrc = await (await browser.newContext()).newPage();
  await signIn(hmrc, "lead.hmrc@partnerscope.example");
  await hmrc.goto("/contracts?status=ACTIVE");
  const hmrcContract = await hmrc.locator("table tbody tr td:first-child a").first().getAttribute("href");
  expect((await hmrc.goto(hmrcContract!))?.status()).toBe(200);

  const page = await (await browser.newContext()).newPage();
  await signIn(page, "lead.nhse@partnerscope.example");
  for (const path of ["/contracts/no-such-contract", hmrcContract!, "/contracts/no-such-contract/edit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  }
  // An address that matches no page says so in the browser tab too (a page that finds no record keeps its own title).
  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  await expect(page).toHaveTitle("Page not found · Partnerscope");
});

test("partner search answers 403 to an auditor, and 200 with its results to a supplier and a lead", async ({
  page,
}) => {
  await signIn(page, "auditor@partnerscope.example");
  expect((await page.goto("/partner-search"))?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, "supplier.palantir@partnerscope.example");
  expect((await page.goto("/partner-search?q=carnall"))?.status()).toBe(200);
  await expect(page.getByRole("table", { name: "Suppliers matching the search" })).toContainText(
    "Carnall Farrar Limited",
  );

  await page.context().clearCookies();
  await signIn(page, "lead.nhse@partnerscope.example");
  expect((await page.goto("/partner-search?q=carnall"))?.status()).toBe(200);
  await expect(page.getByRole("table", { name: "Suppliers matching the search" })).toContainText(
    "Carnall Farrar Limited",
  );
});
