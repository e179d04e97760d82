-- CreateTable
CREATE TABLE "OcdsRelease" (
    "releaseId" TEXT NOT NULL,
    "ocid" TEXT NOT NULL,
    "releaseDate" TIMESTAMP(3) NOT NULL,
    "smeSuitable" BOOLEAN,
    "contractId" TEXT,
    "importId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OcdsRelease_pkey" PRIMARY KEY ("releaseId")
);

-- CreateIndex
CREATE INDEX "OcdsRelease_ocid_releaseDate_idx" ON "OcdsRelease"("ocid", "releaseDate");
