import { z } from "zod";
import { dateField, idField, percentField, textField } from "@/lib/actions/fields";

export const MEMBER_ROLES = ["delivery", "specialist", "data", "technology", "training", "other"] as const;

export const AddMemberSchema = z.object({
  contractId: idField("a contract"),
  supplierId: idField("the member"),
  role: textField("the member's role", 100),
  pledgedSharePercent: percentField("the pledged share"),
  joinedOn: dateField("the date it joined"),
});

export const RemoveMemberSchema = z.object({
  contractId: idField("a contract"),
  memberId: idField("the member"),
  leftOn: dateField("the date it left"),
  reason: textField("the reason", 2000),
});
