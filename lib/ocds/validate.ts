// Validates OCDS 1.1.5 releases and release packages against the standard's JSON Schema (draft-04), as
// published, with the release-schema patches of the extensions declared merged in (JSON Merge Patch, as
// OCDS tooling does). Extensions Partnerscope has no schema for are listed, not failed: OCDS allows
// additional fields, so their fields are checked only against the core schema.
import Ajv, { type ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";
import { extensionFor, type OcdsExtension, PUBLISHED_EXTENSION_URLS } from "@/lib/ocds/extensions";
import { mergePatch } from "@/lib/ocds/merge-patch";
import releasePackageSchema from "@/lib/ocds/schema/release-package-schema.json";
import releaseSchema from "@/lib/ocds/schema/release-schema.json";

const RELEASE_SCHEMA_ID = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

export type OcdsValidation = {
  valid: boolean;
  errors: string[];
  /** Declared extensions with no vendored schema. */ unvalidatedExtensions: string[];
};

type Validators = { release: ValidateFunction; releasePackage: ValidateFunction };
const compiled = new Map<string, Validators>();

function validatorsFor(extensions: OcdsExtension[]): Validators {
  const key = extensions.map((e) => e.repository).join(" ");
  let validators = compiled.get(key);
  if (!validators) {
    const schema = extensions.reduce<unknown>(
      (merged, e) => mergePatch(merged, e.releaseSchemaPatch),
      releaseSchema,
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema(schema, RELEASE_SCHEMA_ID);
    validators = { release: ajv.getSchema(RELEASE_SCHEMA_ID)!, releasePackage: ajv.compile(releasePackageSchema) };
    compiled.set(key, validators);
  }
  return validators;
}

function resolve(urls: readonly unknown[]): { extensions: OcdsExtension[]; unvalidatedExtensions: string[] } {
  const extensions: OcdsExtension[] = [];
  const unvalidatedExtensions: string[] = [];
  for (const url of urls) {
    const extension = typeof url === "string" ? extensionFor(url) : undefined;
    if (!extension) unvalidatedExtensions.push(String(url));
    else if (!extensions.includes(extension)) extensions.push(extension);
  }
  // Merge in one fixed order whatever order the package lists them in.
  return { extensions: extensions.sort((a, b) => urlOrder(a) - urlOrder(b)), unvalidatedExtensions };
}
const urlOrder = (e: OcdsExtension) => PUBLISHED_EXTENSION_URLS.indexOf(e.url);

function run(validate: ValidateFunction, data: unknown, unvalidatedExtensions: string[]): OcdsValidation {
  const valid = validate(data) as boolean;
  return {
    valid,
    errors: (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`.trim()),
    unvalidatedExtensions,
  };
}

/** A release package, against OCDS 1.1.5 and the extensions its `extensions` array declares. */
export function validateReleasePackage(pkg: unknown): OcdsValidation {
  const declared =
    typeof pkg === "object" && pkg !== null && Array.isArray((pkg as { extensions?: unknown }).extensions)
      ? (pkg as { extensions: unknown[] }).extensions
      : [];
  const { extensions, unvalidatedExtensions } = resolve(declared);
  return run(validatorsFor(extensions).releasePackage, pkg, unvalidatedExtensions);
}

/**
 * One release, against OCDS 1.1.5 and the given extensions (by default the ones Partnerscope publishes
 * with, Find a Tender's UK extension among them): for a notice built before it goes into a package.
 */
export function validateRelease(
  release: unknown,
  extensionUrls: readonly string[] = PUBLISHED_EXTENSION_URLS,
): OcdsValidation {
  const { extensions, unvalidatedExtensions } = resolve(extensionUrls);
  return run(validatorsFor(extensions).release, release, unvalidatedExtensions);
}
