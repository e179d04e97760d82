import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2025-04-01").refine((d) => !Number.isNaN(Date.parse(d)), "Not a real date");
const id = z.string().regex(/^[a-z0-9]{10,40}$/i, "Not a valid id");

export const ExportFormatSchema = z.enum(["csv", "xlsx"], { message: "format must be csv or xlsx" });

export const SpendExportParamsSchema = z
  .object({
    format: ExportFormatSchema.default("csv"),
    kind: z.enum(["all", "DIRECT", "INDIRECT"], { message: "kind must be all, DIRECT or INDIRECT" }).default("all"),
    from: isoDate.optional(),
    to: isoDate.optional(),
    departmentId: id.optional(),
    supplierId: id.optional(),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { path: ["to"], message: "to must not be before from" });

export type SpendExportParams = z.infer<typeof SpendExportParamsSchema>;
