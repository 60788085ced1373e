// The table of phrasings (test/core/phrasings/cases.ts): every text through every family — the families
// that read it whole must be exactly the expected one (and the ties PRECEDENCE settles) — and every case
// through the scorer, to its status, score and explanation word for word.
import { PRECEDENCE, recogniseFigure, readingsOf } from '../../src/core/rules/recognise';
import { ruleText } from '../../src/core/rules/ruleText';
import { labelKey } from '../../src/core/text';
import { n, scoreOne } from '../support/table';
import { FROM_CORPUS, FROM_SPEC, PUBLISHED, type Phrasing } from './phrasings/cases';

const order = PRECEDENCE.map((p) => p.family.name);

function readWholeBy(p: Phrasing): (string | null)[] {
  if (p.in === 'target') return [recogniseFigure(p.text) ? 'target' : 'qualitative'];
  const labels = [...new Set(p.cases.flatMap((c) => Object.keys(c.basic ?? {})))].map(labelKey);
  const whole = readingsOf(ruleText(p.text), labels).filter((v) => v.unread.length === 0).map((v) => v.family.name);
  return whole.length ? whole : [null];
}

describe.each([
  ['SPEC §6 and the issue', FROM_SPEC],
  ['the corpus', FROM_CORPUS],
  ['published tables and frameworks', PUBLISHED],
] as const)('phrasings from %s', (_, table) => {
  describe.each(table.map((p, i) => [`${i + 1}. ${p.text.slice(0, 48)}`, p] as const))('%s', (_name, p) => {
    test(`read whole by ${p.family ?? 'no family'}${p.alsoReadBy ? ` (before ${p.alsoReadBy.join(', ')})` : ''}`, () => {
      expect(readWholeBy(p)).toEqual([p.family, ...(p.alsoReadBy ?? [])]);
      // A tie goes to the family PRECEDENCE puts first.
      if (p.alsoReadBy) for (const other of p.alsoReadBy) expect(order.indexOf(p.family!)).toBeLessThan(order.indexOf(other));
    });

    test.each(p.cases.map((c) => [JSON.stringify(c.actual), c] as const))('实际完成值 %s', (_actual, c) => {
      const basic = c.basic ? Object.entries(c.basic).map(([k, v]) => [k, v] as [string, string | number]) : undefined;
      const r = scoreOne(p.in === 'target' ? '' : p.text, c.actual, p.points, {
        target: p.in === 'target' ? p.text : p.target,
        basic,
        name: p.indicator,
        score: c.typed,
      });
      expect({ status: r.status, score: n(r.score), explanation: r.explanation }).toEqual({ status: c.status, score: c.score, explanation: c.explanation });
    });
  });
});

test('the table covers every family that reads rule text, with real sources', () => {
  const all = [...FROM_SPEC, ...FROM_CORPUS, ...PUBLISHED];
  const families = new Set(all.map((p) => p.family));
  for (const { family } of PRECEDENCE) expect(families).toContain(family.name);
  expect(PUBLISHED.length).toBeGreaterThanOrEqual(40);
  expect(all.every((p) => p.seen.trim() !== '')).toBe(true);
});
