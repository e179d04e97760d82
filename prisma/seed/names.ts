// Synthetic supplier identities: unique names, valid-format Companies House numbers, addresses.
import { normaliseSupplierName } from "../../lib/suppliers/normalise-name";
import type { Rng } from "./prng";
import { NAME_FIRST, NAME_SECOND, REGIONS, STREETS, VCSE_SECOND, VCSE_TAIL } from "./ref-suppliers";

const POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

export class NameRegistry {
  private readonly names = new Set<string>();
  private readonly companyNumbers = new Set<string>();

  /** Reserves a name; false when its normalised form is already taken. */
  claimName(legalName: string): boolean {
    const key = normaliseSupplierName(legalName);
    if (this.names.has(key)) return false;
    this.names.add(key);
    return true;
  }

  /** A unique generated company name; VCSEs get community-style names. */
  companyName(rng: Rng, vcse: boolean): string {
    for (let attempt = 0; ; attempt++) {
      const first = attempt < 4 ? rng.pick(NAME_FIRST) : `${rng.pick(NAME_FIRST)} ${rng.pick(NAME_FIRST)}`;
      const name = vcse
        ? `${first} ${rng.pick(VCSE_SECOND)} ${rng.pick(VCSE_TAIL)}`
        : `${first} ${rng.pick(NAME_SECOND)} ${rng.chance(0.7) ? "Ltd" : "Limited"}`;
      if (attempt > 40) {
        const numbered = `${first} ${rng.pick(NAME_SECOND)} ${attempt} Limited`;
        if (this.claimName(numbered)) return numbered;
      } else if (this.claimName(name)) return name;
    }
  }

  /**
   * Companies House number: 8 digits in England and Wales, "SC"/"NI" + 6 digits in Scotland and
   * Northern Ireland, "OC" + 6 digits for LLPs. Unique across the data set.
   */
  companyNumber(rng: Rng, region: string, llp: boolean): string {
    for (;;) {
      const six = String(rng.int(0, 999_999)).padStart(6, "0");
      const number = llp
        ? `OC${six}`
        : region === "Scotland"
          ? `SC${six}`
          : region === "Northern Ireland"
            ? `NI${six}`
            : String(rng.int(1_000_000, 16_999_999)).padStart(8, "0");
      if (!this.companyNumbers.has(number)) {
        this.companyNumbers.add(number);
        return number;
      }
    }
  }
}

export type Address = { addressLine: string; town: string; postcode: string; region: string };

export function randomAddress(rng: Rng, region?: string): Address {
  const regionRef = region
    ? (REGIONS.find((r) => r.region === region) ?? rng.pick(REGIONS))
    : rng.weighted(REGIONS.map((r) => [r, r.weight] as const));
  const [town, area] = rng.pick(regionRef.towns);
  const inward = `${rng.int(1, 9)}${rng.pick([...POSTCODE_LETTERS])}${rng.pick([...POSTCODE_LETTERS])}`;
  const outward = /\d$/.test(area) ? area : `${area}${rng.int(1, 20)}`;
  return {
    addressLine: `${rng.int(1, 240)} ${rng.pick(STREETS)}`,
    town,
    postcode: `${outward} ${inward}`,
    region: regionRef.region,
  };
}

/** A web-safe slug for the reserved .example domain (never a real site). */
export function exampleDomain(legalName: string): string {
  return `${normaliseSupplierName(legalName).replace(/ /g, "-")}.example`;
}
