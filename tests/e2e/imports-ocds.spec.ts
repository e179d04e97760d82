import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { realPackage } from "@/tests/fixtures/ocds-package";
import { signIn } from "./sign-in";

// One package at a time: a large import holds the audit chain until it commits, and an upload meanwhile
// waits on it: the upload route's audit transaction has the default 5 s timeout.
test.describe.configure({ mode: "serial" });

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

  // A party the register knows by its name under another number (the demo's KPMG LLP, until an earlier
  // run recorded OC301540) holds the package until the administrator answers (decision 013): here,
  // another organisation each time.
  const status = page.getByRole("status").filter({ hasText: "Import complete:" });
  const queue = page.getByRole("region", { name: "Suppliers to match" });
  await expect(status.or(queue)).toBeVisible({ timeout: 120_000 });
  const parties = queue.getByRole("listitem");
  for (let n = await parties.count(); n > 0; n = await parties.count()) {
    await parties.first().getByRole("button", { name: "Create supplier" }).click();
    await expect(parties).toHaveCount(n - 1, { timeout: 60_000 });
  }
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

/** The hand-made Contracts Finder fixture with its own ocid, naming `supplier` with Companies House `number`. */
function packageNaming(supplier: string, number: string) {
  const id = randomUUID();
  return readFileSync("tests/fixtures/ocds/contracts-finder-two-releases.json", "utf8")
    .replaceAll("ocds-b5fd17-1d2c7e58-5b1a-4c2e-9d4f-0a6b3c2d1e0f", `ocds-b5fd17-${id}`)
    .replaceAll("06591813", number)
    .replaceAll("MADE TECH LIMITED", supplier.toUpperCase())
    .replaceAll("Made Tech Limited", supplier);
}

async function upload(page: Page, name: string, text: string) {
  await page.goto("/imports");
  await page.getByLabel("Release package").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
  await page.getByRole("button", { name: "Import releases" }).click();
}

test("a package naming a registered supplier with another number waits for the administrator's answer", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const run = randomUUID().slice(0, 8);
  const supplier = `Northwind ${run} Analytics Limited`;
  const digits = () => String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
  await signIn(page, "admin@partnerscope.example");
  await upload(page, `first-${run}.json`, packageNaming(supplier, digits()));
  await expect(page.getByRole("status").filter({ hasText: "Import complete:" })).toBeVisible({ timeout: 60_000 });

  const other = digits();
  await upload(page, `second-${run}.json`, packageNaming(supplier, other));
  const queue = page.getByRole("region", { name: "Suppliers to match" });
  await expect(queue.getByRole("heading", { name: supplier })).toBeVisible({ timeout: 60_000 });
  await expect(queue.getByText(`Companies House ${other}`)).toBeVisible();
  await expect(queue.getByText(/another Companies House number/)).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);

  // The registered supplier the name could mean comes first, after the "Choose a supplier" prompt.
  await queue.getByLabel("Registered supplier").selectOption({ index: 1 });
  await queue.getByRole("button", { name: "Link to this supplier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Import complete:" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("status").filter({ hasText: "Import complete:" })).toContainText(
    "1 contracts created, 0 updated and 0 unchanged; 0 frameworks created and 0 matched; 0 suppliers created",
  );
});
