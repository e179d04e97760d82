"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { NOTICE_COOKIE, NOTICES, parseNotice } from "@/lib/flash/notices";

/** Where the banner goes: at the top of the section the save returned to (`#kpis`), else of the page. */
function sectionSlot(): HTMLElement | null {
  const section = window.location.hash
    ? document.getElementById(decodeURIComponent(window.location.hash.slice(1)))
    : null;
  if (!section) return null;
  const slot = document.createElement("div");
  slot.className = "mb-4";
  section.prepend(slot);
  return slot;
}

/**
 * The success banner on the page a save redirected to. The layout reads the notice cookie (the action's
 * redirect re-renders it) and passes it here; the banner clears the cookie so a reload does not repeat it,
 * and stays until the person moves to another page.
 */
export function FlashBanner({ cookie }: { cookie?: string }) {
  const pathname = usePathname();
  const [shown, setShown] = useState<{ cookie: string; pathname: string; slot: HTMLElement | null } | null>(null);

  useEffect(() => {
    if (!cookie || !parseNotice(cookie)) return;
    document.cookie = `${NOTICE_COOKIE}=; Max-Age=0; path=/; SameSite=Lax`;
    // The banner's place is a DOM node in the section saved to, made after the page rendered: state set from the DOM.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShown((previous) => {
      previous?.slot?.remove();
      return { cookie, pathname: window.location.pathname, slot: sectionSlot() };
    });
  }, [cookie]);

  const parsed = shown && shown.pathname === pathname ? parseNotice(shown.cookie) : null;
  if (!shown || !parsed) return null;
  const banner = <NotificationBanner key={parsed.stamp} message={NOTICES[parsed.notice]} id="saved-banner" />;
  return shown.slot ? createPortal(banner, shown.slot) : <div className="mb-6">{banner}</div>;
}
