#!/usr/bin/env node
// Draws the LAKIP Tracker icon (a rounded green square, a white document with a folded
// corner and a green check mark) and writes it as RGBA PNGs in assets/.
// Run: node scripts/make-icons.js. Uses only zlib and fs so it runs anywhere Node does.
'use strict';

const fs = require('fs');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const OUT_DIR = `${__dirname}/../assets`;
/** Samples per pixel along each axis: 8 x 8 = 64 samples give smooth edges even at 16 px. */
const SUPERSAMPLE = 8;

const GREEN_TOP = [0x21, 0x8a, 0x4f];
const GREEN_BOTTOM = [0x14, 0x6c, 0x3b];
const WHITE = [0xff, 0xff, 0xff];
const FOLD = [0xc8, 0xe6, 0xd2];
const LINE = [0xa9, 0xc4, 0xb3];
const CHECK = [0x14, 0x7a, 0x40];

// Shapes in a unit square (0..1 on both axes, y down).
const BG = { x0: 0.03, y0: 0.03, x1: 0.97, y1: 0.97, r: 0.2 };
const DOC = { x0: 0.25, y0: 0.14, x1: 0.75, y1: 0.86, fold: 0.16 };
const CHECK_POINTS = [
  [0.345, 0.575],
  [0.45, 0.68],
  [0.655, 0.44],
];
const CHECK_HALF_WIDTH = 0.052;
/** Text lines on the document, drawn only where there are enough pixels to show them. */
const TEXT_LINES = [
  { x0: 0.33, x1: 0.55, y: 0.27 },
  { x0: 0.33, x1: 0.64, y: 0.36 },
];
const TEXT_LINE_HALF_WIDTH = 0.022;

function insideRoundedRect(x, y, { x0, y0, x1, y1, r }) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The document without its folded corner: the top-right triangle is cut off. */
function insideDocument(x, y) {
  if (x < DOC.x0 || x > DOC.x1 || y < DOC.y0 || y > DOC.y1) return false;
  return x - (DOC.x1 - DOC.fold) <= y - DOC.y0;
}

/** The folded flap: the part of the document's corner square under the cut. */
function insideFold(x, y) {
  return insideDocument(x, y) && x >= DOC.x1 - DOC.fold && y <= DOC.y0 + DOC.fold;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onCheck(x, y) {
  for (let i = 0; i + 1 < CHECK_POINTS.length; i++) {
    if (distanceToSegment(x, y, CHECK_POINTS[i], CHECK_POINTS[i + 1]) <= CHECK_HALF_WIDTH) return true;
  }
  return false;
}

function onTextLine(x, y) {
  return TEXT_LINES.some((l) => distanceToSegment(x, y, [l.x0, l.y], [l.x1, l.y]) <= TEXT_LINE_HALF_WIDTH);
}

/** The colour at one point, or null where the icon is transparent. */
function colourAt(x, y, withTextLines) {
  if (!insideRoundedRect(x, y, BG)) return null;
  if (onCheck(x, y) && insideDocument(x, y)) return CHECK;
  if (insideFold(x, y)) return FOLD;
  if (insideDocument(x, y)) return withTextLines && onTextLine(x, y) ? LINE : WHITE;
  const t = (y - BG.y0) / (BG.y1 - BG.y0);
  return GREEN_TOP.map((c, i) => c + (GREEN_BOTTOM[i] - c) * t);
}

/** Renders the icon at `size` px as RGBA bytes, row by row, by averaging premultiplied samples. */
function renderIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const withTextLines = size >= 32;
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = colourAt(
            (px + (sx + 0.5) / SUPERSAMPLE) / size,
            (py + (sy + 0.5) / SUPERSAMPLE) / size,
            withTextLines,
          );
          if (c === null) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
        pixels[o + 3] = Math.round((255 * a) / samples);
      }
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels as a PNG: 8-bit colour type 6, no interlace, filter 0 on every row. */
function encodePng(size, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = `${OUT_DIR}/icon-${size}.png`;
  fs.writeFileSync(file, encodePng(size, renderIcon(size)));
  console.log(`assets/icon-${size}.png`);
}
