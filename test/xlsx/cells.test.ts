// Reading and setting single cells through a real .xlsx round trip: what the core receives for each
// kind of ExcelJS value, and that a state written then read back is the same state.
import path from 'path';
import ExcelJS from 'exceljs';
import { applyState, cellState, cellValue, decodeFill, encodeFill, toCellValue } from '../../src/xlsx/cells';
import { addSheet, fillColour, noteOf, openXlsx, tempDir } from '../fixtures/xlsx';

async function roundTrip(build: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(await tempDir('jixiao-cells-'), 'cells.xlsx');
  await wb.xlsx.writeFile(file);
  return (await openXlsx(file)).worksheets[0];
}

describe('cell values as the core reads them', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = await roundTrip((wb) => {
      const s = addSheet(wb, {
        name: 'S',
        rows: [
          [1.5, '文本', true, new Date(Date.UTC(2019, 4, 1))],
          [
            { richText: [{ text: '预算' }, { text: '管理', font: { bold: true } }] },
            { text: '链接文字', hyperlink: 'https://example.org' },
            { error: '#DIV/0!' } as ExcelJS.CellErrorValue,
            { formula: 'A1*2', result: 3 },
          ],
          [{ formula: 'A1+1' }, { formula: '1/0', result: { error: '#DIV/0!' } as ExcelJS.CellErrorValue }, '合并', null],
          [{ value: 0.9738, numFmt: '0.00%' }],
        ],
        merges: ['C3:D4'],
      });
      // A shared formula: A6 is the master, B6 a clone.
      s.getCell('A5').value = 2;
      s.getCell('B5').value = 5;
      s.getCell('A6').value = { formula: 'A5*10', result: 20, shareType: 'shared', ref: 'A6:B6' } as ExcelJS.CellValue;
      s.getCell('B6').value = { sharedFormula: 'A6', result: 50 } as ExcelJS.CellValue;
    });
  });

  it('gives numbers, text and booleans as they are, and a date as YYYY-MM-DD text', () => {
    expect(cellValue(ws.getCell('A1'))).toBe(1.5);
    expect(cellValue(ws.getCell('B1'))).toBe('文本');
    expect(cellValue(ws.getCell('C1'))).toBe(true);
    expect(cellValue(ws.getCell('D1'))).toBe('2019-05-01');
  });

  it('joins rich text runs and reads a hyperlink by its text', () => {
    expect(cellValue(ws.getCell('A2'))).toBe('预算管理');
    expect(cellValue(ws.getCell('B2'))).toBe('链接文字');
  });

  it('gives error values as {error}', () => {
    expect(cellValue(ws.getCell('C2'))).toEqual({ error: '#DIV/0!' });
    expect(cellValue(ws.getCell('B3'))).toEqual({ error: '#DIV/0!' });
  });

  it('gives a formula its cached result, and nothing when there is none', () => {
    expect(cellValue(ws.getCell('D2'))).toBe(3);
    expect(cellState(ws.getCell('D2')).formula).toBe('=A1*2');
    expect(cellValue(ws.getCell('A3'))).toBeNull();
    expect(cellState(ws.getCell('A3')).formula).toBe('=A1+1');
  });

  it('translates a shared formula for its clone', () => {
    expect(cellState(ws.getCell('A6'))).toMatchObject({ value: 20, formula: '=A5*10' });
    expect(cellState(ws.getCell('B6'))).toMatchObject({ value: 50, formula: '=B5*10' });
  });

  it('keeps a merged area’s value in its top-left cell only', () => {
    expect(cellValue(ws.getCell('C3'))).toBe('合并');
    expect(cellValue(ws.getCell('D3'))).toBeNull();
    expect(cellValue(ws.getCell('C4'))).toBeNull();
  });

  it('reports the number format with the value', () => {
    expect(cellState(ws.getCell('A4'))).toMatchObject({ value: 0.9738, numberFormat: '0.00%' });
  });

  it('reads nested results without losing them', () => {
    expect(toCellValue({ formula: 'X', result: new Date(Date.UTC(2020, 0, 31)) })).toBe('2020-01-31');
    expect(toCellValue({ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'x' })).toBe('ab');
    expect(toCellValue(undefined)).toBeNull();
  });
});

describe('fills', () => {
  it('encodes a plain solid colour as #RRGGBB and anything else as JSON that decodes back', () => {
    expect(encodeFill({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } })).toBe('#FFEB9C');
    expect(encodeFill({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'ffffeb9c' }, bgColor: { indexed: 64 } as never })).toBe('#FFEB9C');
    expect(encodeFill({ type: 'pattern', pattern: 'none' })).toBeNull();
    expect(encodeFill(undefined)).toBeNull();
    const theme: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.6 } as never };
    const code = encodeFill(theme)!;
    expect(code.startsWith('{')).toBe(true);
    expect(decodeFill(code)).toEqual(theme);
    expect(decodeFill('#DDEBF7')).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
  });
});

describe('applying a state', () => {
  it('writes value, number format, fill and note, and they read back the same after saving', async () => {
    const ws1 = await roundTrip((wb) => {
      addSheet(wb, { name: 'S', rows: [[4.75, { value: 1, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } } }]] });
    });
    const target = { value: 0.5, formula: null, numberFormat: '0.00', fill: '#FFEB9C', note: '说明' };
    applyState(ws1.getCell('A1'), target);
    // B1 shares nothing with A1: changing A1's style leaves B1's fill alone.
    const wb = ws1.workbook;
    const file = path.join(await tempDir('jixiao-cells-'), 'applied.xlsx');
    await wb.xlsx.writeFile(file);
    const back = (await openXlsx(file)).worksheets[0];
    expect(cellState(back.getCell('A1'))).toEqual(target);
    expect(back.getCell('A1').numFmt).toBe('0.00');
    expect(fillColour(back.getCell('A1'))).toBe('#FFEB9C');
    expect(fillColour(back.getCell('B1'))).toBe('#00FF00');
    expect(noteOf(back.getCell('A1'))).toBe('说明');
  });

  it('removes fill, number format and note when the state has none', async () => {
    const ws = await roundTrip((wb) => {
      addSheet(wb, {
        name: 'S',
        rows: [[{ value: 2, numFmt: '0.00', note: 'x', fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } }]],
      });
    });
    applyState(ws.getCell('A1'), { value: 2, formula: null, numberFormat: null, fill: null, note: null });
    expect(cellState(ws.getCell('A1'))).toEqual({ value: 2, formula: null, numberFormat: null, fill: null, note: null });
    const file = path.join(await tempDir('jixiao-cells-'), 'cleared.xlsx');
    await ws.workbook.xlsx.writeFile(file);
    const back = (await openXlsx(file)).worksheets[0];
    expect(cellState(back.getCell('A1'))).toEqual({ value: 2, formula: null, numberFormat: null, fill: null, note: null });
  });

  it('restores a formula with its result, and keeps the clones of a shared formula working', async () => {
    const ws = await roundTrip((wb) => {
      const s = wb.addWorksheet('S');
      s.getCell('A1').value = 1;
      s.getCell('B1').value = 2;
      s.getCell('A2').value = { formula: 'A1*3', result: 3, shareType: 'shared', ref: 'A2:B2' } as ExcelJS.CellValue;
      s.getCell('B2').value = { sharedFormula: 'A2', result: 6 } as ExcelJS.CellValue;
    });
    applyState(ws.getCell('A2'), { value: 9, formula: null, numberFormat: '0.00', fill: null, note: null });
    const file = path.join(await tempDir('jixiao-cells-'), 'shared.xlsx');
    await ws.workbook.xlsx.writeFile(file);
    const back = (await openXlsx(file)).worksheets[0];
    expect(cellState(back.getCell('A2'))).toMatchObject({ value: 9, formula: null });
    expect(cellState(back.getCell('B2'))).toMatchObject({ value: 6, formula: '=B1*3' });
    applyState(back.getCell('A2'), { value: 3, formula: '=A1*3', numberFormat: null, fill: null, note: null });
    expect(cellState(back.getCell('A2'))).toEqual({ value: 3, formula: '=A1*3', numberFormat: null, fill: null, note: null });
  });

  it('keeps the formatted runs of a person’s note that the new text starts with', async () => {
    const ws = await roundTrip((wb) => {
      addSheet(wb, {
        name: 'S',
        rows: [[{ value: 1, note: { texts: [{ text: '张三：', font: { bold: true } }, { text: '请复核' }] } }]],
      });
    });
    const cell = ws.getCell('A1');
    applyState(cell, { ...cellState(cell), note: '张三：请复核\n\n—— 绩效评分助手 ——\n扣0.5分' });
    const note = cell.note as ExcelJS.Comment;
    expect(note.texts![0]).toMatchObject({ text: '张三：', font: { bold: true } });
    expect(noteOf(cell)).toBe('张三：请复核\n\n—— 绩效评分助手 ——\n扣0.5分');
    applyState(cell, { ...cellState(cell), note: '张三：请复核' });
    expect(noteOf(cell)).toBe('张三：请复核');
    expect((cell.note as ExcelJS.Comment).texts![0]).toMatchObject({ text: '张三：', font: { bold: true } });
  });
});
