import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests sit beside the code; integration tests under tests/integration hit a real Postgres
// (TEST_DATABASE_URL, else an embedded PGlite started by tests/global-setup.ts).
const embedded = !process.env.TEST_DATABASE_URL;

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { "server-only": fileURLToPath(new URL("./tests/server-only-stub.ts", import.meta.url)) },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/integration/**/*.test.ts", "prisma/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/global-setup.ts"],
    setupFiles: ["tests/setup.ts"],
    // PGlite has one session: run files one at a time against it. Real Postgres takes them in parallel.
    fileParallelism: !embedded,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
