import { z } from "zod";
import { idField, VersionSchema } from "@/lib/actions/fields";

/** The contract-owner form: which contract, the version the form was opened at, and the new owner. */
export const ChangeOwnerSchema = z.object({
  contractId: idField("the contract"),
  version: VersionSchema,
  ownerId: idField("the new owner from the list"),
});
