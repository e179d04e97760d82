// Every page, route handler and server action, for every role, against THE table (tests/authorization/matrix.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { actAs } from "@/tests/auth";
import { form } from "@/tests/actions";
import { EXEMPT, MATRIX, type Entry } from "@/tests/authorization/matrix";
import { outcomeOf } from "@/tests/authorization/outcome";
import { buildWorld, ROLES_UNDER_TEST, type World } from "@/tests/authorization/world";

function filesUnder(dir: string, match: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, match) : match(entry.name) ? [full] : [];
  });
}

function exportedActions(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/export async function (\w+)/g)].map((m) => m[1]!);
}

const describeEntry = (e: Entry) =>
  e.kind === "action" ? `${e.file} ${e.name}` : e.kind === "route" ? `${e.method} ${e.file}` : e.file;

async function attempt(entry: Entry, world: World): Promise<unknown> {
  const mod = (await import(/* @vite-ignore */ `@/${entry.file.replace(/\.tsx?$/, "")}`)) as Record<string, unknown>;
  if (entry.kind === "page") {
    const Page = mod.default as (props: unknown) => Promise<unknown>;
    return Page({ params: Promise.resolve(entry.params?.(world) ?? {}), searchParams: Promise.resolve({}) });
  }
  if (entry.kind === "route") {
    const handler = mod[entry.method] as (request: Request, context: unknown) => Promise<Response>;
    const response = await handler(new Request(`http://localhost/x?${entry.query?.(world) ?? ""}`), {
      params: Promise.resolve(entry.params?.(world) ?? {}),
    });
    await response.body?.cancel();
    return response;
  }
  const action = mod[entry.name] as (prev: unknown, data: FormData) => Promise<unknown>;
  return action(idle, form(entry.input(world)));
}

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

describe("the authorisation table covers everything", () => {
  const listed = new Set(
    MATRIX.map((m) => (m.entry.kind === "action" ? `${m.entry.file}#${m.entry.name}` : m.entry.file)),
  );

  it("lists every page and route handler", () => {
    const routes = filesUnder("app", (n) => n === "page.tsx" || n === "route.ts").filter((f) => !EXEMPT.includes(f));
    expect(routes.filter((f) => !listed.has(f))).toEqual([]);
  });

  it("runs every server action inside guardDatabase (primary reads, a clear message when the database is down)", () => {
    const unguarded = filesUnder("lib", (n) => n.endsWith("actions.ts")).filter((f) => {
      const source = readFileSync(f, "utf8");
      return source.match(/^export async function /gm)?.length !== source.match(/^  return guardDatabase\(/gm)?.length;
    });
    expect(unguarded).toEqual([]);
  });

  it("lists every server action", () => {
    const actions = filesUnder("lib", (n) => n.endsWith("actions.ts")).flatMap((f) =>
      exportedActions(f).map((name) => `${f}#${name}`),
    );
    expect(actions.filter((a) => !listed.has(a))).toEqual([]);
  });
});

describe.each(MATRIX.map((m) => [describeEntry(m.entry), m] as const))("%s", (_name, { entry, expect: expected }) => {
  it.each(ROLES_UNDER_TEST.map((who) => [who, expected[who]] as const))("%s → %s", async (who, outcome) => {
    actAs(world.users[who]);
    expect(await outcomeOf(() => attempt(entry, world))).toBe(outcome);
  });
});
