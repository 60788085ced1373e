// Figures as cells hold them (src/core/numbers.ts): every reading, exact.
import { D, clamp, formatDecimal, formatPercent, formatQuantity, parseNumberText, readCell, round2 } from '../../../src/core/numbers';

const q = (text: string) => {
  const r = parseNumberText(text);
  return r && { value: r.value.toString(), percent: r.percent, unit: r.unit };
};

test.each([
  ['5', { value: '5', percent: false, unit: null }],
  ['-5', { value: '-5', percent: false, unit: null }],
  ['+5', { value: '5', percent: false, unit: null }],
  ['3,184.21', { value: '3184.21', percent: false, unit: null }],
  ['12,345,678', { value: '12345678', percent: false, unit: null }],
  ['.5', { value: '0.5', percent: false, unit: null }],
  ['97.38%', { value: '97.38', percent: true, unit: null }],
  ['９７.３８％', { value: '97.38', percent: true, unit: null }],
  ['5‰', { value: '0.5', percent: true, unit: null }],
  ['8.68万元', { value: '8.68', percent: false, unit: '万元' }],
  ['192 项', { value: '192', percent: false, unit: '项' }],
  [' 5 ', { value: '5', percent: false, unit: null }],
  ['三', { value: '3', percent: false, unit: null }],
  ['两项', { value: '2', percent: false, unit: '项' }],
  ['百分之九十', { value: '90', percent: true, unit: null }],
  ['零点五', { value: '0.5', percent: false, unit: null }],
])('%p reads as %p', (text, expected) => expect(q(text)).toEqual(expected));

test.each(['若干', '', '1,23', '5分钟左右的时间', '一些', '3.2.1', '--5', '统一'])('%p is not a figure', (text) => {
  expect(parseNumberText(text)).toBeNull();
});

test('cells: empty, numbers, percent formats, text figures, booleans, errors', () => {
  expect(readCell(null)).toEqual({ kind: 'empty' });
  expect(readCell('  ')).toEqual({ kind: 'empty' });
  expect(readCell({ error: '#REF!' })).toEqual({ kind: 'error', error: '#REF!' });
  expect(readCell('#N/A')).toEqual({ kind: 'text', text: '#N/A' }); // typed by a person: text, not an error value
  expect(readCell(true)).toEqual({ kind: 'text', text: '是' });
  expect(readCell(false)).toEqual({ kind: 'text', text: '否' });
  expect(readCell(Number.NaN)).toEqual({ kind: 'error', error: 'NaN' });
  expect(readCell(Number.POSITIVE_INFINITY)).toEqual({ kind: 'error', error: 'Infinity' });
  expect(readCell('达成')).toEqual({ kind: 'text', text: '达成' });
  const pct = readCell(0.9738, '0.00%');
  expect(pct.kind === 'number' && [pct.quantity.value.toString(), pct.quantity.percent]).toEqual(['97.38', true]);
  // A % inside quotes in a format is a literal, not a percent format.
  const literal = readCell(97.38, '0.00"%"');
  expect(literal.kind === 'number' && [literal.quantity.value.toString(), literal.quantity.percent]).toEqual(['97.38', false]);
  // Binary noise of a JavaScript number does not reach the figure.
  const sum = readCell(0.1 + 0.2);
  expect(sum.kind === 'number' && sum.quantity.value.toString()).toBe('0.3');
  const text = readCell('3,184.21');
  expect(text.kind === 'number' && text.quantity.value.toString()).toBe('3184.21');
});

test('rounding half-up to two decimals, and the forms figures are shown in', () => {
  expect(round2(new D('95.995')).toString()).toBe('96');
  expect(round2(new D('4.7532')).toString()).toBe('4.75');
  expect(round2(new D('2.005')).toString()).toBe('2.01');
  expect(round2(new D('-1.005')).toString()).toBe('-1.01');
  expect(formatDecimal(new D('4.50'))).toBe('4.5');
  expect(formatDecimal(new D('1e-7'))).toBe('0.0000001');
  expect(formatPercent(new D('97.38'))).toBe('97.38%');
  expect(formatQuantity({ value: new D('8.68'), percent: false, unit: '万元' })).toBe('8.68万元');
  expect(formatQuantity({ value: new D('90'), percent: true, unit: null })).toBe('90%');
  expect(clamp(new D(-1), new D(0), new D(5)).toString()).toBe('0');
  expect(clamp(new D(6), new D(0), new D(5)).toString()).toBe('5');
  expect(clamp(new D(3), new D(0), new D(5)).toString()).toBe('3');
});
