// The .xlsx adapter end to end on real files: reading the sample and other layouts, writing the
// scores, marks and notes, scoring the scored file again, and restoring it.
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { NOTE_MARKER } from '../../src/core';
import {
  BACKUP_SHEET,
  findSheets,
  loadXlsx,
  MARK_FILLS,
  readStore,
  restoreXlsx,
  saveXlsx,
  scoreXlsx,
  XlsxFileError,
} from '../../src/xlsx';
import { writeCellState } from '../../src/xlsx/package/cells';
import { otherLayoutWorkbook } from '../fixtures/layouts';
import { buildXlsx, fillColour, fillPattern, noteOf, openXlsx, SAMPLE, sampleCopy, snapshot, tempDir } from '../fixtures/xlsx';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('jixiao-adapter-');
});

/** Scores a file and saves the result; returns the saved workbook as read back from disk (by ExcelJS, and by us). */
async function scoreFile(file: string, out: string, overwriteFormulas = false) {
  const wb = await loadXlsx(file);
  const scored = scoreXlsx(wb, { lang: 'zh', overwriteFormulas });
  await saveXlsx(wb, out);
  return { ...scored, wb: await openXlsx(out), book: await loadXlsx(out) };
}

const count = (text: string | null, part: string) => (text ?? '').split(part).length - 1;

describe('reading', () => {
  it('finds the sample’s indicator sheet, basic data, merges and formula results', async () => {
    const found = findSheets(await loadXlsx(SAMPLE))!;
    expect(found.worksheet.name).toBe('指标体系');
    expect(found.layout.headerRow).toBe(2);
    const grid = found.workbook.indicatorSheet;
    expect(grid.merges).toEqual(expect.arrayContaining([{ top: 3, left: 0, bottom: 4, right: 0 }, { top: 15, left: 5, bottom: 24, right: 5 }]));
    expect(grid.values[4][0]).toBeNull(); // A5 lies inside A4:A5: its value is the top-left cell's
    const basic = found.workbook.basicData!;
    expect(basic.name).toBe('基础数据');
    expect(basic.values[3][1]).toBe(3184.21);
    expect(basic.formulas![3][1]).toBe('=B2+B3');
  });

  it('takes the first sheet whose header matches, wherever the basic data sheet stands', async () => {
    const file = await otherLayoutWorkbook(dir);
    const found = findSheets(await loadXlsx(file))!;
    expect(found.worksheet.name).toBe('自评表');
    expect(found.workbook.basicData?.name).toBe('基础数据表');
    expect(found.layout.headerRow).toBe(0);
    expect(found.layout.columns).toMatchObject({ indicator: 1, points: 2, score: 5, reason: 6 });
  });

  it('names each kind of unreadable file', async () => {
    const write = async (name: string, data: Buffer | string) => {
      const file = path.join(dir, name);
      await fs.writeFile(file, data);
      return file;
    };
    const problem = async (file: string) => {
      try {
        await loadXlsx(file);
      } catch (e) {
        expect(e).toBeInstanceOf(XlsxFileError);
        return (e as XlsxFileError).problem;
      }
      throw new Error(`${file} was read`);
    };
    const ole2 = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
    expect(await problem(await write('old.xlsx', ole2))).toBe('ole2');
    expect(await problem(await write('table.xlsx', '指标,分值,得分\n预算,5,5\n'))).toBe('not-zip');
    expect(await problem(await write('empty.xlsx', ''))).toBe('empty');
    const sample = await fs.readFile(SAMPLE);
    expect(await problem(await write('cut.xlsx', sample.subarray(0, 600)))).toBe('corrupt');
    expect(await problem(path.join(dir, 'absent.xlsx'))).toBe('not-found');
  });
});

describe('writing the sample’s scores', () => {
  let out: string;
  let wb: ExcelJS.Workbook;
  let book: Awaited<ReturnType<typeof loadXlsx>>;
  let ws: ExcelJS.Worksheet;
  let before: Buffer;
  beforeAll(async () => {
    const input = await sampleCopy(dir, 'write.xlsx');
    before = await fs.readFile(input);
    out = path.join(dir, 'write.scored.xlsx');
    const scored = await scoreFile(input, out);
    expect(scored.result.total.toFixed(2)).toBe('99.25');
    expect(scored.result.grade).toBe('优');
    wb = scored.wb;
    book = scored.book;
    ws = wb.getWorksheet('指标体系')!;
    expect(await fs.readFile(input)).toEqual(before);
  });

  it('writes every score as a number with format 0.00, and the total', () => {
    for (let r = 4; r <= 25; r++) {
      expect(typeof ws.getCell(`H${r}`).value).toBe('number');
      expect(ws.getCell(`H${r}`).numFmt).toBe('0.00');
    }
    expect(ws.getCell('H4').value).toBe(4.75);
    expect(ws.getCell('H12').value).toBe(0.5);
    expect(ws.getCell('H26').value).toBe(99.25);
    expect(ws.getCell('H26').numFmt).toBe('0.00');
  });

  it('marks deductions with a fill and a note showing the arithmetic, and says where the hand score differs', () => {
    expect(fillColour(ws.getCell('H4'))).toBe(MARK_FILLS.deducted);
    // Black dots over the amber, as the add-in writes it: a deduction still shows on a black-and-white printout.
    expect(fillPattern(ws.getCell('H4'))).toBe('gray0625');
    expect(noteOf(ws.getCell('H4'))).toContain(NOTE_MARKER);
    expect(noteOf(ws.getCell('H4'))).toContain('4.75');
    expect(noteOf(ws.getCell('H4'))).not.toContain('原得分');
    expect(fillColour(ws.getCell('H12'))).toBe(MARK_FILLS.deducted);
    expect(noteOf(ws.getCell('H12'))).toContain('因公出国（境）');
    expect(noteOf(ws.getCell('H12'))).toContain('原得分1，计算得分0.5');
  });

  it('leaves full-score rows unmarked and every other cell as it was', async () => {
    expect(fillColour(ws.getCell('H5'))).toBeNull();
    expect(noteOf(ws.getCell('H5'))).toBeNull();
    const original = snapshot((await openXlsx(SAMPLE)).getWorksheet('指标体系')!);
    const now = snapshot(ws);
    for (const [address, state] of original) {
      if (!address.startsWith('H')) expect([address, now.get(address)]).toEqual([address, state]);
    }
    expect(snapshot(wb.getWorksheet('基础数据')!)).toEqual(snapshot((await openXlsx(SAMPLE)).getWorksheet('基础数据')!));
  });

  it('keeps its backup in a very hidden sheet', () => {
    const backupSheet = wb.getWorksheet(BACKUP_SHEET)!;
    expect(backupSheet.state).toBe('veryHidden');
    const backup = readStore(book).backups[0];
    expect(backup.sheet).toBe('指标体系');
    expect(backup.entries.find((e) => e.row === 11 && e.col === 7)?.original.value).toBe(1);
  });
});

describe('scoring again', () => {
  it('gives the same cells, notes and fills, with no duplicate note and the person’s note word for word', async () => {
    const personNote = '财务科张三：三公经费已与决算报表核对。';
    const input = await sampleCopy(dir, 'twice.xlsx', (wb) => {
      wb.getWorksheet('指标体系')!.getCell('H12').note = personNote;
    });
    const first = await scoreFile(input, path.join(dir, 'twice.scored.xlsx'));
    const second = await scoreFile(path.join(dir, 'twice.scored.xlsx'), path.join(dir, 'twice.scored.scored.xlsx'));
    const a = first.wb.getWorksheet('指标体系')!;
    const b = second.wb.getWorksheet('指标体系')!;
    expect(snapshot(b)).toEqual(snapshot(a));
    const note = noteOf(b.getCell('H12'))!;
    expect(note.startsWith(personNote)).toBe(true);
    expect(count(note, NOTE_MARKER)).toBe(1);
    expect(count(note, '原得分1，计算得分0.5')).toBe(1);
    expect(second.result.total.toFixed(2)).toBe('99.25');
    expect(readStore(second.book)).toEqual(readStore(first.book));
  });

  it('leaves no stale mark on a row that is now fine', async () => {
    const first = await scoreFile(await sampleCopy(dir, 'stale.xlsx'), path.join(dir, 'stale.scored.xlsx'));
    expect(fillColour(first.wb.getWorksheet('指标体系')!.getCell('H12'))).toBe(MARK_FILLS.deducted);
    // The department corrects the 因公出国（境） figure in the scored file and scores it again.
    first.wb.getWorksheet('基础数据')!.getCell('B10').value = 5.5;
    const fixed = path.join(dir, 'stale.fixed.xlsx');
    await first.wb.xlsx.writeFile(fixed);
    const second = await scoreFile(fixed, path.join(dir, 'stale.fixed.scored.xlsx'));
    const h12 = second.wb.getWorksheet('指标体系')!.getCell('H12');
    expect(h12.value).toBe(1);
    expect(fillColour(h12)).toBeNull();
    expect(noteOf(h12)).toBeNull();
    expect(second.result.total.toFixed(2)).toBe('99.75');
  });
});

describe('error rows and formulas', () => {
  it('marks an error row in its own colour, says what to fix, and keeps what its 得分 cell held', async () => {
    const input = await sampleCopy(dir, 'error.xlsx', (wb) => {
      wb.getWorksheet('指标体系')!.getCell('G13').value = '若干';
    });
    const { result, wb } = await scoreFile(input, path.join(dir, 'error.scored.xlsx'));
    const row = result.rows.find((r) => r.cell === 'H13')!;
    expect(row.status).toBe('error');
    const h13 = wb.getWorksheet('指标体系')!.getCell('H13');
    expect(h13.value).toBe(1);
    expect(fillColour(h13)).toBe(MARK_FILLS.error);
    expect(fillPattern(h13)).toBe('lightUp');
    expect(noteOf(h13)).toContain('G13');
    // A partial total is not written over the hand total.
    expect(wb.getWorksheet('指标体系')!.getCell('H26').value).toBe(99.75);
  });

  it('keeps a formula in a 得分 cell with a warning, and replaces it only when asked', async () => {
    const input = await sampleCopy(dir, 'formula.xlsx', (wb) => {
      wb.getWorksheet('指标体系')!.getCell('H12').value = { formula: 'D12', result: 1 };
    });
    const kept = await scoreFile(input, path.join(dir, 'formula.scored.xlsx'));
    const cell = kept.wb.getWorksheet('指标体系')!.getCell('H12');
    expect(cell.formula).toBe('D12');
    expect(kept.result.issues.some((i) => i.code === 'formula-in-score' && i.cell === 'H12')).toBe(true);
    const replaced = await scoreFile(input, path.join(dir, 'formula.over.xlsx'), true);
    const over = replaced.wb.getWorksheet('指标体系')!.getCell('H12');
    expect(over.formula).toBeUndefined();
    expect(over.value).toBe(0.5);
    expect(replaced.result.issues.some((i) => i.code === 'formula-in-score')).toBe(false);
  });
});

describe('another layout', () => {
  it('scores a title-less sheet with shuffled, renamed columns, text figures and other provinces’ rules', async () => {
    const file = await otherLayoutWorkbook(dir);
    const { result, wb } = await scoreFile(file, path.join(dir, 'other.scored.xlsx'));
    const scores = Object.fromEntries(result.rows.map((r) => [r.indicator, r.score?.toFixed(2) ?? r.status]));
    expect(scores).toEqual({
      预算安排准确性: '4.75',
      目标填报: '1.50',
      项目完成率: '4.00',
      预算执行偏差: '3.50',
      管理措施: '2.00',
    });
    expect(result.total.toFixed(2)).toBe('15.75');
    const ws = wb.getWorksheet('自评表')!;
    expect(ws.getCell('F3').value).toBe(1.5);
    expect(ws.getCell('F3').numFmt).toBe('0.00');
    expect(ws.getCell('F7').value).toBe(15.75);
    // The 扣分说明 column receives the explanation of each deduction.
    expect(String(ws.getCell('G5').value)).toContain('3.5');
    expect(ws.getCell('G2').value).toEqual(expect.any(String));
    expect(noteOf(ws.getCell('F5'))).toContain('原得分5，计算得分3.5');
  });
});

describe('restore', () => {
  it('gives the workbook back cell for cell after scoring, even across a save', async () => {
    const personNote = '已复核';
    const input = await sampleCopy(dir, 'restore.xlsx', (wb) => {
      const ws = wb.getWorksheet('指标体系')!;
      ws.getCell('H12').note = personNote;
      ws.getCell('H5').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 5, tint: 0.4 } as never };
      ws.getCell('H4').numFmt = '0.0';
    });
    const original = await openXlsx(input);
    await scoreFile(input, path.join(dir, 'restore.scored.xlsx'));
    const wb = await loadXlsx(path.join(dir, 'restore.scored.xlsx'));
    expect(restoreXlsx(wb)).toBeGreaterThan(20);
    await saveXlsx(wb, path.join(dir, 'restore.back.xlsx'));
    expect(readStore(await loadXlsx(path.join(dir, 'restore.back.xlsx'))).backups).toEqual([]);
    const back = await openXlsx(path.join(dir, 'restore.back.xlsx'));
    for (const name of ['指标体系', '基础数据']) {
      expect(snapshot(back.getWorksheet(name)!)).toEqual(snapshot(original.getWorksheet(name)!));
    }
    expect(back.worksheets.map((s) => s.name)).toEqual(original.worksheets.map((s) => s.name));
  });

  it('keeps a change a person made after scoring', async () => {
    await scoreFile(await sampleCopy(dir, 'edited.xlsx'), path.join(dir, 'edited.scored.xlsx'));
    // The person types 0.8 into H9 and saves.
    const edited = await loadXlsx(path.join(dir, 'edited.scored.xlsx'));
    const sheet = edited.sheet('指标体系')!;
    const h9 = sheet.state(8, 7);
    writeCellState(edited, sheet, 8, 7, h9, { ...h9, value: 0.8 });
    await saveXlsx(edited, path.join(dir, 'edited.again.xlsx'));
    const wb = await loadXlsx(path.join(dir, 'edited.again.xlsx'));
    restoreXlsx(wb);
    await saveXlsx(wb, path.join(dir, 'edited.back.xlsx'));
    expect((await loadXlsx(path.join(dir, 'edited.back.xlsx'))).sheet('指标体系')!.state(8, 7).value).toBe(0.8);
    const ws = (await openXlsx(path.join(dir, 'edited.back.xlsx'))).getWorksheet('指标体系')!;
    expect(ws.getCell('H9').value).toBe(0.8);
    expect(ws.getCell('H12').value).toBe(1);
    expect(fillColour(ws.getCell('H12'))).toBeNull();
  });

  it('keeps a note that spells Excel’s own escapes (`_x0041_`) through the backup, letter for letter', async () => {
    const note = '见附件 _x0041_ 与 C:\\_xdata';
    const input = await sampleCopy(dir, 'escapes.xlsx', (wb) => {
      wb.getWorksheet('指标体系')!.getCell('H12').note = note;
    });
    await scoreFile(input, path.join(dir, 'escapes.scored.xlsx'));
    const wb = await loadXlsx(path.join(dir, 'escapes.scored.xlsx'));
    const entry = readStore(wb).backups[0].entries.find((e) => e.row === 11 && e.col === 7)!;
    expect(entry.original.note).toBe(noteOf((await openXlsx(input)).getWorksheet('指标体系')!.getCell('H12')));
    restoreXlsx(wb);
    await saveXlsx(wb, path.join(dir, 'escapes.back.xlsx'));
    const back = (await openXlsx(path.join(dir, 'escapes.back.xlsx'))).getWorksheet('指标体系')!.getCell('H12');
    expect(noteOf(back)).toBe(noteOf((await openXlsx(input)).getWorksheet('指标体系')!.getCell('H12')));
  });

  it('does nothing on a workbook that was never scored', async () => {
    const wb = await loadXlsx(SAMPLE);
    expect(restoreXlsx(wb)).toBe(0);
  });
});

describe('a workbook without an indicator table', () => {
  it('is scored only to say why, and nothing is written into it', async () => {
    const file = await buildXlsx(path.join(dir, 'notes.xlsx'), [{ name: '说明', rows: [['本工作簿只有说明文字']] }]);
    const wb = await loadXlsx(file);
    const { result, writes } = scoreXlsx(wb);
    expect(writes).toBe(0);
    expect(result.layout).toBeUndefined();
    expect(result.issues.length).toBeGreaterThan(0);
    expect(wb.sheet(BACKUP_SHEET)).toBeNull();
    expect(readStore(wb).backups).toEqual([]);
  });
});

describe('a row needing a manual score', () => {
  it('is marked in its own colour with a note, keeps its cell, and leaves the total unwritten', async () => {
    const input = await sampleCopy(dir, 'manual.xlsx', (wb) => {
      const ws = wb.getWorksheet('指标体系')!;
      ws.getCell('G19').value = '部分达成';
      ws.getCell('H19').value = null;
    });
    const { result, wb } = await scoreFile(input, path.join(dir, 'manual.scored.xlsx'));
    expect(result.rows.find((r) => r.cell === 'H19')).toMatchObject({ status: 'manual', score: null });
    expect(result.complete).toBe(false);
    const ws = wb.getWorksheet('指标体系')!;
    expect(ws.getCell('H19').value).toBeNull();
    expect(fillColour(ws.getCell('H19'))).toBe(MARK_FILLS.manual);
    expect(fillPattern(ws.getCell('H19'))).toBe('lightHorizontal');
    expect(noteOf(ws.getCell('H19'))).toContain(NOTE_MARKER);
    expect(ws.getCell('H26').value).toBe(99.75);
  });
});
