// How a return's outcome reads, the same after a payment entered in the form and after an uploaded
// file's job (the returns page shows the job's outcome). Pure: safe in client code.

export function returnSavedMessage(rowsWritten: number, duplicatesSkipped: number): string {
  const skipped = duplicatesSkipped ? `; ${duplicatesSkipped} already reported, not added again` : "";
  return `Return saved: ${rowsWritten} ${rowsWritten === 1 ? "payment" : "payments"} added${skipped}.`;
}

export function rowsToFixMessage(count: number): string {
  return `Nothing was saved: ${count} ${count === 1 ? "row needs" : "rows need"} fixing.`;
}
