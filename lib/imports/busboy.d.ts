// Next ships busboy (the multipart parser it uses itself) compiled into next/dist/compiled; these are the
// few parts of its API lib/imports/upload-body.ts uses.
declare module "next/dist/compiled/busboy" {
  import type { Readable, Writable } from "node:stream";
  type FileInfo = { filename: string; encoding: string; mimeType: string };
  type Busboy = Writable & {
    on(event: "field", listener: (name: string, value: string) => void): Busboy;
    on(
      event: "file",
      listener: (name: string, stream: Readable & { truncated: boolean }, info: FileInfo) => void,
    ): Busboy;
    on(event: "close" | "error" | "filesLimit" | "fieldsLimit", listener: (error?: Error) => void): Busboy;
  };
  type Options = {
    headers: Record<string, string>;
    limits?: { fileSize?: number; files?: number; fields?: number; fieldSize?: number; parts?: number };
  };
  export default function busboy(options: Options): Busboy;
}
