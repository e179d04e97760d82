import "server-only";
import { cookies } from "next/headers";
import { NOTICE_COOKIE } from "@/lib/flash/notices";

/** The notice an action left for the page it redirected to (FlashBanner shows it), if any. */
export async function pendingNotice(): Promise<string | undefined> {
  try {
    return (await cookies()).get(NOTICE_COOKIE)?.value;
  } catch {
    // Outside a request (tests render pages directly): no notice.
    return undefined;
  }
}
