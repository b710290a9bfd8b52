import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import * as devCerts from "office-addin-dev-certs";

/** Key and certificate for https://localhost:3000, as the dev server's `server.options` takes them. */
export type DevCertificate = { key: Buffer; cert: Buffer; ca?: Buffer };

// Where office-addin-dev-certs keeps its files (its defaults module is not exported).
const certificateDirectory = join(homedir(), ".office-addin-dev-certs");
const caCertificatePath = join(certificateDirectory, "ca.crt");
const localhostCertificatePath = join(certificateDirectory, "localhost.crt");
const localhostKeyPath = join(certificateDirectory, "localhost.key");

/**
 * The Office developer certificate for the dev server, or null when none can be had (the dev
 * server then makes its own self-signed one). On Windows and macOS getHttpsServerOptions also
 * trusts the CA, which desktop Excel needs. On Linux it would run `sudo` in the middle of the
 * build and then reject, so there the certificate files are generated (or reused) directly.
 */
export async function readDevCertificate(log: (message: string) => void): Promise<DevCertificate | null> {
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      return await devCerts.getHttpsServerOptions();
    } catch (error) {
      log(
        `Could not install the Office developer certificate (${(error as Error).message}); using the files.`,
      );
    }
  }
  try {
    if (!isUsable(localhostCertificatePath) || !existsSync(localhostKeyPath)) {
      await devCerts.generateCertificates();
    }
    log(
      `HTTPS certificate: ${localhostCertificatePath}. Browsers and Excel trust it only once its CA is trusted: ` +
        `run "sudo npx office-addin-dev-certs install", or import ${caCertificatePath} into the browser.`,
    );
    return {
      key: readFileSync(localhostKeyPath),
      cert: readFileSync(localhostCertificatePath),
      ...(existsSync(caCertificatePath) ? { ca: readFileSync(caCertificatePath) } : {}),
    };
  } catch (error) {
    log(`Could not create a developer certificate (${(error as Error).message}); serving a self-signed one.`);
    return null;
  }
}

function isUsable(certificatePath: string): boolean {
  if (!existsSync(certificatePath)) return false;
  try {
    return new Date(new X509Certificate(readFileSync(certificatePath)).validTo).getTime() > Date.now();
  } catch {
    return false;
  }
}
