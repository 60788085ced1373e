// Date cells (src/core/dates.ts): which number formats show a date, and the date a serial shows.
import { dateText, isDateFormat } from '../../../src/core/dates';

test.each([
  ['yyyy/m/d', true],
  ['yyyy"年"m"月"d"日"', true],
  ['[$-804]yyyy"年"m"月"', true],
  ['m/d/yy', true],
  ['mmm-yy', true],
  ['d-mmm', true],
  ['General', false],
  ['0.00%', false],
  ['#,##0.00', false],
  ['0"月"', false],
  ['#,##0 "元"', false],
  ['[Red]0.00', false],
  ['@', false],
  [null, false],
])('%p shows a date: %p', (format, date) => {
  expect(isDateFormat(format)).toBe(date);
});

test.each([
  [45224, 'yyyy/m/d', '2023年10月25日'],
  [45224.75, 'yyyy/m/d h:mm', '2023年10月25日'],
  [45224, 'yyyy"年"m"月"', '2023年10月'],
  [1, 'yyyy/m/d', '1900年1月1日'],
  [59, 'yyyy/m/d', '1900年2月28日'],
  [61, 'yyyy/m/d', '1900年3月1日'],
  [2958465, 'yyyy/m/d', '9999年12月31日'],
])('serial %p in %p is %p', (serial, format, text) => {
  expect(dateText(serial, format)).toBe(text);
});

test.each([[0], [-5], [2958466], [Number.NaN]])('serial %p is no date', (serial) => {
  expect(dateText(serial, 'yyyy/m/d')).toBeNull();
});
