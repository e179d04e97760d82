import "server-only";
import { savedSearchMatchJob } from "@/lib/jobs/definitions/saved-search-match";
import { sendJob } from "@/lib/jobs/send";

/**
 * After a contract is created (and committed): its saved-search matches are found by a job. The contract
 * is saved whatever happens here; a queue that is not answering loses only this contract's emails, logged.
 */
export async function matchSavedSearchesSoon(contractId: string): Promise<void> {
  await sendJob(savedSearchMatchJob, { contractId }).catch((error: unknown) => {
    console.error(
      `[saved-searches] could not queue matching for contract ${contractId}: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
}
