// Draws the add-in's icons (a green table with a white check mark) as PNG files, so the binaries in this
// folder are reproducible: `node assets/make-icons.mjs`. No image library: a tiny rasteriser plus zlib.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 4;
const GREEN = [16, 124, 65];
const WHITE = [255, 255, 255];

/** Coverage 0…1 of the shape at a point in unit coordinates (0…1). */
function background(x, y) {
  const r = 0.16;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r && x >= 0.02 && x <= 0.98 && y >= 0.02 && y <= 0.98;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}

/** White grid lines of a small table in the upper half and a check mark across the lower right. */
function foreground(x, y, size) {
  const line = Math.max(0.06, 1.2 / size);
  const inTable = x > 0.18 && x < 0.82 && y > 0.18 && y < 0.58;
  const gridLine =
    inTable &&
    ([0.18, 0.31, 0.44, 0.58].some((g) => Math.abs(y - g) < line / 2) ||
      [0.18, 0.5, 0.82].some((g) => Math.abs(x - g) < line / 2));
  const tick =
    Math.min(
      distanceToSegment(x, y, 0.38, 0.7, 0.52, 0.84),
      distanceToSegment(x, y, 0.52, 0.84, 0.84, 0.52),
    ) < Math.max(0.07, 1.6 / size);
  return gridLine || tick;
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (background(x, y)) {
            bg++;
            if (foreground(x, y, size)) fg++;
          }
        }
      }
      const n = SUPERSAMPLE * SUPERSAMPLE;
      const f = bg ? fg / bg : 0;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(GREEN[c] * (1 - f) + WHITE[c] * f);
      rgba[i + 3] = Math.round((255 * bg) / n);
    }
  }
  return png(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++)
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const here = dirname(fileURLToPath(import.meta.url));
for (const size of SIZES) writeFileSync(join(here, `icon-${size}.png`), render(size));
