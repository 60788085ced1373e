// Nothing lost, through the command line: a workbook a person has worked on (rich-text notes, a
// theme fill, a gradient, a number format with text, a formula in a 得分 cell overwritten with
// consent, merged cells) is scored by the CLI; scoring the scored file again changes nothing; and
// restoring either gives back every sheet cell for cell — values, formulas, number formats, fills
// and notes, the notes' rich-text runs included.
import path from 'path';
import ExcelJS from 'exceljs';
import { NOTE_MARKER } from '../../src/core';
import { BACKUP_SHEET, loadXlsx, readStore, restoreXlsx, saveXlsx } from '../../src/xlsx';
import { json, runInProcess } from './support/cli';
import { fillColour, noteOf, openXlsx, sampleCopy, snapshot, tempDir } from '../fixtures/xlsx';

jest.setTimeout(60000);

const SHEET = '指标体系';
const BOLD_NOTE: ExcelJS.Comment = {
  texts: [
    { font: { bold: true, size: 9, name: '宋体' }, text: '张会计：' },
    { font: { size: 9, color: { argb: 'FFFF0000' }, name: '宋体' }, text: '此项已与处长核对，\n保留原分。' },
  ],
};
const SPACED_NOTE = '  注意：\n\n数据来源于决算报表  ';
const THEME_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.5999938962981048 } as unknown as ExcelJS.Color };
const GRADIENT: ExcelJS.Fill = {
  type: 'gradient',
  gradient: 'angle',
  degree: 90,
  stops: [
    { position: 0, color: { argb: 'FFFFFFFF' } },
    { position: 1, color: { argb: 'FF4F81BD' } },
  ],
};

/** Every sheet's cells (value, formula, format, fill, note) and merges, by sheet name. */
async function everything(file: string): Promise<Map<string, { cells: Map<string, string>; merges: string[] }>> {
  const wb = await openXlsx(file);
  const out = new Map<string, { cells: Map<string, string>; merges: string[] }>();
  for (const ws of wb.worksheets) {
    out.set(ws.name, { cells: snapshot(ws), merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort() });
  }
  return out;
}

let dir: string;
let original: string;
beforeAll(async () => {
  dir = await tempDir('jixiao-roundtrip-cli-');
  original = await sampleCopy(dir, '社治委.xlsx', (wb) => {
    const ws = wb.getWorksheet(SHEET)!;
    ws.getCell('H12').note = BOLD_NOTE; // deducted row (1 → 0.5): our note goes under theirs
    // Cells loaded from a file share style objects in ExcelJS: give each its own before changing it.
    ws.getCell('H12').style = { ...ws.getCell('H12').style, fill: GRADIENT };
    ws.getCell('H4').note = SPACED_NOTE; // deducted row (4.75)
    ws.getCell('H4').style = { ...ws.getCell('H4').style, fill: THEME_FILL, numFmt: '0.0"分"' };
    ws.getCell('C5').note = 'C5：本指标口径见附件2'; // a cell scoring never writes
    ws.getCell('H6').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue; // a formula score, overwritten with consent
  });
});

async function score(file: string, out: string) {
  const run = await runInProcess([file, '--out', out, '--json', '--overwrite-formulas']);
  expect(run.code).toBe(0);
  return path.join(out, json(run).files[0].output!.split(path.sep).pop()!);
}

async function restored(file: string, name: string): Promise<string> {
  const wb = await loadXlsx(file);
  expect(restoreXlsx(wb)).toBeGreaterThan(0);
  const out = path.join(dir, name);
  await saveXlsx(wb, out);
  return out;
}

describe('the command line loses nothing', () => {
  let once: string;
  let twice: string;
  beforeAll(async () => {
    once = await score(original, path.join(dir, 'once'));
    twice = await score(once, path.join(dir, 'twice'));
  });

  it('keeps a person’s notes word for word, rich text runs and all, with ours below the marker', async () => {
    const ws = (await openXlsx(once)).getWorksheet(SHEET)!;
    const h12 = ws.getCell('H12').note as ExcelJS.Comment;
    expect(h12.texts!.slice(0, 2)).toEqual(BOLD_NOTE.texts);
    expect(noteOf(ws.getCell('H12'))).toMatch(new RegExp(`^张会计：此项已与处长核对，\\n保留原分。\\n\\n${NOTE_MARKER}\\n.*原得分1，计算得分0.5`, 's'));
    expect(noteOf(ws.getCell('H4'))!.startsWith(`${SPACED_NOTE}\n\n${NOTE_MARKER}\n`)).toBe(true);
    expect(noteOf(ws.getCell('C5'))).toBe('C5：本指标口径见附件2');
    expect(ws.getCell('H6').value).toBe(2);
    expect(ws.getCell('H12').value).toBe(0.5);
    // Scoring did change what restoring must put back: fills, the number format, the formula.
    expect(fillColour(ws.getCell('H12'))).toBe('#FFEB9C');
    expect(fillColour(ws.getCell('H4'))).toBe('#FFEB9C');
    expect(ws.getCell('H4').numFmt).toBe('0.00');
  });

  it('scoring the scored file again changes no cell of any sheet, and keeps the same backup', async () => {
    const a = await everything(once);
    const b = await everything(twice);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, sheet] of a) {
      if (name === BACKUP_SHEET) continue;
      expect(b.get(name)).toEqual(sheet);
    }
    expect(readStore(await loadXlsx(twice))).toEqual(readStore(await loadXlsx(once)));
  });

  it.each([
    ['once', () => once],
    ['twice', () => twice],
  ])('restoring the file scored %s gives back every sheet cell for cell, and removes the backup', async (label, file) => {
    const back = await restored(file(), `restored-${label}.xlsx`);
    const before = await everything(original);
    const after = await everything(back);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, sheet] of before) {
      expect({ name, ...after.get(name)! }).toEqual({ name, ...sheet });
    }
    const ws = (await openXlsx(back)).getWorksheet(SHEET)!;
    const was = (await openXlsx(original)).getWorksheet(SHEET)!;
    expect(ws.getCell('H12').note).toEqual(was.getCell('H12').note); // runs, fonts, anchor and all
    expect((ws.getCell('H12').note as ExcelJS.Comment).texts).toEqual(BOLD_NOTE.texts);
    expect(ws.getCell('H6').value).toEqual({ formula: '1+1', result: 2 });
    expect(ws.getCell('H4').fill).toEqual(THEME_FILL);
    expect(ws.getCell('H12').fill).toEqual(GRADIENT);
  });
});
