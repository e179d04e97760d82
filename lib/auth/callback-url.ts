// The one rule for where to send someone after signing in (login page, sign-in form, next-auth's
// redirect callback): a path on this site, nothing else. Safe for client code.

const BASE = "http://partnerscope.invalid";
// Control characters (tab, newline...) are stripped by browsers from URLs: "/\t/evil" becomes "//evil".
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function isSafePath(path: string): boolean {
  if (!path.startsWith("/") || path.startsWith("//")) return false;
  // Browsers read a backslash as a slash: "/\evil.example" is protocol-relative.
  if (path.includes("\\") || CONTROL.test(path)) return false;
  try {
    return new URL(path, BASE).origin === BASE;
  } catch {
    return false;
  }
}

/**
 * A same-origin relative path, or "/" for anything else: absolute and protocol-relative URLs,
 * backslashes, control characters, and the same hidden behind one more layer of percent-encoding.
 */
export function safeCallbackUrl(value: string | string[] | null | undefined): string {
  const url = Array.isArray(value) ? value[0] : value;
  if (!url || url.length > 2000 || !isSafePath(url)) return "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    return "/";
  }
  return isSafePath(decoded) ? url : "/";
}
