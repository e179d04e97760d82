import "server-only";
import type { Caller } from "@/lib/access/caller";
import { buildRelease, releasePackageMetadata } from "@/lib/ocds/export";
import { iterateContractsForOcds } from "@/lib/ocds/export-queries";

/**
 * A release package as a stream: the metadata, then one release per contract as each batch is read, so
 * a package of every department is never built in memory. The JSON is the same as JSON.stringify of the
 * whole package would give (releases one per line).
 */
export function releasePackageStream(
  caller: Caller,
  departmentId: string | undefined,
  uri: string,
  publishedDate = new Date(),
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const metadata = JSON.stringify(releasePackageMetadata(publishedDate, uri));
  // The metadata goes out with the first batch, so the first chunk means the first query ran.
  async function* chunks() {
    let opening = `${metadata.slice(0, -1)},"releases":[`;
    let first = true;
    for await (const batch of iterateContractsForOcds(caller, departmentId)) {
      yield (
        opening +
        batch
          .map((contract) => `${first ? ((first = false), "\n") : ",\n"}${JSON.stringify(buildRelease(contract))}`)
          .join("")
      );
      opening = "";
    }
    yield `${opening}\n]}\n`;
  }
  const source = chunks();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await source.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await source.return(undefined);
    },
  });
}
