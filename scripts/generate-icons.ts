import { deflateSync } from 'zlib';
import { writeFileSync } from 'fs';
import { join } from 'path';

/**
 * The sizes Microsoft's manifest documentation asks for: 16, 32 and 80 px for every ribbon `Icon` (required),
 * 32 px for `IconUrl` and 64 px for `HighResolutionIconUrl` (task-pane add-ins: Insert > Add-ins, the tab bar).
 */
export const ICON_SIZES = [16, 32, 64, 80] as const;

/**
 * Writes the add-in's icons (assets/icon-16.png, -32, -64, -80): a blue rounded square with three rising white
 * bars (a projection). Drawn pixel by pixel and encoded as PNG by hand, so no image tool is needed.
 * Run: npx ts-node --transpile-only scripts/generate-icons.ts
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels, row by row, to PNG bytes (colour type 6, 8 bits, no interlace). */
export function encodePng(size: number, pixel: (x: number, y: number) => readonly [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BLUE = [0x1f, 0x4e, 0x78, 0xff] as const;
const WHITE = [0xff, 0xff, 0xff, 0xff] as const;
const CLEAR = [0, 0, 0, 0] as const;

export function iconPixels(size: number): (x: number, y: number) => readonly [number, number, number, number] {
  const radius = Math.max(2, Math.round(size * 0.18));
  const margin = Math.max(3, Math.round(size * 0.2));
  const inner = size - 2 * margin;
  const bar = Math.max(2, Math.floor(inner / 5));
  const gap = Math.max(1, Math.floor((inner - 3 * bar) / 2));
  const heights = [0.4, 0.7, 1].map((h) => Math.max(2, Math.round(inner * h)));
  return (x, y) => {
    // Rounded corners: outside the quarter circles is transparent.
    const cx = x < radius ? radius - 0.5 : x >= size - radius ? size - radius - 0.5 : x + 0.5;
    const cy = y < radius ? radius - 0.5 : y >= size - radius ? size - radius - 0.5 : y + 0.5;
    if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > radius * radius) return CLEAR;
    for (let i = 0; i < 3; i++) {
      const left = margin + i * (bar + gap);
      const top = size - margin - heights[i]!;
      if (x >= left && x < left + bar && y >= top && y < size - margin) return WHITE;
    }
    return BLUE;
  };
}

if (require.main === module) {
  for (const size of ICON_SIZES) {
    const file = join(__dirname, '..', 'assets', `icon-${size}.png`);
    writeFileSync(file, encodePng(size, iconPixels(size)));
    console.log(`${file} (${size}×${size})`);
  }
}
