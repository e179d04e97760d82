import "server-only";
import { cookies } from "next/headers";
import { NOTICE_COOKIE, type Notice } from "@/lib/flash/notices";

/**
 * Called by an action just before it redirects: the page it lands on shows the success banner. The cookie
 * is readable by the page's script, which clears it once shown; it holds no secret (a key from a fixed list).
 */
export async function rememberNotice(notice: Notice) {
  try {
    (await cookies()).set(NOTICE_COOKIE, `${notice}.${Date.now()}`, {
      sameSite: "lax",
      path: "/",
      maxAge: 60,
      httpOnly: false,
    });
  } catch {
    // Outside a request (scripts, tests): there is no page to land on.
  }
}
