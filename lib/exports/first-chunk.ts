/**
 * Waits for a stream's first chunk, so that a query that fails (or a caller it refuses) is known before the
 * response is sent and recorded; then hands back a stream of the whole content, that chunk included.
 */
export async function afterFirstChunk(stream: ReadableStream<Uint8Array>): Promise<ReadableStream<Uint8Array>> {
  const reader = stream.getReader();
  const first = await reader.read();
  let sentFirst = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!sentFirst) {
        sentFirst = true;
        if (first.done) return controller.close();
        return controller.enqueue(first.value);
      }
      const { value, done } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
