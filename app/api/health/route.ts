import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness and readiness: 200 when the database answers, 503 otherwise. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "ok" });
  } catch {
    return Response.json({ status: "unavailable", database: "unreachable" }, { status: 503 });
  }
}
