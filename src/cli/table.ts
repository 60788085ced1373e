// Plain-text tables that line up in a terminal with Chinese text (a CJK character is two columns),
// and ANSI colour used only when the output is a terminal.

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
const ANSI = /\u001b\[[0-9;]*m/g;

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text.replace(ANSI, '')) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

export type Align = 'left' | 'right';

export interface Column {
  readonly title: string;
  readonly align?: Align;
}

function pad(text: string, width: number, align: Align): string {
  const space = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? space + text : text + space;
}

/** A table with a header rule; the last column is not padded (long explanations may run on). */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(displayWidth(c.title), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 && columns[i].align !== 'right' ? cell : pad(cell, widths[i], columns[i].align ?? 'left')))
      .join('  ')
      .replace(/\s+$/, '');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(columns.map((c) => c.title)), rule, ...rows.map(line)].join('\n');
}

export type Colour = 'red' | 'yellow' | 'blue' | 'green' | 'bold' | 'dim';
const CODES: Record<Colour, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  blue: [36, 39],
  green: [32, 39],
  bold: [1, 22],
  dim: [2, 22],
};

export type Paint = (colour: Colour, text: string) => string;

export function painter(enabled: boolean): Paint {
  return enabled ? (colour, text) => `\u001b[${CODES[colour][0]}m${text}\u001b[${CODES[colour][1]}m` : (_c, text) => text;
}
