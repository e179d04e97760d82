import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

const axe = (page: import("@playwright/test").Page) =>
  new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();

test("an administrator browses the audit trail and verifies the chain", async ({ page }) => {
  await signIn(page, "admin@partnerscope.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByRole("heading", { name: "Audit trail", level: 1 })).toBeVisible();
  await page.getByLabel("Actor or action").fill("seed.demo");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/q=seed.demo/);
  await expect(page.getByRole("cell", { name: "seed.demo" }).first()).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);

  await page.getByRole("link", { name: "Verify the chain" }).click();
  await expect(page.getByText("The audit trail is intact.")).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);
});

test("an auditor writes a checkpoint of the trail's end from the Verify page, at phone width too", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, "auditor@partnerscope.example");
  await page.goto("/audit/verify");
  const checkpoints = page.getByRole("region", { name: "Checkpoints" });
  await checkpoints.getByRole("button", { name: "Write a checkpoint now" }).click();
  await expect(checkpoints.getByRole("status")).toContainText(/Checkpoint written: [\d,]+ events, up to #\d+\./);
  await page.reload();
  // The end of the trail is now checked against the signed checkpoints (the tampering cases: tests/security).
  await expect(page.getByText(/The end of the trail agrees with [\d,]+ signed checkpoints?\./)).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("an administrator sees an auditor's access, and the users pages pass axe", async ({ page }) => {
  await signIn(page, "admin@partnerscope.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await page.getByLabel("Search by name or email").fill("auditor@partnerscope.example");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("cell", { name: "2 departments" })).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);
  await page.getByRole("link", { name: "Morgan Reid" }).click();
  const access = page.getByRole("region", { name: "Auditor access" });
  await expect(access.getByLabel("NHS England")).toBeChecked();
  await expect(access.getByLabel("HM Revenue and Customs")).not.toBeChecked();
  // Destructive: asks before revoking; cancelling changes nothing.
  await access.getByRole("button", { name: "Revoke access" }).click();
  await expect(access.getByText("Revoke all of this auditor's access?")).toBeVisible();
  await access.getByRole("button", { name: "Cancel" }).click();
  expect((await axe(page)).violations).toEqual([]);
});

test("an auditor reads the audit trail of its departments; a commercial lead may not", async ({ page }) => {
  await signIn(page, "auditor@partnerscope.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByRole("heading", { name: "Audit trail", level: 1 })).toBeVisible();

  // A date filter that is not a real day is said beside its field, not silently ignored.
  await page.goto("/audit?from=2025-02-31&to=2025-12-31");
  await expect(
    page.getByText('From: "2025-02-31" is not a real date between 1900 and 2100, so it was not applied.'),
  ).toBeVisible();
  await expect(page.getByLabel("From", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("To", { exact: true })).not.toHaveAttribute("aria-invalid", "true");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, "lead.nhse@partnerscope.example");
  await page.goto("/audit");
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});
