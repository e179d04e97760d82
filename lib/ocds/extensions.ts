// The OCDS extensions Partnerscope publishes with, and validates against (schemas in schema/extensions/,
// sources in schema/extensions/SOURCES.md). Find a Tender declares these among its set; the UK extension
// is Find a Tender's own (cabinetoffice/ocds_uk_extension).
import lots from "@/lib/ocds/schema/extensions/lots/release-schema.json";
import metrics from "@/lib/ocds/schema/extensions/metrics/release-schema.json";
import subcontracting from "@/lib/ocds/schema/extensions/subcontracting/release-schema.json";
import suitability from "@/lib/ocds/schema/extensions/suitability/release-schema.json";
import uk from "@/lib/ocds/schema/extensions/uk/release-schema.json";

export type OcdsExtension = { repository: string; url: string; releaseSchemaPatch: object };

const raw = (repository: string, branch: string) =>
  `https://raw.githubusercontent.com/${repository}/${branch}/extension.json`;

/** In merge order: the open-contracting extensions first, then the UK extension that builds on them. */
export const OCDS_EXTENSIONS: readonly OcdsExtension[] = [
  {
    repository: "open-contracting-extensions/ocds_lots_extension",
    url: raw("open-contracting-extensions/ocds_lots_extension", "master"),
    releaseSchemaPatch: lots,
  },
  {
    repository: "open-contracting-extensions/ocds_metrics_extension",
    url: raw("open-contracting-extensions/ocds_metrics_extension", "master"),
    releaseSchemaPatch: metrics,
  },
  {
    repository: "open-contracting-extensions/ocds_suitability_extension",
    url: raw("open-contracting-extensions/ocds_suitability_extension", "master"),
    releaseSchemaPatch: suitability,
  },
  {
    repository: "open-contracting-extensions/ocds_subcontracting_extension",
    url: raw("open-contracting-extensions/ocds_subcontracting_extension", "master"),
    releaseSchemaPatch: subcontracting,
  },
  {
    repository: "cabinetoffice/ocds_uk_extension",
    url: raw("cabinetoffice/ocds_uk_extension", "main"),
    releaseSchemaPatch: uk,
  },
];

/** The URLs a Partnerscope package declares in `extensions`. */
export const PUBLISHED_EXTENSION_URLS = OCDS_EXTENSIONS.map((e) => e.url);

/**
 * The extension a declared URL names, whatever branch or tag it points at (Find a Tender declares
 * `.../master/extension.json`, the UK extension's dependencies `.../v1.1.5/extension.json`).
 */
export function extensionFor(url: string): OcdsExtension | undefined {
  const match = /^https:\/\/raw\.githubusercontent\.com\/([^/]+\/[^/]+)\//i.exec(url);
  return match ? OCDS_EXTENSIONS.find((e) => e.repository.toLowerCase() === match[1]!.toLowerCase()) : undefined;
}
