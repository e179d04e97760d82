"use client";

import { startTransition, useActionState, type FormHTMLAttributes, type ReactNode } from "react";
import { FieldIdPrefix } from "@/components/ui/form-context";
import { idle, type ActionState } from "@/lib/actions/state";

type Action<S extends ActionState> = (prev: S, formData: FormData) => Promise<S>;

/**
 * The one form of the app (GOV.UK pattern): bound to a server action, `noValidate` so the server's
 * messages in words are the only ones, and it keeps what the user typed when the server refuses it
 * (React resets a form after a plain form action; WCAG 2.2, 3.3.7 Redundant Entry). Put `<FormMessage
 * state={state} />` first among the children: it is the error summary after a failed submit and the
 * success banner after a save that stays on the page. Without JavaScript it still posts to the action.
 */
export function ActionForm<S extends ActionState = ActionState>({
  action,
  idPrefix = "",
  confirm,
  children,
  ...rest
}: {
  action: Action<S>;
  idPrefix?: string;
  /** A question to confirm before submitting (an action that loses data), e.g. "Remove Cloud hosting?". */
  confirm?: string;
  children: (state: S, pending: boolean) => ReactNode;
} & Omit<FormHTMLAttributes<HTMLFormElement>, "action" | "children" | "onSubmit">) {
  const [state, formAction, pending] = useActionState<S, FormData>(action, idle as Awaited<S>);
  return (
    <form
      {...rest}
      action={formAction}
      noValidate
      aria-busy={pending}
      onSubmit={(event) => {
        event.preventDefault();
        if (confirm && !window.confirm(confirm)) return;
        const formData = new FormData(event.currentTarget);
        startTransition(() => formAction(formData));
      }}
    >
      <FieldIdPrefix value={idPrefix}>{children(state, pending)}</FieldIdPrefix>
    </form>
  );
}
