"use client";

import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { verifySizeDeclaration, verifySupplierIdentity } from "@/lib/suppliers/actions";

type Declaration = { id: string; label: string };

/** Administrators: what this supplier says of itself that nobody has checked yet, and merging a duplicate. */
export function SupplierVerification({
  supplierId,
  identityUnverified,
  declarations,
}: {
  supplierId: string;
  identityUnverified: boolean;
  declarations: Declaration[];
}) {
  return (
    <div className="space-y-4">
      {identityUnverified ? (
        <ActionForm action={verifySupplierIdentity} idPrefix="identity-" className="space-y-2">
          {(state, pending) => (
            <>
              <FormMessage state={state} />
              <p className="text-slate-800">
                This organisation registered itself. Until its name and Companies House number are checked, spend files
                never match it by name alone.
              </p>
              <input type="hidden" name="supplierId" value={supplierId} />
              <SubmitButton pending={pending} pendingText="Verifying…">
                Verify identity
              </SubmitButton>
            </>
          )}
        </ActionForm>
      ) : null}
      {declarations.map((d) => (
        <ActionForm key={d.id} action={verifySizeDeclaration} idPrefix={`size-${d.id}-`} className="space-y-2">
          {(state, pending) => (
            <>
              <FormMessage state={state} />
              <p className="text-slate-800">Size declared by the supplier: {d.label}</p>
              <input type="hidden" name="declarationId" value={d.id} />
              <SubmitButton pending={pending} pendingText="Verifying…">
                Verify this declaration
              </SubmitButton>
            </>
          )}
        </ActionForm>
      ))}
      {!identityUnverified && declarations.length === 0 ? (
        <p className="text-slate-800">Nothing waits to be verified.</p>
      ) : null}
      <p>
        <Link className="text-brand-700 underline" href={`/suppliers/${supplierId}/merge`}>
          Merge a duplicate into this supplier
        </Link>
      </p>
    </div>
  );
}
