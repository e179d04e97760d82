import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { refreshInsightSoon } from "@/lib/insight/refresh-soon";

/** The part of the contract page a save returns to. */
export type ContractSection = "partnership" | "amendments" | "kpis";

/**
 * The end of every action that saved a contract or something on it: the dashboards are brought up to
 * date after the response, the contract's page (and the register, whose rows show the contract) are
 * re-rendered, and the person goes back to the contract, at the section they changed.
 */
export async function returnToSavedContract(contractId: string, section?: ContractSection): Promise<never> {
  await refreshInsightSoon({ contractId });
  revalidatePath("/contracts");
  revalidatePath(`/contracts/${contractId}`);
  redirect(`/contracts/${contractId}${section ? `#${section}` : ""}`);
}
