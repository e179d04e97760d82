// Every action the audit trail records, named once with its words. A name is `record.verb` (or
// `record.part.verb`), lowercase, words within a part joined by hyphens. Safe for client code.

export const AUDIT_ACTIONS = {
  "contract.create": "Contract created",
  "contract.update": "Contract edited",
  "contract.close": "Contract closed",
  "contract.owner": "Contract owner changed",
  "amendment.create": "Change recorded",
  "performance-failure.create": "Breach or failure to improve recorded",
  "notice.draft": "Notice drafted",
  "notice.approve": "Notice approved",
  "notice.publish": "Notice marked published",
  "partnership.member-add": "Member added",
  "partnership.member-remove": "Member left",
  "kpi.create": "KPI added",
  "kpi.assess": "KPI assessed",
  "social-value.commit": "Social value commitment added",
  "social-value.deliver": "Social value delivery recorded",
  "lot-membership.claim": "Lot claimed",
  "lot-membership.verify": "Lot claim verified",
  "lot-membership.reject": "Lot claim rejected",
  "supplier.register": "Supplier registered",
  "supplier.create": "Supplier created",
  "supplier.update": "Organisation details changed",
  "supplier.merge": "Duplicate supplier merged",
  "supplier.size.declare": "Size declared",
  "supplier.size.verify": "Size declaration verified",
  "supplier.identity.verify": "Identity verified",
  "supplier.identifier.add": "Identifier added",
  "supplier.capability.add": "Capability added",
  "supplier.capability.update": "Capability changed",
  "supplier.capability.remove": "Capability removed",
  "supplier.alias.link": "Supplier name linked",
  "supplier.invitation.create": "Colleague invited",
  "supplier.invitation.accept": "Invitation accepted",
  "department.create": "Department created",
  "supply-chain-return.submit": "Supply-chain return filed",
  "import.upload": "File uploaded for import",
  "import.complete": "Import completed",
  "import.await-matches": "Import waiting for supplier matches",
  "import.party.match": "Supplier matched for an import",
  "job.retry": "Failed job retried",
  "auditor.access.set": "Auditor access granted",
  "auditor.access.revoke": "Auditor access revoked",
  "audit.checkpoint": "Audit checkpoint signed",
  "user.create": "User created",
  "user.create.cli": "User created from the command line",
  "user.invite": "User invited",
  "user.sessions.revoke": "Signed out everywhere",
  "user.password-reset.request": "Password reset requested",
  "user.password-reset": "Password reset",
  "alert-settings.update": "Alert settings changed",
  "saved-search.create": "Search saved",
  "saved-search.delete": "Saved search deleted",
  "seed.demo": "Demo data loaded",
} as const;

/** Exports are recorded as `export.<what>` (spend, audit-trail, ocds, report, contracts, notice, a dashboard table). */
export type ExportAction = `export.${string}`;

export type AuditAction = keyof typeof AUDIT_ACTIONS | ExportAction;

// Names recorded before the convention above (session 10). The trail is append-only, so stored events keep them.
export const FORMER_ACTION_LABELS: Record<string, string> = {
  "performance_failure.create": AUDIT_ACTIONS["performance-failure.create"],
  "partnership.member_add": AUDIT_ACTIONS["partnership.member-add"],
  "partnership.member_remove": AUDIT_ACTIONS["partnership.member-remove"],
  "social_value.commit": AUDIT_ACTIONS["social-value.commit"],
  "social_value.deliver": AUDIT_ACTIONS["social-value.deliver"],
};
