-- CreateIndex
CREATE INDEX "Supplier_legalName_id_idx" ON "Supplier"("legalName", "id");
