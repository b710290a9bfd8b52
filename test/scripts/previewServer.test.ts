import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  OFFICE_JS_URL,
  OFFICE_STAND_IN_PATH,
  startPreviewServer,
  type PreviewServer,
} from "../../scripts/previewServer";

/** A folder shaped like the repository after `npm run build:preview`, with small stand-in files. */
function builtRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), "bar-preview-server-"));
  mkdirSync(path.join(root, "dist", "assets"), { recursive: true });
  mkdirSync(path.join(root, "dist-preview"), { recursive: true });
  writeFileSync(
    path.join(root, "dist", "taskpane.html"),
    `<script src=${OFFICE_JS_URL}></script><script defer src=taskpane.js></script>`,
  );
  writeFileSync(path.join(root, "dist", "taskpane.js"), `console.log("${OFFICE_JS_URL}");`);
  writeFileSync(path.join(root, "dist", "functions.json"), "{}");
  writeFileSync(path.join(root, "dist", "assets", "icon-32.png"), "png");
  writeFileSync(path.join(root, "dist-preview", "preview.html"), "<title>preview</title>");
  writeFileSync(path.join(root, "dist-preview", "officeStandIn.js"), "window.Office = {};");
  writeFileSync(path.join(root, "secret.txt"), "outside");
  return root;
}

type Answer = { status: number; type: string | undefined; body: string };

/** Sends a raw request path (not normalised by a URL parser, so traversal attempts arrive as written). */
function get(server: PreviewServer, rawPath: string, method = "GET"): Promise<Answer> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const sent = request({ hostname, port, path: rawPath, method }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, type: response.headers["content-type"], body }),
      );
    });
    sent.on("error", reject);
    sent.end();
  });
}

let root: string;
let server: PreviewServer;

beforeAll(async () => {
  root = builtRoot();
  server = await startPreviewServer({ port: 0, root });
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("the preview server", () => {
  it("listens on a free port of 127.0.0.1 when asked for port 0", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("serves the host page at /", async () => {
    expect(await get(server, "/")).toEqual({
      status: 200,
      type: "text/html; charset=utf-8",
      body: "<title>preview</title>",
    });
  });

  it("serves the preview bundle under /preview/ as JavaScript", async () => {
    const answer = await get(server, "/preview/officeStandIn.js");
    expect([answer.status, answer.type]).toEqual([200, "text/javascript; charset=utf-8"]);
  });

  it("loads the Office stand-in instead of the CDN's Office.js in the task pane page", async () => {
    const { body } = await get(server, "/addin/taskpane.html");
    expect(body).toBe(`<script src=${OFFICE_STAND_IN_PATH}></script><script defer src=taskpane.js></script>`);
  });

  it("serves the production bundle unchanged", async () => {
    expect((await get(server, "/addin/taskpane.js")).body).toBe(`console.log("${OFFICE_JS_URL}");`);
  });

  it.each([
    ["/addin/functions.json", "application/json; charset=utf-8"],
    ["/addin/assets/icon-32.png", "image/png"],
  ])("gives %s the content type %s", async (file, type) => {
    expect((await get(server, file)).type).toBe(type);
  });

  it.each(["/addin/nope.js", "/other.html", "/addin/", "/addin/assets"])(
    "answers 404 for %s",
    async (file) => {
      expect((await get(server, file)).status).toBe(404);
    },
  );

  it.each([
    "/addin/../secret.txt",
    "/addin/..%2f..%2fsecret.txt",
    "/preview/%2e%2e/secret.txt",
    "/addin/..\\secret.txt",
  ])("does not serve files outside its folders: %s", async (file) => {
    const answer = await get(server, file);
    expect([answer.status, answer.body.includes("outside")]).toEqual([404, false]);
  });

  it("refuses a path it cannot decode", async () => {
    expect((await get(server, "/addin/%E0%A4%A")).status).toBe(400);
  });

  it("answers only GET and HEAD", async () => {
    expect((await get(server, "/", "POST")).status).toBe(405);
  });

  it("answers HEAD without a body", async () => {
    const answer = await get(server, "/", "HEAD");
    expect([answer.status, answer.body]).toEqual([200, ""]);
  });
});

describe("starting without a build", () => {
  it("says to run npm run build:preview when dist-preview is missing", async () => {
    const bare = builtRoot();
    rmSync(path.join(bare, "dist-preview"), { recursive: true });
    await expect(startPreviewServer({ port: 0, root: bare })).rejects.toThrow(
      "The preview is not built: dist-preview/preview.html is missing. Run npm run build:preview first.",
    );
    rmSync(bare, { recursive: true, force: true });
  });

  it("says to run npm run build:preview when dist is missing", async () => {
    const bare = builtRoot();
    rmSync(path.join(bare, "dist"), { recursive: true });
    await expect(startPreviewServer({ port: 0, root: bare })).rejects.toThrow(
      /dist\/taskpane\.html is missing\. Run npm run build:preview/,
    );
    rmSync(bare, { recursive: true, force: true });
  });
});
