// PostgreSQL COPY text format: tab-separated, \N for null, backslash escapes.
// copyLine runs for every staged line of a file: a loop and one test per field, nothing allocated
// but the line.
const SPECIAL = /[\\\t\n\r]/;

export function copyField(value: string | number | null): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);
  return SPECIAL.test(value)
    ? value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
    : value;
}

export function copyLine(values: readonly (string | number | null)[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++)
    line += (i === 0 ? "" : "\t") + copyField(values[i] as string | number | null);
  return line + "\n";
}
