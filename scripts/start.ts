// `npm start`: database (embedded unless DATABASE_URL is set), migrations, demo data when empty,
// a production build when missing or stale, then `next start` and a job worker beside it (restarted
// if it dies; uploads never run in the web server). Ctrl-C stops everything cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/users";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-db";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// This script reads process.env directly: it runs before the app's environment exists and builds it (the
// generated secrets, the embedded database's URL) for the server and worker, whose lib/env.ts then checks it.
// PARTNERSCOPE_DATA_DIR lets e2e tests keep their embedded database apart from the demo one.
const dataRoot = path.resolve(root, process.env.PARTNERSCOPE_DATA_DIR || ".data");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const children = new Set<ChildProcess>();
let embedded: EmbeddedDatabase | undefined;
let stopping = false;
// Demo data (with its well-known passwords) is for trying the product; a real deployment sets SEED_DEMO_DATA=false.
const seedDemo = process.env.SEED_DEMO_DATA !== "false";

function log(message: string) {
  console.log(`[partnerscope] ${message}`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    children.add(child);
    child.on("exit", (code, signal) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(args[0] ?? command)} ${args[1] ?? ""} failed (${signal ?? code})`));
    });
  });
}

const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

/** A secret for signing sessions: from the environment, else generated once and kept in .data/. */
function sessionSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataRoot, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataRoot, { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** The key that signs audit checkpoints: from the environment, else generated once and kept in .data/ (never the database). */
function auditSigningKey() {
  if (process.env.AUDIT_SIGNING_KEY) return process.env.AUDIT_SIGNING_KEY;
  const file = path.join(dataRoot, "audit-signing-key");
  if (!existsSync(file)) {
    mkdirSync(dataRoot, { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** The newest change under a folder: files, and folders too (a deleted file changes its folder). */
function newestSourceTime(dir: string): number {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsStale() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "public"].filter((d) => existsSync(path.join(root, d)));
  const configs = ["next.config.ts", "package.json", "prisma/schema.prisma"].map((f) => path.join(root, f));
  const newest = Math.max(
    ...sources.map((d) => newestSourceTime(path.join(root, d))),
    ...configs.map((f) => statSync(f).mtimeMs),
  );
  return newest > built;
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  const exited = [...children].map((child) => new Promise((resolve) => child.once("exit", resolve)));
  for (const child of children) child.kill("SIGTERM");
  // The worker finishes (or hands back) its jobs before the database stops under it.
  await Promise.race([Promise.all(exited), new Promise((resolve) => setTimeout(resolve, 35_000))]);
  if (embedded) {
    await embedded.stop().catch((e) => console.error(e));
    log("embedded database stopped");
  }
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

async function main() {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = path.join(dataRoot, "postgres");
    log(`starting the embedded PostgreSQL (data in ${path.relative(root, dataDir)}/)`);
    embedded = await startEmbeddedDatabase({ dataDir, port: Number(process.env.EMBEDDED_DB_PORT || 54329) });
    databaseUrl = embedded.url;
    log(`embedded PostgreSQL listening: ${databaseUrl}`);
  }
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? "10",
    // The embedded database has no replicas.
    ...(embedded ? { DATABASE_REPLICA_URLS: "" } : {}),
    NEXTAUTH_SECRET: sessionSecret(),
    AUDIT_SIGNING_KEY: auditSigningKey(),
    AUDIT_CHECKPOINT_FILE: process.env.AUDIT_CHECKPOINT_FILE || path.join(dataRoot, "audit-checkpoints.jsonl"),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  log("applying migrations");
  await run(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], env);
  if (seedDemo) {
    log("loading demo data if the database is empty");
    await run(bin("tsx"), ["prisma/seed.ts", "--if-empty"], env);
  }

  if (dev) {
    startWorker(env);
    await startServer(["--dev"], env);
    return;
  }
  if (buildIsStale()) {
    log("building the app (first run, or sources changed)");
    await run(process.execPath, ["scripts/prisma.mjs", "generate"], env);
    await run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
  }
  startWorker({ ...env, NODE_ENV: "production" });
  await startServer([], { ...env, NODE_ENV: "production" });
}

/** The job worker (scripts/worker.ts): started again after a crash, so queued imports carry on. */
function startWorker(env: NodeJS.ProcessEnv) {
  const worker = spawn(bin("tsx"), ["scripts/worker.ts"], { cwd: root, env, stdio: "inherit" });
  children.add(worker);
  worker.on("exit", (code, signal) => {
    children.delete(worker);
    if (stopping) return;
    log(`the job worker stopped (${signal ?? code}); starting it again`);
    setTimeout(() => startWorker(env), 2000);
  });
}

function printDemoSignIns() {
  log(`demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const user of DEMO_USERS) {
    const scope =
      user.department ??
      user.supplier ??
      (user.auditorDepartments === "all" ? "all departments" : user.auditorDepartments?.join(", ")) ??
      "";
    log(`  ${user.email.padEnd(40)} ${user.role.toLowerCase().replace("_", " ")}${scope ? `, ${scope}` : ""}`);
  }
}

/** scripts/server.ts: Next behind a Node server that tells the app each request's socket address. */
async function startServer(args: string[], env: NodeJS.ProcessEnv) {
  const server = spawn(bin("tsx"), ["scripts/server.ts", ...args], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: "inherit",
  });
  children.add(server);
  server.on("exit", (code) => {
    children.delete(server);
    void shutdown(code ?? 0);
  });
  setTimeout(() => {
    log(`Partnerscope is running at http://localhost:${port}`);
    if (seedDemo) printDemoSignIns();
    log("press Ctrl-C to stop");
  }, 1500);
}

main().catch(async (error: Error) => {
  console.error(`[partnerscope] ${error.message}`);
  await shutdown(1);
});
