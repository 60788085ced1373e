// Paraphrases (issue 22): every text of the phrasing table rewritten with what the vocabulary says is
// equivalent (test/core/phrasings/paraphrase.ts) must be read as the text itself is — the same family,
// status and score for every case, and the same figures in the explanation (its words may quote the
// paraphrase), and any case it offers whole. A paraphrase read otherwise is printed whole, with the
// rewrites that made it.
import { FROM_CORPUS, FROM_SPEC, PUBLISHED, type Phrasing, type PhrasingCase } from './phrasings/cases';
import { paraphrases } from './phrasings/paraphrase';
import { categorical } from '../../src/core/rules/categorical';
import { ruleText } from '../../src/core/rules/ruleText';
import { yesNo } from '../../src/core/rules/yesNo';
import { fragment } from '../support/options';
import { n, scoreOne } from '../support/table';

/** Paraphrases of each text; every case of the text is scored on each. */
const PER_TEXT = 10;

function read(p: Phrasing, text: string, c: PhrasingCase) {
  const basic = c.basic ? Object.entries(c.basic).map(([k, v]) => [k, v] as [string, string | number]) : undefined;
  const r = scoreOne(p.in === 'target' ? '' : text, c.actual, p.points, { target: p.in === 'target' ? text : p.target, basic, name: p.indicator, score: c.typed });
  // What the explanation quotes of the rule is the paraphrase's own words: its figures are compared outside quotes.
  const quotes = r.explanation.match(/“[^”]*”/g) ?? [];
  const figures = r.explanation.replace(/“[^”]*”/g, '“”').match(/\d+(?:\.\d+)?/g) ?? [];
  return { family: r.family, status: r.status, score: n(r.score), quotes: quotes.length, figures };
}

const ALL = [...FROM_SPEC, ...FROM_CORPUS, ...PUBLISHED];

describe.each(ALL.map((p, i) => [`${i + 1}. ${p.text.slice(0, 48)}`, p] as const))('%s', (_name, p) => {
  test(`${PER_TEXT} paraphrases, each read as the text`, () => {
    const variants = paraphrases(p.text, PER_TEXT);
    expect(variants.length).toBe(PER_TEXT);
    const failures: string[] = [];
    // A paraphrase read as cases offers them whole, as the text does (test/core/wholeOptions.test.ts).
    for (const v of variants) {
      const text = ruleText(v.text);
      const yn = yesNo.recognise(text, [])?.rule;
      for (const c of [...(categorical.recognise(text, [])?.rule ?? []), ...(yn ? [yn.yes, yn.no] : [])]) {
        const why = fragment(c.shown, v.text);
        if (why) failures.push(`${JSON.stringify(v.text)} (${v.by.join(' + ')}): the case “${c.shown}” is ${why}`);
      }
    }
    for (const c of p.cases) {
      const want = read(p, p.text, c);
      for (const v of variants) {
        const got = read(p, v.text, c);
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          failures.push(`${JSON.stringify(v.text)} (${v.by.join(' + ')}), 实际完成值 ${JSON.stringify(c.actual)}: ${JSON.stringify(got)}, not ${JSON.stringify(want)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
