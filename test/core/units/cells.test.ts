// A cell's identity and state (src/core/cells.ts): the key a cell is kept under, when two values or
// states are the same — a figure we wrote is still ours within 1e-9, but the file must hold it
// exactly — and a sheet's name in a reference Excel reads versus in a sentence a person reads.
import { cellKey, cellOfKey, sameState, sameValue, sheetAddress, shownAddress, unquoteSheet, type CellState } from '../../../src/core/cells';

test('a cell key names one cell and gives it back', () => {
  for (const [row, col] of [[0, 0], [1, 23], [12, 3], [1048575, 16383]]) expect(cellOfKey(cellKey(row, col))).toEqual({ row, col });
  expect(cellKey(1, 23)).not.toBe(cellKey(12, 3));
});

test('figures: close within a billionth for "still ours", exact for "must the file change"', () => {
  expect(sameValue(0.1 + 0.2, 0.3, 'close')).toBe(true);
  expect(sameValue(0.1 + 0.2, 0.3, 'exact')).toBe(false);
  expect(sameValue(4.75, 4.75, 'exact')).toBe(true);
  expect(sameValue(4.75, 4.75 + 2e-9, 'close')).toBe(false);
  expect(sameValue(4.75, 4.75 - 2e-9, 'close')).toBe(false);
  expect(sameValue(1, '1', 'close')).toBe(false);
});

test('text, truth values, empty cells and errors are the same only when equal', () => {
  expect(sameValue('达标', '达标', 'close')).toBe(true);
  expect(sameValue('达标', '达标 ', 'close')).toBe(false);
  expect(sameValue(true, true, 'exact')).toBe(true);
  expect(sameValue(true, 1, 'close')).toBe(false);
  expect(sameValue(null, null, 'close')).toBe(true);
  expect(sameValue(null, '', 'close')).toBe(false);
  expect(sameValue(null, 0, 'close')).toBe(false);
  expect(sameValue({ error: '#DIV/0!' }, { error: '#DIV/0!' }, 'exact')).toBe(true);
  expect(sameValue({ error: '#DIV/0!' }, { error: '#REF!' }, 'close')).toBe(false);
  expect(sameValue({ error: '#N/A' }, '#N/A', 'close')).toBe(false);
  expect(sameValue({ error: '#N/A' }, null, 'close')).toBe(false);
});

test('two states are the same only when every part is', () => {
  const scored: CellState = { value: 4.75, formula: null, numberFormat: '0.00', fill: '#FFF2CC', note: '扣0.25分' };
  expect(sameState(scored, { ...scored, value: 4.75 + 1e-12 })).toBe(true);
  const differing: Partial<CellState>[] = [{ value: 5 }, { formula: '=H4' }, { numberFormat: null }, { fill: null }, { note: '扣0.5分' }];
  expect(differing.map((d) => sameState(scored, { ...scored, ...d }))).toEqual([false, false, false, false, false]);
});

test('a sheet in a reference is always quoted, a quote doubled, and read back either way', () => {
  expect(sheetAddress('指标 体系', 'H12')).toBe("'指标 体系'!H12");
  expect(sheetAddress("O'Brien", '$1:$3')).toBe("'O''Brien'!$1:$3");
  expect(sheetAddress('基础数据', 'B7')).toBe("'基础数据'!B7");
  expect(unquoteSheet("'O''Brien'")).toBe("O'Brien");
  expect(unquoteSheet("'指标 体系'")).toBe('指标 体系');
  expect(unquoteSheet('基础数据')).toBe('基础数据');
  expect(unquoteSheet("O'Brien")).toBe("O'Brien");
  for (const name of ["O'Brien", '指标 体系', "''", 'a']) expect(unquoteSheet(sheetAddress(name, 'A1').replace(/!A1$/, ''))).toBe(name);
});

test('a place as a person reads it: unquoted, and the cell alone on the sheet spoken of', () => {
  expect(shownAddress('基础数据', 'B7')).toBe('基础数据!B7');
  expect(shownAddress('指标 体系', 'H12')).toBe('指标 体系!H12');
  expect(shownAddress(null, 'H12')).toBe('H12');
  expect(shownAddress(undefined, 'H12')).toBe('H12');
  expect(shownAddress('', 'H12')).toBe('H12');
});
