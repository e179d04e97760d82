import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

// Body limits through HTTP, on the real server (scripts/server.ts): signed-in actions 1 MB, the upload route 100 MB.

test("a 2 MB post to an ordinary action is refused with 413 and the server keeps answering", async ({ page }) => {
  await signIn(page, "lead.hmrc@partnerscope.example");
  const reply = await page.request.post("/contracts", {
    headers: { "Content-Type": "text/plain;charset=UTF-8", "Next-Action": "0".repeat(42) },
    data: Buffer.alloc(2 * 1024 * 1024, "a"),
  });
  expect(reply.status()).toBe(413);
  expect(await reply.text()).toContain("larger than 1 MB");
  expect((await page.request.get("/api/health")).status()).toBe(200);
});

test("a 101 MB upload gets the upload limit's message and nothing is stored", async ({ page }) => {
  const name = `too-big-${randomUUID().slice(0, 6)}.csv`;
  await signIn(page, "lead.hmrc@partnerscope.example");
  const reply = await page.request.post("/imports/upload?kind=spend", {
    multipart: { file: { name, mimeType: "text/csv", buffer: Buffer.alloc(101 * 1024 * 1024, "a,b\n") } },
  });
  expect(reply.status()).toBe(413);
  expect(await reply.text()).toContain("over 100 MB, the upload limit");
  expect((await page.request.get("/api/health")).status()).toBe(200);
  await page.goto("/imports");
  await expect(page.getByRole("link", { name })).toHaveCount(0);
});

test("a 5 MB spend file uploads through the plain form and is read", async ({ page }) => {
  const tag = randomUUID().slice(0, 6);
  const header =
    "Department Family,Entity,Payment Date,Expense Type,Expense area,Supplier,Transaction Number,Amount,Description";
  const lines = [header];
  for (let i = 0; lines.join("\r\n").length < 5 * 1024 * 1024 && i < 1e6; i += 1000)
    for (let j = i; j < i + 1000; j++)
      lines.push(
        `HMRC,HMRC,03/04/2024,IT Services,Digital,Bulk Supplier ${tag} Ltd,${9000000 + j},"£30,000.00",Line ${j}`,
      );
  await signIn(page, "lead.hmrc@partnerscope.example");
  await page.goto("/imports");
  await page.getByLabel("Spend file", { exact: true }).setInputFiles({
    name: `bulk-${tag}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from([...lines, "", ""].join("\r\n"), "latin1"),
  });
  await page.getByRole("button", { name: "Upload and import" }).click();
  await expect(page).toHaveURL(/\/imports\/[^/]+$/);
  await expect(page).toHaveTitle(`Import: bulk-${tag}.csv · Partnerscope`);
  await expect(page.getByRole("heading", { level: 2, name: "Suppliers to match" })).toBeVisible({ timeout: 120_000 });
});
