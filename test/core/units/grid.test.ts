// Reading a sheet by position (src/core/sheet/grid.ts): a grid that starts away from A1, merged areas
// shown in every cell they cover and cut to the grid, formulas, number formats and cell text.
import { Grid } from '../../../src/core/sheet/grid';
import type { SheetGrid } from '../../../src/core';

// Starts at C5 (row 4, column 2), two rows of three cells.
const sheet: SheetGrid = {
  name: '自评表',
  origin: { row: 4, col: 2 },
  values: [
    ['一级指标', null, ' 得分 '],
    [{ error: '#REF!' }, true, 4.75],
  ],
  formulas: [
    [null, false, ''],
    [null, '=A1', true],
  ],
  numberFormats: [[null, '@'], [null, null, '0.00%']],
  // B4:D5 reaches above and left of the grid; a merge down to the sheet's last row must not spill.
  merges: [
    { top: 3, left: 1, bottom: 4, right: 3 },
    { top: 5, left: 4, bottom: 1048575, right: 4 },
  ],
};
// Built inside each test, not while the file loads: code run at load is 'static' to Stryker, and each
// mutant it reaches then runs in a fresh worker (README, Mutation testing).
const grid = (): Grid => new Grid(sheet);

test('the bounds are the origin and one past the last row and column that hold anything', () => {
  expect([grid().top, grid().left, grid().bottom, grid().right]).toEqual([4, 2, 6, 5]);
  expect(new Grid({ name: 'A1', values: [['x'], []] })).toMatchObject({ top: 0, left: 0, bottom: 2, right: 1 });
});

test('own values by absolute position; outside the grid, nothing', () => {
  expect(grid().raw(4, 2)).toBe('一级指标');
  expect(grid().raw(5, 4)).toBe(4.75);
  expect(grid().raw(5, 3)).toBe(true);
  expect(grid().raw(4, 5)).toBeNull();
  expect(grid().raw(6, 2)).toBeNull();
  expect(grid().raw(3, 2)).toBeNull();
});

test('a merged area shows its top-left value in every cell it covers, within the grid only', () => {
  // B4 is outside the grid, so the area's value is empty where it reaches C5 and D5.
  expect(grid().merge(4, 3)).toEqual({ top: 3, left: 1, bottom: 4, right: 3 });
  expect(grid().value(4, 3)).toBeNull();
  expect(grid().merge(5, 3)).toBeUndefined();
  // E6 down to the last row: inside the grid it covers E6 alone.
  expect(grid().merge(5, 4)).toEqual({ top: 5, left: 4, bottom: 1048575, right: 4 });
  expect(grid().merge(6, 4)).toBeUndefined();
  expect(grid().merge(5, 5)).toBeUndefined();
  // Cells of one row, in other columns, are not in the area.
  expect(grid().merge(4, 4)).toBeUndefined();
});

test('a merge shows its value in the cells below and beside it, not in its neighbours', () => {
  const g = new Grid({
    name: 's',
    values: [
      ['预算管理', 'x', 'y'],
      [null, null, 'z'],
    ],
    merges: [{ top: 0, left: 0, bottom: 1, right: 1 }],
  });
  expect([g.value(1, 0), g.value(1, 1), g.value(0, 1)]).toEqual(['预算管理', '预算管理', '预算管理']);
  expect([g.raw(1, 1), g.rawText(0, 1)]).toEqual([null, 'x']);
  expect([g.value(1, 2), g.text(0, 2)]).toEqual(['z', 'y']);
});

test('a formula is a formula text or true; false, empty and missing are not', () => {
  expect([grid().isFormula(4, 2), grid().isFormula(4, 3), grid().isFormula(4, 4)]).toEqual([false, false, false]);
  expect([grid().isFormula(5, 3), grid().isFormula(5, 4), grid().isFormula(5, 2)]).toEqual([true, true, false]);
  expect(grid().isFormula(9, 9)).toBe(false);
  expect(new Grid({ name: 's', values: [[1]] }).isFormula(0, 0)).toBe(false);
});

test('number formats by absolute position; none is null', () => {
  expect(grid().numberFormat(4, 3)).toBe('@');
  expect(grid().numberFormat(5, 4)).toBe('0.00%');
  expect(grid().numberFormat(5, 2)).toBeNull();
  expect(grid().numberFormat(7, 2)).toBeNull();
  expect(new Grid({ name: 's', values: [[1]] }).numberFormat(0, 0)).toBeNull();
});

test('cell text: trimmed, errors by their code, booleans as Excel shows them, empty as nothing', () => {
  expect(grid().text(4, 4)).toBe('得分');
  expect(grid().text(5, 2)).toBe('#REF!');
  expect(grid().text(5, 3)).toBe('TRUE');
  expect(new Grid({ name: 's', values: [[false, 0]] }).text(0, 0)).toBe('FALSE');
  expect(new Grid({ name: 's', values: [[false, 0]] }).text(0, 1)).toBe('0');
  expect(grid().text(4, 5)).toBe('');
  expect(grid().rawText(5, 4)).toBe('4.75');
});
