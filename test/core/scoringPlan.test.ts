// planScoring: one scoring of a sheet planned whole, as both adapters ask for it — the tables scored,
// the writes, the print setup and the backup that undoes both. What each adapter only reads (the cells,
// how the sheet prints) stands in here as plain data.
import type { AppendedColumn, Layout, PageRead, PrintRead, Workbook, Writeback } from '../../src/core';
import { planScoring, scoreWorkbook, toA1 } from '../../src/core';
import { FILLS, loadSample, MemorySheet } from '../support/arbitraries';

let sample: Workbook;
beforeAll(async () => {
  sample = await loadSample();
});

/** Excel's own setup: portrait, 100%, no title rows, no print area. */
const DEFAULT_PAGE: PageRead = { orientation: 'Portrait', zoom: { scale: 100 }, titleRows: null, printArea: false };

/** A reader of how the sheet prints that records what it was asked. */
function printReader(page: PageRead | null) {
  const asked: { layout: Layout; appended: AppendedColumn | undefined }[] = [];
  const read = (layout: Layout, appended: AppendedColumn | undefined): PrintRead => {
    asked.push({ layout, appended });
    return { page, column: null, table: null };
  };
  return { asked, read };
}

describe('planScoring', () => {
  test('a sheet with a table: every table scored, the page set to print, and the backup keeps the setup it replaced', () => {
    const s = new MemorySheet(sample.indicatorSheet, sample.basicData);
    const reader = printReader(DEFAULT_PAGE);
    const plan = planScoring(s.workbook(), (row, col) => s.at(toA1(row, col)), null, { fills: FILLS }, reader.read);
    expect(plan.result.total?.toFixed(2)).toBe('99.25');
    expect(plan.results[0]).toBe(plan.result);
    expect(reader.asked).toEqual([{ layout: plan.result.layout, appended: undefined }]);
    expect(plan.print?.read.page).toBe(DEFAULT_PAGE);
    expect(plan.print?.change.page).toMatchObject({ orientation: 'Landscape', paper: 'A4' });
    expect(plan.backup.print?.page?.original).toMatchObject({ orientation: 'Portrait', titleRows: null });
    expect(plan.backup.entries).toBe(plan.writeback.backup.entries);
  });

  test('a host that cannot read the page: nothing is set and the backup has no print setup', () => {
    const s = new MemorySheet(sample.indicatorSheet, sample.basicData);
    const plan = planScoring(s.workbook(), (row, col) => s.at(toA1(row, col)), null, { fills: FILLS }, printReader(null).read);
    expect(plan.print?.change).toEqual({});
    expect(plan.backup).toEqual(plan.writeback.backup);
  });

  test('a sheet without a table — no header, or a header with no indicator under it: how it prints is not asked, nothing is planned for it', () => {
    const header = scoreWorkbook(sample).layout!.headerRow;
    const headerOnly = { ...sample.indicatorSheet, values: sample.indicatorSheet.values.slice(0, header + 1), formulas: undefined, numberFormats: undefined };
    const words = { name: '说明', values: [['本表说明'], ['请在指标体系表中填写实际完成值']] };
    for (const [grid, headed] of [[words, false], [headerOnly, true]] as const) {
      const s = new MemorySheet(grid, undefined);
      const reader = printReader(DEFAULT_PAGE);
      const plan = planScoring({ indicatorSheet: grid }, (row, col) => s.at(toA1(row, col)), null, { fills: FILLS }, reader.read);
      expect(plan.result.layout !== undefined).toBe(headed);
      expect(plan.result.rows).toEqual([]);
      expect(plan.print).toBeNull();
      expect(reader.asked).toEqual([]);
      expect(plan.backup).toEqual(plan.writeback.backup);
    }
  });

  test('the writes adjusted (the add-in cuts long notes short) are what the backup records as written', () => {
    const s = new MemorySheet(sample.indicatorSheet, sample.basicData);
    const short = (w: Writeback): Writeback => ({
      ...w,
      writes: w.writes.map((c) => ({ ...c, state: { ...c.state, note: c.state.note && c.state.note.slice(0, 5) } })),
      backup: { ...w.backup, entries: w.backup.entries.map((e) => ({ ...e, written: { ...e.written, note: e.written.note && e.written.note.slice(0, 5) } })) },
    });
    const plan = planScoring(s.workbook(), (row, col) => s.at(toA1(row, col)), null, { fills: FILLS }, printReader(DEFAULT_PAGE).read, short);
    const noted = plan.backup.entries.filter((e) => e.written.note !== null);
    expect(noted.length).toBeGreaterThan(0);
    for (const e of noted) expect([...e.written.note!].length).toBeLessThanOrEqual(5);
    expect(plan.writeback.writes.filter((w) => w.state.note !== null).every((w) => w.state.note!.length <= 5)).toBe(true);
  });
});
