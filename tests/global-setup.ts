import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../scripts/embedded-db";
import { startTestSmtpServer, TEST_MAIL_FROM } from "./smtp";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** Where the test SMTP server writes what it receives (tests/mailbox.ts reads it). */
    mailDir: string;
  }
}

// Integration tests run against TEST_DATABASE_URL (CI: a fresh database on the real PostgreSQL),
// else against an embedded PostgreSQL (a real server from npm, in a temporary directory) so `npm test`
// passes on a machine without one, on the same code paths.
export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!url) {
    const embedded = await startEmbeddedDatabase({ port: Number(process.env.EMBEDDED_TEST_DB_PORT) || undefined });
    url = embedded.url;
    stop = embedded.stop;
  }
  await promisify(execFile)(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
  });
  project.provide("databaseUrl", url);
  // Jobs the code under test sends run on a real worker, as beside `npm start`; retries come quickly.
  process.env.JOB_RETRY_DELAY_SECONDS ??= "1";
  // Mail the worker delivers goes to a real SMTP server on loopback; tests read what it received.
  const mailDir = mkdtempSync(join(tmpdir(), "partnerscope-mail-"));
  const smtp = await startTestSmtpServer(mailDir);
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = TEST_MAIL_FROM;
  process.env.NEXTAUTH_URL ??= "http://localhost:3000";
  project.provide("mailDir", mailDir);
  const { startJobWorker } = await import("../lib/jobs/worker");
  const worker = await startJobWorker({ databaseUrl: url, log: () => undefined });
  return async () => {
    await worker.stop();
    await smtp.stop();
    rmSync(mailDir, { recursive: true, force: true });
    await stop?.();
  };
}
