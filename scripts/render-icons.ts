// Renders assets/icon.svg to the PNG sizes the manifest names (16, 32, 64, 80, 128).
// Run: npx tsx scripts/render-icons.ts   (the PNGs are committed; rerun after editing the SVG)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const assets = join(__dirname, '..', 'assets');
const svg = readFileSync(join(assets, 'icon.svg'), 'utf8');

for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
  writeFileSync(join(assets, `icon-${size}.png`), png);
  console.log(`assets/icon-${size}.png  ${png.length} bytes`);
}
