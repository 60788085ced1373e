// .xls, .et and .ods, made by LibreOffice headless as a finance office's would be: read through
// LibreOffice, scored, and written as <name>.scored.xlsx with the cells, merges and formats kept;
// without LibreOffice, each is named with the reason and what to do; the loading step's limits hold
// for them too (size and zip defences before converting, rows/cells/merges on what it gives, a time
// limit on converting).
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { zipSync, strToU8 } from 'fflate';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import type { CliIO } from '../../src/cli/io';
import { buildXlsx, openXlsx, sampleCopy, tempDir } from '../fixtures/xlsx';
import { convertWithLibreOffice, libreOfficeAvailable } from '../support/libreoffice';
import { readSummary } from '../support/summary';

async function run(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };

let dir: string;
let source: string;
let made: { xls: string; et: string; ods: string; mergeBomb: string } | null = null;

beforeAll(async () => {
  dir = await tempDir('jixiao-formats-');
  // The sample with a coloured header row: merges, bold fonts and borders it has already.
  source = await sampleCopy(dir, '社治委.xlsx', (wb) => {
    for (let c = 1; c <= 8; c++) wb.getWorksheet('指标体系')!.getCell(3, c).fill = HEADER_FILL;
  });
  if (!libreOfficeAvailable('the .xls/.et/.ods tests')) return;
  const bomb = await buildXlsx(path.join(dir, '合并过大.xlsx'), [{ name: 'Sheet1', rows: [['三级指标', '分值', '得分'], ['a', 5, 5]], merges: ['A8:Z30000'] }]);
  const made_ = path.join(dir, 'made');
  await convertWithLibreOffice([source], 'xls', made_);
  await convertWithLibreOffice([source, bomb], 'ods', made_);
  const et = path.join(made_, 'WPS.et');
  await fs.copyFile(path.join(made_, '社治委.xls'), et);
  made = { xls: path.join(made_, '社治委.xls'), et, ods: path.join(made_, '社治委.ods'), mergeBomb: path.join(made_, '合并过大.ods') };
}, 240_000);

jest.setTimeout(240_000);

const merges = (ws: ExcelJS.Worksheet) => [...((ws.model as { merges?: string[] }).merges ?? [])].sort();

describe('with LibreOffice', () => {
  it('scores a folder of .xls, .et and .ods files into .scored.xlsx files, cells, merges and formats kept', async () => {
    if (!made) return;
    const folder = path.join(dir, 'folder');
    await fs.mkdir(folder);
    for (const f of [made.xls, made.et, made.ods]) await fs.copyFile(f, path.join(folder, path.basename(f)));
    const r = await run([folder, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { file: string; total: number; grade: string; output: string }) => [path.basename(f.file), f.total, f.grade, path.basename(f.output)])).toEqual([
      ['社治委.ods', 99.25, '优', '社治委.scored.xlsx'],
      ['社治委.xls', 99.25, '优', '社治委-2.scored.xlsx'],
      ['WPS.et', 99.25, '优', 'WPS.scored.xlsx'],
    ]);
    expect(r.stderr).toContain('社治委.ods：OpenDocument 表格（.ods）已用 LibreOffice 转换为 .xlsx 来读取');

    const original = (await openXlsx(source)).getWorksheet('指标体系')!;
    for (const out of ['WPS.scored.xlsx', '社治委.scored.xlsx', '社治委-2.scored.xlsx']) {
      const ws = (await openXlsx(path.join(folder, out))).getWorksheet('指标体系')!;
      expect(merges(ws)).toEqual(merges(original));
      expect(ws.getCell('C5').value).toBe(original.getCell('C5').value);
      expect((ws.getCell('D3').fill as ExcelJS.FillPattern).fgColor).toMatchObject({ argb: 'FFE2EFDA' });
      expect(ws.getCell('C3').font?.bold).toBe(true);
      expect(ws.getCell('C5').border?.left?.style).toBe('thin');
      // Scored as an .xlsx is: the score written with two decimals and the deduction noted.
      expect(ws.getCell('H12').value).toBe(0.5);
      expect(ws.getCell('H12').numFmt).toBe('0.00');
    }
  });

  it('holds what LibreOffice gives to the limits of the loading step: a merge over 780,000 cells is refused', async () => {
    if (!made) return;
    const r = await run([made.mergeBomb]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('A8:Z30000');
    expect(r.stderr).toContain('超过上限 500,000 个');
  });

  it('stops a conversion at its time limit, leaving no temporary folder behind', async () => {
    if (!made) return;
    const before = (await fs.readdir(os.tmpdir())).filter((n) => n.startsWith('jixiao-convert-'));
    const r = await run([made.xls, '--out', path.join(dir, 'slow')], { JIXIAO_CONVERT_TIMEOUT_MS: '1' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('已停止，未读取');
    const after = (await fs.readdir(os.tmpdir())).filter((n) => n.startsWith('jixiao-convert-'));
    expect(after.sort()).toEqual(before.sort());
  });
});

describe('without LibreOffice', () => {
  it('lists each .xls, .et and .ods file of a folder with the reason and what to do, never skipping one', async () => {
    const folder = path.join(dir, 'no-converter');
    await fs.mkdir(folder);
    // Files as they would be; their content is never read without a converter.
    const ole2 = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
    await fs.writeFile(path.join(folder, '旧表.xls'), ole2);
    await fs.writeFile(path.join(folder, '金山.et'), ole2);
    await fs.writeFile(path.join(folder, '开放.ods'), zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') }));
    await sampleCopy(folder, '好的.xlsx');
    const r = await run([folder, '--json'], { JIXIAO_SOFFICE: 'none' });
    expect(r.code).toBe(2);
    const byName = Object.fromEntries(JSON.parse(r.stdout).files.map((f: { file: string }) => [path.basename(f.file), f]));
    expect(Object.keys(byName).sort()).toEqual(['好的.xlsx', '开放.ods', '旧表.xls', '金山.et'].sort());
    expect(byName['好的.xlsx'].total).toBe(99.25);
    for (const name of ['开放.ods', '旧表.xls', '金山.et']) {
      expect(byName[name].issues[0]).toMatchObject({ code: 'unreadable-file', severity: 'error' });
      expect(byName[name].issues[0].message).toContain('apt-get install libreoffice-calc-nogui');
      expect(byName[name].issues[0].message).toContain('另存为” .xlsx');
      expect(r.stderr).toContain(name);
    }
    expect(byName['开放.ods'].issues[0].message).toContain('OpenDocument 表格（.ods）');
    expect(byName['开放.ods'].issues[0].message).not.toContain('.xlsx 文件已损坏');
    expect(byName['金山.et'].issues[0].message).toContain('WPS 表格（.et）');
    const notes = (await readSummary(path.join(folder, '汇总.xlsx'))).lines.map((l) => `${l['文件']} ${l['备注'] ?? ''}`);
    expect(notes.filter((t) => t.includes('LibreOffice'))).toHaveLength(3);
  });

  it('speaks of .ods, in English too, and never of a damaged .xlsx', async () => {
    const file = path.join(dir, 'broken.ods');
    await fs.writeFile(file, 'not a zip at all');
    const r = await run([file, '--lang', 'en'], { JIXIAO_SOFFICE: 'none' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('named an OpenDocument spreadsheet (.ods), but it holds no such file');
    expect(r.stderr).not.toContain('.xlsx workbook');
  });
});

describe('the loading step’s limits before any conversion', () => {
  it('refuses an .xls over 50 MB and an .ods declaring a DOCTYPE without starting LibreOffice', async () => {
    const big = path.join(dir, 'big.xls');
    const handle = await fs.open(big, 'w');
    await handle.write(Buffer.from('d0cf11e0a1b11ae1', 'hex'));
    await handle.truncate(51 * 1024 * 1024);
    await handle.close();
    const evil = path.join(dir, 'evil.ods');
    await fs.writeFile(evil, zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>') }));
    // A converter that would fail loudly if it were started.
    const r = await run([big, evil, '--out', path.join(dir, 'limits')], { JIXIAO_SOFFICE: '/bin/false' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('big.xls：文件有 51 MB，超过上限 50 MB');
    expect(r.stderr).toContain('evil.ods：文件内的“content.xml”含有 DOCTYPE');
    expect(r.stderr).not.toContain('LibreOffice 未能');
  });
});
