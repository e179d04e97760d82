// What an uploaded XLSX may hold. Each is checked while the file streams, and a file over one is
// refused with a message naming it: a small zip can unpack to gigabytes (hundreds of millions of shared
// strings, a million rows of empty cells), which would otherwise fill the reader's memory.
export const XLSX_LIMITS = {
  /** Per part (the sheet, the shared strings), after decompression. */
  decompressedBytes: 512 * 1024 * 1024,
  sharedStrings: 2_000_000,
  /** Rows in the sheet, blank ones included. Larger files: save as CSV, or the command-line import. */
  rows: 500_000,
  /** The furthest column a value may be in (a spend file has about a dozen). */
  columns: 256,
  /** Excel's own limit on a cell's text. */
  cellCharacters: 32_767,
};

/** The file is over a limit: refused as it is, with this message (not "could not be read"). */
export class XlsxLimitError extends Error {}

export const formatLimit = (n: number) => n.toLocaleString("en-GB");
