// The release for the duty a notice answers: one builder per notice type.
import { ukCalendarDate } from "@/lib/dates/uk-date";
import { endedOn, type Obligation } from "@/lib/notices/obligations";
import { buildUk10 } from "./change-notice";
import { buildUk11, buildUk7 } from "./contract-notices";
import { buildUk9 } from "./performance-notice";
import type { NoticeContract } from "./source";

export function contractNoticeRelease(c: NoticeContract, duty: Obligation, draftedAt: Date) {
  const subject = {
    obligationKey: duty.key,
    amendmentId: duty.amendmentId,
    performanceFailureId: duty.performanceFailureId,
    draftedAt,
  };
  switch (duty.type) {
    case "UK7":
      return buildUk7(c, { ...subject, type: "UK7" });
    case "UK9":
      return buildUk9(c, { ...subject, type: "UK9" });
    case "UK10":
      return buildUk10(c, { ...subject, type: "UK10" });
    case "UK11": {
      const ended = endedOn({ ...c, kpiCount: c.kpis.length }, ukCalendarDate(draftedAt));
      if (!ended) throw new Error(`Contract ${c.id} has not ended`);
      return buildUk11(c, { ...subject, type: "UK11" }, ended);
    }
    case "UK1":
      throw new Error("A pipeline notice is the department's, not a contract's");
  }
}
