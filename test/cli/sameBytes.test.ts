// The same input gives the same bytes: nothing a run writes takes a byte from the clock, except
// what it writes afresh (汇总.xlsx), which takes it from the run's one clock — SOURCE_DATE_EPOCH when
// set. Scored twice on either side of a two-second step of a zip's time, a file comes out the same.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../src/cli/run';
import type { CliIO } from '../../src/cli/io';
import { scoreFile } from '../../src/cli/scoreFile';
import type { FileJob } from '../../src/cli/job';
import { inspectXlsx, type StoredPart } from '../../src/xlsx/guard';
import { loadXlsx, restoreXlsx, xlsxBytes } from '../../src/xlsx';
import { dosTime } from '../../src/xlsx/package/zipTime';
import { SAMPLE } from '../fixtures/xlsx';

const job: FileJob = { file: SAMPLE, shown: 'sample.xlsx', lang: 'zh', overwriteFormulas: false, sheet: null, explainColumn: true, reportSheet: true, docxAt: null, converter: null, report: false };

/** Only `Date` is faked: timers, ticks and I/O stay real. */
function at(iso: string): void {
  jest.useFakeTimers({ doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
  jest.setSystemTime(new Date(iso));
}

afterEach(() => jest.useRealTimers());

function parts(bytes: Buffer): readonly StoredPart[] {
  const pass = inspectXlsx(bytes);
  if (!pass.ok) throw new Error(`not a workbook: ${pass.problem}`);
  return pass.stored;
}

// 23:59:59 and 00:00:01 fall on either side of a two-second step (and of a day).
const BEFORE = '2026-12-06T23:59:59.900Z';
const AFTER = '2026-12-07T00:00:01.100Z';

test('a scored file: the same bytes on either side of a two-second step; every part keeps the input’s time', async () => {
  at(BEFORE);
  const first = Buffer.from((await scoreFile(job)).bytes!);
  at(AFTER);
  const second = Buffer.from((await scoreFile(job)).bytes!);
  expect(second.equals(first)).toBe(true);

  const input = new Map(parts(await fs.readFile(SAMPLE)).map((p) => [p.name, p.modified]));
  const newest = Math.max(...input.values());
  const output = parts(first);
  expect(output.some((p) => !input.has(p.name))).toBe(true); // the backup sheet, at least
  for (const p of output) expect([p.name, p.modified]).toEqual([p.name, input.get(p.name) ?? newest]);
});

test('a restored file: the same bytes on either side of the step', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'same-bytes-'));
  const scored = path.join(dir, 'x.scored.xlsx');
  await fs.writeFile(scored, (await scoreFile(job)).bytes!);
  const restored = async () => {
    const wb = await loadXlsx(scored);
    expect(restoreXlsx(wb)).toBeGreaterThan(0);
    return xlsxBytes(wb);
  };
  at(BEFORE);
  const first = await restored();
  at(AFTER);
  expect((await restored()).equals(first)).toBe(true);
  await fs.rm(dir, { recursive: true, force: true });
});

describe('汇总.xlsx takes the run’s clock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'same-bytes-'));
    await fs.mkdir(path.join(dir, 'in'));
    await fs.copyFile(SAMPLE, path.join(dir, 'in', 'a.xlsx'));
    await fs.copyFile(SAMPLE, path.join(dir, 'in', 'b.xlsx'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  async function run(out: string, env: Record<string, string>) {
    let stderr = '';
    const io: CliIO = { stdout: { write: () => true, isTTY: false }, stderr: { write: (t: string) => ((stderr += t), true), isTTY: false }, env };
    const code = await runCli([path.join(dir, 'in'), '--out', path.join(dir, out), '--json'], io);
    return { code, stderr, summary: () => fs.readFile(path.join(dir, out, '汇总.xlsx')) };
  }

  test('SOURCE_DATE_EPOCH fixes it: the same bytes across the step, every part dated by it', async () => {
    const epoch = '1780000000'; // 2026-05-28T20:26:40Z
    at(BEFORE);
    const first = await run('one', { SOURCE_DATE_EPOCH: epoch });
    at(AFTER);
    const second = await run('two', { SOURCE_DATE_EPOCH: epoch });
    expect([first.code, second.code]).toEqual([0, 0]);
    const bytes = await first.summary();
    expect((await second.summary()).equals(bytes)).toBe(true);
    for (const p of parts(bytes)) expect(p.modified).toBe(dosTime(new Date(1780000000 * 1000)));
    // The scored files too, whatever the clock.
    for (const name of ['a.scored.xlsx', 'b.scored.xlsx']) {
      expect((await fs.readFile(path.join(dir, 'two', name))).equals(await fs.readFile(path.join(dir, 'one', name)))).toBe(true);
    }
  });

  test('without it, the real time', async () => {
    at(BEFORE);
    const { code, summary } = await run('one', {});
    expect(code).toBe(0);
    for (const p of parts(await summary())) expect(p.modified).toBe(dosTime(new Date(BEFORE)));
  });

  test('a malformed one is refused, saying what it should be', async () => {
    const { code, stderr } = await run('one', { SOURCE_DATE_EPOCH: 'yesterday' });
    expect(code).toBe(2);
    expect(stderr).toContain('SOURCE_DATE_EPOCH 应是自 1970-01-01（UTC）起的整秒数，收到的是：yesterday');
  });
});
