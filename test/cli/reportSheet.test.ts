// The 评价结论 sheet the command line writes into each scored workbook (SPEC §5, issue 23): the report
// the --json document carries, a paragraph a row, tall enough to show it; --no-report leaves it out;
// scoring again replaces ours, never a person's sheet of that name or ours once they changed it; and
// restore takes it away, giving back the workbook part, its relationships and content types as they were.
import { promises as fs } from 'fs';
import path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { rowHeight, wrappedLines } from '../../src/core';
import { BACKUP_SHEET } from '../../src/xlsx';
import { json, runInProcess } from '../hard/support/cli';
import { elements, partsOf } from '../support/package-diff';
import { openXlsx, sampleCopy, snapshot, tempDir } from '../fixtures/xlsx';
import { writeTable } from '../fixtures/real';
import daying from '../fixtures/real/tables/sichuan-daying-sifaju-2023-excerpt';

jest.setTimeout(60_000);

const WORKBOOK = 'xl/workbook.xml';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('jixiao-report-sheet-');
});

async function score(file: string, ...flags: string[]) {
  const r = await runInProcess([file, '--json', ...flags]);
  expect(r.code).toBe(0);
  return json(r).files[0];
}

/** The sheet's column A, a row a text, and each row's height as written. */
async function sheetRows(file: string, name: string): Promise<{ text: string; height: number; size: number; wrap: boolean }[] | null> {
  const ws = (await openXlsx(file)).getWorksheet(name);
  if (!ws) return null;
  const rows: { text: string; height: number; size: number; wrap: boolean }[] = [];
  ws.eachRow((row) => {
    const cell = row.getCell(1);
    rows.push({ text: String(cell.value), height: row.height, size: cell.font?.size ?? 11, wrap: cell.alignment?.wrapText === true });
  });
  return rows;
}

const sheetNames = (xml: string) => elements(xml).filter((el) => el.local === 'sheet').map((el) => [el.attributes.name, el.attributes.state ?? 'visible']);

describe('the sample', () => {
  let input: string;
  let scored: string;
  let conclusion: string;
  beforeAll(async () => {
    input = await sampleCopy(await fs.mkdtemp(path.join(dir, 's-')), '社治委.xlsx');
    const file = await score(input);
    scored = file.output!;
    conclusion = file.conclusion!;
  });

  it('puts the report in the --json document: the 97.38% execution, the 三公 overspend with its figures, no tool words', () => {
    const [said, problems, measures] = conclusion.split(/\n(?=（[二三]）)/);
    expect(said).toMatch(/^（一）评价结论\n/);
    expect(said).toContain('97.38%（3100.75÷3184.21）');
    expect(said).toContain('(3184.21-73.69-83.46)/3184.21×5=4.75');
    expect(said).toContain('因公出国（境）经费预算6万元、决算8.68万元，超预算2.68万元，扣0.5分');
    expect(problems).toMatch(/^（二）存在问题\n/);
    expect(measures).toMatch(/^（三）改进措施\n/);
    expect(conclusion).not.toMatch(/保留的填写得分|未核算|需人工|rule|评分助手|explanation/);
  });

  it('writes the same text into a visible 评价结论 sheet after the others, under the title and the unit, every row tall enough for its text', async () => {
    const rows = (await sheetRows(scored, '评价结论'))!;
    expect(rows.slice(0, 2).map((r) => r.text)).toEqual(['2019年度部门整体支出绩效自评报告', '中共成都市委城乡社区发展治理委员会']);
    // Title, unit, the note that it is a draft; then the report, a paragraph a row, word for word.
    expect(rows.slice(3).map((r) => r.text)).toEqual(conclusion.split('\n'));
    for (const r of rows) {
      expect(r.wrap).toBe(true);
      expect(r.height).toBeGreaterThanOrEqual(rowHeight(wrappedLines(r.text, 80, r.size), r.size));
    }
    expect(sheetNames((await partsOf(scored)).get(WORKBOOK)!)).toEqual([
      ['指标体系', 'visible'],
      ['基础数据', 'visible'],
      ['评价结论', 'visible'],
      [BACKUP_SHEET, 'veryHidden'],
    ]);
  });

  it('prints the sheet on A4, one page wide', async () => {
    const ws = (await openXlsx(scored)).getWorksheet('评价结论')!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
  });

  it('writes none with --no-report, the --json document still carrying the report', async () => {
    const file = await score(input, '--no-report', '--out', path.join(dir, 'no-report'));
    expect(file.conclusion).toBe(conclusion);
    expect(await sheetRows(file.output!, '评价结论')).toBeNull();
  });

  it('replaces its own sheet when the scored file is scored again, and takes it away with --no-report', async () => {
    const again = await score(scored, '--out', path.join(dir, 'again'));
    const visible = sheetNames((await partsOf(again.output!)).get(WORKBOOK)!).filter(([, state]) => state === 'visible');
    expect(visible.map(([n]) => n)).toEqual(['指标体系', '基础数据', '评价结论']);
    expect((await sheetRows(again.output!, '评价结论'))!.slice(3).map((r) => r.text)).toEqual(conclusion.split('\n'));
    const none = await score(again.output!, '--no-report', '--out', path.join(dir, 'again-none'));
    expect(await sheetRows(none.output!, '评价结论')).toBeNull();
  });

  it('restores the workbook without it: the workbook part, its relationships and content types byte for byte', async () => {
    const copy = path.join(dir, 'restore', path.basename(scored));
    await fs.mkdir(path.dirname(copy), { recursive: true });
    await fs.copyFile(scored, copy);
    const r = await runInProcess(['restore', copy]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const back = copy.replace(/\.scored\.xlsx$/, '.restored.xlsx');
    const [was, now] = [await partsOf(input), await partsOf(back)];
    expect([...now.keys()].sort()).toEqual([...was.keys()].sort());
    // calcPr keeps asking Excel to recalculate (the restore of the scores says so); all else as it was.
    const noCalc = (xml: string) => xml.replace(/<calcPr[^>]*\/>/, '');
    expect(noCalc(now.get(WORKBOOK)!)).toBe(noCalc(was.get(WORKBOOK)!));
    for (const part of ['xl/_rels/workbook.xml.rels', '[Content_Types].xml']) expect([part, now.get(part)]).toEqual([part, was.get(part)]);
  });
});

/** The file with one part's text changed, as another program saving only that part would leave it. */
async function withPart(file: string, out: string, name: string, change: (xml: string) => string): Promise<string> {
  const parts = unzipSync(await fs.readFile(file));
  parts[name] = strToU8(change(strFromU8(parts[name])));
  await fs.writeFile(out, zipSync(parts));
  return out;
}

describe('a sheet of that name that is not ours as written', () => {
  it('keeps a person’s own 评价结论 sheet and writes ours beside it, as 评价结论(2)', async () => {
    const sub = await fs.mkdtemp(path.join(dir, 'theirs-'));
    const input = await sampleCopy(sub, '社治委.xlsx', (wb) => {
      wb.addWorksheet('评价结论').getCell('A1').value = '本单位的结论';
    });
    const file = await score(input);
    const theirs = (await openXlsx(file.output!)).getWorksheet('评价结论')!;
    expect([...snapshot(theirs)]).toEqual([...snapshot((await openXlsx(input)).getWorksheet('评价结论')!)]);
    expect((await sheetRows(file.output!, '评价结论(2)'))!.slice(3).map((r) => r.text)).toEqual(file.conclusion!.split('\n'));
  });

  it('keeps ours once a person changed it: scoring again writes a new one, restore leaves theirs', async () => {
    const sub = await fs.mkdtemp(path.join(dir, 'changed-'));
    const first = await score(await sampleCopy(sub, '社治委.xlsx'));
    const part = [...(await partsOf(first.output!)).entries()].find(([, xml]) => xml.includes('自评报告</t>'))![0];
    const edited = await withPart(first.output!, path.join(sub, 'edited.scored.xlsx'), part, (xml) => xml.replace('自评报告</t>', '自评报告（修改稿）</t>'));
    const again = await score(edited, '--out', path.join(sub, 'again'));
    expect((await sheetRows(again.output!, '评价结论'))![0].text).toBe('2019年度部门整体支出绩效自评报告（修改稿）');
    expect((await sheetRows(again.output!, '评价结论(2)'))![0].text).toBe('2019年度部门整体支出绩效自评报告');
    const r = await runInProcess(['restore', edited]);
    expect(r.code).toBe(0);
    const back = path.join(sub, 'edited.restored.xlsx');
    expect((await sheetRows(back, '评价结论'))![0].text).toBe('2019年度部门整体支出绩效自评报告（修改稿）');
  });
});

describe('a sheet holding two projects (大英县司法局)', () => {
  it('writes each table’s report under a heading naming its sheet and its project', async () => {
    const sub = await fs.mkdtemp(path.join(dir, 'two-'));
    const file = await writeTable(daying, sub);
    const r = await runInProcess([file, '--json']);
    const files = json(r).files;
    expect(files).toHaveLength(2);
    const rows = (await sheetRows(files[0].output!, '评价结论'))!.map((x) => x.text);
    const headings = rows.filter((t) => t.startsWith('工作表'));
    expect(headings).toHaveLength(2);
    const [a, b] = files.map((f) => f.conclusion!.split('\n'));
    const at = rows.indexOf(headings[1]);
    expect(rows.slice(rows.indexOf(headings[0]) + 1, at)).toEqual(a);
    expect(rows.slice(at + 1)).toEqual(b);
  });
});
