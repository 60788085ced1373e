// Rules that list cases in words, each with what it gives — read once for «yes-no» (`有…计2分，没有不得分`,
// `是否…，是得满分，否不得分`) and «categorical» (`无结余的得3分；有结余但不超过上年结转的得2分；超过的不得分`).
// A case's condition is prose, never a figure (a figure makes it a band); the row answers by naming it.
import type { Failure, RowContext } from './context';
import { parseCondition } from './condition';
import { findOutcome, type CaseOutcome } from './outcome';
import { PER_OCCURRENCE } from './phrases';
import { saysHowToScore, scoresOtherwise, type Reading, type RuleText } from './ruleText';

const PER_OCCURRENCE_RE = new RegExp(PER_OCCURRENCE);
/** Words that change a case rather than name its subject: `基本`健全, `不`健全. */
const MODIFIER_END = /(?:不|未|非|基本|部分|没有|无|较|大部分)$/;

export interface Case {
  /** The condition as written, e.g. `有结余但不超过上年结转的`. */
  readonly when: string;
  /** The condition reduced for matching an answer: `有结余但不超过上年结转`. */
  readonly key: string;
  readonly then: CaseOutcome;
}

/** A condition reduced to what an answer would repeat. */
export function caseKey(text: string): string {
  return text
    .replace(/[\s,，、:：;；。"'“”()（）]/g, '')
    .replace(/^(?:如|若|凡|对于?|其中)/, '')
    .replace(/(?:的情况|情况|的|者|时|则)+$/, '');
}

/** The cases of a rule and the clauses they were read from; null when it lists fewer than two. */
export function readCases(text: RuleText): Reading<readonly Case[]> | null {
  const cases: Case[] = [];
  const read = new Set<number>();
  const stumbled: string[] = [];
  text.clauses.forEach((clause, i) => {
    let engaged = false;
    let whole = true;
    let lead = '';
    for (const raw of clause.split(/[,，]/)) {
      const segment = raw.trim();
      // `无结余，3分`, `有专人负责2分`: a figure of points alone after the case it belongs to.
      const then = findOutcome(segment, true);
      if (!then) {
        lead += segment;
        continue;
      }
      engaged = true;
      const when = `${lead}${segment.slice(0, then.start)}`;
      const after = segment.slice(then.end);
      // `不齐全的扣2分` is a case too: the points less 2.
      if (parseCondition(when) || caseKey(when) === '' || saysHowToScore(after) || scoresOtherwise(when)) whole = false;
      else cases.push({ when: when.trim(), key: caseKey(when), then: then.outcome });
      lead = '';
    }
    if (!engaged) return;
    // What follows the last case and still says how to score was not read.
    if (saysHowToScore(lead)) whole = false;
    if (whole) read.add(i);
    else stumbled.push(clause);
  });
  // Cases are situations, not occurrences counted (`发现1处扣0.5分` is a deduction per item), and at
  // least one says what it gives rather than what it takes.
  if (cases.length < 2 || cases.some((c) => PER_OCCURRENCE_RE.test(c.when)) || cases.every((c) => c.then.kind === 'minus')) return null;
  return { rule: cases, read, stumbled };
}

/** `无结余` / `有结余`, `不超过` / `超过`, `未建立` / `已建立`: two cases that deny each other. */
export function opposed(a: string, b: string): boolean {
  const core = (s: string) => s.replace(/^(?:没有|不|未|无|非|有|已|是)/, '');
  const denies = (x: string, y: string) => /^(?:没有|不|未|无|非)/.test(x) && core(x).length >= 2 && y.includes(core(x));
  // `没有建立制度` against `建立了制度`: a denied word the other case holds, whichever case is written first.
  const deniesWord = (x: string, y: string) => [...x.matchAll(/(?:没有|不|未|无)([\u4e00-\u9fa5]{2})/g)].some((m) => y.includes(m[1]) && !y.includes(m[0]));
  return denies(a, b) || denies(b, a) || deniesWord(a, b) || deniesWord(b, a);
}

/** The case an answer names: the same words, else the one case whose words it contains or is part of. */
export function caseNamed(cases: readonly Case[], answer: string, ctx: RowContext): Case | Failure {
  const key = caseKey(answer);
  const exact = cases.find((c) => c.key === key);
  if (exact) return exact;
  // `健全` names `财务会计制度健全` (the subject written once, in the first case), not `基本健全` or `不健全`.
  const tails = cases.filter((c) => c.key.endsWith(key) && !MODIFIER_END.test(c.key.slice(0, -key.length)));
  if (tails.length === 1) return tails[0];
  const near = cases.filter((c) => c.key.includes(key) || key.includes(c.key));
  // The most specific case the answer names: `有结余但不超过上年结转` over `超过`.
  const longest = near.filter((c) => key.includes(c.key)).sort((a, b) => b.key.length - a.key.length);
  if (longest.length === 1 || (longest.length > 1 && longest[0].key.length > longest[1].key.length)) return longest[0];
  if (near.length === 1) return near[0];
  return ctx.fail.unknownAnswer(answer, cases.map((c) => c.key));
}
