"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import type { NavItem } from "@/lib/access/navigation";
import { isAccountPage, isCurrent } from "@/components/shell/nav-groups";

const noSubscription = () => () => {};

/**
 * The main menu (GOV.UK service navigation): on wide screens one row of the work areas, the person's own
 * pages being beside their name (AccountNav); below that, every page behind a "Menu" button so the page
 * starts near the top of the screen. Without JavaScript the list is always shown.
 */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  // Without JavaScript (and before hydration) the menu is simply shown; the button only exists once enhanced.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  // Opened on one page: moving to another closes it, with no effect needed.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (next: boolean) => setOpenOn(next ? pathname : null);
  const current = items.find((item) => isCurrent(pathname, item.href));
  return (
    <nav aria-label="Main" className="bg-brand-800">
      <div className="mx-auto max-w-7xl px-4">
        {enhanced ? (
          <button
            type="button"
            aria-expanded={open}
            aria-controls="main-menu"
            onClick={() => setOpen(!open)}
            className="flex w-full items-center justify-between py-2.5 text-sm font-semibold text-white lg:hidden"
          >
            <span>Menu{current ? <span className="font-normal">: {current.label}</span> : null}</span>
            <span aria-hidden="true">{open ? "▲" : "▼"}</span>
          </button>
        ) : null}
        <ul
          id="main-menu"
          className={`${enhanced && !open ? "hidden" : "flex"} flex-col pb-2 lg:flex lg:flex-row lg:flex-wrap lg:pb-0`}
        >
          {items.map((item) => {
            const here = item === current;
            return (
              <li key={item.href} className={isAccountPage(item.href) ? "lg:hidden" : undefined}>
                <Link
                  href={item.href}
                  aria-current={here ? "page" : undefined}
                  className={`block border-l-4 px-3 py-2 text-sm font-semibold whitespace-nowrap text-white lg:border-b-4 lg:border-l-0 lg:px-2 lg:py-2.5 ${here ? "border-amber-400" : "border-transparent hover:border-white/50"}`}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
