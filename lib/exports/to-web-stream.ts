import type { Readable } from "node:stream";

/**
 * A Node stream as a web ReadableStream, pulled one chunk at a time (back-pressure from the HTTP client),
 * and destroyed cleanly when the client goes away. (Node 20's Readable.toWeb throws "Controller is
 * already closed" when a download is cancelled mid-stream.)
 */
export function toWebStream(readable: Readable): ReadableStream<Uint8Array> {
  const chunks = readable[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    },
    async cancel() {
      await chunks.return?.();
      readable.destroy();
    },
  });
}
