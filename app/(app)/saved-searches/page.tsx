import type { Metadata } from "next";
import Link from "next/link";
import { DeleteSavedSearchForm } from "@/components/saved-searches/delete-saved-search-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/dates/format";
import { listSavedSearches } from "@/lib/saved-searches/queries";

export const metadata: Metadata = { title: "Saved searches" };

export default async function SavedSearchesPage() {
  const searches = await listSavedSearches();
  return (
    <>
      <PageHeader
        title="Saved searches"
        description="Searches of the contract register and partner search you saved. With email on, each new contract that matches is emailed to you."
      />
      {searches.length === 0 ? (
        <EmptyState title="No saved searches">
          Search the contract register or partner search, then choose “Save this search”.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {searches.map((s) => (
            <li
              key={s.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-300 bg-white p-4"
            >
              <div>
                <Link href={s.href} className="font-semibold text-brand-700 underline">
                  {s.name}
                </Link>
                <p className="text-sm text-slate-700">
                  {s.page}, saved {formatDate(s.createdAt)}{" "}
                  <Badge tone={s.emailOnNewMatch ? "good" : "neutral"}>
                    {s.emailOnNewMatch ? "Email on new matches" : "No email"}
                  </Badge>
                </p>
              </div>
              <DeleteSavedSearchForm id={s.id} name={s.name} emails={s.emailOnNewMatch} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
