// `npm run preview`: serves the production task pane beside an in-memory workbook (the seed
// 002 example) on http://127.0.0.1:3001 (PORT overrides). npm builds both bundles first.
import { startPreviewServer } from "./previewServer";

async function main(): Promise<void> {
  const port = process.env.PORT === undefined ? 3001 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not "${process.env.PORT}".`);
  }
  const server = await startPreviewServer({ port });
  console.log(
    [
      `[BAR] The preview runs on ${server.url}/`,
      "      The production task pane beside an in-memory workbook (no Excel): open the URL in a browser.",
      "      ?lang=en-US · ?theme=dark · ?workbook=empty · ?initiatives=5000 · ?user=Name",
      "      Press Ctrl+C to stop.",
    ].join("\n"),
  );
  process.on("SIGINT", () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((error: Error) => {
  console.error(`[BAR] ${error.message}`);
  process.exit(1);
});
