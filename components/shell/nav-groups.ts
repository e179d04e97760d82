// Safe for client code: how the shell groups the navigation it is given (lib/auth/navigation.ts decides
// which pages a role sees; this decides only where they are shown).

/** The person's own pages: beside their name on wide screens, in the menu on narrow ones. */
const ACCOUNT_PAGES = new Set(["/saved-searches", "/settings/alerts"]);

export const isAccountPage = (href: string) => ACCOUNT_PAGES.has(href);

export function isCurrent(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}
