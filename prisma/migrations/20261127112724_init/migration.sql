-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COMMERCIAL_LEAD', 'SUPPLIER_USER', 'AUDITOR');

-- CreateEnum
CREATE TYPE "DepartmentType" AS ENUM ('CENTRAL_GOVERNMENT', 'NHS', 'LOCAL', 'OTHER');

-- CreateEnum
CREATE TYPE "SizeClass" AS ENUM ('MICRO', 'SMALL', 'MEDIUM', 'LARGE');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('CLAIMED', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "RouteToMarket" AS ENUM ('FRAMEWORK_CALL_OFF', 'OPEN', 'RESTRICTED', 'COMPETITIVE_FLEXIBLE', 'DIRECT_AWARD');

-- CreateEnum
CREATE TYPE "ProcurementMethod" AS ENUM ('OPEN', 'SELECTIVE', 'LIMITED', 'DIRECT');

-- CreateEnum
CREATE TYPE "ContractStatus" AS ENUM ('PLANNED', 'ACTIVE', 'TERMINATED', 'EXPIRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AmendmentKind" AS ENUM ('EXTENSION', 'VALUE_CHANGE', 'SCOPE_CHANGE', 'MEMBER_ADDED', 'MEMBER_REMOVED', 'OTHER');

-- CreateEnum
CREATE TYPE "KpiRating" AS ENUM ('GOOD', 'APPROACHING_TARGET', 'REQUIRES_IMPROVEMENT', 'INADEQUATE', 'OTHER');

-- CreateEnum
CREATE TYPE "SpendKind" AS ENUM ('DIRECT', 'INDIRECT');

-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('SPEND_CSV', 'SPEND_XLSX', 'OCDS', 'SUPPLY_CHAIN_RETURN');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('PARSING', 'AWAITING_MATCHES', 'WRITING', 'COMPLETED', 'REJECTED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "departmentId" TEXT,
    "supplierId" TEXT,
    "auditorAllDepartments" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditorGrant" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "grantedById" TEXT,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditorGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "DepartmentType" NOT NULL,
    "identifier" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmeTarget" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "financialYearEnd" INTEGER NOT NULL,
    "directPercent" DECIMAL(5,2) NOT NULL,
    "indirectPercent" DECIMAL(5,2),

    CONSTRAINT "SmeTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Supplier" (
    "id" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "normalisedName" TEXT NOT NULL,
    "companiesHouseNumber" TEXT,
    "otherIdentifiers" JSONB NOT NULL DEFAULT '[]',
    "addressLine" TEXT,
    "town" TEXT,
    "postcode" TEXT,
    "region" TEXT,
    "website" TEXT,
    "contactEmail" TEXT,
    "isVcse" BOOLEAN NOT NULL DEFAULT false,
    "seeksToLead" BOOLEAN NOT NULL DEFAULT false,
    "seeksToJoin" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Supplier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SizeDeclaration" (
    "id" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "asOf" DATE NOT NULL,
    "staffCount" INTEGER NOT NULL,
    "turnover" DECIMAL(16,2) NOT NULL,
    "balanceSheetTotal" DECIMAL(16,2) NOT NULL,
    "sizeClass" "SizeClass" NOT NULL,
    "isSme" BOOLEAN NOT NULL,
    "declaredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SizeDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupplierAlias" (
    "id" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "normalisedName" TEXT NOT NULL,
    "rawName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupplierAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Capability" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" TEXT,

    CONSTRAINT "Capability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupplierCapability" (
    "id" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "capabilityId" TEXT NOT NULL,
    "description" TEXT,
    "evidence" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupplierCapability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Framework" (
    "id" TEXT NOT NULL,
    "rmNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lot" (
    "id" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Lot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LotMembership" (
    "id" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "lotId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "status" "VerificationStatus" NOT NULL DEFAULT 'CLAIMED',
    "verifiedById" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LotMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract" (
    "id" TEXT NOT NULL,
    "ocid" TEXT,
    "reference" TEXT,
    "departmentId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "routeToMarket" "RouteToMarket" NOT NULL,
    "procurementMethod" "ProcurementMethod" NOT NULL,
    "directAwardJustification" TEXT,
    "lotId" TEXT,
    "capabilityId" TEXT,
    "leadPartnerId" TEXT NOT NULL,
    "numberOfTenderers" INTEGER,
    "awardValue" DECIMAL(16,2) NOT NULL,
    "currentValue" DECIMAL(16,2) NOT NULL,
    "awardDate" DATE NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "extensionOptionsMonths" INTEGER NOT NULL DEFAULT 0,
    "extensionsUsed" INTEGER NOT NULL DEFAULT 0,
    "status" "ContractStatus" NOT NULL DEFAULT 'ACTIVE',
    "hasExitPlan" BOOLEAN NOT NULL DEFAULT false,
    "hasBreakClause" BOOLEAN NOT NULL DEFAULT false,
    "hasDataExportTerms" BOOLEAN NOT NULL DEFAULT false,
    "usesOpenStandards" BOOLEAN NOT NULL DEFAULT false,
    "kpiExemptionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Amendment" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "kind" "AmendmentKind" NOT NULL,
    "date" DATE NOT NULL,
    "rationale" TEXT NOT NULL,
    "valueChange" DECIMAL(16,2) NOT NULL DEFAULT 0,
    "newEndDate" DATE,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Amendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipMember" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "pledgedSharePercent" DECIMAL(5,2) NOT NULL,
    "joinedOn" DATE NOT NULL,
    "leftOn" DATE,

    CONSTRAINT "PartnershipMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kpi" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "accountableSupplierId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiAssessment" (
    "id" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "assessedOn" DATE NOT NULL,
    "rating" "KpiRating" NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialValueCommitment" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "target" DECIMAL(16,2) NOT NULL,
    "accountableSupplierId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SocialValueCommitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialValueDelivery" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "deliveredOn" DATE NOT NULL,
    "amount" DECIMAL(16,2) NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SocialValueDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpendTransaction" (
    "id" TEXT NOT NULL,
    "kind" "SpendKind" NOT NULL,
    "departmentId" TEXT NOT NULL,
    "contractId" TEXT,
    "payerSupplierId" TEXT,
    "payeeSupplierId" TEXT NOT NULL,
    "paidOn" DATE NOT NULL,
    "amount" DECIMAL(16,2) NOT NULL,
    "description" TEXT,
    "expenseType" TEXT,
    "expenseArea" TEXT,
    "transactionNumber" TEXT,
    "importId" TEXT,
    "fingerprint" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpendTransaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Import" (
    "id" TEXT NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "departmentId" TEXT,
    "status" "ImportStatus" NOT NULL DEFAULT 'PARSING',
    "rowsRead" INTEGER NOT NULL DEFAULT 0,
    "rowsWritten" INTEGER NOT NULL DEFAULT 0,
    "duplicatesSkipped" INTEGER NOT NULL DEFAULT 0,
    "unmatchedSuppliers" INTEGER NOT NULL DEFAULT 0,
    "totalAmount" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "Import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "departmentId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "prevHash" TEXT,
    "hash" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_departmentId_idx" ON "User"("departmentId");

-- CreateIndex
CREATE INDEX "User_supplierId_idx" ON "User"("supplierId");

-- CreateIndex
CREATE INDEX "AuditorGrant_departmentId_idx" ON "AuditorGrant"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditorGrant_userId_departmentId_key" ON "AuditorGrant"("userId", "departmentId");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_at_idx" ON "SignInAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "SignInAttempt_address_at_idx" ON "SignInAttempt"("address", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Department_name_key" ON "Department"("name");

-- CreateIndex
CREATE UNIQUE INDEX "SmeTarget_departmentId_financialYearEnd_key" ON "SmeTarget"("departmentId", "financialYearEnd");

-- CreateIndex
CREATE UNIQUE INDEX "Supplier_companiesHouseNumber_key" ON "Supplier"("companiesHouseNumber");

-- CreateIndex
CREATE INDEX "Supplier_normalisedName_idx" ON "Supplier"("normalisedName");

-- CreateIndex
CREATE INDEX "Supplier_region_idx" ON "Supplier"("region");

-- CreateIndex
CREATE INDEX "SizeDeclaration_supplierId_asOf_idx" ON "SizeDeclaration"("supplierId", "asOf");

-- CreateIndex
CREATE UNIQUE INDEX "SupplierAlias_normalisedName_key" ON "SupplierAlias"("normalisedName");

-- CreateIndex
CREATE UNIQUE INDEX "Capability_code_key" ON "Capability"("code");

-- CreateIndex
CREATE INDEX "Capability_parentId_idx" ON "Capability"("parentId");

-- CreateIndex
CREATE INDEX "SupplierCapability_capabilityId_idx" ON "SupplierCapability"("capabilityId");

-- CreateIndex
CREATE UNIQUE INDEX "SupplierCapability_supplierId_capabilityId_key" ON "SupplierCapability"("supplierId", "capabilityId");

-- CreateIndex
CREATE UNIQUE INDEX "Framework_rmNumber_key" ON "Framework"("rmNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Lot_frameworkId_number_key" ON "Lot"("frameworkId", "number");

-- CreateIndex
CREATE INDEX "LotMembership_lotId_status_idx" ON "LotMembership"("lotId", "status");

-- CreateIndex
CREATE INDEX "LotMembership_supplierId_idx" ON "LotMembership"("supplierId");

-- CreateIndex
CREATE INDEX "LotMembership_status_createdAt_idx" ON "LotMembership"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_ocid_key" ON "Contract"("ocid");

-- CreateIndex
CREATE INDEX "Contract_departmentId_endDate_idx" ON "Contract"("departmentId", "endDate");

-- CreateIndex
CREATE INDEX "Contract_departmentId_status_idx" ON "Contract"("departmentId", "status");

-- CreateIndex
CREATE INDEX "Contract_leadPartnerId_idx" ON "Contract"("leadPartnerId");

-- CreateIndex
CREATE INDEX "Contract_lotId_idx" ON "Contract"("lotId");

-- CreateIndex
CREATE INDEX "Contract_departmentId_reference_idx" ON "Contract"("departmentId", "reference");

-- CreateIndex
CREATE INDEX "Amendment_contractId_date_idx" ON "Amendment"("contractId", "date");

-- CreateIndex
CREATE INDEX "PartnershipMember_contractId_idx" ON "PartnershipMember"("contractId");

-- CreateIndex
CREATE INDEX "PartnershipMember_supplierId_idx" ON "PartnershipMember"("supplierId");

-- CreateIndex
CREATE INDEX "Kpi_contractId_idx" ON "Kpi"("contractId");

-- CreateIndex
CREATE INDEX "KpiAssessment_kpiId_assessedOn_idx" ON "KpiAssessment"("kpiId", "assessedOn");

-- CreateIndex
CREATE INDEX "SocialValueCommitment_contractId_idx" ON "SocialValueCommitment"("contractId");

-- CreateIndex
CREATE INDEX "SocialValueDelivery_commitmentId_idx" ON "SocialValueDelivery"("commitmentId");

-- CreateIndex
CREATE UNIQUE INDEX "SpendTransaction_fingerprint_key" ON "SpendTransaction"("fingerprint");

-- CreateIndex
CREATE INDEX "SpendTransaction_departmentId_paidOn_idx" ON "SpendTransaction"("departmentId", "paidOn");

-- CreateIndex
CREATE INDEX "SpendTransaction_departmentId_payeeSupplierId_paidOn_idx" ON "SpendTransaction"("departmentId", "payeeSupplierId", "paidOn");

-- CreateIndex
CREATE INDEX "SpendTransaction_payeeSupplierId_paidOn_idx" ON "SpendTransaction"("payeeSupplierId", "paidOn");

-- CreateIndex
CREATE INDEX "SpendTransaction_contractId_kind_idx" ON "SpendTransaction"("contractId", "kind");

-- CreateIndex
CREATE INDEX "SpendTransaction_importId_idx" ON "SpendTransaction"("importId");

-- CreateIndex
CREATE INDEX "Import_departmentId_createdAt_idx" ON "Import"("departmentId", "createdAt");

-- CreateIndex
CREATE INDEX "Import_fileSha256_idx" ON "Import"("fileSha256");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_departmentId_at_idx" ON "AuditEvent"("departmentId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditorGrant" ADD CONSTRAINT "AuditorGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditorGrant" ADD CONSTRAINT "AuditorGrant_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SmeTarget" ADD CONSTRAINT "SmeTarget_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SizeDeclaration" ADD CONSTRAINT "SizeDeclaration_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierAlias" ADD CONSTRAINT "SupplierAlias_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Capability" ADD CONSTRAINT "Capability_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Capability"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierCapability" ADD CONSTRAINT "SupplierCapability_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierCapability" ADD CONSTRAINT "SupplierCapability_capabilityId_fkey" FOREIGN KEY ("capabilityId") REFERENCES "Capability"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lot" ADD CONSTRAINT "Lot_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LotMembership" ADD CONSTRAINT "LotMembership_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LotMembership" ADD CONSTRAINT "LotMembership_lotId_fkey" FOREIGN KEY ("lotId") REFERENCES "Lot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_lotId_fkey" FOREIGN KEY ("lotId") REFERENCES "Lot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_capabilityId_fkey" FOREIGN KEY ("capabilityId") REFERENCES "Capability"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_leadPartnerId_fkey" FOREIGN KEY ("leadPartnerId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipMember" ADD CONSTRAINT "PartnershipMember_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipMember" ADD CONSTRAINT "PartnershipMember_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_accountableSupplierId_fkey" FOREIGN KEY ("accountableSupplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiAssessment" ADD CONSTRAINT "KpiAssessment_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialValueCommitment" ADD CONSTRAINT "SocialValueCommitment_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialValueCommitment" ADD CONSTRAINT "SocialValueCommitment_accountableSupplierId_fkey" FOREIGN KEY ("accountableSupplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialValueDelivery" ADD CONSTRAINT "SocialValueDelivery_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "SocialValueCommitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpendTransaction" ADD CONSTRAINT "SpendTransaction_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpendTransaction" ADD CONSTRAINT "SpendTransaction_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpendTransaction" ADD CONSTRAINT "SpendTransaction_payerSupplierId_fkey" FOREIGN KEY ("payerSupplierId") REFERENCES "Supplier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpendTransaction" ADD CONSTRAINT "SpendTransaction_payeeSupplierId_fkey" FOREIGN KEY ("payeeSupplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpendTransaction" ADD CONSTRAINT "SpendTransaction_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Import" ADD CONSTRAINT "Import_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;
