"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The GOV.UK success banner: what was just saved, in words, focused when it appears so it is read out
 * and scrolled to (https://design-system.service.gov.uk/components/notification-banner/).
 */
export function NotificationBanner({
  message,
  id = "success-banner",
  children,
}: {
  message: string;
  id?: string;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [message]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      aria-labelledby={`${id}-title`}
      className="rounded border-4 border-green-800 bg-white text-slate-900 focus:outline-4 focus:outline-offset-0 focus:outline-yellow-400"
    >
      <h2 id={`${id}-title`} className="bg-green-800 px-4 py-1 font-semibold text-white">
        Success
      </h2>
      <div className="px-4 py-3">
        <p className="text-lg font-semibold [overflow-wrap:anywhere]">{message}</p>
        {children}
      </div>
    </div>
  );
}
