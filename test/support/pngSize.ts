/** Width and height from a PNG file's IHDR header; throws if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error("Not a PNG file.");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
