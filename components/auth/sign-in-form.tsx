"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(formData: FormData) {
    setError(null);
    startTransition(async () => {
      const result = await signIn("credentials", {
        email: String(formData.get("email") ?? ""),
        password: String(formData.get("password") ?? ""),
        redirect: false,
      });
      if (result?.error === "THROTTLED") {
        setError("Too many failed attempts. Wait a few minutes and try again, or ask your administrator to help.");
        return;
      }
      if (result?.error === "UNAVAILABLE") {
        setError("Signing in is not working just now. Try again in a minute.");
        return;
      }
      if (!result || result.error) {
        // One message whatever went wrong: it must not reveal which accounts exist.
        setError("Email or password is wrong.");
        return;
      }
      router.replace(safeCallbackUrl(callbackUrl));
      router.refresh();
    });
  }

  return (
    <form action={submit} className="space-y-5" noValidate={false}>
      {error ? (
        <div role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900" id="sign-in-error">
          {error}
        </div>
      ) : null}
      <div>
        <label htmlFor="email" className="block font-medium text-slate-900">
          Email address
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-describedby={error ? "sign-in-error" : undefined}
          className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium text-slate-900">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
