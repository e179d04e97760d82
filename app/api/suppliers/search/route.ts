import { listSupplierChoices } from "@/lib/partner-search/queries";
import { SupplierChoiceParamsSchema } from "@/lib/partner-search/schema";

export const dynamic = "force-dynamic";

/** GET /api/suppliers/search?q=…[&lotId=…]: up to 20 suppliers (with lotId, those verified on the lot) for the lead partner and member pickers (contract writers only). */
export async function GET(request: Request) {
  const { q, lotId } = SupplierChoiceParamsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const suppliers = await listSupplierChoices(q, lotId);
  return Response.json({ suppliers }, { headers: { "Cache-Control": "private, no-store" } });
}
