import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { validateReleasePackage } from "@/lib/ocds/validate";
import { signIn } from "./sign-in";

async function download(page: Page, section: string, choose?: (region: ReturnType<Page["getByRole"]>) => Promise<void>) {
  const region = page.getByRole("region", { name: section });
  await choose?.(region);
  const [file] = await Promise.all([page.waitForEvent("download"), region.getByRole("button", { name: "Download" }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test("an auditor downloads spend as CSV and XLSX, OCDS and the audit trail, and each file is what it says", async ({ page }) => {
  await signIn(page, "auditor@partnerscope.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Exports" }).click();
  await expect(page.getByRole("heading", { name: "Exports", level: 1 })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze()).violations).toEqual([]);

  const csv = await download(page, "Spend", async (r) => {
    await r.getByLabel("Department").selectOption({ label: "NHS England" });
    await r.getByLabel("From").fill("2025-04-01");
    await r.getByLabel("To").fill("2026-03-31");
  });
  expect(csv.name).toMatch(/^partnerscope-spend-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = Papa.parse<Record<string, string>>(csv.bytes.subarray(3).toString("utf8"), { header: true, skipEmptyLines: true }).data;
  expect(rows.length).toBeGreaterThan(10);
  expect(new Set(rows.map((r) => r.Department))).toEqual(new Set(["NHS England"]));
  expect(rows.every((r) => r["Payment date"]! >= "2025-04-01" && r["Payment date"]! <= "2026-03-31")).toBe(true);
  expect(rows.every((r) => /^-?\d+\.\d{2}$/.test(r.Amount!))).toBe(true);

  const xlsx = await download(page, "Spend", async (r) => {
    await r.getByLabel("Department").selectOption({ label: "Department of Health and Social Care" });
    await r.getByLabel("Format").selectOption("xlsx");
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).values).toContain("Amount");
  expect(sheet.getRow(2).getCell(2).value).toBe("Department of Health and Social Care");
  expect(typeof sheet.getRow(2).getCell(9).value).toBe("number");

  const ocds = await download(page, "OCDS release package", async (r) => void (await r.getByLabel("Department").selectOption({ label: "NHS England" })));
  const pkg = JSON.parse(ocds.bytes.toString("utf8")) as { releases: Array<{ tender: { title: string } }> };
  expect(validateReleasePackage(pkg).errors).toEqual([]);
  expect(pkg.releases.map((r) => r.tender.title)).toContain("Federated Data Platform and associated services");

  const audit = await download(page, "Audit trail");
  const events = Papa.parse<Record<string, string>>(audit.bytes.subarray(3).toString("utf8"), { header: true, skipEmptyLines: true }).data;
  // The downloads just made are themselves in the trail.
  expect(events.some((e) => e.Action === "export.spend" && e.Actor === "auditor@partnerscope.example")).toBe(true);
});

test("a commercial lead exports only their department, and a forged department is refused", async ({ page }) => {
  await signIn(page, "lead.hmrc@partnerscope.example");
  await page.goto("/exports");
  const region = page.getByRole("region", { name: "Spend" });
  await expect(region.getByLabel("Department").getByRole("option")).toHaveText(["All you can see", "HM Revenue and Customs"]);
  await expect(page.getByRole("region", { name: "Audit trail" })).toHaveCount(0);
  const response = await page.request.get("/api/exports/spend?departmentId=cnotmydepartment0000000001");
  expect(response.status()).toBe(403);
});
