-- A contract's lock-in context sums its capability's direct spend in its department, per payee. At national
-- scale a department holds a hundred thousand direct roll-up rows; this index finds the capability's alone and
-- answers the sum without the table (partial and INCLUDE indexes live only in migrations: Prisma 6's schema
-- cannot write them).
CREATE INDEX "SpendContractPayee_direct_capability_idx" ON "SpendContractPayee"("departmentId", "capabilityId")
  INCLUDE ("payeeSupplierId", amount) WHERE kind = 'DIRECT';
