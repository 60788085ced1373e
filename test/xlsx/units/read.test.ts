// What a cell of a worksheet part reads as (src/xlsx/read): every value type a writer stores, dates
// by their number format, a formula and its clones and array members, merged areas, shared strings,
// and a shared formula moved as Excel moves it.
import { NO_RESULT } from '../../../src/core';
import { areasOf, formulaOf, SheetCells, valueOf } from '../../../src/xlsx/read/cells';
import type { ReadContext } from '../../../src/xlsx/read/cells';
import { builtInFormat, isDateFormat, serialDateText } from '../../../src/xlsx/read/formats';
import { movedFormula } from '../../../src/xlsx/read/formula';
import { sharedStrings } from '../../../src/xlsx/read/strings';
import { SheetPart } from '../../../src/xlsx/package/sheet';
import { StylePart } from '../../../src/xlsx/package/styles';

const M = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
// Built in each test, never while the file loads: the mutation run reuses a worker only for code
// reached inside tests (a part parsed at load is taken for a static mutant, each in a fresh worker).
const stylePart = () =>
  new StylePart(
    `<styleSheet ${M}><numFmts count="2"><numFmt numFmtId="180" formatCode="0.0&quot;分&quot;"/><numFmt numFmtId="181" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/></patternFill></fill></fills><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="180" fillId="2"/><xf numFmtId="10"/><xf numFmtId="181"/></cellXfs></styleSheet>`,
  );
const ctx = (date1904 = false, styles: StylePart | null = stylePart()): ReadContext => ({ strings: () => ['甲', '乙'], styles: () => styles, date1904 });
const sheet = (data: string, after = '') => new SheetPart(`<worksheet ${M}><sheetData>${data}</sheetData>${after}</worksheet>`);

describe('a cell’s value', () => {
  const part = () =>
    sheet(
      '<row r="1"><c r="A1"><v>3.5</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>9</v></c><c r="D1" t="inlineStr"><is><t>内_x0041_</t></is></c><c r="E1" t="str"><v>文</v></c><c r="F1" t="b"><v>1</v></c><c r="G1" t="b"><v>0</v></c><c r="H1" t="e"><v>#N/A</v></c><c r="I1" t="d"><v>2024-03-05T10:00:00</v></c><c r="J1" s="1"><v>45356</v></c><c r="K1"><v>abc</v></c><c r="L1"><v> </v></c><c r="M1"/><c r="N1" t="s"/><c r="O1" t="inlineStr"/><c r="P1" t="str"/><c r="Q1" t="b"/><c r="R1" t="e"/><c r="S1" t="d"/><c r="T1" s="4"><v>45356</v></c></row>',
    );
  const v = (col: number, c = ctx()) => valueOf(part().cell(0, col)!, c);

  test('numbers, shared and inline strings (escapes read), formula strings, booleans, errors, ISO dates', () => {
    expect([v(0), v(1), v(2), v(3), v(4), v(5), v(6), v(7), v(8)]).toEqual([3.5, '乙', null, '内A', '文', true, false, { error: '#N/A' }, '2024-03-05']);
  });

  test('a number in a date format is that date (in the 1904 system where the workbook says so); text in a number cell is #NUM!', () => {
    expect(v(9)).toBe('2024-03-05');
    expect(v(9, ctx(true))).toBe('2028-03-06');
    expect(v(19)).toBe('2024-03-05');
    expect(v(9, ctx(false, null))).toBe(45356);
    expect([v(10), v(11)]).toEqual([{ error: '#NUM!' }, { error: '#NUM!' }]);
  });

  test('cells without content read as empty, whatever their type', () => {
    expect([12, 13, 14, 15, 16, 17, 18].map((c) => v(c))).toEqual([null, null, null, null, null, null, null]);
  });

  test('a formula’s cached result by its type; none cached is empty', () => {
    const f = sheet('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>"a"</f><v>a_x000A_</v></c><c r="C1" t="b"><f>TRUE</f><v>1</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E1"><f>X</f></c><c r="F1"><f>Y</f><v></v></c><c r="G1" s="1"><f>TODAY()</f><v>45356</v></c><c r="H1" t="b"><f>0</f><v>0</v></c></row>');
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((c) => valueOf(f.cell(0, c)!, ctx()))).toEqual([2, 'a\n', true, { error: '#DIV/0!' }, null, null, '2024-03-05', false]);
  });
});

describe('a cell’s formula', () => {
  test('its own; a shared formula’s clone gets the master’s moved; a clone without a master has none', () => {
    const part = sheet('<row r="1"><c r="A1"><f t="shared" si="0" ref="A1:B2">C1+$D$1</f></c><c r="B1"><f t="shared" si="0"/></c></row><row r="2"><c r="A2"><f t="shared" si="0"/></c><c r="B2"><f t="shared" si="7"/></c><c r="C2"><f/></c><c r="D2"/></row>');
    expect(formulaOf(part, part.cell(0, 0)!)).toBe('=C1+$D$1');
    expect(formulaOf(part, part.cell(0, 1)!)).toBe('=D1+$D$1');
    expect(formulaOf(part, part.cell(1, 0)!)).toBe('=C2+$D$1');
    expect(formulaOf(part, part.cell(1, 1)!)).toBeNull();
    expect(formulaOf(part, part.cell(1, 2)!)).toBeNull();
    expect(formulaOf(part, part.cell(1, 3)!)).toBeNull();
  });

  test('a member of an array formula shows the array’s; the master its own', () => {
    const part = sheet('<row r="1"><c r="A1"><f t="array" ref="A1:A3">B1:B3*2</f><v>2</v></c></row><row r="2"><c r="A2"><v>4</v></c></row><row r="4"><c r="A4"><v>1</v></c></row>');
    expect([formulaOf(part, part.cell(0, 0)!), formulaOf(part, part.cell(1, 0)!), formulaOf(part, part.cell(3, 0)!)]).toEqual(['=B1:B3*2', '=B1:B3*2', null]);
    const cells = new SheetCells(part, ctx());
    expect(cells.state(2, 0, null)).toEqual({ value: null, formula: '=B1:B3*2', numberFormat: null, fill: null, note: null });
    expect(cells.state(4, 0, null).formula).toBeNull();
  });
});

describe('a sheet’s cells', () => {
  const part = () =>
    sheet(
      '<row r="1"><c r="A1" s="2"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1" s="3"/></row><row r="3"><c r="B3"><f>A1</f></c><c r="C3" s="1"><v>45356</v></c></row>',
      '<mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="C5:C9"/><mergeCell ref="X"/></mergeCells>',
    );

  test('merged areas zero-based; a cell covered by one reads empty and is named by it, the top-left reads its own', () => {
    expect(areasOf(part())).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 4, left: 2, bottom: 8, right: 2 },
    ]);
    const cells = new SheetCells(part(), ctx());
    expect(cells.coveringArea(0, 1)).toEqual({ top: 0, left: 0, bottom: 0, right: 1 });
    expect(cells.coveringArea(0, 0)).toBeUndefined();
    expect(cells.coveringArea(6, 2)).toEqual({ top: 4, left: 2, bottom: 8, right: 2 });
    expect(cells.coveringArea(6, 3)).toBeUndefined();
    expect(cells.state(0, 1, null).value).toBeNull();
    expect(cells.state(0, 0, '批注')).toEqual({ value: 1, formula: null, numberFormat: '0.0"分"', fill: '#FFEB9C', note: '批注' });
  });

  test('the grid holds the cells with a value or a formula (a formula without result marked so), and their formats', () => {
    const grid = new SheetCells(part(), ctx()).grid('表');
    expect(grid.name).toBe('表');
    expect(grid.values).toEqual([[1], [], [null, { error: NO_RESULT }, '2024-03-05']]);
    expect(grid.formulas).toEqual([[null], [], [null, '=A1', null]]);
    expect(grid.numberFormats).toEqual([['0.0"分"'], [], [null, null, 'mm-dd-yy']]);
    expect(grid.merges).toHaveLength(2);
    const bare = new SheetCells(part(), ctx(false, null)).grid('表');
    expect(bare.numberFormats![0]).toEqual([null]);
    expect(new SheetCells(part(), ctx(false, null)).state(0, 0, null)).toEqual({ value: 1, formula: null, numberFormat: null, fill: null, note: null });
  });
});

describe('number formats', () => {
  test('the built-in ones by id, with the Chinese codes of 27–36; none for an id Excel does not define', () => {
    expect([builtInFormat(0), builtInFormat(14), builtInFormat(31), builtInFormat(49), builtInFormat(50)]).toEqual(['General', 'mm-dd-yy', 'yyyy"年"m"月"d"日"', '@', undefined]);
  });

  test('a date or time format shows y, m, d, h or s outside quotes, escapes and brackets; an elapsed [h] counts', () => {
    for (const code of ['yyyy-mm-dd', 'h:mm', '[h]:mm:ss', '[Red]d/m', 'mmm', '[$-804]yyyy"年"', 'ss.0']) expect([code, isDateFormat(code)]).toEqual([code, true]);
    for (const code of ['0.00', '"days"0', '0\\d', '[Red]0.00', '#,##0_d', '@', 'General', '0*y']) expect([code, isDateFormat(code)]).toEqual([code, false]);
  });

  test('a serial number’s calendar date, 1900 and 1904 systems', () => {
    expect(serialDateText(1, false)).toBe('1899-12-31');
    expect(serialDateText(45356.75, false)).toBe('2024-03-05');
    expect(serialDateText(0, true)).toBe('1904-01-01');
  });
});

describe('shared strings', () => {
  test('each <si> by index: its text, its runs joined, phonetic guides left out, escapes read', () => {
    const xml = `<sst ${M}><si><t>甲</t></si><si><r><t>乙</t></r><r><rPr/><t xml:space="preserve"> 丙</t></r><rPh><t>yi</t></rPh></si><si/><si><t>a_x000D_</t></si><x><t>stray</t></x></sst>`;
    expect(sharedStrings(xml)).toEqual(['甲', '乙 丙', '', 'a\r']);
  });
});

describe('a shared formula moved', () => {
  test('relative references move, absolute parts stay, ranges of columns and rows move too', () => {
    expect(movedFormula('A1+$B$2+C$3+$D4', 2, 1)).toBe('B3+$B$2+D$3+$D6');
    expect(movedFormula('SUM(A:$C)+SUM(2:$4)', 1, 1)).toBe('SUM(B:$C)+SUM(3:$4)');
    expect(movedFormula('A1', 0, 0)).toBe('A1');
  });

  test('text, quoted sheet names, table and book references, functions, names and sheet names are not references', () => {
    expect(movedFormula('"A1"&\'B2 x\'!C3&[Book1]S!D4&Table1[[#This Row],[E5]]', 1, 0)).toBe('"A1"&\'B2 x\'!C4&[Book1]S!D5&Table1[[#This Row],[E5]]');
    expect(movedFormula('LOG10(A1)+ABC1+AB1!A1+A1.5+_A1+XFE1', 1, 0)).toBe('LOG10(A2)+ABC2+AB1!A2+A1.5+_A1+XFE1');
    expect(movedFormula('"a""A1"&A1', 1, 0)).toBe('"a""A1"&A2');
  });

  test('a reference moved off the sheet is #REF!', () => {
    expect(movedFormula('A1+B2', -1, 0)).toBe('#REF!+B1');
    expect(movedFormula('A1', 0, -1)).toBe('#REF!');
    expect(movedFormula('XFD1', 0, 1)).toBe('#REF!');
    expect(movedFormula('A1048576', 1, 0)).toBe('#REF!');
    expect(movedFormula('A:B', 0, -1)).toBe('#REF!');
    expect(movedFormula('1:2', -1, 0)).toBe('#REF!');
    expect(movedFormula('XFE:A', 0, 1)).toBe('XFE:A');
  });
});
