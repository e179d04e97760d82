// Password strength by zxcvbn (a well-kept estimator: dictionaries, keyboard patterns, repeats, sequences,
// dates, l33t), on top of the length rule and our own short list. Loaded once; its dictionaries are large, so
// only server code imports this (the schemas that use it are parsed in actions and scripts).
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/** zxcvbn's score 0-4; 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: {
      ...common.dictionary,
      ...english.dictionary,
      userInputs: ["partnerscope", "procurement", "contract", "supplier", "crown", "commercial"],
    },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  }));

/** Null when strong enough, else why not, in words for the form. */
export function passwordWeakness(password: string): string | null {
  const result = zxcvbn().check(password.slice(0, 100));
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const hint = result.feedback.warning || result.feedback.suggestions[0];
  return `Password is too easy to guess${hint ? ` (${hint.replace(/\.$/, "").toLowerCase()})` : ""}; use a longer mix of unrelated words`;
}
