import "server-only";
import type { Caller } from "@/lib/access/caller";
import { departmentScope } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { noticePackage } from "./releases/common";

/** A notice in the caller's scope as the release package it downloads as (its release as approved), or null. */
export async function noticeExport(caller: Caller, id: string, uri: string) {
  const notice = await db.notice.findFirst({
    where: { id, department: departmentScope(caller) },
    select: { id: true, type: true, departmentId: true, release: true, draftedAt: true, status: true },
  });
  if (!notice) return null;
  return {
    departmentId: notice.departmentId,
    type: notice.type,
    fileName: `partnerscope-${notice.type.toLowerCase()}-${notice.id}.json`,
    releasePackage: noticePackage([notice.release], notice.draftedAt, uri),
  };
}
