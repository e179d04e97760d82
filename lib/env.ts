// Every environment variable the app reads, checked with zod: the one place lib/ reads process.env.
// A missing or malformed variable fails with its name. Not "server-only": the job worker and the CLI
// commands (plain Node, where that import throws) read their sections through readEnv; nothing secret
// reaches a browser bundle, where only NEXT_PUBLIC_ variables are inlined.
import { z } from "zod";

// Values seen in examples and tutorials: never acceptable as a real secret.
const WEAK_SECRETS = ["secret", "changeme", "nextauth_secret", "your-secret-here", "development", "password"];

/** In production the session secret must be long and not a placeholder: sessions are forged with it. */
export function weakSecretReason(secret: string | undefined): string | null {
  if (!secret) return "NEXTAUTH_SECRET is missing";
  if (secret.length < 32) return "NEXTAUTH_SECRET must be at least 32 characters";
  // A placeholder, or placeholders repeated to reach the length: little is left once they are removed.
  const rest = WEAK_SECRETS.reduce((text, weak) => text.replaceAll(weak, ""), secret.toLowerCase()).replace(
    /[^a-z0-9]/g,
    "",
  );
  if (rest.length < 24) return "NEXTAUTH_SECRET looks like a placeholder";
  if (new Set(secret).size < 10) return "NEXTAUTH_SECRET is too repetitive";
  return null;
}

/** A positive number of seconds, megabytes or minutes; blank is unset. */
const positive = (fallback: number) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().positive().default(fallback));

/** The database: the web server, the worker and the seed (through poolMaxFromEnv). */
export const DatabaseEnvShape = {
  DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  /** Connections in the app's pool (each process: web server, worker). */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Streaming replicas for reads, comma-separated postgresql:// URLs (none: everything on DATABASE_URL). */
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((list) =>
      (list ?? "")
        .split(",")
        .map((u) => u.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ message: "DATABASE_REPLICA_URLS must be comma-separated postgresql:// URLs" }))),
};

/** Mail: SMTP_URL (unset: the outbox), MAIL_FROM; the worker delivers, so it reads these too (lib/mail/config.ts). */
export const MailEnvShape = {
  /** smtp://user:pass@host:587 or smtps://…:465; unset: the outbox. */
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.url({ protocol: /^smtps?$/, message: "SMTP_URL must be an smtp:// or smtps:// URL" }).optional()),
  MAIL_FROM: z.string().trim().min(3).default("Partnerscope <no-reply@partnerscope.invalid>"),
  /** The app's public address, for links in mail and for Secure cookies. */
  NEXTAUTH_URL: z.url().optional(),
  /** The web server's port: links in mail fall back to http://localhost:PORT. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
};

/** Contract alert lead times (lib/alerts/config.ts), read by the worker's scan. */
export const AlertEnvShape = {
  ALERT_REPROCUREMENT_MONTHS: z.string().optional(),
  ALERT_NOTICE_DAYS: z.string().optional(),
};

/** Audit checkpoints (lib/audit/checkpoint-store.ts): the web server, the worker and the audit commands. */
export const AuditEnvShape = {
  /** Signs audit checkpoints (HMAC); never stored in the database. `npm start` generates one into the data dir. */
  AUDIT_SIGNING_KEY: z.string().min(32, "AUDIT_SIGNING_KEY must be at least 32 characters").optional(),
  /** Where signed audit checkpoints are appended (default <data dir>/audit-checkpoints.jsonl). */
  AUDIT_CHECKPOINT_FILE: z.string().optional(),
  PARTNERSCOPE_DATA_DIR: z.string().optional(),
};

/** The job queue's lease and retry settings (lib/jobs/settings.ts), in seconds. */
export const JobEnvShape = {
  JOB_HEARTBEAT_SECONDS: positive(30),
  JOB_SUPERVISE_SECONDS: positive(30),
  JOB_RETRY_DELAY_SECONDS: positive(10),
};

/** The boxed parse of an uploaded file (lib/imports/boxed-stage.ts). */
export const ImportEnvShape = {
  PARSE_MEMORY_MB: positive(512),
  PARSE_TIME_LIMIT_MINUTES: positive(20),
};

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  ...DatabaseEnvShape,
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  /** Session lifetime in seconds (default 8 hours, a working day). */
  SESSION_MAX_AGE: z.coerce
    .number()
    .int()
    .min(60)
    .default(8 * 60 * 60),
  ...MailEnvShape,
  ...AlertEnvShape,
  ...AuditEnvShape,
  ...JobEnvShape,
  ...ImportEnvShape,
  /** Reverse proxies in front of the app whose X-Forwarded-For entries are believed (default none). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

type Source = Record<string, string | undefined>;

function failure(issues: z.core.$ZodIssue[]): Error {
  const problems = issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
  return new Error(`Partnerscope cannot start; fix these environment variables:\n${problems}`);
}

/**
 * One area's variables, for code that runs without the web server's secrets: the job worker and the
 * CLI commands (plain Node). A bad value fails with the variable's name, as the web server's does.
 */
export function readEnv<Shape extends z.ZodRawShape>(shape: Shape, source: Source = process.env) {
  const parsed = z.object(shape).safeParse(source);
  if (!parsed.success) throw failure(parsed.error.issues);
  return parsed.data;
}

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Source = process.env): Env {
  const parsed = EnvSchema.superRefine((e, ctx) => {
    const weak = e.NODE_ENV === "production" ? weakSecretReason(e.NEXTAUTH_SECRET) : null;
    if (weak)
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: `${weak} (generate one with: openssl rand -base64 48)`,
      });
  }).safeParse(source);
  if (!parsed.success) throw failure(parsed.error.issues);
  return parsed.data;
}

let parsed: Env | undefined;

/**
 * The web server's environment, parsed on first read (instrumentation.ts reads it as the server starts, so a
 * missing or malformed variable still stops start-up). Lazy because the worker and the CLI commands import
 * this module for their own sections and do not have the web server's secrets.
 */
export const env: Env = new Proxy({} as Env, {
  get: (_target, key) => (parsed ??= parseEnv())[key as keyof Env],
});
