// What an OCDS package import answers, and the refusal of a whole package: the Import record marked
// REJECTED with every problem and warning, by JSON path, and nothing else written.
import type { Prisma, PrismaClient } from "@prisma/client";
import type { OcdsImportSummary } from "./import-tally";
import type { QueuedParty } from "./match-queue";
import type { OcdsIssue } from "./release-facts";

export type OcdsImportResult = {
  importId: string;
  /** AWAITING_MATCHES: nothing written; an administrator matches `matchQueue` first (decision 013). */
  status: "COMPLETED" | "REJECTED" | "AWAITING_MATCHES";
  releasesRead: number;
  releasesApplied: number;
  duplicatesSkipped: number;
  contractsCreated: number;
  contractsUpdated: number;
  problems: OcdsIssue[];
  warnings: OcdsIssue[];
  summary: OcdsImportSummary | null;
  matchQueue: QueuedParty[];
};

/** Issues in the Import record's errors column (the shape the spend imports write, the path as the column). */
export const asErrors = (issues: OcdsIssue[], severity: "error" | "warning") =>
  issues.map((i) => ({
    row: 0,
    column: i.path,
    value: "",
    message: i.message,
    severity,
  })) as unknown as Prisma.InputJsonValue;

export async function rejectImport(
  prisma: PrismaClient,
  importId: string,
  problems: OcdsIssue[],
  warnings: OcdsIssue[] = [],
): Promise<OcdsImportResult> {
  await prisma.import.update({
    where: { id: importId },
    data: {
      status: "REJECTED",
      errors: [
        ...(asErrors(problems, "error") as unknown[]),
        ...(asErrors(warnings, "warning") as unknown[]),
      ] as Prisma.InputJsonValue,
      completedAt: new Date(),
    },
  });
  return {
    importId,
    status: "REJECTED",
    releasesRead: 0,
    releasesApplied: 0,
    duplicatesSkipped: 0,
    contractsCreated: 0,
    contractsUpdated: 0,
    problems,
    warnings,
    summary: null,
    matchQueue: [],
  };
}
