// An OCDS release package import: refused whole (with the JSON path of each problem) when it lacks
// what the import needs; otherwise every new release applied in one transaction, oldest first per
// ocid, with the Import record, its summary (what was read against what was recorded) and one
// audit event listing every record created or changed. Releases already applied are skipped by id.
// Entry point for the upload action, the CLI and the background job: keep its signature stable.
import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "@prisma/client";
import { recordAudit, withAuditAtEnd } from "@/lib/audit/record";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
import { applyRelease } from "./apply-release";
import { ImportTally } from "./import-tally";
import { readRecorded } from "./import-recorded";
import { asErrors, rejectImport, type OcdsImportResult } from "./import-result";
import { awaitMatches } from "./import-waiting";
import { AwaitingMatches, decisionsOf, matchQueueOf } from "./match-queue";
import { inReleaseOrder, readReleasePackage } from "./read-package";
import { validateReleasePackage } from "./validate";

type Actor = { id: string | null; email: string } | null;

/** `importId`: an Import already recorded for the file (an uploaded package's job); else one is created. */
export async function importOcdsPackage(
  prisma: PrismaClient,
  input: { text: string; fileName: string; actor: Actor; createdById: string | null; importId?: string },
): Promise<OcdsImportResult> {
  const record = input.importId
    ? await prisma.import.update({ where: { id: input.importId }, data: { status: "PARSING" } })
    : await prisma.import.create({
        data: {
          kind: "OCDS",
          fileName: input.fileName,
          fileSha256: createHash("sha256").update(input.text).digest("hex"),
          createdById: input.createdById,
        },
      });
  let pkg: unknown;
  try {
    pkg = JSON.parse(input.text);
  } catch (error) {
    return rejectImport(prisma, record.id, [{ path: "$", message: `Not JSON: ${(error as Error).message}` }]);
  }
  const { problems, warnings, releases } = readReleasePackage(pkg);
  // Schema deviations the import does not depend on (formats, codelists) are reported, not fatal.
  const known = new Set([...problems, ...warnings].map((i) => i.path));
  for (const message of validateReleasePackage(pkg).errors) {
    const path = message
      .split(" ")[0]!
      .replace(/^\//, "")
      .replace(/\/(\d+)(?=\/|$)/g, "[$1]")
      .replace(/\//g, ".");
    if (![...known].some((k) => path.startsWith(k) || k.startsWith(path)))
      warnings.push({ path, message: `Schema: ${message.slice(message.indexOf(" ") + 1)}` });
  }
  if (problems.length > 0) return rejectImport(prisma, record.id, problems, warnings);

  // A package that waited for supplier matches runs again with the administrator's decisions.
  const queueBefore = matchQueueOf(record.summary);
  const tally = new ImportTally(decisionsOf(queueBefore));
  tally.warnings.push(...warnings);
  const summary = await prisma
    .$transaction(
      async (tx) => {
        // One OCDS import at a time: two uploads of one package would otherwise both find its releases new.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('partnerscope:ocds-import'))`;
        const seen = new Set(
          (
            await tx.ocdsRelease.findMany({
              where: { releaseId: { in: releases.map((r) => r.releaseId) } },
              select: { releaseId: true },
            })
          ).map((r) => r.releaseId),
        );
        // The releases' own audit events (suppliers, identifiers) are appended after them all: the audit chain's
        // lock is then held for the end of the import only, not while every release is applied.
        await withAuditAtEnd(tx, async () => {
          for (const release of inReleaseOrder(releases)) {
            if (seen.has(release.releaseId)) {
              tally.duplicatesSkipped += 1;
              continue;
            }
            seen.add(release.releaseId);
            // A release older than one already applied for its ocid is recorded but changes nothing.
            const latest = await tx.ocdsRelease.findFirst({
              where: { ocid: release.ocid },
              orderBy: { releaseDate: "desc" },
            });
            let contractId = latest?.contractId ?? null;
            if (!latest || latest.releaseDate <= release.date)
              contractId = (await applyRelease(tx, release, tally)) ?? contractId;
            else tally.olderReleasesRecorded += 1;
            await tx.ocdsRelease.create({
              data: {
                releaseId: release.releaseId,
                ocid: release.ocid,
                releaseDate: release.date,
                smeSuitable: release.smeSuitable,
                contractId,
                importId: record.id,
              },
            });
            tally.releasesApplied += 1;
          }
        });
        // A party the supplier rule would not place: nothing of the package is written (decision 013).
        if (tally.queued.size > 0) throw new AwaitingMatches([...tally.queued.values()]);
        const summary = {
          ...tally.summary(releases.length, await readRecorded(tx, tally)),
          supplierMatches: queueBefore.flatMap((p) => (p.decision ? [{ name: p.name, ...p.decision }] : [])),
        };
        await tx.import.update({
          where: { id: record.id },
          data: {
            status: "COMPLETED",
            rowsRead: releases.length,
            rowsWritten: tally.releasesApplied,
            duplicatesSkipped: tally.duplicatesSkipped,
            totalAmount: summary.awardValueRecorded,
            errors: asErrors(tally.warnings, "warning"),
            summary: summary as unknown as Prisma.InputJsonValue,
            completedAt: new Date(),
          },
        });
        await recordAudit(tx, {
          actor: input.actor,
          action: "import.complete",
          entityType: "Import",
          entityId: record.id,
          after: {
            kind: "OCDS",
            fileName: input.fileName,
            releasesRead: releases.length,
            releasesApplied: tally.releasesApplied,
            duplicatesSkipped: tally.duplicatesSkipped,
            // Every record the import created or changed, by id: the audit trail names each one.
            contractsCreated: summary.contracts.created.map((c) => c.id),
            contractsUpdated: summary.contracts.updated.map((c) => c.id),
            frameworksCreated: summary.frameworks.created.map((f) => f.id),
            suppliersCreated: summary.suppliers.created.map((s) => s.id),
            departmentsCreated: summary.departmentsCreated.map((d) => d.id),
            amendmentsCreated: summary.amendmentIds,
            // The administrator's answers to the match queue the package waited on.
            supplierMatches: summary.supplierMatches,
          },
        });
        return summary;
      },
      { maxWait: 60_000, timeout: 10 * 60_000 },
    )
    .catch((error: unknown) => {
      if (error instanceof AwaitingMatches) return error;
      throw error;
    });
  if (summary instanceof AwaitingMatches)
    return awaitMatches(
      prisma,
      { importId: record.id, text: input.text, actor: input.actor },
      queueBefore,
      summary.parties,
      tally.warnings,
      releases.length,
    );
  // The dashboards follow the contracts the releases created or changed (lock-in, renewals, spend by lot).
  const touched = await prisma.contract.findMany({
    where: { id: { in: [...tally.contractIds] } },
    select: { departmentId: true },
    distinct: ["departmentId"],
  });
  await refreshSpendAggregates(prisma, { departmentIds: touched.map((t) => t.departmentId), bulk: true });
  return {
    importId: record.id,
    status: "COMPLETED",
    releasesRead: releases.length,
    releasesApplied: tally.releasesApplied,
    duplicatesSkipped: tally.duplicatesSkipped,
    contractsCreated: summary.contracts.created.length,
    contractsUpdated: summary.contracts.updated.length,
    problems: [],
    warnings: tally.warnings,
    summary,
    matchQueue: [],
  };
}
