import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";

/** Migration folders the deployed code expects, oldest first (none when the folder is not shipped). */
function expectedMigrations(): string[] {
  try {
    const dir = path.join(process.cwd(), "prisma", "migrations");
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

export function missingMigrations(expected: string[], applied: string[]): string[] {
  const done = new Set(applied);
  return expected.filter((name) => !done.has(name));
}

/** Ready to take traffic: the primary answers and every migration this code needs has been applied. */
export async function readiness(): Promise<{
  ready: boolean;
  database: "ok" | "unreachable";
  missingMigrations: string[];
}> {
  let applied: string[];
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = rows.map((r) => r.migration_name);
  } catch {
    return { ready: false, database: "unreachable", missingMigrations: [] };
  }
  const missing = missingMigrations(expectedMigrations(), applied);
  return { ready: missing.length === 0, database: "ok", missingMigrations: missing };
}
