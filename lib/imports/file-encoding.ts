// Spend files arrive as UTF-8 (with or without a BOM) or Windows-1252. A file that is valid UTF-8
// is read as UTF-8; anything else as Windows-1252, so "£" (0xA3 in 1252) comes out right either way.
import { createReadStream } from "node:fs";

export type FileEncoding = "utf8" | "win1252";

/** True when the bytes decode as UTF-8 without error. Streams: one pass, constant memory. */
export async function detectEncoding(path: string): Promise<FileEncoding> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of createReadStream(path)) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return "utf8";
  } catch {
    return "win1252";
  }
}

/** The same decision for bytes already in memory (tests, small uploads). */
export function detectEncodingOf(bytes: Uint8Array): FileEncoding {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf8";
  } catch {
    return "win1252";
  }
}
