import { describe, expect, it } from "vitest";
import { checkExportForm } from "@/lib/exports/forms";

describe("checkExportForm", () => {
  it("does nothing without a known form", () => {
    expect(checkExportForm({})).toEqual({ outcome: "none" });
    expect(checkExportForm({ export: "salaries" })).toEqual({ outcome: "none" });
  });

  it("sends good fields on to the export's URL, leaving empty ones out (not set)", () => {
    expect(
      checkExportForm({ export: "spend", departmentId: "", kind: "all", from: "", to: "", format: "csv" }),
    ).toEqual({ outcome: "download", url: "/api/exports/spend?kind=all&format=csv" });
    expect(checkExportForm({ export: "ocds", departmentId: "" })).toEqual({
      outcome: "download",
      url: "/api/exports/ocds",
    });
    expect(checkExportForm({ export: "kpis", department: "cdept000000001" })).toEqual({
      outcome: "download",
      url: "/api/exports/insight/kpis?department=cdept000000001",
    });
  });

  it("names each bad field in words and links it to its input, keeping what was typed", () => {
    const check = checkExportForm({ export: "spend", from: "2025-06-01", to: "2025-01-31", format: "pdf" });
    expect(check).toEqual({
      outcome: "invalid",
      form: "spend",
      values: { from: "2025-06-01", to: "2025-01-31", format: "pdf" },
      errors: [{ field: "format", inputId: "spend-format", message: "Format: must be csv or xlsx" }],
    });
    const report = checkExportForm({ export: "report", departmentId: "", from: "2026-04", to: "2026-03" });
    expect(report.outcome === "invalid" && report.errors).toEqual([
      { field: "departmentId", inputId: "report-department", message: "Department: Choose a department" },
    ]);
    const range = checkExportForm({ export: "report", departmentId: "cdept000000001", from: "2026-04", to: "2026-03" });
    expect(range.outcome === "invalid" && range.errors).toEqual([
      { field: "to", inputId: "report-to", message: "To: must be on or after From" },
    ]);
  });
});
