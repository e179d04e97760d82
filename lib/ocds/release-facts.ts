// The facts Partnerscope records from an OCDS release, as lib/ocds/read-package.ts reads them: a release
// can carry several lots, awards and contracts, and an award can name many suppliers.
import type { OcdsOrganisation, OcdsPeriod } from "./read-parts";

export type { OcdsIssue, OcdsOrganisation, OcdsPeriod } from "./read-parts";

export type OcdsMethod = "OPEN" | "SELECTIVE" | "LIMITED" | "DIRECT";
export type OcdsLotFacts = { id: string; title: string | null; value: string | null };
export type OcdsAwardFacts = {
  awardId: string;
  path: string;
  status: string | null;
  title: string | null;
  value: string | null;
  date: Date | null;
  period: OcdsPeriod | null;
  /** In publication order: the first is the lead partner of a joint award. */
  suppliers: OcdsOrganisation[];
  relatedLots: string[];
};
export type OcdsContractFacts = {
  contractId: string;
  path: string;
  awardId: string | null;
  title: string | null;
  value: string | null;
  period: OcdsPeriod | null;
  dateSigned: Date | null;
  status: string | null;
};

export type OcdsReleaseFacts = {
  ocid: string;
  releaseId: string;
  /** The release's own moment: releases of an ocid apply in this order. */
  date: Date;
  /** Where the release sits in the file, for JSON paths. */
  index: number;
  tags: string[];
  buyer: { name: string; identifier: string | null } | null;
  title: string | null;
  description: string | null;
  procurementMethod: OcdsMethod | null;
  procurementMethodDetails: string | null;
  numberOfTenderers: number | null;
  smeSuitable: boolean | null;
  /** The tender sets up a framework agreement or dynamic purchasing system. */
  framework: boolean;
  lots: OcdsLotFacts[];
  awards: OcdsAwardFacts[];
  contracts: OcdsContractFacts[];
};
