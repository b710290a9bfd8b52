/** Where the dev server serves the add-in; manifest.xml and the JSDoc `@helpurl`s are written with it. */
export const DEV_URL = "https://localhost:3000/";

/** Used by `npm run build` when BAR_PUBLIC_URL is not set. */
export const DEFAULT_PUBLIC_URL = "https://bar.example.dk/";

/**
 * The production base URL from the BAR_PUBLIC_URL setting (or the default), always ending in
 * "/". Office loads add-ins over https only, so anything else is refused here, at build time.
 */
export function readPublicUrl(setting: string | undefined): string {
  const value = setting?.trim() || DEFAULT_PUBLIC_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`BAR_PUBLIC_URL "${value}" is not a URL; expected e.g. ${DEFAULT_PUBLIC_URL}`);
  }
  if (url.protocol !== "https:") throw new Error(`BAR_PUBLIC_URL "${value}" must start with https://`);
  if (url.search || url.hash) throw new Error(`BAR_PUBLIC_URL "${value}" must not have a query or fragment`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Rewrites the dev URLs in a text file (manifest, metadata) to the public URL, as the Office
 * templates do at production build. A bare dev origin (the manifest's AppDomain) becomes the
 * public origin.
 */
export function toPublicUrls(text: string, publicUrl: string): string {
  const devOrigin = DEV_URL.slice(0, -1);
  return text.split(DEV_URL).join(publicUrl).split(devOrigin).join(new URL(publicUrl).origin);
}
