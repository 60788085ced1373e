// Every rule text the tests hold as data: the phrasing table, the near misses, and each text cell of the
// corpus's published tables (rules, targets, explanations, names) — for tests that must hold over all of them.
import { FROM_CORPUS, FROM_SPEC, PUBLISHED } from '../core/phrasings/cases';
import { NEAR_MISSES } from '../core/nearMisses/cases';
import { TABLES } from '../fixtures/real/tables';

function corpusTexts(): string[] {
  return TABLES.flatMap((t) => t.sheets.flatMap((s) => s.rows.flatMap((row) => (row ?? []).filter((v): v is string => typeof v === 'string'))));
}

/** Each text once, in the order found. */
export function allRuleTexts(): string[] {
  const phrasings = [...FROM_SPEC, ...FROM_CORPUS, ...PUBLISHED].map((p) => p.text);
  const nearMisses = NEAR_MISSES.flatMap((m) => [m.whole, ...m.misses.map(([text]) => text)]);
  return [...new Set([...phrasings, ...nearMisses, ...corpusTexts()])];
}
