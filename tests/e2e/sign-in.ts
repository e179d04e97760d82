import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/users";

export function demoUser(email: string) {
  const user = DEMO_USERS.find((u) => u.email === email);
  if (!user) throw new Error(`No demo user ${email}`);
  return user;
}

/** Signs in through the real form, as a person would, and waits for the signed-in shell. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

/** The names in the main navigation, in order. */
export async function navigationLabels(page: Page) {
  return page.getByRole("navigation", { name: "Main" }).getByRole("link").allTextContents();
}

/** The "reference · department" line under each contract title in the register. */
export async function registerDepartments(page: Page) {
  const lines = await page.locator("table tbody tr td:first-child div").allTextContents();
  return lines.map((line) => line.split(" · ")[1]?.trim());
}
