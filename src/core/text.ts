// Text as finance offices type it: full-width digits and brackets, curly quotes, stray spaces and
// invisible characters. Everything the core compares goes through these first.

/** Full-width ASCII to half-width, ≦≧ to ≤≥, curly quotes to straight, invisible characters out. */
export function normalizeText(text: string): string {
  // One pass of a regular expression over the characters to change; most texts have none.
  return TO_NORMALIZE.test(text) ? text.replace(TO_NORMALIZE_ALL, normalizeChar) : text;
}

function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000 || code === 0x00a0) return ' ';
  return FOLD[ch] ?? '';
}

const FOLD: Record<string, string> = {
  '≦': '≤',
  '≧': '≥',
  '﹦': '=',
  '═': '=',
  '〓': '=',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '【': '[',
  '】': ']',
  '〔': '[',
  '〕': ']',
  '－': '-',
  '—': '-',
  '–': '-',
  '～': '~',
  '〜': '~',
  '﹪': '%',
  '．': '.',
};

// Full-width ASCII, the two full-width spaces, invisible characters (dropped), and FOLD's keys.
const CHANGED = `[\\uFF01-\\uFF5E\\u3000\\u00A0\\u200B-\\u200D\\u2060\\uFEFF\\u00AD${Object.keys(FOLD).join('')}]`;
const TO_NORMALIZE = new RegExp(CHANGED);
const TO_NORMALIZE_ALL = new RegExp(CHANGED, 'g');

/** For matching labels and headers: normalized, with every space and line break removed. */
export function compactText(text: string): string {
  return normalizeText(text).replace(/\s+/g, '');
}

/** A label for lookup: compact, and quotes dropped (`"三公"经费` = `三公经费`). */
export function labelKey(text: string): string {
  return compactText(text).replace(/["']/g, '');
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Small whole numbers written in Chinese (一, 两, 十二) or in digits; null otherwise. */
export function parseSmallInteger(text: string): number | null {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (t === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(t);
  if (m) return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[2] ? CN_DIGITS[m[2]] : 0);
  if (t.length === 1 && t in CN_DIGITS) return CN_DIGITS[t];
  return null;
}

/** Pattern source matching a small whole number in digits or Chinese. */
export const SMALL_INTEGER = '(?:\\d+|[一二两三四五六七八九十]+)';
