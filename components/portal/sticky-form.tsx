"use client";

import { useTransition, type ReactNode } from "react";

/**
 * A form that keeps what was typed when the server returns errors. React resets a form after its action runs,
 * which would make people enter everything again (WCAG 2.2, 3.3.7 Redundant Entry). With JavaScript the
 * submission is dispatched here without the reset; without it the plain form action still works.
 */
export function StickyForm({ action, children, className }: { action: (formData: FormData) => void; children: ReactNode; className?: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <form
      action={action}
      aria-busy={pending}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => action(formData));
      }}
    >
      {children}
    </form>
  );
}
