// Supply-chain return files as a browser posts them, and their upload run to the end: the action stores
// the file and queues its job; the shared worker (tests/global-setup.ts) checks and writes it.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { idle } from "@/lib/actions/state";
import { uploadReturnCsv } from "@/lib/supply-chain/actions";
import { jobsDone } from "@/tests/jobs";

export type Problem = { row: number; column: string; value: string; message: string };

/** A return file (the header a spreadsheet export has, then these lines) in the form's `file` field. */
export function returnCsv(
  lines: string[],
  { name = "return.csv", header = "Contract reference,Month,Member,Amount" } = {},
) {
  const data = new FormData();
  data.append("file", new File([[header, ...lines].join("\n")], name, { type: "text/csv" }));
  return data;
}

/** The upload's id, from where the action sends the person: the returns page showing that upload. */
export async function uploadedReturnId(upload: Promise<unknown>): Promise<string> {
  const error = (await upload.then(
    (state) => ({ digest: `returned ${JSON.stringify(state)}` }),
    (e: unknown) => e,
  )) as { digest?: string };
  const match = /^NEXT_REDIRECT;[a-z]+;\/supply-chain-returns\?return=([^;]+);/.exec(error.digest ?? "");
  expect(match, `expected a redirect to the upload's page, got ${error.digest}`).not.toBeNull();
  return match![1]!;
}

/** Uploads the file as the signed-in user, waits for its job, and answers the upload's Import as the job left it. */
export async function uploadReturn(data: FormData) {
  const id = await uploadedReturnId(uploadReturnCsv(idle, data));
  await jobsDone("supply-chain-return");
  const record = await db.import.findUniqueOrThrow({ where: { id } });
  return { ...record, problems: record.errors as Problem[] };
}
