// Why a name waits in the match queue (lib/suppliers/identity.ts): safe to import from client components.
export type QueueReason =
  "identifiers-disagree" | "identifier-differs" | "several-with-name" | "unverified-self-registered";

/** What the match queue tells the person about a name it could not place. */
export const QUEUE_REASON_TEXT: Record<QueueReason | "unknown", string> = {
  "identifiers-disagree": "Its identifiers belong to different registered suppliers.",
  "identifier-differs":
    "A registered supplier has this name but another Companies House number (or other identifier of the same kind): the same organisation, or another one?",
  "several-with-name": "More than one registered supplier has this name.",
  "unverified-self-registered":
    "The only supplier with this name registered itself and nobody has verified it yet: check it is the organisation that was paid.",
  unknown: "No registered supplier has this name or number.",
};
