// Reading single cells of real .xlsx files: what the core receives for each kind of value a writer
// stores, read by our own reader (src/xlsx/read) from files ExcelJS wrote, and from parts written by
// hand where a case needs XML that ExcelJS does not write.
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { NO_RESULT } from '../../src/core';
import { loadXlsx } from '../../src/xlsx';
import type { SheetEditor } from '../../src/xlsx';
import { decodeFill, encodeFill } from '../../src/xlsx/fills';
import { movedFormula } from '../../src/xlsx/read/formula';
import { isDateFormat } from '../../src/xlsx/read/formats';
import { sharedStrings } from '../../src/xlsx/read/strings';
import { addSheet, tempDir } from '../fixtures/xlsx';

async function written(build: (wb: ExcelJS.Workbook) => void): Promise<SheetEditor> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(await tempDir('jixiao-read-'), 'cells.xlsx');
  await wb.xlsx.writeFile(file);
  return (await loadXlsx(file)).worksheets[0];
}

/** `B3` → [2, 1]. */
const at = (a1: string): [number, number] => [Number(a1.slice(1)) - 1, a1.charCodeAt(0) - 65];

describe('cell values as the core reads them', () => {
  let ws: SheetEditor;
  const value = (a1: string) => ws.state(...at(a1)).value;
  beforeAll(async () => {
    ws = await written((wb) => {
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
    expect(value('A1')).toBe(1.5);
    expect(value('B1')).toBe('文本');
    expect(value('C1')).toBe(true);
    expect(value('D1')).toBe('2019-05-01');
  });

  it('joins rich text runs and reads a hyperlink by its text', () => {
    expect(value('A2')).toBe('预算管理');
    expect(value('B2')).toBe('链接文字');
  });

  it('gives error values as {error}', () => {
    expect(value('C2')).toEqual({ error: '#DIV/0!' });
    expect(value('B3')).toEqual({ error: '#DIV/0!' });
  });

  it('gives a formula its cached result, and nothing when there is none (the grid says so)', () => {
    expect(ws.state(...at('D2'))).toMatchObject({ value: 3, formula: '=A1*2' });
    expect(ws.state(...at('A3'))).toMatchObject({ value: null, formula: '=A1+1' });
    expect(ws.grid().values[2][0]).toEqual({ error: NO_RESULT });
  });

  it('translates a shared formula for its clone', () => {
    expect(ws.state(...at('A6'))).toMatchObject({ value: 20, formula: '=A5*10' });
    expect(ws.state(...at('B6'))).toMatchObject({ value: 50, formula: '=B5*10' });
  });

  it('keeps a merged area’s value in its top-left cell only', () => {
    expect(value('C3')).toBe('合并');
    expect(value('D3')).toBeNull();
    expect(value('C4')).toBeNull();
    expect(ws.grid().merges).toEqual([{ top: 2, left: 2, bottom: 3, right: 3 }]);
  });

  it('reports the number format with the value', () => {
    expect(ws.state(...at('A4'))).toMatchObject({ value: 0.9738, numberFormat: '0.00%' });
    expect(ws.state(...at('A1')).numberFormat).toBeNull();
  });
});

describe('what other writers store', () => {
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

  it('reads a shared string’s runs without its phonetic guide, and Excel’s _xHHHH_ escapes', () => {
    const xml = `<sst ${NS}><si><t>预算</t></si><si><r><t>绩效</t></r><r><t>评价</t></r><rPh sb="0" eb="2"><t>ジッセキ</t></rPh></si><si><t>A_x000D_B _x005F_x0041_</t></si></sst>`;
    expect(sharedStrings(xml)).toEqual(['预算', '绩效评价', 'A\rB _x0041_']);
  });

  it('reads a cached 0, an ISO date, the 1904 date system, a Chinese built-in date format and inline text', async () => {
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const parts: Record<string, string> = {
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
      'xl/workbook.xml': `<workbook xmlns="${main}" xmlns:r="${rel}"><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
      'xl/styles.xml': `<styleSheet xmlns="${main}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="31"/></cellXfs></styleSheet>`,
      'xl/worksheets/sheet1.xml':
        `<worksheet xmlns="${main}"><sheetData><row r="1">` +
        '<c r="A1"><f>B1*0</f><v>0</v></c><c r="B1" t="d"><v>2019-05-01T00:00:00</v></c><c r="C1" s="1"><v>0</v></c>' +
        '<c r="D1" t="inlineStr"><is><t>扣_x0031_分</t></is></c></row></sheetData></worksheet>',
    };
    const file = path.join(await tempDir('jixiao-read-'), 'hand.xlsx');
    await fs.writeFile(file, zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)]))));
    const ws = (await loadXlsx(file)).worksheets[0];
    expect(ws.state(0, 0)).toMatchObject({ value: 0, formula: '=B1*0' });
    expect(ws.state(0, 1).value).toBe('2019-05-01');
    expect(ws.state(0, 2)).toMatchObject({ value: '1904-01-01', numberFormat: 'yyyy"年"m"月"d"日"' });
    expect(ws.state(0, 3).value).toBe('扣1分');
  });

  it('moves a shared formula’s relative references only, leaving text, names and functions alone', () => {
    expect(movedFormula('A1*$B$2+$C3+D$4', 2, 1)).toBe('B3*$B$2+$C5+E$4');
    expect(movedFormula('SUM(A1:B2)+LOG10(A1)+"A1"&Sheet2!A1', 1, 0)).toBe('SUM(A2:B3)+LOG10(A2)+"A1"&Sheet2!A2');
    expect(movedFormula("'预算 表'!C1+Table1[[#This Row],[A1]]+SUM(B:B)+SUM(2:3)", 1, 1)).toBe("'预算 表'!D2+Table1[[#This Row],[A1]]+SUM(C:C)+SUM(3:4)");
    expect(movedFormula('A1', -1, 0)).toBe('#REF!');
  });

  it('knows date formats, built-in and a workbook’s own', () => {
    for (const code of ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '[$-804]m/d', 'h:mm', '[h]:mm:ss', 'YYYY/MM/DD']) expect([code, isDateFormat(code)]).toEqual([code, true]);
    for (const code of ['0.00', '0.00%', '#,##0.00_);[Red]\\(#,##0.00\\)', '0.0"天"', 'General', '@']) expect([code, isDateFormat(code)]).toEqual([code, false]);
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

  it('reads a file’s fills into the model the backups have always encoded (theme, tint, gradient)', async () => {
    const theme: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 5, tint: 0.4 } as never };
    const gradient: ExcelJS.Fill = {
      type: 'gradient',
      gradient: 'angle',
      degree: 90,
      stops: [
        { position: 0, color: { argb: 'FFFFFFFF' } },
        { position: 1, color: { theme: 4 } as never },
      ],
    };
    const ws = await written((wb) => addSheet(wb, { name: 'S', rows: [[{ value: 1, fill: theme }, { value: 2, fill: gradient }]] }));
    expect(decodeFill(ws.state(0, 0).fill)).toEqual(theme);
    expect(decodeFill(ws.state(0, 1).fill)).toEqual({ stops: gradient.stops, gradient: 'angle', degree: 90, type: 'gradient' });
  });
});
