// A real SMTP server (the smtp-server package) that the job worker delivers to in tests. Each message
// it accepts is written to <dir>/inbox as JSON (envelope and raw message), so tests in other processes
// read what it received. A test makes it refuse an address N times by writing N to <dir>/refuse/<address>.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";

/** The sender the test worker is given (MAIL_FROM), so tests see it on what arrives. */
export const TEST_MAIL_FROM = "Partnerscope tests <alerts@partnerscope.test>";

export async function startTestSmtpServer(dir: string): Promise<{ url: string; stop(): Promise<void> }> {
  mkdirSync(join(dir, "inbox"), { recursive: true });
  mkdirSync(join(dir, "refuse"), { recursive: true });
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const file = join(dir, "refuse", address.address.toLowerCase());
      let left = 0;
      try {
        left = Number(readFileSync(file, "utf8")) || 0;
      } catch {}
      if (left > 0) {
        writeFileSync(file, String(left - 1));
        const refusal = new Error("Mailbox busy, try again later") as Error & { responseCode: number };
        refusal.responseCode = 451;
        return callback(refusal);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        const file = join(dir, "inbox", `${Date.now()}-${++received}.json`);
        writeFileSync(file, JSON.stringify({ to, raw: Buffer.concat(chunks).toString("utf8") }));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return { url: `smtp://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
