// Figures written in Chinese numerals, as rules and inputs sometimes are: 一, 两, 十二, 一百零五, 零点五,
// 百分之九十. Only figures are rewritten; words that merely contain a numeral character (统一, 一级指标,
// “三公”, 十分明显) are left as they are.

const DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

const INTEGER = '[零〇一二两三四五六七八九十百千]+';
const FRACTION = '(?:点[零〇一二三四五六七八九]+)?';

/** A whole number in Chinese numerals (十二, 一百零五, 两千); null when the text is not one. */
export function chineseInteger(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let pending: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch in DIGIT) {
      if (pending !== null && pending !== 0) return null; // 二三: two digits in a row
      pending = DIGIT[ch];
    } else if (ch in UNIT) {
      const unit = UNIT[ch];
      if (unit >= lastUnit) return null; // 十百: units must fall
      total += (pending ?? 1) * unit;
      pending = null;
      lastUnit = unit;
    } else {
      return null;
    }
  }
  return total + (pending ?? 0);
}

/** `十二` → `12`, `零点五` → `0.5`; null when the text is not a figure in Chinese numerals. */
export function chineseNumber(text: string): string | null {
  const at = text.indexOf('点');
  const whole = chineseInteger(at < 0 ? text : text.slice(0, at));
  if (whole === null) return null;
  if (at < 0) return String(whole);
  const digits = [...text.slice(at + 1)].map((ch) => DIGIT[ch]);
  if (digits.length === 0 || digits.some((d) => d === undefined)) return null;
  return `${whole}.${digits.join('')}`;
}

/** Counters and units a figure stands before in rules and targets (`扣一分`, `两项`, `三处`, `九十万元`, `二十九点五亩`). */
const AFTER = '(?:个百分点|百分点|个|项|处|点(?![零〇一二三四五六七八九])|例|次(?!性)|条|份|家|起|笔|件|人次|人|天|日|倍|档|%|分|万元|元(?!化)|亩|公里)';
/** `分` makes a figure only after a scoring word: `扣一分`, `得两分` — not `十分明显`. */
const BEFORE_POINTS = /[扣得计记给加减为满按]$/;

const PERCENT_WORDS = new RegExp(`百分之(${INTEGER}${FRACTION})`, 'g');
const FIGURE = new RegExp(`(${INTEGER}${FRACTION})(?=${AFTER})`, 'g');

/** Rewrites the figures in a text written in Chinese numerals as digits, leaving every other word alone. */
export function digitsForNumerals(text: string): string {
  if (!/[零〇一二两三四五六七八九十百千]/.test(text)) return text;
  const percents = text.replace(PERCENT_WORDS, (all, figure: string) => {
    const n = chineseNumber(figure);
    return n === null ? all : `${n}%`;
  });
  return percents.replace(FIGURE, (all: string, figure: string, offset: number, whole: string) => {
    const next = whole.slice(offset + all.length);
    if (next.startsWith('分') && !BEFORE_POINTS.test(whole.slice(0, offset))) return all;
    const n = chineseNumber(figure);
    return n === null ? all : n;
  });
}
