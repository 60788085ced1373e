// The command line as a reviewer uses it: one file, a folder of workbooks, JSON, bad files, exit status.
import { promises as fs } from 'fs';
import path from 'path';
import { runCli } from '../../src/cli/run';
import type { CliIO } from '../../src/cli/io';
import { otherLayoutWorkbook } from '../fixtures/layouts';
import { buildXlsx, openXlsx, SAMPLE, sampleCopy, tempDir } from '../fixtures/xlsx';
import { readSummary } from '../support/summary';

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], tty: { stdout?: boolean; stderr?: boolean } = {}, cwd?: string): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (t: string) => (stdout += t), isTTY: tty.stdout ?? false },
    stderr: { write: (t: string) => (stderr += t), isTTY: tty.stderr ?? false },
    // Conversions of .xls/.ods are test/cli/formats.test.ts's: here an OLE2 file is named without one.
    env: { JIXIAO_SOFFICE: 'none' },
    ...(cwd ? { cwd } : {}),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

// Folders of workbooks on a shared two-core machine take more than jest's 5 s.
jest.setTimeout(60_000);

const ANSI = /\u001b\[/;

let dir: string;
beforeAll(async () => {
  dir = await tempDir('jixiao-cli-');
});

describe('help and usage', () => {
  it('prints help in Chinese, and in English with --lang en', async () => {
    const zh = await run(['--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('用法');
    expect(zh.stdout).toContain('--out');
    const en = await run(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage');
    expect(en.stdout).toContain('Exit status');
  });

  it('exits 2 on an unknown flag, saying so on stderr only', async () => {
    const r = await run(['--fast']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--fast');
  });

  it('exits 2 on a path that does not exist', async () => {
    const r = await run([path.join(dir, 'nowhere.xlsx'), '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nowhere.xlsx');
  });
});

describe('one file', () => {
  it('scores the bundled sample when no path is given', async () => {
    const out = path.join(dir, 'bundled');
    const r = await run(['--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/合计 99\.25 \/ 100\s+等级 优/);
    expect(r.stdout).toMatch(/三公.*经费控制\s+1\s+0\.50/);
    expect(r.stdout).not.toMatch(ANSI);
    await expect(fs.stat(path.join(out, '2019-shezhiwei.scored.xlsx'))).resolves.toBeTruthy();
  });

  it('prints a table per file with the deduction and its reason, never changing the input', async () => {
    const input = await sampleCopy(dir, '社治委.xlsx');
    const before = await fs.readFile(input);
    const r = await run([input]);
    expect(r.code).toBe(0);
    const line = r.stdout.split('\n').find((l) => /^\W?三公/.test(l))!;
    expect(line).toMatch(/1\s+0\.50\s+0\.50\s+扣0\.5分/);
    expect(r.stdout).toContain(`${path.join(dir, '社治委.scored.xlsx')}`);
    expect(await fs.readFile(input)).toEqual(before);
    await expect(openXlsx(path.join(dir, '社治委.scored.xlsx'))).resolves.toBeTruthy();
  });

  it('uses colour only on a terminal', async () => {
    const r = await run([SAMPLE, '--out', path.join(dir, 'tty')], { stdout: true });
    expect(r.stdout).toMatch(ANSI);
  });

  it('speaks English with --lang en', async () => {
    const r = await run([SAMPLE, '--out', path.join(dir, 'en'), '--lang', 'en']);
    expect(r.stdout).toMatch(/Total 99\.25 \/ 100\s+Grade 优/);
    expect(r.stdout).toContain('Deduction');
  });
});

describe('--json', () => {
  it('prints one document with every field SPEC §5 names, and nothing else on stdout', async () => {
    const out = path.join(dir, 'json');
    const r = await run([SAMPLE, '--out', out, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.files).toHaveLength(1);
    const f = doc.files[0];
    expect(f).toMatchObject({ sheet: '指标体系', total: 99.25, maxTotal: 100, grade: '优', complete: true });
    expect(f.file).toBe(SAMPLE);
    expect(f.output).toBe(path.join(out, '2019-shezhiwei.scored.xlsx'));
    expect(f.rows).toHaveLength(22);
    expect(f.rows[0]).toEqual({
      cell: 'H4',
      level1: '预算管理',
      level2: '预算编制',
      indicator: '预算安排准确性',
      points: 5,
      score: 4.75,
      previous: 4.75,
      status: 'deducted',
      deduction: 0.25,
      kept: false,
      keptBecause: null,
      typedScorePossible: null,
      explanation: expect.stringContaining('4.75'),
    });
    const sangong = f.rows.find((row: { cell: string }) => row.cell === 'H12');
    expect(sangong).toMatchObject({ score: 0.5, previous: 1, status: 'deducted', deduction: 0.5 });
    for (const row of f.rows) {
      expect(['full', 'deducted', 'manual', 'error']).toContain(row.status);
      if (row.score !== null) expect(Math.round(row.score * 100) / 100).toBe(row.score);
    }
    expect(f.issues.some((i: { code: string; severity: string; cell: string }) => i.code === 'duplicate-task' && i.severity === 'warning')).toBe(true);
    for (const i of f.issues) expect(Object.keys(i).sort()).toEqual(expect.arrayContaining(['cell', 'code', 'message', 'severity']));
  });

  it('exits 1 when a row has an error, with that row’s score null', async () => {
    const input = await sampleCopy(dir, 'bad-row.xlsx', (wb) => {
      wb.getWorksheet('指标体系')!.getCell('G6').value = '若干';
    });
    const r = await run([input, '--json']);
    expect(r.code).toBe(1);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.complete).toBe(false);
    expect(f.grade).toBeNull();
    expect(f.rows.find((row: { cell: string }) => row.cell === 'H6')).toMatchObject({ status: 'error', score: null, previous: 2 });
  });
});

describe('a folder of workbooks', () => {
  let folder: string;
  let out: string;
  beforeAll(async () => {
    folder = path.join(dir, 'bureau');
    out = path.join(dir, 'bureau-out');
    await fs.mkdir(folder);
    await sampleCopy(folder, '社治委.xlsx');
    await otherLayoutWorkbook(folder, '湖南某局.xlsx');
    await fs.writeFile(path.join(folder, '改名的表格.xlsx'), '指标,分值\n预算,5\n');
    await fs.writeFile(path.join(folder, '旧版.xlsx'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]));
    await fs.writeFile(path.join(folder, 'readme.txt'), 'not a workbook');
    await buildXlsx(path.join(folder, '无指标.xlsx'), [{ name: 'Sheet1', rows: [['只有一句话']] }]);
    await sampleCopy(folder, '上次.scored.xlsx');
  });

  it('scores every workbook, names the bad ones, and exits 2', async () => {
    const r = await run([folder, '--out', out, '--json'], { stderr: true });
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    const byName = Object.fromEntries(doc.files.map((f: { file: string }) => [path.basename(f.file), f]));
    expect(Object.keys(byName).sort()).toEqual(['旧版.xlsx', '无指标.xlsx', '改名的表格.xlsx', '湖南某局.xlsx', '社治委.xlsx'].sort());
    expect(byName['社治委.xlsx']).toMatchObject({ total: 99.25, grade: '优' });
    expect(byName['湖南某局.xlsx'].total).toBe(15.75);
    expect(byName['旧版.xlsx']).toMatchObject({ output: null, total: null, rows: [] });
    expect(byName['旧版.xlsx'].issues[0]).toMatchObject({ severity: 'error', code: 'unreadable-file' });
    expect(byName['旧版.xlsx'].issues[0].message).toContain('.xls');
    expect(byName['无指标.xlsx'].output).toBeNull();
    expect(r.stderr).toContain('改名的表格.xlsx');
    expect(r.stderr).toContain('旧版.xlsx');
    // The progress bar went to stderr, a terminal here; stdout stayed one JSON document.
    expect(r.stderr).toContain('\r');
    expect(doc.summary).toBe(path.join(out, '汇总.xlsx'));
    await expect(fs.stat(path.join(out, '社治委.scored.xlsx'))).resolves.toBeTruthy();
    await expect(fs.stat(path.join(out, '湖南某局.scored.xlsx'))).resolves.toBeTruthy();
  });

  it('prints a summary of all files and writes 汇总.xlsx with each department', async () => {
    const r = await run([folder, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('汇总');
    expect(r.stdout).toContain('中共成都市委城乡社区发展治理委员会');
    expect(r.stdout).not.toContain('预算安排准确性'); // no per-file tables for a folder
    const summary = await readSummary(path.join(out, '汇总.xlsx'));
    const rows = Object.fromEntries(summary.lines.map((l) => [String(l['文件']), l]));
    expect(rows['社治委.xlsx']).toMatchObject({ 工作表: '指标体系', '单位/部门': '中共成都市委城乡社区发展治理委员会', 自评得分: 99.75, 复核得分: 99.25, 差异: -0.5, 满分: 100, '等级（自评/复核）': '优/优', 扣分项: 2, 错误: 0 });
    expect(rows['湖南某局.xlsx']).toMatchObject({ '单位/部门': '湖南某局', 复核得分: 15.75 });
    expect((await openXlsx(path.join(out, '汇总.xlsx'))).worksheets[0].getRow(3).getCell(7).numFmt).toBe('0.00');
    expect(String(rows['旧版.xlsx']['备注'])).toContain('.xls');
  });

  it('writes the outputs beside the inputs without --out, skipping earlier outputs', async () => {
    const alone = path.join(dir, 'alone');
    await fs.mkdir(alone);
    await sampleCopy(alone, 'a.xlsx');
    await sampleCopy(alone, 'b.xlsx');
    const first = await run([alone]);
    expect(first.code).toBe(0);
    const second = await run([alone]);
    expect(second.code).toBe(0);
    expect((await fs.readdir(alone)).sort()).toEqual(['a.scored.xlsx', 'a.xlsx', 'b.scored.xlsx', 'b.xlsx', '汇总.xlsx']);
  });
});

describe('an empty folder', () => {
  it('is named and exits 2, with no file entry and no summary named after it', async () => {
    const empty = path.join(dir, 'empty');
    await fs.mkdir(empty);
    const r = await run([empty, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('empty');
    const doc = JSON.parse(r.stdout);
    expect(doc.files).toEqual([]);
    expect(doc.summary).toBeUndefined();
    expect(doc.problems).toEqual([{ path: empty, message: expect.stringContaining('empty') }]);
    expect(await fs.readdir(empty)).toEqual([]);
  });

  it('beside a folder of workbooks, adds no line to its summary', async () => {
    const empty = path.join(dir, 'empty-2');
    const full = path.join(dir, 'full');
    await fs.mkdir(empty);
    await fs.mkdir(full);
    await sampleCopy(full, 'a.xlsx');
    const r = await run([full, empty]);
    expect(r.code).toBe(2);
    const names = (await readSummary(path.join(full, '汇总.xlsx'))).lines.map((l) => l['文件']);
    expect(names).toEqual(['a.xlsx']);
    expect(r.stdout).not.toMatch(/empty-2\s/);
  });
});

describe('a folder on worker threads', () => {
  it('gives the same document with --jobs 2 as with one thread, files in the same order', async () => {
    const folder = path.join(dir, 'threads');
    await fs.mkdir(folder);
    for (const n of ['甲', '乙', '丙', '丁', '戊']) await sampleCopy(folder, `${n}.xlsx`);
    await otherLayoutWorkbook(folder, '湖南某局.xlsx');
    const one = await run([folder, '--out', path.join(dir, 'threads-1'), '--json', '--jobs', '1']);
    const two = await run([folder, '--out', path.join(dir, 'threads-2'), '--json', '--jobs', '2']);
    expect(two.code).toBe(one.code);
    const strip = (doc: { files: { output: string | null }[]; summary?: string }) => ({
      ...doc,
      summary: path.basename(doc.summary!),
      files: doc.files.map((f) => ({ ...f, output: f.output && path.basename(f.output) })),
    });
    expect(strip(JSON.parse(two.stdout))).toEqual(strip(JSON.parse(one.stdout)));
    expect((await fs.readdir(path.join(dir, 'threads-2'))).sort()).toEqual((await fs.readdir(path.join(dir, 'threads-1'))).sort());
  });
});

describe('restore', () => {
  it('writes the workbook as it was before scoring beside the scored file, and says where', async () => {
    const folder = path.join(dir, 'restore');
    await fs.mkdir(folder);
    const input = await sampleCopy(folder, '社治委.xlsx');
    await run([input]);
    const r = await run(['restore', path.join(folder, '社治委.scored.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`已恢复：${path.join(folder, '社治委.restored.xlsx')}\n`);
    const back = await openXlsx(path.join(folder, '社治委.restored.xlsx'));
    expect(back.getWorksheet('指标体系')!.getCell('H12').value).toBe(1);
    expect(back.getWorksheet('绩效评分助手_备份')).toBeUndefined();
  });

  it('says so and exits 2 for a workbook that was never scored, writing nothing', async () => {
    const folder = path.join(dir, 'restore-none');
    await fs.mkdir(folder);
    const input = await sampleCopy(folder, 'a.xlsx');
    const r = await run(['restore', input, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a.xlsx: holds no scoring backup');
    expect(await fs.readdir(folder)).toEqual(['a.xlsx']);
  });

  it('asks for a file when given none', async () => {
    const r = await run(['restore']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('npm run restore -- <文件.scored.xlsx>');
  });
});
