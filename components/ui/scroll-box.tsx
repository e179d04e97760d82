"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A box that scrolls sideways when what it holds (a wide table) is wider than the screen. Only while it
 * does, it is in the tab order, so a keyboard user can scroll it with the arrow keys (WCAG 2.1.1; axe's
 * scrollable-region-focusable) and nobody tabs through a box with nothing to scroll. No role or name of its
 * own: the table inside is what is read, and its caption names it.
 * `relative` keeps screen-reader-only text inside (absolutely positioned) from widening the page.
 */
export function ScrollBox({ className = "", children }: { className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className={`relative overflow-x-auto focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-yellow-400 ${className}`}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}
