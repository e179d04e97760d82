import { readiness } from "@/lib/database/readiness";

export const dynamic = "force-dynamic";

/** Readiness for a load balancer: 200 once the database answers and its migrations are applied, else 503. */
export async function GET() {
  const state = await readiness();
  return Response.json({ status: state.ready ? "ready" : "not ready", ...state }, { status: state.ready ? 200 : 503 });
}
