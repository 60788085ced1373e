// Malicious files against the command line as a real process (node + tsx, as `npm run score` runs
// it): each is refused quickly, with a message that says what it is, exit status 2, nothing written,
// and the process's peak memory (rss-probe.js: process.memoryUsage().rss sampled, and the kernel's
// maxRSS) stays under the bound README.md states. The largest workbook the limits admit is scored
// within the bound for accepted files. Time is checked as the processor time the process used (see
// support/cli.ts): what the file costs, the same on a test machine busy with other work.
import { promises as fs } from 'fs';
import path from 'path';
import { BAD_DIR, BAD_FIXTURES, makeBadFixtures } from '../../scripts/make-bad-fixtures';
import { MB, WALL_BOUND_RAISED, runProcess } from './support/cli';
import { SOFFICE } from '../support/libreoffice';
import { CONVERT_TIMEOUT_MS } from '../../src/xlsx/convert';
import { tempDir } from '../fixtures/xlsx';
import type { JsonDocument } from '../../src/cli/json';

/** README.md, 安全与可靠 / Safety: a refused file costs at most this much memory, and this much time. */
const REFUSED_RSS = 300 * MB;
const REFUSED_MS = 10_000;
/** README.md: any workbook the limits admit is scored within this much memory and time (src/cli/bounds.ts holds every file to them). */
const ACCEPTED_RSS = 1024 * MB;
const ACCEPTED_MS = 30_000;

jest.setTimeout(240_000);

let dir: string;
let big: Map<string, string>;
beforeAll(async () => {
  dir = await tempDir('jixiao-malicious-');
  big = await makeBadFixtures(path.join(dir, 'big'), { big: true, only: ['million-rows.xlsx', 'too-many-cells.xlsx', 'largest-accepted.xlsx'] });
});

const fixture = (name: string) => big.get(name) ?? path.join(BAD_DIR, name);

/** Each malicious file, with words its message must hold (Chinese, then English). */
const EXPECTED: Record<string, readonly [string, string]> = {
  'zip-bomb.xlsx': ['疑似压缩炸弹', 'zip bomb'],
  'zip-bomb-lying.xlsx': ['超过其声明的大小', 'more than its declared size'],
  'million-rows.xlsx': ['行数超过上限 20,000 行', 'more rows than the limit of 20,000'],
  'too-many-cells.xlsx': ['单元格数', 'more cells than the limit of 200,000'],
  'xxe.xlsx': ['DOCTYPE', 'external entity'],
  'billion-laughs.xlsx': ['xl/sharedStrings.xml', 'entity expansion'],
  'huge-merge.xlsx': ['A8:XFD1048576', 'A8:XFD1048576'],
  'password.xlsx': ['打开密码', 'password-protected'],
  // An old .xls under an .xlsx name is read for what it is when LibreOffice is there (it holds no table).
  'renamed-xls.xlsx': SOFFICE ? ['旧版 Excel 工作簿（.xls）已用 LibreOffice 转换', 'old Excel (.xls) file, converted to .xlsx with LibreOffice'] : ['旧版 .xls', 'old .xls'],
  'renamed-csv.xlsx': ['.csv', '.csv'],
};

describe('malicious files: refused quickly, with a message, in bounded memory', () => {
  it('covers every malicious file of the corpus', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(BAD_FIXTURES.filter((f) => f.kind === 'malicious').map((f) => f.file).sort());
  });

  it.each(Object.keys(EXPECTED))('%s', async (name) => {
    const out = path.join(dir, name.replace(/\W/g, '_'));
    const [zh, en] = EXPECTED[name];

    const run = await runProcess([fixture(name), '--out', out, '--json'], path.join(dir, `${name}.rss`), WALL_BOUND_RAISED);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(name);
    expect(run.stderr).toContain(zh);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const doc = JSON.parse(run.stdout) as JsonDocument;
    const code = name === 'renamed-xls.xlsx' && SOFFICE ? 'no-header' : 'unreadable-file';
    expect(doc.files[0]).toMatchObject({ output: null, total: null, issues: [{ severity: 'error', code }] });
    expect(await fs.readdir(out)).toEqual([]);
    // A conversion is bounded by its own limit (src/xlsx/convert.ts), on the clock: LibreOffice's time is
    // its own process's, not counted in ours.
    if (name === 'renamed-xls.xlsx' && SOFFICE) expect(run.ms).toBeLessThan(CONVERT_TIMEOUT_MS);
    expect(run.cpuMs).toBeLessThan(REFUSED_MS);
    expect(run.peakRss).toBeLessThan(REFUSED_RSS);

    const english = await runProcess([fixture(name), '--out', out, '--lang', 'en'], path.join(dir, `${name}.en.rss`), WALL_BOUND_RAISED);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain(en);
  });

  it('the largest workbook the limits admit (20,000 scored rows) is scored within the bounds', async () => {
    const out = path.join(dir, 'largest');
    const run = await runProcess([fixture('largest-accepted.xlsx'), '--out', out, '--json'], path.join(dir, 'largest.rss'), WALL_BOUND_RAISED);
    expect(run.code).toBe(0);
    const file = (JSON.parse(run.stdout) as JsonDocument).files[0];
    expect(file.rows).toHaveLength(19_999);
    expect(file.rows.every((r) => r.score === 0.5)).toBe(true);
    expect(run.peakRss).toBeLessThan(ACCEPTED_RSS);
    expect(run.cpuMs).toBeLessThan(ACCEPTED_MS);
    console.log(`largest accepted workbook: ${Math.round(run.peakRss / MB)} MB, ${run.cpuMs} ms of processor (${run.ms} ms wall)`);
    expect(await fs.readdir(out)).toEqual(['largest-accepted.scored.xlsx']);
    // Its backup, the largest scoring writes, is read and used: restored within the same bounds.
    const back = await runProcess(['restore', path.join(out, 'largest-accepted.scored.xlsx')], path.join(dir, 'largest-restore.rss'), WALL_BOUND_RAISED);
    expect([back.code, back.stderr]).toEqual([0, '']);
    expect(back.peakRss).toBeLessThan(ACCEPTED_RSS);
    expect(back.cpuMs).toBeLessThan(ACCEPTED_MS);
    console.log(`restoring it: ${Math.round(back.peakRss / MB)} MB, ${back.cpuMs} ms of processor (${back.ms} ms wall)`);
  });
});
