// Spend files and OCDS packages are uploaded here, not through a server action: the body is streamed to the
// upload store as it arrives, counted against MAX_UPLOAD_BYTES, so signed-in actions keep a small body limit.
import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit/record";
import { requireCan } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { queueOcdsImport, queueSpendImport } from "@/lib/imports/queue-import";
import { MAX_UPLOAD_BYTES } from "@/lib/imports/schema";
import { contentProblem, SNIFF_BYTES } from "@/lib/imports/file-type";
import { formatOfFileName } from "@/lib/imports/spend-readers";
import { checkedBytes, readUploadBody, TOO_LARGE, UploadRefused } from "@/lib/imports/upload-body";
import { fileNameProblem, SpendUploadFieldsSchema, UploadKindSchema } from "@/lib/imports/upload-fields";
import { refusalResponse } from "@/lib/imports/upload-refusal";

// Room for the form's other fields and the multipart framing around the file.
const FORM_OVERHEAD_BYTES = 64 * 1024;

export async function POST(request: Request): Promise<Response> {
  try {
    return await receive(request);
  } catch (error) {
    if (error instanceof UploadRefused) return refusalResponse(error);
    throw error;
  }
}

async function receive(request: Request): Promise<Response> {
  const origin = request.headers.get("origin");
  if (origin && origin !== "null" && new URL(origin).host !== request.headers.get("host"))
    throw new UploadRefused(403, null, "Uploads are accepted only from Partnerscope's own import page");
  const kind = UploadKindSchema.safeParse({ kind: new URL(request.url).searchParams.get("kind") });
  if (!kind.success) throw new UploadRefused(400, null, kind.error.issues[0]!.message);
  const caller = kind.data.kind === "ocds" ? await requireCan("importOcds") : await requireCan("importSpend");
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES) throw new UploadRefused(413, "file", TOO_LARGE);

  const body = await readUploadBody(request);
  const field = kind.data.kind === "ocds" ? "ocdsFile" : "file";
  if (!body.file || body.file.field !== field) throw new UploadRefused(400, field, "Choose a file");
  const nameProblem = fileNameProblem(kind.data.kind, body.file.name);
  if (nameProblem) throw new UploadRefused(400, field, nameProblem);
  const fileName = body.file.name;
  const actor = { id: caller.id, email: caller.email };
  const expected = kind.data.kind === "ocds" ? "ocds" : /\.xlsx$/i.test(body.file.name) ? "xlsx" : "csv";
  const bytes = checkedBytes(body.file, SNIFF_BYTES, (head) => contentProblem(head, expected));

  let record: { id: string; departmentId: string | null };
  if (kind.data.kind === "ocds") {
    record = await queueOcdsImport(db, { fileName: body.file.name, body: bytes, actor });
  } else {
    const fields = SpendUploadFieldsSchema.safeParse(body.fields);
    if (!fields.success) throw new UploadRefused(400, "departmentId", fields.error.issues[0]!.message);
    const departmentId = caller.role === "ADMIN" ? fields.data.departmentId : caller.departmentId;
    if (!departmentId) throw new UploadRefused(400, "departmentId", "Choose the department whose spend this is");
    const department = await db.department.findUnique({ where: { id: departmentId }, select: { id: true } });
    if (!department) throw new UploadRefused(400, "departmentId", "That department does not exist");
    const format = formatOfFileName(body.file.name)!;
    record = await queueSpendImport(db, { fileName: body.file.name, format, departmentId, body: bytes, actor });
  }
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: "import.upload",
      entityType: "Import",
      entityId: record.id,
      departmentId: record.departmentId,
      after: { fileName, kind: kind.data.kind },
    }),
  );
  revalidatePath("/imports");
  return new Response(null, { status: 303, headers: { Location: `/imports/${record.id}` } });
}
