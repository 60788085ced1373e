// `npm run bench`: every part in turn, a table on stdout, the figures in bench/results.json.
// `npm run bench -- core batch memory` runs only the parts named and updates only their figures.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { benchBatch, type BatchResult } from './batch';
import { benchAddin, type AddinResult } from './addin';
import { benchCore, type CoreResult } from './core';
import { benchMemory, type MemoryResult } from './memory';
import { benchTaskpane, taskpaneUnavailable, type TaskpaneResult } from './taskpane';
import { benchWeb, type WebResult } from './web';

const RESULTS = path.join(__dirname, 'results.json');

type Part = 'core' | 'batch' | 'memory' | 'addin' | 'taskpane' | 'web';
const PARTS: readonly Part[] = ['core', 'batch', 'memory', 'addin', 'taskpane', 'web'];

const log = (s: string) => process.stderr.write(`${s}\n`);
const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
  };
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

function coreRows(r: CoreResult): string[][] {
  const rows = r.sizes.map((s) => [`core: score ${fmt(s.rows)} rows`, `${fmt(s.medianMs)} ms`, `${fmt(s.rowsPerSecond)} rows/s`, '']);
  rows.push(['core: time 100,000 / 10,000 rows', `${r.ratio100kTo10k}× (CPU ${r.cpuRatio100kTo10k}×)`, 'linear is 10', `≤ ${r.target}: ${r.met ? 'met' : 'NOT met'}`]);
  return rows;
}

function batchRows(r: BatchResult): string[][] {
  return [
    [`batch: CLI 1 thread, ${r.files} copies of the sample`, `${fmt(r.cli1.medianMs)} ms`, `${fmt(r.perFileMs)} ms/file`, ''],
    [`batch: CLI 2 threads`, `${fmt(r.cli2.medianMs)} ms`, `${fmt(r.cli2.medianMs / r.files)} ms/file`, ''],
    [`batch: ExcelJS read + write only`, `${fmt(r.floor.medianMs)} ms`, `${fmt(r.floor.medianMs / r.files)} ms/file`, ''],
    [`batch: CLI 1 thread / I/O floor`, `${r.ratio}× (CPU ${r.cpuRatio}×)`, '', `≤ ${r.target}×: ${r.met ? 'met' : 'NOT met'}`],
    [`batch: 1 thread / 2 threads`, `${r.scaling}×`, '', `≥ ${r.scalingTarget}×: ${r.scalingMet ? 'met' : 'NOT met'}`],
  ];
}

function memoryRows(r: MemoryResult): string[][] {
  return [
    [`memory: one ${fmt(r.rows)}-row workbook alone`, `${fmt(r.alone.peakMB)} MB`, `${fmt(r.alone.wallMs)} ms`, ''],
    [`memory: a folder of ${r.files}`, `${fmt(r.folder.peakMB)} MB`, `${fmt(r.folder.wallMs)} ms`, ''],
    [`memory: folder / alone`, `${r.ratio}×`, '', `≤ ${r.target}×: ${r.met ? 'met' : 'NOT met'}`],
  ];
}

const kb = (b: number) => `${fmt(b / 1024)} KB`;

function addinRows(r: AddinResult): string[][] {
  return r.sizes.map((s) => [
    `add-in: score ${fmt(s.rows)} rows (again / restore)`,
    `${s.score.syncs} syncs (${s.rescore.syncs} / ${s.restore.syncs})`,
    `sent ${kb(s.score.requestBytes)}, received ${kb(s.score.responseBytes)}`,
    `${r.target} syncs: ${s.score.syncs <= r.target && s.rescore.syncs <= r.target ? 'met' : 'NOT met'}`,
  ]);
}

function taskpaneRows(r: TaskpaneResult): string[][] {
  const { now, previous, targets, met } = r;
  const was = (x: number, unit: string) => `was ${fmt(x)} ${unit}`;
  return [
    ['task pane: JavaScript gzipped before the first render', `${now.firstLoadKB} KB`, was(previous.firstLoadKB, 'KB'), `≤ ${targets.firstLoadKB} KB: ${met.firstLoad ? 'met' : 'NOT met'}`],
    ['task pane: JavaScript gzipped, a listed cell selected', `${now.selectKB} KB`, was(previous.selectKB, 'KB'), `≤ ${targets.selectKB} KB: ${met.select ? 'met' : 'NOT met'}`],
    ['task pane: JavaScript gzipped, all chunks', `${now.allGzipKB} KB`, was(previous.allGzipKB, 'KB'), ''],
    ['task pane: first paint, no debugger (chromium)', `${fmt(now.undebugged.firstPaintMs)} ms`, was(previous.undebugged.firstPaintMs, 'ms'), `≤ ${targets.firstPaintMs} ms: ${met.firstPaint ? 'met' : 'NOT met'}`],
    ['task pane: first render, no debugger, now / previous release', `${fmt(now.undebugged.firstRenderMs)} ms`, `${was(previous.undebugged.firstRenderMs, 'ms')} (${r.firstRenderShare.undebugged}×)`, `≤ ${targets.firstRenderShare}×: ${met.firstRender ? 'met' : 'NOT met'}`],
    ["task pane: React's floor (React DOM alone in the pane's page), no debugger", `${fmt(r.reactFloor.firstRenderMs)} ms`, `now ${fmt(Number((now.undebugged.firstRenderMs / r.reactFloor.firstRenderMs).toFixed(2)))}× of it`, ''],
    ['task pane: first paint / first render through Playwright', `${fmt(now.firstPaintMs)} / ${fmt(now.firstRenderMs)} ms`, `${was(previous.firstPaintMs, '')}/ ${fmt(previous.firstRenderMs)} ms (${r.firstRenderShare.playwright}×)`, ''],
    ['task pane: 评分 pressed to result shown (sample)', `${fmt(now.scoreToResultMs)} ms`, was(previous.scoreToResultMs, 'ms'), ''],
  ];
}

function webRows(r: WebResult): string[][] {
  return [
    ['web page: JavaScript gzipped (the worker inside)', `${r.javascriptGzipKB} KB (${r.workerGzipKB} KB)`, '', ''],
    ['web page: first paint / first render (chromium, file://)', `${fmt(r.firstPaintMs)} / ${fmt(r.firstRenderMs)} ms`, '', ''],
    ['web page: the sample dropped to its total shown', `${fmt(r.sampleMs)} ms`, '', `≤ ${r.targets.sampleMs} ms: ${r.met.sample ? 'met' : 'NOT met'}`],
    [`web page: ${r.copies} copies (${r.workers} worker${r.workers > 1 ? 's' : ''})`, `${fmt(r.copiesMs)} ms`, `CLI one core ${fmt(r.cliOneCoreMs)} ms`, ''],
    ['web page / CLI one core', `${r.ratio}×`, '', `≤ ${r.targets.ratio}×: ${r.met.ratio ? 'met' : 'NOT met'}`],
  ];
}

async function main(): Promise<number> {
  const wanted = process.argv.slice(2).filter((a) => (PARTS as readonly string[]).includes(a)) as Part[];
  const parts = wanted.length ? wanted : PARTS;
  const previous = wanted.length ? await fs.readFile(RESULTS, 'utf8').then(JSON.parse, () => ({})) : {};
  const results: Record<string, unknown> = { ...previous, date: new Date().toISOString(), machine: machine() };
  const rows: string[][] = [['measure', 'median', 'rate', 'target']];
  for (const part of parts) {
    log(`— ${part}`);
    if (part === 'core') {
      const r = await benchCore(log);
      results.core = r;
      rows.push(...coreRows(r));
    } else if (part === 'batch') {
      const r = await benchBatch(log);
      results.batch = r;
      rows.push(...batchRows(r));
    } else if (part === 'memory') {
      const r = await benchMemory(log);
      results.memory = r;
      rows.push(...memoryRows(r));
    } else if (part === 'addin') {
      const r = await benchAddin(log);
      results.addin = r;
      rows.push(...addinRows(r));
    } else if (part === 'web') {
      const why = taskpaneUnavailable();
      if (why) {
        log(`web skipped: ${why}`);
        results.web = { skipped: why };
        rows.push([`web page: skipped: ${why}`, '', '', '']);
        continue;
      }
      const r = await benchWeb(log);
      results.web = r;
      rows.push(...webRows(r));
    } else {
      const why = taskpaneUnavailable();
      if (why) {
        log(`taskpane skipped: ${why}`);
        results.taskpane = { skipped: why };
        rows.push([`task pane: skipped: ${why}`, '', '', '']);
        continue;
      }
      const r = await benchTaskpane(log);
      results.taskpane = r;
      rows.push(...taskpaneRows(r));
    }
  }
  results.machine = { ...machine(), loadAverageAtStart: (results.machine as { loadAverage: number[] }).loadAverage };
  process.stdout.write(`${table(rows)}\n`);
  await fs.writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  log(`figures written to ${path.relative(process.cwd(), RESULTS)}`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
