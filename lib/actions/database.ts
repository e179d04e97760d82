import "server-only";
import { failure, type ActionState } from "@/lib/actions/state";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "@/lib/database/unavailable";
import { markFreshReads, runOnPrimary } from "@/lib/database/fresh-reads";

/**
 * Every action's body runs inside this: its reads go to the primary (never a lagging replica), the user's next
 * reads too for a few seconds, and a database that is not answering becomes a clear "try again" failure instead
 * of an error page. Anything else (validation, forbidden, redirect) passes through untouched.
 */
export async function guardDatabase<State extends ActionState>(
  run: () => Promise<State>,
): Promise<State | ActionState> {
  await markFreshReads();
  try {
    return await runOnPrimary(run);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return failure(DATABASE_UNAVAILABLE);
    throw error;
  }
}
