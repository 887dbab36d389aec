#!/usr/bin/env node
// Draws the app icons (PNG) from public/favicon.svg with headless Chromium, for the web app
// manifest and Safari's home-screen icon. Run by hand when the logo changes; the PNGs are
// committed, so a build needs no image tools.
//
//   node scripts/icons.mjs
//
// Writes public/icon-192.png, icon-512.png (the logo as it is, rounded corners on a
// transparent background), icon-maskable-512.png (full-bleed background, the tick inside the
// central 80 % safe zone that launchers may cut to a circle) and apple-touch-icon.png (180 px,
// full-bleed: iOS rounds the corners itself).

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PUBLIC = join(ROOT, 'public');
const svg = readFileSync(join(PUBLIC, 'favicon.svg'), 'utf8');
const BLUE = (svg.match(/fill="(#[0-9a-fA-F]{6})"/) || [])[1];
if (!BLUE) throw new Error('favicon.svg: no background colour found');
const tick = (svg.match(/<path[^>]*\/>/) || [])[0];
if (!tick) throw new Error('favicon.svg: no path found');

// `scale` shrinks the tick around the centre (64x64 viewBox) to keep it in the safe zone.
const fullBleed = (scale) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">` +
  `<rect width="64" height="64" fill="${BLUE}"/>` +
  `<g transform="translate(32 32) scale(${scale}) translate(-32 -32)">${tick}</g></svg>`;

const ICONS = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed(0.72) },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed(0.9) },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const data = Buffer.from(icon.svg).toString('base64');
    await page.setContent(`<html><body style="margin:0;background:transparent">` +
      `<img src="data:image/svg+xml;base64,${data}" width="${icon.size}" height="${icon.size}" style="display:block"></body></html>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
    writeFileSync(join(PUBLIC, icon.file), png);
    console.log(`${icon.file}: ${icon.size}x${icon.size}, ${png.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
