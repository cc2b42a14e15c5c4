#!/usr/bin/env node
// Generates the add-in icons (assets/icon-16.png, icon-32.png, icon-64.png, icon-80.png) with plain Node:
// a small rasteriser (4x4 supersampling for smooth edges) and a hand-written PNG encoder (zlib for the
// deflate stream, CRC-32 written out here because zlib.crc32 only exists from Node 22 on).
// Design: a dark blue rounded square with a white three-bar chart on a baseline.
// The output is deterministic: running the script again produces byte-identical files.
//
// Usage: node scripts/make-icons.js [output directory, default: assets]
/* global Buffer */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const SUPERSAMPLE = 4;

const BLUE = [0x12, 0x3b, 0x6d]; // dark blue (contrast with white > 10:1)
const WHITE = [0xff, 0xff, 0xff];

// ---------------------------------------------------------------------------------------------------
// PNG encoding

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (let i = 0; i < buffer.length; i++) c = CRC_TABLE[(c ^ buffer[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels (Uint8Array, width*height*4, not premultiplied) as a PNG (colour type 6, 8 bit). */
function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}

// ---------------------------------------------------------------------------------------------------
// Drawing (coordinates in units of the icon size, 0..1)

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= radius * radius;
}

function insideRect(x, y, left, top, right, bottom) {
  return x >= left && x <= right && y >= top && y <= bottom;
}

// Three bars (left to right: medium, short, tall) standing on a baseline.
const BARS = [
  { left: 0.24, right: 0.38, top: 0.44 },
  { left: 0.43, right: 0.57, top: 0.58 },
  { left: 0.62, right: 0.76, top: 0.24 },
];
const BASELINE = { left: 0.2, right: 0.8, top: 0.76, bottom: 0.82 };
const BAR_BOTTOM = BASELINE.top;

/** Returns the colour and coverage of one sample point. */
function sample(x, y, size) {
  // The square fills the whole icon; a slightly larger corner radius reads better at 16 px.
  const radius = size <= 16 ? 0.19 : 0.16;
  if (!insideRoundedRect(x, y, 0, 0, 1, 1, radius)) return null;
  for (const bar of BARS) {
    if (insideRect(x, y, bar.left, bar.top, bar.right, BAR_BOTTOM)) return WHITE;
  }
  if (insideRect(x, y, BASELINE.left, BASELINE.top, BASELINE.right, BASELINE.bottom)) return WHITE;
  return BLUE;
}

function renderIcon(size) {
  const pixels = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          const colour = sample(x, y, size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        pixels[offset] = Math.round(r / covered);
        pixels[offset + 1] = Math.round(g / covered);
        pixels[offset + 2] = Math.round(b / covered);
        pixels[offset + 3] = Math.round((255 * covered) / (n * n));
      }
    }
  }
  return encodePng(size, size, pixels);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    const png = renderIcon(size);
    fs.writeFileSync(file, png);
    console.log(`${path.relative(process.cwd(), file)} (${size}x${size}, ${png.length} bytes)`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, renderIcon, crc32, SIZES };
