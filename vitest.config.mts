import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests sit beside the code; integration tests under tests/integration and the adversarial suite under
// tests/security hit a real Postgres (TEST_DATABASE_URL, else an embedded PostgreSQL started by
// tests/global-setup.ts), files in parallel.

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { "server-only": fileURLToPath(new URL("./tests/server-only-stub.ts", import.meta.url)) },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "tests/integration/**/*.test.ts",
      "tests/security/**/*.test.ts",
      "prisma/**/*.test.ts",
    ],
    environment: "node",
    globalSetup: ["tests/global-setup.ts"],
    setupFiles: ["tests/setup.ts"],
    // Jobs run on the shared worker (tests/global-setup.ts), behind other files' jobs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
