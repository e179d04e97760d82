// Reads a multipart upload as it arrives: the form's fields (which the forms put before the file), then the
// file as a stream of bytes, never more than MAX_UPLOAD_BYTES of it and never the whole file in memory.
import { Readable } from "node:stream";
import busboy from "next/dist/compiled/busboy";
import { MAX_UPLOAD_BYTES } from "./schema";

export const TOO_LARGE = `The file is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB, the upload limit: use the command line import`;

/** A refusal the person can act on: its status, the field it is about and the message. */
export class UploadRefused extends Error {
  constructor(
    readonly status: 400 | 403 | 411 | 413 | 415,
    readonly field: string | null,
    message: string,
  ) {
    super(message);
  }
}

export type UploadBody = {
  fields: Record<string, string>;
  file: { field: string; name: string; stream: Readable } | null;
  /** Resolves when the whole request has been read (what follows the file is read and dropped). */
  done: Promise<void>;
};

/** Starts reading `request`; resolves once the fields and the start of the file are there. */
export function readUploadBody(request: Request): Promise<UploadBody> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(type) || !request.body)
    return Promise.reject(new UploadRefused(415, null, "Send the form as multipart/form-data"));
  const parser = busboy({
    headers: { "content-type": type },
    // One byte over the limit is enough to know it is over; busboy drops the rest unread into memory.
    limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1, fields: 10, fieldSize: 1024 },
  });
  const fields: Record<string, string> = {};
  let settled = false;
  const done = new Promise<void>((resolve, reject) => {
    parser.on("close", () => resolve());
    parser.on("error", (error) => reject(error));
  });
  done.catch(() => undefined);
  const body = new Promise<UploadBody>((resolve, reject) => {
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (field, stream, info) => {
      if (settled) return void stream.resume();
      settled = true;
      resolve({ fields, file: { field, name: info.filename ?? "", stream }, done });
    });
    parser.on("close", () => {
      if (!settled) resolve({ fields, file: null, done });
      settled = true;
    });
    parser.on("error", (error) => (settled ? undefined : reject(error)));
  });
  Readable.fromWeb(request.body as import("node:stream/web").ReadableStream<Uint8Array>).pipe(parser);
  return body;
}

/**
 * The file's bytes, counted, and its first bytes shown to `checkHead` (a problem, or null): past the limit
 * or on a problem the reader gets UploadRefused, the rest of the request is read and dropped, nothing is kept.
 */
export async function* checkedBytes(
  file: NonNullable<UploadBody["file"]>,
  headBytes: number,
  checkHead: (head: Uint8Array) => string | null,
): AsyncGenerator<Uint8Array> {
  const stream = file.stream;
  const chunks = stream[Symbol.asyncIterator]();
  const refuse = (error: UploadRefused) => {
    stream.resume();
    return error;
  };
  let total = 0;
  let head: Buffer[] | null = [];
  let headSize = 0;
  for (;;) {
    const { done, value } = (await chunks.next()) as IteratorResult<Buffer>;
    if (done) break;
    total += value.byteLength;
    if (total > MAX_UPLOAD_BYTES) throw refuse(new UploadRefused(413, file.field, TOO_LARGE));
    if (head === null) {
      yield value;
      continue;
    }
    head.push(value);
    headSize += value.byteLength;
    if (headSize < headBytes) continue;
    const first = Buffer.concat(head);
    const problem = checkHead(new Uint8Array(first.subarray(0, headBytes)));
    if (problem) throw refuse(new UploadRefused(400, file.field, problem));
    head = null;
    yield first;
  }
  if (head !== null) {
    const first = Buffer.concat(head);
    const problem = first.byteLength === 0 ? "Choose a file (this one is empty)" : checkHead(new Uint8Array(first));
    if (problem) throw new UploadRefused(400, file.field, problem);
    yield first;
  }
}
