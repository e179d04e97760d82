"use client";

import { startTransition, useActionState, type FormHTMLAttributes, type ReactNode } from "react";
import { FieldIdPrefix } from "@/components/ui/form";
import { idle, type ActionState } from "@/lib/actions/state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A form bound to a server action that keeps what the user typed when the server refuses it (React
 * resets a form after a plain form action). Without JavaScript it still posts to the action.
 */
export function ActionForm({ action, idPrefix = "", children, ...rest }: { action: Action; idPrefix?: string; children: (state: ActionState, pending: boolean) => ReactNode } & Omit<FormHTMLAttributes<HTMLFormElement>, "action" | "children" | "onSubmit">) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form
      {...rest}
      action={formAction}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => formAction(formData));
      }}
    >
      <FieldIdPrefix value={idPrefix}>{children(state, pending)}</FieldIdPrefix>
    </form>
  );
}
