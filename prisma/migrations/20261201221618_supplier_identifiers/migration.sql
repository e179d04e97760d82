-- AlterTable
ALTER TABLE "SizeDeclaration" ADD COLUMN     "verifiedAt" TIMESTAMP(3),
ADD COLUMN     "verifiedById" TEXT;

-- AlterTable
ALTER TABLE "Supplier" ADD COLUMN     "identityVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "identityVerifiedById" TEXT,
ADD COLUMN     "selfRegistered" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SupplierIdentifier" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "supplierId" TEXT NOT NULL,
    "scheme" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'registered',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupplierIdentifier_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupplierIdentifier_supplierId_idx" ON "SupplierIdentifier"("supplierId");

-- CreateIndex
CREATE UNIQUE INDEX "SupplierIdentifier_scheme_identifier_key" ON "SupplierIdentifier"("scheme", "identifier");

-- AddForeignKey
ALTER TABLE "SupplierIdentifier" ADD CONSTRAINT "SupplierIdentifier_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The schemes the product knows (lib/suppliers/identifiers.ts).
ALTER TABLE "SupplierIdentifier" ADD CONSTRAINT "SupplierIdentifier_scheme_check"
  CHECK (scheme IN ('GB-COH', 'GB-PPON', 'GB-CHC', 'GB-SC', 'GB-NIC', 'VAT', 'DUNS'));

-- The same normalisation as normaliseIdentifier() in lib/suppliers/identifiers.ts.
CREATE FUNCTION normalise_supplier_identifier(scheme text, id text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE scheme
    WHEN 'GB-COH' THEN CASE WHEN c ~ '^\d{1,8}$' THEN lpad(c, 8, '0') ELSE c END
    WHEN 'GB-NIC' THEN regexp_replace(c, '^NIC', '')
    WHEN 'VAT' THEN replace(regexp_replace(c, '^GB', ''), '-', '')
    WHEN 'DUNS' THEN replace(c, '-', '')
    ELSE c END
  FROM (SELECT regexp_replace(upper(normalize(id, NFKC)), '[\s.]+', '', 'g') AS c) x
$$;

-- The same shapes as SHAPES in lib/suppliers/identifiers.ts: only well-formed ids are matched on.
CREATE FUNCTION supplier_identifier_well_formed(scheme text, id text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE scheme
    WHEN 'GB-COH' THEN id ~ '^(\d{8}|[A-Z]{2}\d{6})$'
    WHEN 'GB-PPON' THEN id ~ '^P[A-Z0-9]{3}-[A-Z0-9]{4}-[A-Z0-9]{4}$'
    WHEN 'GB-CHC' THEN id ~ '^\d{6,8}(-\d{1,2})?$'
    WHEN 'GB-SC' THEN id ~ '^SC\d{6}$'
    WHEN 'GB-NIC' THEN id ~ '^\d{6}$'
    WHEN 'VAT' THEN id ~ '^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$'
    WHEN 'DUNS' THEN id ~ '^\d{9}$'
    ELSE false END
$$;

-- Every writer of Supplier (registration, the portal, imports, the demo's COPY) keeps its Companies House
-- number and the identifiers it was created with in "SupplierIdentifier": code that matches reads only that.
CREATE FUNCTION supplier_identifiers_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE holder text;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."companiesHouseNumber" IS DISTINCT FROM NEW."companiesHouseNumber" AND OLD."companiesHouseNumber" IS NOT NULL THEN
    DELETE FROM "SupplierIdentifier"
     WHERE "supplierId" = NEW.id AND scheme = 'GB-COH' AND identifier = OLD."companiesHouseNumber";
  END IF;
  IF NEW."companiesHouseNumber" IS NOT NULL THEN
    INSERT INTO "SupplierIdentifier" ("supplierId", scheme, identifier, source)
    VALUES (NEW.id, 'GB-COH', NEW."companiesHouseNumber", 'registered')
    ON CONFLICT (scheme, identifier) DO NOTHING;
    SELECT "supplierId" INTO holder FROM "SupplierIdentifier" WHERE scheme = 'GB-COH' AND identifier = NEW."companiesHouseNumber";
    IF holder <> NEW.id THEN
      RAISE EXCEPTION 'Companies House number % is already an identifier of another supplier', NEW."companiesHouseNumber"
        USING ERRCODE = 'unique_violation', CONSTRAINT = 'SupplierIdentifier_scheme_identifier_key';
    END IF;
  END IF;
  IF TG_OP = 'INSERT' OR OLD."otherIdentifiers" IS DISTINCT FROM NEW."otherIdentifiers" THEN
    INSERT INTO "SupplierIdentifier" ("supplierId", scheme, identifier, source)
    SELECT NEW.id, x.scheme, x.identifier, 'registered'
      FROM (
        SELECT upper(trim(e->>'scheme')) AS scheme, normalise_supplier_identifier(upper(trim(e->>'scheme')), e->>'id') AS identifier
          FROM jsonb_array_elements(CASE WHEN jsonb_typeof(NEW."otherIdentifiers") = 'array' THEN NEW."otherIdentifiers" ELSE '[]'::jsonb END) e
         WHERE e->>'id' IS NOT NULL
      ) x
     WHERE x.scheme IN ('GB-COH', 'GB-PPON', 'GB-CHC', 'GB-SC', 'GB-NIC', 'VAT', 'DUNS')
       AND supplier_identifier_well_formed(x.scheme, x.identifier)
    ON CONFLICT (scheme, identifier) DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER supplier_identifiers_sync
  AFTER INSERT OR UPDATE OF "companiesHouseNumber", "otherIdentifiers" ON "Supplier"
  FOR EACH ROW EXECUTE FUNCTION supplier_identifiers_sync();

-- Existing suppliers: every Companies House number (unique already, so none is lost), then the other
-- identifiers they were created with (an id two suppliers claim stays with the first; the JSON keeps both).
INSERT INTO "SupplierIdentifier" ("supplierId", scheme, identifier, source, "createdAt")
SELECT id, 'GB-COH', "companiesHouseNumber", 'registered', "createdAt" FROM "Supplier" WHERE "companiesHouseNumber" IS NOT NULL;

INSERT INTO "SupplierIdentifier" ("supplierId", scheme, identifier, source, "createdAt")
SELECT x.id, x.scheme, x.identifier, 'registered', x."createdAt"
  FROM (
    SELECT s.id, s."createdAt", upper(trim(e->>'scheme')) AS scheme,
           normalise_supplier_identifier(upper(trim(e->>'scheme')), e->>'id') AS identifier
      FROM "Supplier" s, jsonb_array_elements(CASE WHEN jsonb_typeof(s."otherIdentifiers") = 'array' THEN s."otherIdentifiers" ELSE '[]'::jsonb END) e
     WHERE e->>'id' IS NOT NULL
  ) x
 WHERE x.scheme IN ('GB-COH', 'GB-PPON', 'GB-CHC', 'GB-SC', 'GB-NIC', 'VAT', 'DUNS')
   AND supplier_identifier_well_formed(x.scheme, x.identifier)
 ORDER BY x."createdAt", x.id
ON CONFLICT (scheme, identifier) DO NOTHING;

-- Organisations that registered themselves (the audit trail records each registration).
UPDATE "Supplier" s SET "selfRegistered" = true
 WHERE EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.action = 'supplier.register' AND a."entityType" = 'Supplier' AND a."entityId" = s.id);

-- Size declarations made before this change by anyone but a supplier's own people (the seed, an
-- administrator) stand as verified; a supplier's own stay unverified until an administrator checks them.
UPDATE "SizeDeclaration" d SET "verifiedAt" = d."createdAt"
 WHERE d."declaredById" IS NULL OR NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = d."declaredById" AND u.role = 'SUPPLIER_USER');
