import { Badge } from "@/components/ui/badge";
import { SIZE_CLASS_LABELS } from "@/lib/suppliers/schema";
import { declarationAsAt } from "@/lib/suppliers/size";
import { formatDate } from "@/lib/dates/format";

type Declaration = { asOf: Date; sizeClass: keyof typeof SIZE_CLASS_LABELS; isSme: boolean };

/** The supplier's size as declared on a date (e.g. contract award), not only as it is today. */
export function SizeBadge({
  declarations,
  asAt,
  isVcse,
}: {
  declarations: Declaration[];
  asAt: Date;
  isVcse?: boolean;
}) {
  const declaration = declarationAsAt(declarations, asAt);
  return (
    <span className="inline-flex flex-wrap gap-1">
      {declaration ? (
        <Badge
          tone={declaration.isSme ? "good" : "neutral"}
          title={`Declared ${formatDate(declaration.asOf)}, in force on ${formatDate(asAt)}`}
        >
          {declaration.isSme ? `SME (${SIZE_CLASS_LABELS[declaration.sizeClass].toLowerCase()})` : "Large"}
        </Badge>
      ) : (
        <Badge tone="warn" title={`No size declaration in force on ${formatDate(asAt)}`}>
          Size unknown
        </Badge>
      )}
      {isVcse ? <Badge tone="info">VCSE</Badge> : null}
    </span>
  );
}
