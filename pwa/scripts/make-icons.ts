#!/usr/bin/env node
// Draws the CareGraph icons (a white cross on the brand blue) as PNGs without dependencies:
// `node scripts/make-icons.ts` writes public/icons/*.png. The PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '../public/icons');
type Rgba = [number, number, number, number];
const BLUE: Rgba = [11, 83, 148, 1];
const WHITE: Rgba = [255, 255, 255, 1];

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const ss = 4; // supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const acc: Rgba = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const [r, g, b, a] = pixel((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          acc[0] += r * a;
          acc[1] += g * a;
          acc[2] += b * a;
          acc[3] += a;
        }
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const alpha = acc[3] / (ss * ss);
      raw[o] = alpha ? Math.round(acc[0] / acc[3]) : 0;
      raw[o + 1] = alpha ? Math.round(acc[1] / acc[3]) : 0;
      raw[o + 2] = alpha ? Math.round(acc[2] / acc[3]) : 0;
      raw[o + 3] = Math.round(alpha * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function inRoundedSquare(x: number, y: number, inset: number, radius: number): boolean {
  const lo = inset;
  const hi = 1 - inset;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + radius), hi - radius);
  const cy = Math.min(Math.max(y, lo + radius), hi - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The cross, `scale` = its size relative to the icon, centred. */
function inCross(x: number, y: number, scale: number): boolean {
  const arm = scale / 2;
  const half = scale / 6;
  const dx = Math.abs(x - 0.5);
  const dy = Math.abs(y - 0.5);
  const r = half * 0.35;
  const inBar = (a: number, b: number) => {
    if (a > arm || b > half) return false;
    const ca = Math.min(a, arm - r);
    const cb = Math.min(b, half - r);
    return (a - ca) ** 2 + (b - cb) ** 2 <= r * r;
  };
  return inBar(dx, dy) || inBar(dy, dx);
}

function icon({ maskable }: { maskable: boolean }) {
  return (x: number, y: number): Rgba => {
    const inside = maskable || inRoundedSquare(x, y, 0.04, 0.2);
    if (!inside) return [0, 0, 0, 0];
    // Maskable icons keep the cross inside the 80 % safe zone.
    return inCross(x, y, maskable ? 0.46 : 0.58) ? WHITE : BLUE;
  };
}

mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'icon-192.png'), png(192, icon({ maskable: false })));
writeFileSync(path.join(out, 'icon-512.png'), png(512, icon({ maskable: false })));
writeFileSync(path.join(out, 'maskable-512.png'), png(512, icon({ maskable: true })));
writeFileSync(path.join(out, 'apple-touch-icon.png'), png(180, icon({ maskable: true })));
console.warn('icons written to', out);
