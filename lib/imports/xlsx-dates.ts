// The one place an XLSX date cell becomes a Date: a serial day number (days since 30 Dec 1899, or
// since 1 Jan 1904 in the 1904 date system) as UTC midnight of that calendar day, with any time of day kept.
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export function xlsxDateCell(serial: number, date1904: boolean): Date {
  return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * DAY_MS));
}

/** Built-in number formats that are dates or times (ECMA-376 18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a number format shows a date: a built-in date id, or a custom code with day, month or year parts. */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (BUILT_IN_DATE_FORMATS.has(numFmtId)) return true;
  if (!formatCode) return false;
  // Quoted text, escaped characters and colours/conditions in brackets are not date parts.
  const code = formatCode.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dmy]/i.test(code) && !/^[#0.,%\s]*$/.test(code);
}
