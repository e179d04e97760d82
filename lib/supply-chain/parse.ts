import Papa from "papaparse";

// A supply-chain return, one line per contract, month and member paid:
//   contract (reference or id), month (YYYY-MM), member (Companies House number or name), amount (pounds).
export type ReturnRow = { row: number; contract: string; month: string; member: string; amount: string };
export type RowError = { row: number; message: string; column?: "contract" | "month" | "member" | "amount" };

const COLUMNS: Record<keyof Omit<ReturnRow, "row">, string[]> = {
  contract: ["contract", "contract reference", "contract id", "contract reference or id"],
  month: ["month"],
  member: ["member", "member companies house number", "member name", "member companies house number or name", "payee"],
  amount: ["amount", "amount paid", "amount (£)"],
};

const normaliseHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");

/** Rows numbered as a spreadsheet shows them: the header is row 1, so the first payment is row 2. */
export function parseReturnCsv(text: string): { rows: ReturnRow[]; errors: RowError[] } {
  // Strings only: amounts must never pass through a float.
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: "greedy", dynamicTyping: false });
  const [header, ...lines] = parsed.data;
  if (!header) return { rows: [], errors: [{ row: 1, message: "The file is empty: expected a header row" }] };
  const names = header.map(normaliseHeader);
  const index = {} as Record<keyof typeof COLUMNS, number>;
  const missing: string[] = [];
  for (const [key, aliases] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string[]][]) {
    const at = names.findIndex((n) => aliases.includes(n));
    if (at < 0) missing.push(key);
    index[key] = at;
  }
  if (missing.length) {
    return {
      rows: [],
      errors: [
        { row: 1, message: `Header is missing ${missing.join(", ")}: expected contract, month, member, amount` },
      ],
    };
  }
  const rows = lines.map((cells, i) => ({
    row: i + 2,
    contract: (cells[index.contract] ?? "").trim(),
    month: (cells[index.month] ?? "").trim(),
    member: (cells[index.member] ?? "").trim(),
    amount: (cells[index.amount] ?? "").trim(),
  }));
  return { rows, errors: [] };
}
