import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { AttentionItem } from "@/lib/overview/attention";

/** What is waiting for the signed-in person, each item a link to where to deal with it. */
export function AttentionCard({ items }: { items: AttentionItem[] }) {
  return (
    <Card title="Needs your attention" className="mb-6">
      {items.length === 0 ? (
        <p className="text-slate-700">Nothing is waiting for you.</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {items.map((item) => (
            <li key={item.key} className="py-2">
              <Link href={item.href} className="font-semibold text-brand-700 underline">
                {item.text}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
