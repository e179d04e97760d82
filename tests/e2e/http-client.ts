// Raw HTTP to the app from a chosen loopback address (any of 127.0.0.0/8 is this machine): the server sees
// it as the socket's address, as it would see a different client. For attacks the browser cannot make.
import http from "node:http";

const port = Number(process.env.E2E_PORT || 3100);

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function request(options: {
  from: string;
  /** The app's port: E2E_PORT's unless given (a test that starts an app of its own). */
  port?: number;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: options.port ?? port,
        localAddress: options.from,
        // A connection of its own each time: a kept-alive one the server is just closing fails the next request
        // (EPIPE) before it is answered.
        agent: false,
        method: options.method ?? "GET",
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    // A server that answers before the whole body is sent may close the connection while we still write.
    let answered = false;
    req.on("response", () => (answered = true));
    req.on("error", (error) => (answered ? undefined : reject(error)));
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const cookiesOf = (reply: Reply) => (reply.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!).join("; ");

/**
 * Signs in through next-auth's own endpoints, as the sign-in form does: "ok", or the error code next-auth
 * reports (CredentialsSignin for a wrong combination, THROTTLED while a delay runs).
 */
export async function signInOverHttp(
  from: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<string> {
  return (await signInReply(from, email, password, headers)).outcome;
}

/** Signs in as signInOverHttp does and returns the session's Cookie header, for requests as that person. */
export async function sessionCookie(from: string, email: string, password: string, port?: number): Promise<string> {
  const { outcome, cookie } = await signInReply(from, email, password, {}, port);
  if (outcome !== "ok") throw new Error(`Signing in as ${email} failed: ${outcome}`);
  return cookie;
}

async function signInReply(
  from: string,
  email: string,
  password: string,
  headers: Record<string, string>,
  port?: number,
): Promise<{ outcome: string; cookie: string }> {
  const csrf = await request({ from, port, path: "/api/auth/csrf", headers });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: "/" }).toString();
  const reply = await request({
    from,
    port,
    method: "POST",
    path: "/api/auth/callback/credentials",
    headers: {
      ...headers,
      "Content-Type": "application/x-www-form-urlencoded",
      "Content-Length": String(Buffer.byteLength(body)),
      Cookie: cookiesOf(csrf),
    },
    body,
  });
  const url = new URL((JSON.parse(reply.body) as { url: string }).url);
  return { outcome: url.searchParams.get("error") ?? "ok", cookie: cookiesOf(reply) };
}

/** A loopback address of its own for each test run, so runs and tests do not share throttling counts. */
export function loopbackAddress(): string {
  const n = () => 1 + Math.floor(Math.random() * 250);
  return `127.${n()}.${n()}.${n()}`;
}
