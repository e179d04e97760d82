import type { PrismaClient } from "@prisma/client";
export async function importOcdsFile(_db: PrismaClient, _file: string, _actor: unknown): Promise<number> {
  console.error("OCDS import is not available yet");
  return 1;
}
