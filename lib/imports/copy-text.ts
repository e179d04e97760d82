// PostgreSQL COPY text format: tab-separated, \N for null, backslash escapes.
export function copyField(value: string | number | null): string {
  if (value === null) return "\\N";
  const text = String(value);
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
    : text;
}

export function copyLine(values: readonly (string | number | null)[]): string {
  return values.map(copyField).join("\t") + "\n";
}
