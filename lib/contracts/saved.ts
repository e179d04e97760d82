import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { rememberNotice } from "@/lib/flash/remember-notice";
import type { Notice } from "@/lib/flash/notices";
import type { ContractChange } from "@/lib/insight/refresh-contract";
import { refreshInsightSoon } from "@/lib/insight/refresh-soon";

/** The part of the contract page a save returns to. */
export type ContractSection = "partnership" | "amendments" | "kpis";

// What a save in each section changes in the dashboards' stored figures; an amendment changes the
// contract's terms (value, end date), as does a save without a section.
const CHANGED: Record<ContractSection, ContractChange> = {
  partnership: "partnership",
  amendments: "contract",
  kpis: "kpis",
};
const SAVED: Record<ContractSection, Notice> = {
  partnership: "partnership-saved",
  amendments: "amendment-recorded",
  kpis: "kpis-saved",
};

/**
 * The end of every action that saved a contract or something on it: what the save changed in the
 * dashboards is brought up to date after the response, the contract's page and the register (whose
 * rows show the contract) are re-rendered, and the person goes back to the contract, at the section
 * they changed, where the success banner says what was saved.
 */
export async function returnToSavedContract(
  contractId: string,
  section?: ContractSection,
  notice?: Notice,
): Promise<never> {
  await rememberNotice(notice ?? (section ? SAVED[section] : "contract-saved"));
  await refreshInsightSoon({ contractId, change: section ? CHANGED[section] : "contract" });
  revalidatePath("/contracts");
  revalidatePath(`/contracts/${contractId}`);
  redirect(`/contracts/${contractId}${section ? `#${section}` : ""}`);
}
