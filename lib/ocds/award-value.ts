// The award and current value a contract takes from a release. As published: the award value from the
// award (the contract's, said so, when the award states none), the current value from the contract. A
// release silent about both keeps what an earlier release stated. An award whose value nobody has
// published yet (Contracts Finder and Find a Tender publish some awards without one, the value coming in a
// later release or on the contract) is held: no contract, never £0 or a guess, listed in the import's
// result as waiting for its value, and recorded when a release states it (decision 014).
import type { Prisma } from "@prisma/client";
import type { ImportTally } from "./import-tally";
import type { OcdsAwardFacts, OcdsContractFacts, OcdsReleaseFacts } from "./release-facts";

type Unit = { key: string; award: OcdsAwardFacts; contract: OcdsContractFacts | null };
type Stored = { awardValue: Prisma.Decimal; currentValue: Prisma.Decimal } | null;

export function contractValues(
  release: OcdsReleaseFacts,
  unit: Unit,
  existing: Stored,
  tally: ImportTally,
): { awardValue: string; currentValue: string } | null {
  const award = `${release.ocid}|${unit.award.awardId}`;
  const stated = unit.award.value ?? unit.contract?.value ?? null;
  if (stated === null && !existing) {
    tally.warnings.push({
      path: `${unit.award.path}.value`,
      message: "No value stated for the award or its contract: held, with no contract, until a release states one",
    });
    tally.awardsWithoutValue.set(award, {
      id: award,
      label: `${unit.award.title ?? release.title ?? release.ocid} (award ${unit.award.awardId})`,
      path: `${unit.award.path}.value`,
    });
    return null;
  }
  tally.awardsWithoutValue.delete(award);
  if (unit.award.value === null && unit.contract?.value)
    tally.warnings.push({
      path: `${unit.award.path}.value`,
      message: "Award value not stated: the contract's value is recorded as the award value",
    });
  const awardValue = stated ?? existing!.awardValue.toFixed(2);
  return {
    awardValue,
    currentValue: unit.contract?.value ?? unit.award.value ?? existing?.currentValue.toFixed(2) ?? awardValue,
  };
}
