// No rule text a family only partly read is scored: each family's phrasing, then the same with a clause
// it cannot read added, or a condition added inside a clause it reads, or a clause broken. The row needs
// a manual score, and the warning quotes what was not understood.
import { n, scoreOne } from '../support/table';
import { NEAR_MISSES } from './nearMisses/cases';

describe.each(NEAR_MISSES.map((m) => [m.family, m] as const))('%s', (family, m) => {
  test('reads its own phrasing whole', () => {
    const r = scoreOne(m.whole, m.actual, 5, { basic: m.basic });
    expect(r.family).toBe(family);
    expect(['full', 'deducted']).toContain(r.status);
    expect(n(r.score)).not.toBeNull();
  });

  test.each(m.misses.map(([text, quoted]) => [text, quoted] as const))('never scores %s', (text, quoted) => {
    const r = scoreOne(text, m.actual, 5, { basic: m.basic });
    expect(r.status).toBe('manual');
    expect(r.score).toBeNull();
    expect(r.explanation).toMatch(new RegExp(`“[^”]*${quoted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    expect(r.result.issues).toContainEqual(expect.objectContaining({ code: 'manual-score-needed', cell: 'H2' }));
  });
});
