// How the scored sheet prints (issue 13, point 4), what the pane can hand in (扣分明细, 评价结论 as new
// sheets), and a workbook with several indicator sheets — in the stand-in Excel.
import { addReportSheet, restoreActiveSheet, scoreActiveSheet, type ScoreOutcome } from '../../src/excel';
import { BACKUP_SHEET } from '../../src/core';
import { FakeExcel, type SheetSpec } from '../support/fake-excel';
import { sampleExcel, sampleSheets } from './sample';

const SHEET = '指标体系';

function scored(out: ScoreOutcome) {
  if (out.kind !== 'scored') throw new Error(`expected scored, got ${JSON.stringify(out)}`);
  return out;
}

describe('print', () => {
  test('a sheet without a print setup of its own prints landscape on A4, at the scale the command line measures, its title rows on every page — still 3 syncs (the claim, the read, the write)', async () => {
    const xl = await sampleExcel();
    expect(xl.pageLayout(SHEET)).toEqual({ orientation: 'Portrait', zoom: { scale: 100 }, titleRows: null, printArea: null });
    expect(xl.paperSize(SHEET)).toBe('Letter');
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(xl.stats.syncs).toBe(3);
    expect(out.print).toEqual({ kind: 'set', titleRows: '$1:$3' });
    // 870 points of columns at 11-point type: 88% puts them one page wide with the type at 9.7 points, as `npm run score` sets the file.
    expect(xl.pageLayout(SHEET)).toEqual({ orientation: 'Landscape', zoom: { scale: 88 }, titleRows: '$1:$3', printArea: null });
    expect(xl.paperSize(SHEET)).toBe('A4');
  });

  test('the scale is measured, not fixed: smaller type is kept at 9 points, wider columns are scaled down further', async () => {
    const small = (await sampleSheets()).map((s) => (s.name !== SHEET ? s : { ...s, fontSizes: Object.fromEntries(s.rows!.flatMap((r, i) => r.map((_, j) => [`${String.fromCharCode(65 + j)}${i + 1}`, 10]))) }));
    const xl = new FakeExcel({ sheets: small, active: SHEET });
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    // 10-point type: 90% keeps it at 9 points, the last columns on a page of their own.
    expect(xl.pageLayout(SHEET).zoom).toEqual({ scale: 90 });
    const wide = (await sampleSheets()).map((s) => (s.name !== SHEET ? s : { ...s, columnWidths: { ...s.columnWidths, F: 400 } }));
    const xw = new FakeExcel({ sheets: wide, active: SHEET });
    scored(await scoreActiveSheet({ lang: 'zh' }, xw.host()));
    // 1,000 points of columns: one page wide would be 74%, under 9 points; 82% keeps the 11-point type at 9.
    expect(xw.pageLayout(SHEET).zoom).toEqual({ scale: 82 });
  });

  test('scoring again leaves the setup as it is; restore puts orientation and zoom back and says the title rows stay', async () => {
    const xl = await sampleExcel();
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    const again = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(again.print).toEqual({ kind: 'set', titleRows: '$1:$3' });
    expect(xl.pageLayout(SHEET).orientation).toBe('Landscape');
    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'restored', titleRowsKept: '$1:$3' });
    expect(xl.pageLayout(SHEET)).toEqual({ orientation: 'Portrait', zoom: { scale: 100 }, titleRows: '$1:$3', printArea: null });
    expect(xl.paperSize(SHEET)).toBe('Letter');
  });

  test('a print setup of the sheet’s own (or one a person made after scoring) is never touched', async () => {
    const sheets = (await sampleSheets()).map((s) => (s.name === SHEET ? { ...s, pageLayout: { zoom: { scale: 85 } } } : s));
    const xl = new FakeExcel({ sheets, active: SHEET });
    expect(scored(await scoreActiveSheet({ lang: 'zh' }, xl.host())).print).toEqual({ kind: 'own' });
    expect(xl.pageLayout(SHEET)).toEqual({ orientation: 'Portrait', zoom: { scale: 85 }, titleRows: null, printArea: null });

    const mine = await sampleExcel();
    scored(await scoreActiveSheet({ lang: 'zh' }, mine.host()));
    await mine.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).pageLayout.orientation = 'Portrait';
      await ctx.sync();
    });
    expect(await restoreActiveSheet({ lang: 'zh' }, mine.host())).not.toHaveProperty('titleRowsKept');
    expect(mine.pageLayout(SHEET)).toMatchObject({ orientation: 'Portrait', zoom: { scale: 88 } });
  });

  test('marks stay apart in black and white: each colour carries a black pattern of its own, and restore removes it exactly', async () => {
    const sheets = (await sampleSheets()).map((s) =>
      s.name !== SHEET ? s : { ...s, rows: s.rows!.map((r, i) => (i === 9 ? r.map((c, j) => (j === 6 ? '若干' : c)) : i === 8 ? r.map((c, j) => (j === 7 ? null : c)) : r)) },
    );
    const xl = new FakeExcel({ sheets, active: SHEET });
    const before = xl.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    const detail = (a: string) => ((xl.dump(SHEET) as any).cells.find(([x]: [string]) => x === a)?.[1] ?? {}).fillDetail;
    expect(xl.cell(SHEET, 'H12').fill).toBe('#FFEB9C');
    expect(detail('H12')).toMatchObject({ pattern: 'Gray8', patternColor: '#000000' });
    expect(xl.cell(SHEET, 'H10').fill).toBe('#FFC7CE');
    expect(detail('H10')).toMatchObject({ pattern: 'LightUp', patternColor: '#000000' });
    expect(xl.cell(SHEET, 'H9').fill).toBe('#DDEBF7');
    expect(detail('H9')).toMatchObject({ pattern: 'LightHorizontal', patternColor: '#000000' });
    await restoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(xl.dump(SHEET)).toEqual(before);
  });

  test('asked for, a 扣分原因 column is appended right of the table, wide and wrapped; restore takes it away exactly', async () => {
    const xl = await sampleExcel();
    const before = xl.dump(SHEET);
    const out = scored(await scoreActiveSheet({ lang: 'zh', appendReason: true }, xl.host()));
    expect(xl.stats.syncs).toBe(3);
    expect(out.reasonColumn).toBe('appended');
    expect(xl.cell(SHEET, 'I3').value).toBe('扣分原因');
    expect(String(xl.cell(SHEET, 'I12').value)).toContain('因公出国（境）经费决算8.68万元超预算6万元');
    expect(xl.cell(SHEET, 'I5').value).toBe('');
    expect(xl.columnWidth(SHEET, 'I')).toBe(214);
    expect(xl.format(SHEET, 'I12').wrap).toBe(true);
    // With the column, 1,084 points: 82% keeps the type at 9 points (the command line's figure), the column on a page of its own.
    expect(xl.pageLayout(SHEET).zoom).toEqual({ scale: 82 });
    // Scoring again, asked again: the same column, nothing more.
    scored(await scoreActiveSheet({ lang: 'zh', appendReason: true }, xl.host()));
    expect(xl.cell(SHEET, 'J3').value).toBe('');
    await restoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(xl.dump(SHEET)).toEqual(before);
    expect(xl.columnWidth(SHEET, 'I')).toBe(48);
  });

  test('the appended column is ruled on every row of the table, header to 合计 — also where a row has no explanation — and nowhere else; restore takes the lines away', async () => {
    const xl = await sampleExcel();
    const before = xl.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh', appendReason: true }, xl.host()));
    expect(xl.cell(SHEET, 'A26').value).toBe('合计');
    expect(xl.format(SHEET, 'I3').borders).toEqual({ EdgeTop: 'Continuous', EdgeBottom: 'Continuous', EdgeRight: 'Continuous' });
    for (let n = 4; n <= 26; n++) expect([n, xl.format(SHEET, `I${n}`).borders]).toEqual([n, { EdgeBottom: 'Continuous', EdgeRight: 'Continuous' }]);
    for (const cell of ['I2', 'I27', 'J3']) expect([cell, xl.format(SHEET, cell).borders]).toEqual([cell, undefined]);
    // Scoring again leaves the lines as they are; restore takes them away with the column.
    scored(await scoreActiveSheet({ lang: 'zh', appendReason: true }, xl.host()));
    expect(xl.format(SHEET, 'I5').borders).toEqual({ EdgeBottom: 'Continuous', EdgeRight: 'Continuous' });
    await restoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(xl.dump(SHEET)).toEqual(before);
    expect(xl.format(SHEET, 'I5').borders).toBeUndefined();
  });

  test('a sheet with a 扣分原因 column of its own needs none appended', async () => {
    const xl = await sampleExcel();
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(out.reasonColumn).toBe('none');
    const sheets = (await sampleSheets()).map((s) => (s.name !== SHEET ? s : { ...s, rows: s.rows!.map((r, i) => (i === 2 ? [...r, '扣分原因'] : r)) }));
    const own = new FakeExcel({ sheets, active: SHEET });
    expect(scored(await scoreActiveSheet({ lang: 'zh', appendReason: true }, own.host())).reasonColumn).toBe('own');
  });
});

describe('a workbook with several indicator sheets', () => {
  async function twoTables(): Promise<FakeExcel> {
    const sheets = await sampleSheets();
    const table = sheets.find((s) => s.name === SHEET)!;
    const extra: SheetSpec[] = [{ ...table, name: '自评表2' }, { name: '说明', rows: [['本工作簿说明']] }];
    return new FakeExcel({ sheets: [...sheets, ...extra], active: SHEET });
  }

  test('the pane is told which other sheets hold an indicator table, at no extra sync', async () => {
    const xl = await twoTables();
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(out.result.sheet).toBe(SHEET);
    expect(out.otherSheets).toEqual(['自评表2']);
    expect(xl.stats.syncs).toBe(3);
  });

  test('scoring another sheet switches to it', async () => {
    const xl = await twoTables();
    const out = scored(await scoreActiveSheet({ lang: 'zh', sheet: '自评表2' }, xl.host()));
    expect(out.result.sheet).toBe('自评表2');
    expect(out.otherSheets).toEqual([SHEET]);
    expect(xl.model.active).toBe('自评表2');
    expect(xl.cell('自评表2', 'H12').value).toBe(0.5);
    expect(xl.cell(SHEET, 'H12').value).toBe(1);
  });

  test('a sheet without a table is refused with the sheets that have one (one more sync, on that path only)', async () => {
    const xl = await twoTables();
    xl.setActive('说明');
    const out = await scoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(out).toMatchObject({ kind: 'refused', reason: 'no-table', otherSheets: [SHEET, '自评表2'] });
    expect(xl.stats.syncs).toBe(3);
  });
});

describe('sheets to hand in', () => {
  test('a new visible sheet, never over an existing one, bordered and set to print one page wide with its header on every page: 2 syncs', async () => {
    const xl = await sampleExcel();
    const spec = {
      name: '扣分明细',
      columns: [{ width: 120, wrap: true }, { width: 40, wrap: false }, { width: 200, wrap: true }, { width: 50, wrap: false }],
      rows: [['指标', '扣分', '原因', '单元格'], ['“三公”经费控制', 0.5, '因公出国（境）经费决算8.68万元超预算6万元', { text: 'H12', link: { sheet: SHEET, cell: 'H12' } }]],
      headerRows: 1,
      borders: true,
      orientation: 'Landscape' as const,
    };
    expect(await addReportSheet(spec, xl.host())).toEqual({ name: '扣分明细', leftOut: [] });
    expect(xl.stats.syncs).toBe(2);
    expect(await addReportSheet(spec, xl.host())).toEqual({ name: '扣分明细(2)', leftOut: [] });
    expect(xl.sheetInfo('扣分明细')).toEqual({ visibility: 'Visible', protected: false });
    expect(xl.cell('扣分明细', 'B2')).toMatchObject({ value: 0.5, numberFormat: '0.00' });
    expect(xl.format('扣分明细', 'D2').link).toEqual({ documentReference: `'${SHEET}'!H12`, textToDisplay: 'H12' });
    expect(xl.cell('扣分明细', 'D2').value).toBe('H12');
    expect(xl.format('扣分明细', 'A1')).toMatchObject({ bold: true, borders: { EdgeTop: 'Continuous', EdgeLeft: 'Continuous', EdgeBottom: 'Continuous', EdgeRight: 'Continuous' } });
    expect(xl.format('扣分明细', 'C2').wrap).toBe(true);
    expect(xl.columnWidth('扣分明细', 'C')).toBe(200);
    expect(xl.pageLayout('扣分明细')).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, titleRows: '$1:$1', printArea: null });
    expect(xl.model.active).toBe(SHEET);
    expect(xl.sheetNames()).not.toContain(BACKUP_SHEET);
  });
});
