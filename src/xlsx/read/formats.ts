// Number formats as a file names them: a workbook's own (numFmts) or one of the formats every Excel
// knows by id, and whether a format shows a date — then the cell's serial number is a date, and the
// core receives it as the calendar date Excel shows.

/**
 * The built-in formats (ECMA-376 §18.8.30), with the Chinese (zh-CN) codes of the ids whose format
 * depends on the locale (27–36): the office files this reads come from there.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The code of a built-in format id, or undefined for an id Excel does not define. */
export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/**
 * Whether a format shows a date or a time: a year, month, day, hour or second code outside quoted
 * text, escaped characters and brackets (colours, conditions and locales are bracketed; an elapsed
 * `[h]` counts as time).
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/[\\_*]./g, '');
  if (/\[(h+|m+|s+)\]/i.test(bare)) return true;
  return /[ymdhs]/i.test(bare.replace(/\[[^\]]*\]/g, ''));
}

/** `2019-05-01`: the calendar date of a serial number (the 1904 system when the workbook says so). */
export function serialDateText(serial: number, date1904: boolean): string {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
