// Draws BAR's icons (assets/icon-<size>.png): three bars balanced on a beam over a fulcrum,
// white and gold on municipal blue. Run `node scripts/drawIcons.mjs` after changing the design;
// the PNGs are committed, so the build needs no image tools.
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const SAMPLES = 8; // per axis: 64 samples a pixel give smooth edges even at 16 px

const BLUE = [15, 76, 129];
const WHITE = [255, 255, 255];
const GOLD = [242, 193, 78];

// Shapes on a 16-unit grid (y pointing down), painted in this order. Edges on whole units
// stay crisp at 16, 32, 64, 80 and 128 px, the sizes Office shows most.
const shapes = [
  { color: BLUE, inside: roundedRect(0, 0, 16, 16, 3) },
  { color: WHITE, inside: rect(3, 7, 5, 10) },
  { color: GOLD, inside: rect(7, 3, 9, 10) },
  { color: WHITE, inside: rect(11, 7, 13, 10) },
  { color: WHITE, inside: rect(2, 10, 14, 11) },
  { color: WHITE, inside: triangle([8, 11], [5.5, 14], [10.5, 14]) },
];
const GRID = 16;

function rect(x0, y0, x1, y1) {
  return (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;
}

function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (!rect(x0, y0, x1, y1)(x, y)) return false;
    const dx = Math.max(x0 + r - x, x - (x1 - r), 0);
    const dy = Math.max(y0 + r - y, y - (y1 - r), 0);
    return dx * dx + dy * dy <= r * r;
  };
}

function triangle(a, b, c) {
  const side = (p, q, x, y) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  return (x, y) => {
    const s1 = side(a, b, x, y);
    const s2 = side(b, c, x, y);
    const s3 = side(c, a, x, y);
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };
}

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const { color, inside } of shapes) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            const x = ((px + (sx + 0.5) / SAMPLES) * GRID) / size;
            const y = ((py + (sy + 0.5) / SAMPLES) * GRID) / size;
            if (inside(x, y)) hits++;
          }
        }
        const cover = hits / (SAMPLES * SAMPLES);
        // "Over" compositing on premultiplied values keeps the transparent corners clean.
        r = color[0] * cover + r * (1 - cover);
        g = color[1] * cover + g * (1 - cover);
        b = color[2] * cover + b * (1 - cover);
        a = cover + a * (1 - cover);
      }
      const i = (py * size + px) * 4;
      pixels[i] = a ? Math.round(r / a) : 0;
      pixels[i + 1] = a ? Math.round(g / a) : 0;
      pixels[i + 2] = a ? Math.round(b / a) : 0;
      pixels[i + 3] = Math.round(a * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const folder = new URL("../assets/", import.meta.url);
mkdirSync(folder, { recursive: true });
for (const size of SIZES) {
  writeFileSync(new URL(`icon-${size}.png`, folder), encodePng(size, render(size)));
}
console.log(`Drew ${SIZES.map((s) => `icon-${s}.png`).join(", ")} in assets/.`);
