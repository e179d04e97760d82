// Next.js calls register() once as the server starts: the environment is checked then (lib/env.ts), so a
// missing or malformed variable stops start-up with its name instead of failing the first request.
export async function register() {
  const { parseEnv } = await import("@/lib/env");
  parseEnv();
}
