import { NextResponse } from "next/server";
import { toCsv } from "@/lib/csv";
import { getImportProblems } from "@/lib/imports/queries";

type Problem = { row: number; column: string; value: string; message: string };

export const dynamic = "force-dynamic";

// The error report of a rejected import: one line per problem, as the file named it.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const record = await getImportProblems(id);
  if (!record) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const csv = toCsv<Problem>(
    [
      { header: "Row", value: (p) => p.row },
      { header: "Column", value: (p) => p.column },
      { header: "Value", value: (p) => p.value },
      { header: "Problem", value: (p) => p.message },
    ],
    record.errors as Problem[],
  );
  const name = record.fileName.replace(/\.[^.]+$/, "").replace(/[^\w.-]+/g, "-");
  return new NextResponse(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}-errors.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
