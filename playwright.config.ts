import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides where it lives.
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  // Every spec at desktop width; the specs tagged @phone again at 375 px (a small phone), where nothing
  // may be wider than the screen.
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] } },
    {
      name: "phone",
      grep: /@phone/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 375, height: 812 }, hasTouch: true },
    },
  ],
  webServer: {
    // The same path as `npm start`: migrations, demo data when empty, build when stale, next start.
    // Without E2E_DATABASE_URL it runs on its own embedded database under .data/e2e.
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: {
      PORT: String(port),
      // Its own data dir either way: the audit checkpoints and signing key there belong to the e2e database.
      ...(process.env.E2E_DATABASE_URL
        ? { DATABASE_URL: process.env.E2E_DATABASE_URL, PARTNERSCOPE_DATA_DIR: ".data/e2e-external" }
        : { PARTNERSCOPE_DATA_DIR: ".data/e2e" }),
    },
  },
});
