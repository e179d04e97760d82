// An OCDS release package import: refused whole (with the JSON path of each problem) when it lacks
// what the import needs; otherwise every new release applied in one transaction, oldest first per
// ocid, with the Import record and its audit event. Releases already applied are skipped by id.
import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
import { applyRelease } from "./apply-release";
import { inReleaseOrder, readReleasePackage, type OcdsIssue } from "./read-package";
import { validateReleasePackage } from "./validate";

type Actor = { id: string | null; email: string } | null;

export type OcdsImportResult = {
  importId: string;
  status: "COMPLETED" | "REJECTED";
  releasesRead: number;
  releasesApplied: number;
  duplicatesSkipped: number;
  contractsCreated: number;
  contractsUpdated: number;
  problems: OcdsIssue[];
  warnings: OcdsIssue[];
};

const asErrors = (issues: OcdsIssue[], severity: "error" | "warning") =>
  issues.map((i) => ({ row: 0, column: i.path, value: "", message: i.message, severity })) as unknown as Prisma.InputJsonValue;

export async function importOcdsPackage(prisma: PrismaClient, input: { text: string; fileName: string; actor: Actor; createdById: string | null }): Promise<OcdsImportResult> {
  const record = await prisma.import.create({
    data: { kind: "OCDS", fileName: input.fileName, fileSha256: createHash("sha256").update(input.text).digest("hex"), createdById: input.createdById },
  });
  let pkg: unknown;
  try {
    pkg = JSON.parse(input.text);
  } catch (error) {
    pkg = undefined;
    const problems = [{ path: "$", message: `Not JSON: ${(error as Error).message}` }];
    return reject(prisma, record.id, problems);
  }
  const { problems, warnings, releases } = readReleasePackage(pkg);
  // Schema deviations the import does not depend on (formats, codelists) are reported, not fatal.
  const known = new Set([...problems, ...warnings].map((i) => i.path));
  for (const message of validateReleasePackage(pkg).errors) {
    const path = message.split(" ")[0]!.replace(/^\//, "").replace(/\/(\d+)(?=\/|$)/g, "[$1]").replace(/\//g, ".");
    if (![...known].some((k) => path.startsWith(k) || k.startsWith(path))) warnings.push({ path, message: `Schema: ${message.slice(message.indexOf(" ") + 1)}` });
  }
  if (problems.length > 0) return reject(prisma, record.id, problems, warnings);

  const result = await prisma.$transaction(async (tx) => {
    const seen = new Set((await tx.ocdsRelease.findMany({ where: { releaseId: { in: releases.map((r) => r.releaseId) } }, select: { releaseId: true } })).map((r) => r.releaseId));
    let applied = 0, created = 0, updated = 0, duplicates = 0;
    for (const release of inReleaseOrder(releases)) {
      if (seen.has(release.releaseId)) {
        duplicates += 1;
        continue;
      }
      seen.add(release.releaseId);
      // A release older than one already applied for its ocid is recorded but changes nothing.
      const latest = await tx.ocdsRelease.findFirst({ where: { ocid: release.ocid }, orderBy: { releaseDate: "desc" } });
      let contractId = latest?.contractId ?? null;
      if (!latest || latest.releaseDate <= release.date) {
        const at = `releases[${releases.indexOf(release)}]`;
        const outcome = await applyRelease(tx, release, at);
        warnings.push(...outcome.warnings);
        contractId = outcome.contractId;
        if (outcome.action === "created") created += 1;
        if (outcome.action === "updated") updated += 1;
      }
      await tx.ocdsRelease.create({
        data: { releaseId: release.releaseId, ocid: release.ocid, releaseDate: release.date, smeSuitable: release.smeSuitable, contractId, importId: record.id },
      });
      applied += 1;
    }
    await tx.import.update({
      where: { id: record.id },
      data: { status: "COMPLETED", rowsRead: releases.length, rowsWritten: applied, duplicatesSkipped: duplicates, errors: asErrors(warnings, "warning"), completedAt: new Date() },
    });
    await recordAudit(tx, {
      actor: input.actor, action: "import.complete", entityType: "Import", entityId: record.id,
      after: { kind: "OCDS", fileName: input.fileName, releasesRead: releases.length, releasesApplied: applied, duplicatesSkipped: duplicates, contractsCreated: created, contractsUpdated: updated },
    });
    return { importId: record.id, status: "COMPLETED" as const, releasesRead: releases.length, releasesApplied: applied, duplicatesSkipped: duplicates, contractsCreated: created, contractsUpdated: updated, problems: [], warnings };
  }, { maxWait: 60_000, timeout: 10 * 60_000 });
  // The dashboards follow the contracts the releases created or changed (lock-in, renewals, spend by lot).
  const touched = await prisma.$queryRaw<{ departmentId: string }[]>`
    SELECT DISTINCT c."departmentId" FROM "OcdsRelease" r JOIN "Contract" c ON c.id = r."contractId" WHERE r."importId" = ${record.id}`;
  await refreshSpendAggregates(prisma, { departmentIds: touched.map((t) => t.departmentId), bulk: true });
  return result;
}

async function reject(prisma: PrismaClient, importId: string, problems: OcdsIssue[], warnings: OcdsIssue[] = []): Promise<OcdsImportResult> {
  await prisma.import.update({
    where: { id: importId },
    data: { status: "REJECTED", errors: [...(asErrors(problems, "error") as unknown[]), ...(asErrors(warnings, "warning") as unknown[])] as Prisma.InputJsonValue, completedAt: new Date() },
  });
  return { importId, status: "REJECTED", releasesRead: 0, releasesApplied: 0, duplicatesSkipped: 0, contractsCreated: 0, contractsUpdated: 0, problems, warnings };
}
