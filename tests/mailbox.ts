// What the test SMTP server (tests/smtp.ts) received, read by tests: the messages to one address.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";

export type ReceivedMail = { to: string[]; from: string; subject: string; text: string; raw: string };

const dir = () => inject("mailDir");

/** Quoted-printable as nodemailer writes it (soft line breaks, =XX bytes). */
function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

function parse(raw: string, to: string[]): ReceivedMail {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, " ");
  const subjectLine = /^Subject: (.*)$/im.exec(headers)?.[1] ?? "";
  const from = /^From: (.*)$/im.exec(headers)?.[1]?.trim() ?? "";
  const subject = subjectLine
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?Q\?(.*?)\?=/gi, (_m, q: string) => decodeQuotedPrintable(q.replace(/_/g, " ")));
  const body = rest.join("\n\n");
  const encoding = /^Content-Transfer-Encoding: (.*)$/im.exec(headers)?.[1]?.trim().toLowerCase();
  const text =
    encoding === "quoted-printable"
      ? decodeQuotedPrintable(body)
      : encoding === "base64"
        ? Buffer.from(body, "base64").toString("utf8")
        : body;
  return { to, from, subject, text, raw };
}

export function receivedBy(address: string): ReceivedMail[] {
  const inbox = join(dir(), "inbox");
  return readdirSync(inbox)
    .sort((a, b) => Number(a.split("-")[0]) - Number(b.split("-")[0]) || a.localeCompare(b))
    .map((file) => JSON.parse(readFileSync(join(inbox, file), "utf8")) as { to: string[]; raw: string })
    .filter((m) => m.to.includes(address.toLowerCase()))
    .map((m) => parse(m.raw, m.to));
}

/** The server refuses this address the next `times` deliveries (451, a temporary failure). */
export function refuseNext(address: string, times: number) {
  writeFileSync(join(dir(), "refuse", address.toLowerCase()), String(times));
}
