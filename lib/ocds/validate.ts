// Validates OCDS 1.1.5 release packages against the standard's JSON Schema (draft-04), as published.
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import releasePackageSchema from "@/lib/ocds/schema/release-package-schema.json";
import releaseSchema from "@/lib/ocds/schema/release-schema.json";

let validator: ReturnType<Ajv["compile"]> | undefined;

export function validateReleasePackage(pkg: unknown): { valid: boolean; errors: string[] } {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema(releaseSchema, "https://standard.open-contracting.org/schema/1__1__5/release-schema.json");
    validator = ajv.compile(releasePackageSchema);
  }
  const valid = validator(pkg) as boolean;
  return { valid, errors: (validator.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`.trim()) };
}
