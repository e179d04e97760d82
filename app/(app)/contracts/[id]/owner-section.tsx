import { WritePanel } from "@/components/contracts/write-panel";
import { getContractOwnership } from "@/lib/contracts/owner-queries";
import { OwnerForm } from "./owner-form";

/** Who owns the contract (and is sent its alerts), and for writers the form to hand it on. */
export async function OwnerSection({ contractId, canWrite }: { contractId: string; canWrite: boolean }) {
  const ownership = await getContractOwnership(contractId, canWrite);
  if (!ownership) return null;
  return (
    <div className="mt-4 border-t border-slate-200 pt-4">
      <p>
        <span className="font-medium text-slate-700">Owner: </span>
        {ownership.owner ? `${ownership.owner.name} (${ownership.owner.email})` : "No owner yet"}
      </p>
      {canWrite ? (
        <WritePanel summary="Change the owner">
          <OwnerForm
            contractId={ownership.contractId}
            version={ownership.version}
            ownerId={ownership.owner?.id ?? null}
            candidates={ownership.candidates}
          />
        </WritePanel>
      ) : null}
    </div>
  );
}
