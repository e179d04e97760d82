/** Names longer than this are cut with an ellipsis on a chart's rows; the table beside it gives them whole. */
const ROW_LABEL_CHARACTERS = 48;

export function chartRowLabel(name: string): string {
  return name.length > ROW_LABEL_CHARACTERS ? `${name.slice(0, ROW_LABEL_CHARACTERS - 1).trimEnd()}…` : name;
}
