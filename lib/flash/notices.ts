// What a save says on the page it lands on. A short-lived cookie carries only a key from this list and a
// stamp ("kpis-saved.1764600000000"), never text, so nothing crafted can put words on the page.
// Safe for client code. See docs/decisions/060-success-banner-after-a-save.md.

export const NOTICES = {
  "contract-created": "Contract created",
  "contract-saved": "Contract saved",
  "contract-closed": "Contract closed",
  "owner-changed": "Owner changed: alerts for this contract now go to the new owner",
  "partnership-saved": "Partnership saved",
  "amendment-recorded": "Amendment recorded",
  "kpis-saved": "KPIs and ratings saved",
  "social-value-saved": "Social value saved",
  "notice-drafted": "Notice drafted. It needs approval by a second person in the department",
  "notice-approved": "Notice approved. Publish it on Find a Tender, then record its notice id here",
  "notice-published": "Notice marked as published",
  "saved-search-deleted": "Saved search deleted: no more emails come from it",
  "supplier-matched": "Supplier matched: this name in later files will match it too",
  "supplier-added-from-import":
    "Supplier added to the register and matched: this name in later files will match it too",
  "suppliers-merged": "Duplicate merged into this supplier and the figures recomputed",
  "account-ready": "Your account is ready. Sign in with your email address and password.",
  "password-changed": "Your password is changed. Sign in with your new password.",
} as const satisfies Record<string, string>;

export type Notice = keyof typeof NOTICES;
export const NOTICE_COOKIE = "ps-saved";

/** The cookie's value as a notice and its stamp (each save has its own, so two alike both show). */
export function parseNotice(value: string | undefined): { notice: Notice; stamp: string } | null {
  const match = /^([a-z-]+)\.(\d{1,16})$/.exec(value ?? "");
  if (!match || !Object.hasOwn(NOTICES, match[1]!)) return null;
  return { notice: match[1] as Notice, stamp: match[2]! };
}
