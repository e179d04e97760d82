import Link from "next/link";
import type { ReactNode } from "react";
import { AccountNav } from "@/components/shell/account-nav";
import { FlashBanner } from "@/components/shell/flash-banner";
import { MainNav } from "@/components/shell/main-nav";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { requireUser } from "@/lib/access/caller";
import { navigationFor } from "@/lib/access/navigation";
import { pendingNotice } from "@/lib/flash/pending-notice";
import { ROLE_LABELS } from "@/lib/access/roles";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const caller = await requireUser();
  const navigation = navigationFor(caller.role, caller.supplierId);
  return (
    <>
      <header className="bg-brand-900 text-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-3 px-4 py-2 sm:py-3">
          <Link href="/" className="text-lg font-bold tracking-tight sm:text-xl">
            Partnerscope
          </Link>
          <div className="flex min-w-0 items-center gap-3 text-sm sm:gap-4">
            <span className="min-w-0 truncate">
              <span className="font-semibold">{caller.name}</span>
              <span className="hidden sm:inline"> · {ROLE_LABELS[caller.role]}</span>
            </span>
            <AccountNav items={navigation} />
            <SignOutButton />
          </div>
        </div>
        <MainNav items={navigation} />
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-5 sm:py-8">
        <FlashBanner cookie={await pendingNotice()} />
        {children}
      </main>
    </>
  );
}
