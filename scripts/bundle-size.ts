// Reports the production task pane's JavaScript, raw and gzipped: the first load (the entry the
// page names), everything (with the chunks loaded on demand), and of that the Word export's own chunks
// (`docx…`: loaded only when a person saves the report as a document). Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  readonly initialGzip: number;
  readonly totalGzip: number;
  /** The chunks only the Word export loads (the docx package with them). */
  readonly wordGzip: number;
  readonly files: readonly { name: string; raw: number; gzip: number; initial: boolean }[];
}

export function bundleSize(dist: string): BundleSize {
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  // The scripts the page names, and those it asks for early (preload): both are fetched with the page.
  const named = [...html.matchAll(/<script[^>]+src="?([^"\s>]+\.js)/g), ...html.matchAll(/<link[^>]+rel="?preload"?[^>]+href="?([^"\s>]+\.js)/g)];
  const initial = new Set(named.map((m) => m[1]).filter((s) => !/^https?:/.test(s)));
  const files = readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .map((name) => {
      const data = readFileSync(join(dist, name));
      return { name, raw: data.length, gzip: gzipSync(data, { level: 9 }).length, initial: initial.has(name) };
    });
  const sum = (xs: typeof files) => xs.reduce((s, f) => s + f.gzip, 0);
  return { initialGzip: sum(files.filter((f) => f.initial)), totalGzip: sum(files), wordGzip: sum(files.filter((f) => f.name.startsWith('docx'))), files };
}

if (require.main === module) {
  const size = bundleSize(join(__dirname, '..', 'dist'));
  for (const f of size.files) {
    console.log(`${f.initial ? '*' : ' '} ${f.name.padEnd(34)} ${(f.raw / 1024).toFixed(1).padStart(7)} KB  ${(f.gzip / 1024).toFixed(1).padStart(6)} KB gz`);
  }
  console.log(
    `first load ${(size.initialGzip / 1024).toFixed(1)} KB gz; all JavaScript ${(size.totalGzip / 1024).toFixed(1)} KB gz, of which the Word export ${(size.wordGzip / 1024).toFixed(1)} KB gz`,
  );
}
