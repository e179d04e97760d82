import "server-only";
import { z } from "zod";

// Parsed once at start-up: a missing or malformed variable fails fast with its name.
// Values seen in examples and tutorials: never acceptable as a real secret.
const WEAK_SECRETS = ["secret", "changeme", "nextauth_secret", "your-secret-here", "development", "password"];

/** In production the session secret must be long and not a placeholder: sessions are forged with it. */
export function weakSecretReason(secret: string | undefined): string | null {
  if (!secret) return "NEXTAUTH_SECRET is missing";
  if (secret.length < 32) return "NEXTAUTH_SECRET must be at least 32 characters";
  // A placeholder, or placeholders repeated to reach the length: little is left once they are removed.
  const rest = WEAK_SECRETS.reduce((text, weak) => text.replaceAll(weak, ""), secret.toLowerCase()).replace(/[^a-z0-9]/g, "");
  if (rest.length < 24) return "NEXTAUTH_SECRET looks like a placeholder";
  if (new Set(secret).size < 10) return "NEXTAUTH_SECRET is too repetitive";
  return null;
}

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  /** 1 when the embedded database (PGlite: a single session) is in use. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Streaming replicas for reads, comma-separated postgresql:// URLs (none: everything on DATABASE_URL). */
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((list) => (list ?? "").split(",").map((u) => u.trim()).filter(Boolean))
    .pipe(z.array(z.url({ message: "DATABASE_REPLICA_URLS must be comma-separated postgresql:// URLs" }))),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  /** Session lifetime in seconds (default 8 hours, a working day). */
  SESSION_MAX_AGE: z.coerce.number().int().min(60).default(8 * 60 * 60),
});

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.superRefine((e, ctx) => {
    const weak = e.NODE_ENV === "production" ? weakSecretReason(e.NEXTAUTH_SECRET) : null;
    if (weak) ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: `${weak} (generate one with: openssl rand -base64 48)` });
  }).safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Partnerscope cannot start; fix these environment variables:\n${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv();
