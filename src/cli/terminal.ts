// Text from a workbook on its way to a terminal. A cell can hold anything: escape sequences that
// clear the screen or retitle the window (ESC, and C1 controls such as CSI U+009B), bidirectional
// overrides that reverse what follows them (U+202E), line breaks that fake lines of our output,
// 40,000 characters that flood every row. Shown here: control characters as `\xHH`, bidi controls
// as `<U+202E>`, line breaks as `⏎`, and anything longer than its room cut with `…`. The JSON
// document keeps every text as it is.

const CONTROL = /[\x00-\x08\x0B-\x1F\x7F-\x9F]/g;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).toUpperCase().padStart(width, '0');

/** The text with nothing a terminal would act on, and at most `max` characters (… included). */
export function terminalSafe(text: string, max = 500): string {
  const shown = text
    .replace(LINE_BREAK, '⏎')
    .replace(/\t/g, ' ')
    .replace(CONTROL, (c) => `\\x${hex(c, 2)}`)
    .replace(BIDI, (c) => `<U+${hex(c, 4)}>`);
  const chars = [...shown];
  return chars.length <= max ? shown : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
