// The answer to an upload the route refuses: the refusal's own status (413 for a file over the limit, 400 for
// a wrong field), as a page in the GOV.UK error-summary pattern that links to the field and back to the form.
import { UploadRefused } from "./upload-body";

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function refusalResponse(refusal: UploadRefused): Response {
  const message = escape(refusal.message);
  const target = refusal.field ? `/imports#${escape(refusal.field)}` : "/imports";
  const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Error: upload refused – Imports – Partnerscope</title></head>
<body><main id="main-content">
<div class="govuk-error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
<h1 id="error-summary-title">There is a problem</h1>
<ul class="govuk-error-summary__list"><li><a href="${target}">${message}</a></li></ul>
</div>
<p>Nothing was imported or stored. <a href="/imports">Back to imports</a></p>
</main></body></html>`;
  return new Response(html, {
    status: refusal.status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
