import "server-only";
import { z } from "zod";

// Parsed once at start-up: a missing or malformed variable fails fast with its name.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  /** 1 when the embedded database (PGlite: a single session) is in use. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  /** Session lifetime in seconds (default 8 hours, a working day). */
  SESSION_MAX_AGE: z.coerce.number().int().min(60).default(8 * 60 * 60),
});

export type Env = z.infer<typeof EnvSchema>;

function parseEnv(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Partnerscope cannot start; fix these environment variables:\n${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv();
