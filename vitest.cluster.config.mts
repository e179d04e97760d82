import { defineConfig } from "vitest/config";
import base from "./vitest.config.mts";

// Tests that start their own PostgreSQL clusters from the server binaries (a primary with a streaming
// replica; restarts mid-write). They need PostgreSQL 15 installed and root (to run as the postgres
// user), so they are `npm run test:cluster`, run by CI, not part of `npm test`.
export default defineConfig({
  ...base,
  test: { ...base.test, include: ["tests/cluster/**/*.test.ts"], fileParallelism: false },
});
