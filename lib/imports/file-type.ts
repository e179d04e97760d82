// What an uploaded file really is, judged from its first bytes, so a file whose name promises a
// spreadsheet or a release package but whose content is something else is refused before an Import
// exists. Pure: no I/O (safe in client code and in zod schemas).

/** How much of the file the checks look at. */
export const SNIFF_BYTES = 8192;

export type ExpectedContent = "csv" | "xlsx" | "ocds";

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04": a ZIP's first entry, as every .xlsx starts
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Excel 97-2003 and encrypted workbooks
const UTF8_BOM = [0xef, 0xbb, 0xbf];

// Formats people upload by mistake, in the words the refusal uses. Whole signatures, so a CSV whose
// first header happens to start "PK" is not taken for a ZIP.
const BINARY: Array<{ bytes: number[]; what: string }> = [
  { bytes: ZIP, what: "a ZIP archive" },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: "an empty ZIP archive" },
  { bytes: [0x50, 0x4b, 0x07, 0x08], what: "a ZIP archive" },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: "a PDF document" }, // "%PDF-"
  { bytes: [0x1f, 0x8b], what: "a gzip-compressed file (decompress it first)" },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
];

export const LEGACY_WORKBOOK = "This is an Excel 97-2003 .xls workbook; save it as .xlsx or CSV and upload that";

const WANTED: Record<ExpectedContent, string> = {
  csv: "CSV text",
  xlsx: "an Excel .xlsx workbook",
  ocds: "a JSON release package",
};

/**
 * Why the file's first bytes (`head`, up to SNIFF_BYTES) are not the content expected, as a sentence
 * to show beside the file field; null when they are.
 */
export function contentProblem(head: Uint8Array, expected: ExpectedContent): string | null {
  const wanted = WANTED[expected];
  if (head.length === 0) return "This file is empty";
  if (startsWith(head, OLE2)) return legacyWorkbookProblem(head);
  if (expected === "xlsx") {
    if (startsWith(head, ZIP)) return null;
  } else if (expected === "csv" && startsWith(head, ZIP) && latin1(head).includes("xl/")) {
    return "This is an Excel .xlsx workbook, not CSV text; upload it with its .xlsx name, or save it as CSV";
  }
  const binary = BINARY.find((s) => startsWith(head, s.bytes));
  if (binary) return `This is ${binary.what}, not ${wanted}`;
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    return 'This is UTF-16 text (Excel\'s "Unicode Text"); save it as "CSV UTF-8" and upload that';
  }
  // Text never contains NUL; nearly every binary format does within its first few kilobytes.
  if (head.includes(0)) return `This is a binary file, not ${wanted}`;
  // HTML tables named .xlsx (a common "export to Excel"), XML spreadsheets.
  if (head[firstCharacter(head)] === 0x3c)
    return `This is a web page or XML document, not ${wanted}; open it in Excel and save it as .xlsx or CSV`;
  if (expected === "xlsx")
    return "This is text (perhaps CSV), not an Excel .xlsx workbook; if it is CSV, name it .csv and upload it again";
  return expected === "ocds" ? jsonProblem(head) : null;
}

function legacyWorkbookProblem(head: Uint8Array): string {
  // A password-protected .xlsx is an OLE2 container whose directory names its "EncryptedPackage" stream.
  if (latin1(head).includes("EncryptedPackage".split("").join("\0"))) {
    return "This workbook is protected with a password; remove the password in Excel (or save it as CSV) and upload it again";
  }
  return LEGACY_WORKBOOK;
}

function jsonProblem(head: Uint8Array): string | null {
  const i = firstCharacter(head);
  if (head[i] === 0x7b) return null; // "{"
  if (i === head.length) return "This file has nothing in it but spaces";
  if (head[i] === 0x5b)
    return "This is a JSON list, not a release package; a package is one object, starting with {, with its releases inside";
  return "This is not JSON; a release package is a JSON object, starting with {";
}

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

/** Byte for byte as characters: enough to find ASCII names inside a binary header. */
const latin1 = (head: Uint8Array) => Array.from(head, (b) => String.fromCharCode(b)).join("");

/** Where the text really starts: after a UTF-8 byte order mark and JSON's whitespace. */
function firstCharacter(head: Uint8Array): number {
  let i = startsWith(head, UTF8_BOM) ? UTF8_BOM.length : 0;
  while (i < head.length && [0x20, 0x09, 0x0a, 0x0d].includes(head[i]!)) i++;
  return i;
}
