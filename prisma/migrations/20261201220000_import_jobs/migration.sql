-- Imports run as queue jobs (pg-boss, schema "pgboss", created by pg-boss itself at start):
-- a QUEUED state before a worker takes the job, FAILED when the job fails for good, and the
-- uploaded file kept in the database until the job ends so any worker can read it.
ALTER TYPE "ImportStatus" ADD VALUE 'QUEUED' BEFORE 'PARSING';
ALTER TYPE "ImportStatus" ADD VALUE 'FAILED';

ALTER TABLE "Import" ADD COLUMN "jobId" TEXT, ADD COLUMN "failureReason" TEXT;

CREATE TABLE "ImportUpload" (
    "importId" TEXT NOT NULL,
    "part" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    CONSTRAINT "ImportUpload_pkey" PRIMARY KEY ("importId","part")
);
-- Stored as is: the pieces are already compressed files or text read once.
ALTER TABLE "ImportUpload" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;
ALTER TABLE "ImportUpload" ADD CONSTRAINT "ImportUpload_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import"("id") ON DELETE CASCADE ON UPDATE CASCADE;
