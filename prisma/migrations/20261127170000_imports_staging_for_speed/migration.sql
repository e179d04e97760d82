-- Staging a spend file is COPY into this table; each index and per-row check adds to every line.
--
-- A staged row is a line of an import's file: (importId, rowNumber) is its key, and the writer reads
-- an import's rows by it. The serial id and the (importId, supplierKey) index go: names are matched
-- once per import into a temporary table, not looked up here.
--
-- No foreign key to Import: only the importer writes here, for the Import row it has just committed,
-- and it deletes the rows itself (written, rejected or refused); imports are never deleted (their
-- spend and audit events refer to them). The per-row check cost 5 to 7 s a million lines.
ALTER TABLE "StagedSpendRow" DROP CONSTRAINT "StagedSpendRow_importId_fkey";

DROP INDEX "StagedSpendRow_importId_supplierKey_idx";

ALTER TABLE "StagedSpendRow" DROP CONSTRAINT "StagedSpendRow_pkey",
  DROP COLUMN "id",
  ADD CONSTRAINT "StagedSpendRow_pkey" PRIMARY KEY ("importId", "rowNumber");

-- The writer joins each staged row to its matched name on the name and on the Companies House number,
-- absent written as ''. Without statistics on that expression the planner guesses the join keeps a
-- few thousand of a file's million rows, and may then loop over the department's contracts per row.
CREATE STATISTICS "StagedSpendRow_companiesHouseKey_stat" ON (COALESCE("companiesHouseNumber", '')) FROM "StagedSpendRow";
