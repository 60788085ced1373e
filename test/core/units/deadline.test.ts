// Deadlines as targets (src/core/rules/deadline.ts, SPEC §3 “Dates and deadlines”): a month or a day
// to be done by, against the month or day it was done; earlier is better, met gives full points, a
// deadline missed needs a person (the target does not say what lateness costs).
import type { CellValue } from '../../../src/core';
import { byDeadline, parseDeadline, readDay } from '../../../src/core/rules/deadline';
import { scoreWorkbook } from '../../../src/core';
import { briefly, scoreOne } from '../../support/table';

const read = (target: string, actual: CellValue, name = '项目完工时限') => briefly(scoreOne('', actual, 10, { target, name }));

describe('what is a deadline', () => {
  test.each([
    ['2023年12月', { year: 2023, month: 12, day: null }],
    ['≥9月前', { year: null, month: 9, day: null }],
    ['6月底前完成', { year: null, month: 6, day: null }],
    ['不晚于2023年10月31日', { year: 2023, month: 10, day: 31 }],
    ['2023-11-30', { year: 2023, month: 11, day: 30 }],
    ['2023.06', { year: 2023, month: 6, day: null }],
    ['年底前', { year: null, month: 12, day: null }],
    ['2023年年底前完成', { year: 2023, month: 12, day: null }],
    ['于10月份竣工', { year: null, month: 10, day: null }],
  ])('%p is done by %p', (text, by) => {
    expect(parseDeadline(text)?.by).toEqual(by);
  });

  test.each([['≥15年'], ['12个月'], ['13月'], ['100%'], ['按时'], ['6月底前完成50%'], ['2023年']])('%p is not one', (text) => {
    expect(parseDeadline(text)).toBeNull();
  });

  test.each([
    ['2023年10月', { year: 2023, month: 10, day: null }],
    ['7月', { year: null, month: 7, day: null }],
    ['2023年10月25日', { year: 2023, month: 10, day: 25 }],
    ['2023/10/25', { year: 2023, month: 10, day: 25 }],
    ['10月完成', { year: null, month: 10, day: null }],
  ])('the actual %p names a day', (text, day) => {
    expect(readDay(text)).toEqual(day);
  });
});

describe('done by the deadline', () => {
  const d = (year: number | null, month: number, day: number | null = null) => ({ year, month, day });
  test.each([
    [d(2023, 10), d(2023, 12), true],
    [d(2024, 1), d(2023, 12), false],
    [d(2022, 12), d(2023, 1), true],
    [d(null, 7), d(2023, 9), true],
    [d(2023, 10), d(null, 9), false],
    [d(2023, 9, 30), d(null, 9), true],
    [d(2023, 9), d(null, 9), true],
    [d(2023, 9, 15), d(2023, 9, 10), false],
    [d(2023, 9, 10), d(2023, 9, 10), true],
    [d(2023, 9), d(2023, 9, 10), null],
    [d(2023, 9), d(2023, 9, 30), true],
    [d(2024, 2), d(2024, 2, 29), true],
  ])('%p by %p: %p', (done, by, met) => {
    expect(byDeadline(done, by)).toBe(met);
  });
});

describe('scored as a target', () => {
  test.each([
    ['2023年12月', '2023年10月', '满分：实际2023年10月，期限2023年12月底前，按期完成'],
    ['≥9月前', '7月', '满分：实际7月，期限9月底前，按期完成'],
    ['6月底前完成', '2023年6月15日', '满分：实际2023年6月15日，期限6月底前，按期完成'],
    ['不晚于2023年12月', '按期完成', '满分：实际按期完成，期限2023年12月底前，按期完成'],
  ])('%p met by %p', (target, actual, explanation) => {
    expect(read(target, actual)).toEqual({ family: 'target', status: 'full', score: 10, explanation });
  });

  test('a date cell is read as the date it shows, not as its serial number', () => {
    const sheet = (format: string | null) => ({
      name: '自评表',
      values: [
        ['三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['项目完工时间', '2023年12月', 45224, 10, null],
      ],
      numberFormats: [[], [null, null, format, null, null]],
    });
    const explained = (format: string | null) => scoreWorkbook({ indicatorSheet: sheet(format) }).rows[0].explanation;
    expect(explained('yyyy/m/d')).toBe('满分：实际2023年10月25日，期限2023年12月底前，按期完成');
    expect(explained('yyyy"年"m"月"')).toBe('满分：实际2023年10月，期限2023年12月底前，按期完成');
    expect(explained('[$-804]yyyy"年"m"月"d"日"')).toBe('满分：实际2023年10月25日，期限2023年12月底前，按期完成');
    // Without a date format the cell is a plain number, which names no day.
    expect(explained(null)).toBe('C2应填写完成时间（如2023年10月），现为“45224”。');
    expect(explained('0.00')).toBe('C2应填写完成时间（如2023年10月），现为“45224”。');
  });

  test.each([
    ['6月底前完成', '2023年7月3日', '实际2023年7月3日，期限6月底前，已逾期；指标未说明逾期如何扣分，请在G2人工评分。'],
    ['12月', '逾期完成', '实际逾期完成，期限12月底前，已逾期；指标未说明逾期如何扣分，请在G2人工评分。'],
    ['2023年10月20日', '2023年10月', '实际2023年10月，期限2023年10月20日前，同在一个月，看不出是否按期：请在G2填写完成日期，或人工评分。'],
  ])('%p missed (or not told) by %p: a person scores it', (target, actual, explanation) => {
    expect(read(target, actual)).toEqual({ family: 'target', status: 'manual', score: null, explanation });
  });

  test.each([
    ['若干', 'G2应填写完成时间（如2023年10月），现为“若干”。'],
    [2023.1, 'G2应填写完成时间（如2023年10月），现为“2023.1”。'],
    [null, '缺少输入：请在G2填写完成时间（如2023年10月）。'],
  ])('an actual %p that names no day is an error naming the cell', (actual, explanation) => {
    expect(read('2023年12月', actual)).toEqual({ family: 'target', status: 'error', score: null, explanation });
  });
});

describe('days that are no days, and days as people type them', () => {
  test.each(['2023年0月', '2023年13月', '12月0日前', '12月32日前'])('%p is no deadline', (text) => {
    expect(parseDeadline(text)).toBeNull();
  });
  test.each([
    ['12月1日前', { year: null, month: 12, day: 1 }],
    ['2023年 12月 31日前。 ', { year: 2023, month: 12, day: 31 }],
    ['2023年12月31日前，.', { year: 2023, month: 12, day: 31 }],
  ])('%p is done by %p', (text, by) => {
    expect(parseDeadline(text)?.by).toEqual(by);
  });
});

describe('the last day of a month, in a leap year', () => {
  test.each(['2024年2月底前', '2月底前'])('29 February 2024 is by %p', (target) => {
    expect(read(target, '2024-02-29')).toMatchObject({ status: 'full', score: 10 });
  });
  test('a month without its year after a deadline with one is late', () => {
    expect(read('2023年6月底前', '7月')).toMatchObject({ status: 'manual', explanation: expect.stringContaining('已逾期') });
  });
  test('an error in the cell is said', () => {
    expect(read('2023年12月31日前', { error: '#REF!' })).toEqual({ family: 'target', status: 'error', score: null, explanation: 'G2的值是错误值#REF!，请先修正该单元格或其公式。' });
  });
});
