// The preview's web server: plain node:http over the two builds. `/` is the host page
// (dist-preview/preview.html), `/preview/*` the preview bundle, `/addin/*` the production
// add-in from dist/ unchanged, except that taskpane.html loads the Office stand-in instead
// of Office.js from Microsoft's CDN.
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** Where taskpane.html loads Office.js from in production. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** What the preview's task pane loads instead: Office, Excel and CustomFunctions bound to the host page's workbook. */
export const OFFICE_STAND_IN_PATH = "/preview/officeStandIn.js";

/** Options for the server; `root` (the folder holding dist/ and dist-preview/) is for tests. */
export type PreviewServerOptions = {
  /** 0 picks a free port. @default 3001 */
  port?: number;
  /** @default "127.0.0.1" */
  host?: "127.0.0.1";
  /** @default the repository */
  root?: string;
};

/** A running preview server. */
export type PreviewServer = {
  /** The origin, without a trailing slash: `http://127.0.0.1:3001`. */
  url: string;
  close(): Promise<void>;
};

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/** Thrown at start when a build is missing; the message says what to run. */
export class PreviewNotBuiltError extends Error {
  constructor(missing: string) {
    super(`The preview is not built: ${missing} is missing. Run npm run build:preview first.`);
    this.name = "PreviewNotBuiltError";
  }
}

/** Starts the server; fails with PreviewNotBuiltError when dist/ or dist-preview/ is not built. */
export async function startPreviewServer(options: PreviewServerOptions = {}): Promise<PreviewServer> {
  const root = options.root ?? path.resolve(__dirname, "..");
  const folders = { addin: path.join(root, "dist"), preview: path.join(root, "dist-preview") };
  for (const file of [
    path.join(folders.addin, "taskpane.html"),
    path.join(folders.preview, "preview.html"),
    path.join(folders.preview, "officeStandIn.js"),
  ]) {
    if (!existsSync(file)) throw new PreviewNotBuiltError(path.relative(root, file));
  }
  const taskpane = await readFile(path.join(folders.addin, "taskpane.html"), "utf8");
  if (!taskpane.includes(OFFICE_JS_URL)) {
    throw new Error(`dist/taskpane.html does not load ${OFFICE_JS_URL}, so the preview cannot replace it.`);
  }

  const server = createServer((request, response) => {
    serve(request, response, folders).catch((error: Error) => {
      // An unexpected failure (the disk, a file vanishing mid-rebuild): answer and tell the console.
      console.error(`[BAR preview] ${request.url}: ${error.message}`);
      if (!response.headersSent) send(response, 500, "text/plain; charset=utf-8", "Internal error");
      else response.destroy();
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 3001, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

type Folders = { addin: string; preview: string };

async function serve(request: IncomingMessage, response: ServerResponse, folders: Folders): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("Allow", "GET, HEAD");
    return send(response, 405, "text/plain; charset=utf-8", "Method not allowed");
  }
  const target = toFile(request.url ?? "/", folders);
  if (target === "bad") return send(response, 400, "text/plain; charset=utf-8", "Bad request");
  const info = target === null ? null : await stat(target).catch(() => null);
  if (target === null || !info?.isFile())
    return send(response, 404, "text/plain; charset=utf-8", "Not found");
  const type = CONTENT_TYPES[path.extname(target).toLowerCase()] ?? "application/octet-stream";
  let body = await readFile(target);
  if (target === path.join(folders.addin, "taskpane.html")) {
    body = Buffer.from(body.toString("utf8").split(OFFICE_JS_URL).join(OFFICE_STAND_IN_PATH));
  }
  send(response, 200, type, request.method === "HEAD" ? null : body, body.length);
}

/**
 * The file a request path names, null when it names none, or "bad" for a path that cannot
 * be decoded. A path that would leave its folder (`..`, encoded or not) names none.
 */
export function toFile(url: string, folders: Folders): string | null | "bad" {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, "http://preview").pathname);
  } catch {
    return "bad";
  }
  if (pathname.includes("\0")) return "bad";
  if (pathname === "/" || pathname === "/index.html") return path.join(folders.preview, "preview.html");
  const match = /^\/(preview|addin)\/(.+)$/.exec(pathname);
  if (!match) return null;
  const base = match[1] === "preview" ? folders.preview : folders.addin;
  const file = path.resolve(base, ...match[2].split(/[\\/]/));
  return file.startsWith(base + path.sep) ? file : null;
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: Buffer | string | null,
  length = body === null ? 0 : Buffer.byteLength(body),
): void {
  response.writeHead(status, {
    "Content-Type": type,
    "Content-Length": length,
    // A development tool: always the latest build.
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  response.end(body ?? undefined);
}
