// The parts of an XLSX (a zip of XML files), read with yauzl and parsed with sax as they inflate:
// no part is ever held whole unless it is small, and each part's decompressed size is counted as it
// streams (the size the zip declares can lie), so a zip bomb is refused before it fills memory.
import { StringDecoder } from "node:string_decoder";
import sax from "sax";
import yauzl from "yauzl";
import { XLSX_LIMITS, XlsxLimitError, formatLimit } from "./xlsx-limits";

export type XlsxZip = { entries: Map<string, yauzl.Entry>; file: yauzl.ZipFile };

const MAX_ENTRIES = 10_000;
/** Workbook, relationships and styles parts are read whole: they are small in any real workbook. */
const SMALL_PART_BYTES = 16 * 1024 * 1024;

export function openXlsx(path: string): Promise<XlsxZip> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, file) => {
      if (error || !file) return reject(error ?? new Error("not a zip file"));
      const entries = new Map<string, yauzl.Entry>();
      file.on("entry", (entry: yauzl.Entry) => {
        if (entries.size >= MAX_ENTRIES) {
          file.close();
          return reject(new XlsxLimitError(`The workbook holds more than ${formatLimit(MAX_ENTRIES)} parts`));
        }
        entries.set(entry.fileName.replace(/^\//, ""), entry);
        file.readEntry();
      });
      file.once("end", () => resolve({ entries, file }));
      file.once("error", reject);
      file.readEntry();
    });
  });
}

/** The part's text, chunk by chunk, refused once it passes `limitBytes` decompressed. */
export async function* partText(
  zip: XlsxZip,
  name: string,
  limitBytes = XLSX_LIMITS.decompressedBytes,
): AsyncGenerator<string> {
  const entry = zip.entries.get(name);
  if (!entry) return;
  const tooBig = () =>
    new XlsxLimitError(
      `The workbook's ${name} unpacks to more than ${formatLimit(limitBytes / 1024 / 1024)} MB (the limit on an XLSX part's decompressed size)`,
    );
  if (entry.uncompressedSize > limitBytes) throw tooBig();
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
    zip.file.openReadStream(entry, (error, s) =>
      error || !s ? reject(error ?? new Error(`cannot read ${name}`)) : resolve(s),
    ),
  );
  const decoder = new StringDecoder("utf8");
  let bytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > limitBytes) throw tooBig();
      yield decoder.write(chunk);
    }
    yield decoder.end();
  } finally {
    (stream as unknown as { destroy(): void }).destroy();
  }
}

export type XmlHandlers = {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
};

/** A strict SAX parser whose element names lose their namespace prefix (`x:row` is `row`). */
export function xmlParser(handlers: XmlHandlers): sax.SAXParser {
  const parser = sax.parser(true, { trim: false, normalize: false });
  const local = (name: string) => name.slice(name.indexOf(":") + 1);
  if (handlers.open)
    parser.onopentag = (tag) => handlers.open!(local(tag.name), tag.attributes as Record<string, string>);
  if (handlers.close) parser.onclosetag = (name) => handlers.close!(local(name));
  if (handlers.text) {
    parser.ontext = handlers.text;
    parser.oncdata = handlers.text;
  }
  parser.onerror = (error) => {
    throw new Error(`the workbook's XML is malformed (${error.message.split("\n")[0]})`);
  };
  return parser;
}

/** Parses a small part whole with the handlers. */
export async function parseSmallPart(zip: XlsxZip, name: string, handlers: XmlHandlers): Promise<boolean> {
  if (!zip.entries.has(name)) return false;
  const parser = xmlParser(handlers);
  for await (const text of partText(zip, name, SMALL_PART_BYTES)) parser.write(text);
  parser.close();
  return true;
}
