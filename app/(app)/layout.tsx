import Link from "next/link";
import type { ReactNode } from "react";
import { MainNav } from "@/components/shell/main-nav";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { requireUser } from "@/lib/auth/caller";
import { navigationFor } from "@/lib/auth/navigation";
import { ROLE_LABELS } from "@/lib/auth/roles";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const caller = await requireUser();
  return (
    <>
      <header className="bg-brand-900 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-xl font-bold tracking-tight">
            Partnerscope
          </Link>
          <div className="flex items-center gap-4 text-sm">
            <span>
              <span className="font-semibold">{caller.name}</span> · {ROLE_LABELS[caller.role]}
            </span>
            <SignOutButton />
          </div>
        </div>
        <MainNav items={navigationFor(caller.role, caller.supplierId)} />
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
