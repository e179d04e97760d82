import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationAdapter } from "./prisma/cli-adapter";

// DATABASE_URL is always exported by scripts/prisma.mjs (generate needs only a valid-looking URL).
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => migrationAdapter(process.env.DATABASE_URL ?? ""),
});
