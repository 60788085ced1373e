// What one file may cost the command line (issue 20): run as the program is run (compiled, every file
// on a worker held to src/cli/bounds.ts), no file of the hostile corpus makes it print a stack trace,
// take more than 30 s of processor time or use more than 1 GB, scoring or restoring (processor time,
// not wall time: the promise is about what the file costs, and a test machine may be busy with other
// work); a file past a bound is that file's error
// while the folder is scored; and a run stopped during a conversion leaves no LibreOffice running and
// no temporary folder behind (case 9).
import { spawn } from 'child_process';
import { existsSync, promises as fs, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { MB, WALL_BOUND_RAISED, runProcess, shippedCli } from './support/cli';
import { hostilePython, makeHostileCorpus } from '../support/hostile';
import { makeBadFixtures } from '../../scripts/make-bad-fixtures';
import { tempDir } from '../fixtures/xlsx';
import type { JsonDocument } from '../../src/cli/json';

jest.setTimeout(600_000);

/** The promise (README, 安全与可靠 / Safety): per input, at most this long and this much memory. */
const MAX_MS = 30_000;
const MAX_RSS = 1024 * MB;
const STACK = /\n\s+at .+:\d+:\d+/;

const run = hostilePython() ? describe : describe.skip;
let dir: string;
let corpus: string;
beforeAll(async () => {
  dir = await tempDir('jixiao-bounds-');
  corpus = path.join(dir, 'corpus');
  await makeHostileCorpus(corpus);
});

run('every file of the hostile corpus, as a real process', () => {
  it('is scored or refused, and restored as it is and as it was scored, each without a stack trace, within 30 s of processor time and 1 GB', async () => {
    const names = (await fs.readdir(corpus)).filter((n) => n.endsWith('.xlsx')).sort();
    expect(names.length).toBeGreaterThanOrEqual(24);
    const seen: string[] = [];
    for (const name of names) {
      const out = path.join(dir, 'each', name);
      const scored = await runProcess([path.join(corpus, name), '--out', out, '--json'], path.join(dir, `${name}.rss`), WALL_BOUND_RAISED);
      expect({ name, code: [0, 1, 2].includes(scored.code), stack: STACK.test(scored.stderr) }).toEqual({ name, code: true, stack: false });
      expect({ name, cpu: scored.cpuMs < MAX_MS, rss: scored.peakRss < MAX_RSS }).toEqual({ name, cpu: true, rss: true });
      // Restore given the file itself (a backup of its own, or none) is held to the same.
      const direct = await runProcess(['restore', path.join(corpus, name), '--out', path.join(dir, 'direct', name)], path.join(dir, `${name}.direct.rss`), WALL_BOUND_RAISED);
      expect({ name, code: [0, 2].includes(direct.code), stack: STACK.test(direct.stderr), cpu: direct.cpuMs < MAX_MS, rss: direct.peakRss < MAX_RSS }).toEqual({ name, code: true, stack: false, cpu: true, rss: true });
      const doc = JSON.parse(scored.stdout) as JsonDocument;
      const output = doc.files[0].output;
      if (!output) continue;
      const back = await runProcess(['restore', output], path.join(dir, `${name}.restore.rss`), WALL_BOUND_RAISED);
      expect({ name, code: back.code, stack: STACK.test(back.stderr), cpu: back.cpuMs < MAX_MS, rss: back.peakRss < MAX_RSS }).toEqual({ name, code: 0, stack: false, cpu: true, rss: true });
      seen.push(`${name} ${scored.cpuMs} ms of processor (${scored.ms} ms wall) ${Math.round(scored.peakRss / MB)} MB`);
    }
    console.log(`scored and restored, as real processes:\n${seen.join('\n')}`);
  });
});

run('a folder with hostile files in it', () => {
  it('scores the others, writes 汇总.xlsx, and its --json is one document; a file past its memory bound is stopped and said', async () => {
    const folder = path.join(dir, 'folder');
    await fs.mkdir(folder);
    for (const name of ['malformed-part.xlsx', 'prefixed-merges.xlsx', 'op-chartsheet.xlsx', 'xw-base.xlsx', 'duplicate-entry.xlsx']) {
      await fs.copyFile(path.join(corpus, name), path.join(folder, name));
    }
    const big = await makeBadFixtures(path.join(dir, 'big'), { big: true, only: ['largest-accepted.xlsx'] });
    await fs.copyFile(big.get('largest-accepted.xlsx')!, path.join(folder, 'largest-accepted.xlsx'));
    // A heap too small for the 20,000-row workbook, and plenty for the others.
    const r = await runProcess([folder, '--json'], path.join(dir, 'folder.rss'), { ...WALL_BOUND_RAISED, JIXIAO_FILE_HEAP_MB: '96' });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
    const doc = JSON.parse(r.stdout) as JsonDocument;
    expect(doc.files.map((f) => [path.basename(f.file), f.total])).toEqual([
      ['duplicate-entry.xlsx', null],
      ['largest-accepted.xlsx', null],
      ['malformed-part.xlsx', null],
      ['op-chartsheet.xlsx', 18.25],
      ['prefixed-merges.xlsx', null],
      ['xw-base.xlsx', 18.25],
    ]);
    expect(r.stderr).toContain('largest-accepted.xlsx：评分这个文件所需的内存超过上限（约 96 MB），已停止');
    expect(existsSync(path.join(folder, '汇总.xlsx'))).toBe(true);
    expect(r.peakRss).toBeLessThan(MAX_RSS);
  });

  it('a file past its time bound is stopped and said, and the next file scored by a fresh worker', async () => {
    const folder = path.join(dir, 'slow');
    await fs.mkdir(folder);
    const big = await makeBadFixtures(path.join(dir, 'big2'), { big: true, only: ['largest-accepted.xlsx'] });
    await fs.copyFile(big.get('largest-accepted.xlsx')!, path.join(folder, 'a-largest.xlsx'));
    await fs.copyFile(path.join(corpus, 'xw-base.xlsx'), path.join(folder, 'b-base.xlsx'));
    // The bound: long enough for the small file on this machine as busy as it is now (twice its whole
    // run alone, at least 1.5 s), far too short for 20,000 rows (over 10 s of processor time).
    const alone = await runProcess([path.join(folder, 'b-base.xlsx'), '--out', path.join(dir, 'slow-alone'), '--json'], path.join(dir, 'slow-alone.rss'), WALL_BOUND_RAISED);
    expect(alone.code).toBe(0);
    const bound = Math.max(1500, Math.ceil((2 * alone.ms) / 100) * 100);
    const r = await runProcess([folder, '--json'], path.join(dir, 'slow.rss'), { JIXIAO_FILE_TIMEOUT_MS: String(bound) });
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as JsonDocument;
    expect(doc.files.map((f) => [path.basename(f.file), f.total])).toEqual([
      ['a-largest.xlsx', null],
      ['b-base.xlsx', 18.25],
    ]);
    expect(r.stderr).toContain(`a-largest.xlsx：评分超过 ${bound / 1000} 秒仍未完成，已停止`);
    expect(r.cpuMs).toBeLessThan(MAX_MS);
  });
});

/** A stand-in for LibreOffice that hangs: it notes its process and its home (the conversion's folder), and sleeps with a child. */
async function hangingSoffice(folder: string): Promise<{ script: string; started: string }> {
  const started = path.join(folder, 'started');
  const script = path.join(folder, 'soffice');
  await fs.writeFile(script, `#!/bin/sh\nsleep 300 &\necho "$$ $HOME" > '${started}'\nwait\n`, { mode: 0o755 });
  return { script, started };
}

/** Whether any process of the group still runs (a zombie, dead and not yet reaped by a container's init, does not). */
function groupAlive(pgid: number): boolean {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp …; comm may hold spaces and brackets: read after its last ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') return true;
  }
  return false;
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe('9: LibreOffice stopped with the run', () => {
  it('a LibreOffice that hangs is killed at its time limit with everything it started; its folder goes; the run goes on', async () => {
    const folder = await tempDir('jixiao-hung-');
    const { script, started } = await hangingSoffice(folder);
    const xls = path.join(folder, '旧表.xls');
    await fs.writeFile(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]));
    const r = await runProcess([xls, '--json'], path.join(folder, 'hung.rss'), { JIXIAO_SOFFICE: script, JIXIAO_CONVERT_TIMEOUT_MS: '1500' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('旧表.xls：转换这个旧版 Excel 工作簿（.xls）文件超过 2 秒，已停止');
    const [pid, home] = (await fs.readFile(started, 'utf8')).trim().split(' ');
    expect(groupAlive(Number(pid))).toBe(false);
    expect(existsSync(home)).toBe(false);
  });

  it.each([
    ['Ctrl+C', 'SIGINT', 130],
    ['a kill', 'SIGTERM', 143],
    ['the terminal closed', 'SIGHUP', 129],
  ] as const)('%s (%s) during a conversion ends LibreOffice and everything it started, removes its folder, and exits %i', async (_, signal, status) => {
    const folder = await tempDir('jixiao-interrupt-');
    const { script, started } = await hangingSoffice(folder);
    const xls = path.join(folder, '旧表.xls');
    await fs.writeFile(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]));
    const child = spawn(process.execPath, [shippedCli(), xls, '--json'], { env: { ...process.env, JIXIAO_SOFFICE: script }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    expect(await until(() => existsSync(started), 30_000)).toBe(true);
    const [pid, home] = (await fs.readFile(started, 'utf8')).trim().split(' ');
    expect(groupAlive(Number(pid))).toBe(true);
    child.kill(signal);
    expect(await exited).toBe(status);
    expect(await until(() => !groupAlive(Number(pid)), 5000)).toBe(true);
    expect(existsSync(home)).toBe(false);
  });
});
