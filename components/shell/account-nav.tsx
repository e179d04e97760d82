"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/lib/access/navigation";
import { isAccountPage, isCurrent } from "@/components/shell/nav-groups";

/**
 * The person's own pages (saved searches, alert settings) beside their name in the header, as GOV.UK
 * services put account links, so the main menu holds only the work areas and fits one line. On narrower
 * screens these links are in the main menu instead.
 */
export function AccountNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const own = items.filter((item) => isAccountPage(item.href));
  if (own.length === 0) return null;
  return (
    <nav aria-label="Your account" className="hidden lg:block">
      <ul className="flex items-center gap-4">
        {own.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isCurrent(pathname, item.href) ? "page" : undefined}
              className="text-white underline decoration-white/60 underline-offset-4 hover:decoration-white aria-[current=page]:font-semibold aria-[current=page]:decoration-amber-400 aria-[current=page]:decoration-2"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
