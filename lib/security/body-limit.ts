// The body a public page's post may carry (registration, joining, sign-in: a few fields). Pure: scripts/server.ts
// refuses a larger one before Next reads a byte of it (Next buffers a body for proxy.ts); proxy.ts does too, for
// an app served some other way.
export const PUBLIC_BODY_LIMIT = 64 * 1024;

/** Any signed-in page's post (server actions): forms of fields, never files. next.config.ts says the same. */
export const SIGNED_IN_BODY_LIMIT = 1024 * 1024;

/** The one address that takes files; its route counts the file against MAX_UPLOAD_BYTES itself. */
export const UPLOAD_PATH = /^\/imports\/upload$/;
/** The upload limit (lib/imports/schema.ts MAX_UPLOAD_BYTES, 100 MB) and room for the form around the file. */
export const UPLOAD_BODY_LIMIT = 100 * 1024 * 1024 + 64 * 1024;

/** Pages and endpoints anyone may open or post to; everything else needs a session. */
export const PUBLIC_PATHS = [
  /^\/icon\.svg$/,
  /^\/manifest\.webmanifest$/,
  /^\/login$/,
  /^\/forgot-password$/,
  /^\/reset-password$/,
  /^\/register(\/|$)/,
  /^\/invitations\//,
  /^\/api\/auth\//,
  /^\/api\/health$/,
  /^\/api\/ready$/,
];

export const isPublicPath = (pathname: string) => PUBLIC_PATHS.some((p) => p.test(pathname));

/** Why a post to a public page is refused before its body is read, or null to let it through. */
export function publicBodyRefusal(contentLength: string | null): { status: 411 | 413; message: string } | null {
  if (contentLength === null || !/^\d+$/.test(contentLength))
    return { status: 411, message: "A form post must say how long it is (Content-Length)." };
  if (Number(contentLength) > PUBLIC_BODY_LIMIT)
    return {
      status: 413,
      message: `This form post is larger than ${PUBLIC_BODY_LIMIT / 1024} KB; the form needs far less.`,
    };
  return null;
}

/** As publicBodyRefusal for a signed-in address: the upload route's limit there, the small limit elsewhere. */
export function signedInBodyRefusal(
  pathname: string,
  contentLength: string | null,
): { status: 413; message: string } | null {
  const upload = UPLOAD_PATH.test(pathname);
  const limit = upload ? UPLOAD_BODY_LIMIT : SIGNED_IN_BODY_LIMIT;
  // A post without a length (chunked) is held to the same limit by Next (server actions) or by the route.
  if (contentLength === null || !/^\d+$/.test(contentLength) || Number(contentLength) <= limit) return null;
  return {
    status: 413,
    message: upload
      ? "The file is over 100 MB, the upload limit: use the command line import"
      : `This form post is larger than ${SIGNED_IN_BODY_LIMIT / 1024 / 1024} MB; files are uploaded on the Imports page.`,
  };
}
