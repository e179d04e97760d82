import Link from "next/link";
import type { Column } from "@/components/ui/data-table";

// Columns every list of suppliers shares (the register, partner search): the name linking to the
// supplier's page, and the region; both sortable by the server under the same keys.

export function supplierNameColumn<Row extends { id: string; legalName: string }>(): Column<Row> {
  return {
    key: "name",
    header: "Supplier",
    sortKey: "legalName",
    cell: (s) => (
      <Link href={`/suppliers/${s.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
        {s.legalName}
      </Link>
    ),
  };
}

export function supplierRegionColumn<Row extends { region: string | null }>(): Column<Row> {
  return { key: "region", header: "Region", sortKey: "region", cell: (s) => s.region ?? "—" };
}
