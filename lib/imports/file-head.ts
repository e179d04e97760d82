import { open } from "node:fs/promises";
import { SNIFF_BYTES } from "./file-type";

/** The first bytes of a file on disk, for contentProblem (the command-line import). */
export async function readFileHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const head = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
