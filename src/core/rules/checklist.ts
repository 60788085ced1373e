// Family «checklist»: criteria each worth points — `①制定明确的财务监控监督措施,得1分;②监控、监督措施执行有效,
// 得1分`, `1、…1分；2、…1分`, `(1)…`, `一、…`, weighted (`①…3分；②…1分`), or unnumbered clauses that each
// award points without a case that gives none (`制度健全得3分；执行有效得1分`). 实际完成值 answers them:
// `是,否` in order, the met ones (`①②`, `1、3`), or a count when every criterion is worth the same.
import { clamp, D, formatDecimal, ZERO, type Dec } from '../numbers';
import { opposed, readCases } from './cases';
import type { Family, Failure, Outcome, RowContext } from './context';
import { parseCondition } from './condition';
import { actualCount, isFail } from './inputs';
import { findOutcome } from './outcome';
import { numbering, type Marker } from './numbering';
import { anyOf, AWARD, CIRCLED, DEDUCT, PROVISO, LETTER_ORDINALS, LIST_LEAD_INS, NO, plainNumber, YES, WORTH_IN_BRACKETS, WORTH_SPLIT, PART_WORTH, RESTATED_WORTH, NOT_MET, EQUAL_ITEMS, CRITERIA_BY_NUMBER, CRITERION_NUMBER } from './phrases';
import { outcomes, subsetSums } from './possible';
import { saysHowToScore, without, type RuleReading, type RuleText } from './ruleText';

export interface Criterion {
  /** As the rule numbers it: `①`, `1`, `(2)`, `一`; unnumbered criteria by position, `①`. */
  readonly marker: string;
  /** The number the answers may use for it (1-based). */
  readonly number: number;
  readonly points: Dec;
}

export interface ChecklistRule {
  readonly criteria: readonly Criterion[];
}

/** The points a criterion awards: `得1分`, `计2分`, or `1分` at its end; null when it awards none. */
function awarded(part: string): { points: Dec; start: number; end: number } | null {
  const bracketed = WORTH_AT_END.exec(part); // `基础数据信息是否真实(1分)`
  if (bracketed) return { points: new D(bracketed[1]), start: bracketed.index, end: part.length };
  const o = findOutcome(part, true);
  if (!o || o.outcome.kind !== 'points' || o.outcome.points.isZero()) return null;
  return { points: o.outcome.points, start: o.start, end: o.end };
}

function clausesWithin(text: RuleText, from: number, to: number): number[] {
  return text.clauses.map((c, i) => ({ i, s: text.starts[i], e: text.starts[i] + c.length })).filter((c) => c.s < to && c.e > from).map((c) => c.i);
}

function numbered(text: RuleText, markers: Marker[]): RuleReading<ChecklistRule> | null {
  const criteria: Criterion[] = [];
  const read = new Set<number>();
  const stumbled: string[] = [];
  markers.forEach((mk, k) => {
    const end = k + 1 < markers.length ? markers[k + 1].start : text.text.length;
    const whole = text.text.slice(mk.end, end).replace(/[\s;；。,，]+$/, '');
    // A criterion ends with its clause; what follows in a later clause is not part of it.
    const firstClause = whole.split(/[;；。\n]/)[0].replace(/[\s,，]+$/, '');
    const part = awarded(unsaid(firstClause)) || SPLIT.test(firstClause) ? firstClause : whole;
    const spanned = clausesWithin(text, mk.start, mk.end + part.length);
    // Taken up either way: a criterion that could not be read is quoted once, whole.
    spanned.forEach((i) => read.add(i));
    // `4、未设置绩效目标,该栏不得分`: what meeting none gives, which is nothing.
    if (NOT_MET.test(part.replace(/[\s,，]/g, ''))) return;
    const split = SPLIT.exec(part);
    if (split) {
      // A split that does not add up, or an aside it cannot place, is not guessed at.
      const parts = breakdownOf(part, split);
      if (parts && !saysHowToScore(without(part, [parts.span]))) parts.items.forEach((points, j) => criteria.push({ marker: `${mk.shown}(${j + 1})`, number: mk.number, points }));
      else stumbled.push(`${mk.shown}${part}`);
      return;
    }
    const award = awarded(unsaid(part));
    const rest = award ? without(unsaid(part), [[award.start, award.end]]) : part;
    if (award && !saysHowToScore(rest)) criteria.push({ marker: mk.shown, number: mk.number, points: award.points });
    else stumbled.push(`${mk.shown}${part}`);
  });
  if (criteria.length === 0) return null;
  text.clauses.forEach((c, i) => {
    if (!read.has(i) && (NOT_MET.test(c.replace(/[\s,，]/g, '')) || restatesWorth(c, criteria))) read.add(i);
  });
  // What stands before the first criterion in its clause: a lead-in, or something the list does not say.
  const first = markers[0].start;
  const at = text.clauses.findIndex((c, i) => text.starts[i] <= first && first <= text.starts[i] + c.length);
  const lead = text.text.slice(text.starts[at], first);
  if (saysHowToScore(lead.replace(LEAD_IN, ''))) stumbled.push(lead.replace(/[\s,，:：]+$/, ''));
  return { rule: { criteria }, read, stumbled };
}

const WORTH_AT_END = new RegExp(`${WORTH_IN_BRACKETS}$`);

/** `按实现程度计分：`, `评分标准：`: a lead-in that only says the list is how to score. */
const LEAD_IN = new RegExp(`(?:${anyOf(LIST_LEAD_INS)})\\s*[:：]?`, 'g');

const SPLIT = new RegExp(WORTH_SPLIT);
/** `若单位无项目,得2分`: when the split does not apply, the whole worth. */
const WHOLE_WORTH = new RegExp(String.raw`^(?:${anyOf(PROVISO)})[^,，]*[,，]?\s*${AWARD}$`);

/**
 * A criterion whose worth is split into parts that add up to it (`2分,其中…1分,…1分`), each then a
 * criterion of its own; an aside giving the whole worth where the split does not apply goes with it.
 * The parts' points and where the worth and its split stand; null when they do not add up.
 */
function breakdownOf(part: string, m: RegExpExecArray): { items: Dec[]; span: [number, number] } | null {
  const worth = new D(m[1]);
  const after = part.slice(m.index + m[0].length).replace(/\)\s*$/, '');
  const pieces = after.split(/[,，、]/).map((p) => p.trim());
  const items: Dec[] = [];
  let k = 0;
  for (; k < pieces.length; k++) {
    const sub = PART_WORTH.exec(pieces[k]);
    if (!sub || saysHowToScore(sub[1])) break;
    items.push(new D(sub[2]));
  }
  const aside = pieces.slice(k).join(',');
  const asideWorth = WHOLE_WORTH.exec(aside);
  if (items.length < 2 || (aside !== '' && !(asideWorth && worth.equals(plainNumber(asideWorth[1] ?? asideWorth[2]))))) return null;
  if (!items.reduce((sum, p) => sum.plus(p), ZERO).equals(worth)) return null;
  return { items, span: [m.index, part.length] };
}

/** A clause of its own that only says again what missing a criterion costs: `每少一项扣1分，扣完为止`, each criterion worth 1. */
function restatesWorth(clause: string, criteria: readonly Criterion[]): boolean {
  if (unsaid(clause).replace(/[\s,，。]/g, '') !== '') return false;
  const costs = [...clause.matchAll(DEDUCT_ALL)].map((m) => new D(plainNumber(m[1])));
  return costs.every((cost) => criteria.every((c) => c.points.equals(cost)));
}

/** `每少一项扣1分，扣完为止`: a criterion missed costs its worth — what a checklist gives anyway. */
const RESTATED = new RegExp(RESTATED_WORTH, 'g');
const DEDUCT_ALL = new RegExp(DEDUCT, 'g');
/** A criterion without the list's arithmetic said again after it. */
const unsaid = (part: string): string => part.replace(RESTATED, '').replace(/[\s,，]+$/, '');
/** `成立内部控制领导小组(1分)`: a criterion with its worth in brackets. */
const BRACKETED = new RegExp(WORTH_IN_BRACKETS, 'g');

/**
 * Unnumbered criteria: clauses that each award points, alone or beside what not meeting them gives
 * (`全部完成发放补贴面积得5分,未完成不得分`), or criteria with their worth in brackets within one clause.
 * None may give nothing for a case of its own: that would be categories.
 */
function unnumbered(text: RuleText): RuleReading<ChecklistRule> | null {
  // `按时报送得2分；未按时报送得1分`, `健全的得3分；基本健全的得2分；不健全的不得分`: cases that deny each
  // other are one answer among them, not criteria that add up.
  // (A criterion paired with its own `未完成不得分` repeats that case: those are criteria.)
  const cases = readCases(text)?.rule ?? [];
  const distinct = new Set(cases.map((c) => c.key)).size === cases.length;
  if (distinct && cases.some((c, i) => cases.some((d, j) => i < j && opposed(c.key, d.key)))) return null;
  const criteria: Criterion[] = [];
  const read = new Set<number>();
  const scoring = saysHowToScore(text.text);
  const add = (points: Dec) => criteria.push({ marker: CIRCLED[criteria.length] ?? String(criteria.length + 1), number: criteria.length + 1, points });
  for (const [i, clause] of text.clauses.entries()) {
    // `包括制度健全、执行有效、核算规范，每项1分`: items after a lead-in, each worth the same.
    const items = equalItems(clause);
    if (items) {
      items.forEach(add);
      read.add(i);
      continue;
    }
    // `制度健全得1分、执行有效得2分`: criteria within one clause, each with its worth.
    const within = clause.split(/[、,，]/);
    const worths = within.map((piece) => awarded(piece));
    if (scoring && worths.every((w, k) => w && !parseCondition(within[k]) && !saysHowToScore(without(within[k], [[w.start, w.end]])))) {
      worths.forEach((w) => add(w!.points));
      read.add(i);
      continue;
    }
    const bracketed = [...clause.matchAll(BRACKETED)];
    if (bracketed.length >= 2) {
      if (saysHowToScore(clause.replace(BRACKETED, ''))) return null;
      bracketed.forEach((m) => add(new D(m[1])));
      read.add(i);
      continue;
    }
    // A criterion may give its worth bare (`核算规范1分`) where the text says how to score elsewhere.
    if (!saysHowToScore(clause) && !(scoring && awarded(clause))) continue;
    if (NOT_MET.test(clause.replace(/[\s,，]/g, '')) && criteria.length) {
      read.add(i);
      continue;
    }
    // `…得5分，未完成不得分`: the criterion, and what not meeting it gives.
    const pieces = clause.split(/[,，]/);
    const paired = NOT_MET.test(pieces[pieces.length - 1].replace(/\s/g, ''));
    const award = paired ? pieces.slice(0, -1).join(',') : clause;
    const worth = awarded(award);
    if (!worth || parseCondition(award) || saysHowToScore(without(award, [[worth.start, worth.end]]))) return null;
    add(worth.points);
    read.add(i);
  }
  return criteria.length >= 2 ? { rule: { criteria }, read, stumbled: [] } : null;
}

function equalItems(clause: string): Dec[] | null {
  const m = EQUAL_ITEMS.exec(clause);
  if (!m) return null;
  const items = m[1].split('、').map((s) => s.trim());
  if (items.length < 2 || items.some((item) => item === '' || saysHowToScore(item) || /\d/.test(item))) return null;
  return items.map(() => new D(m[2]));
}

export const checklist: Family<ChecklistRule> = {
  name: 'checklist',
  recognise(text) {
    const markers = numbering(text.text);
    return markers.length ? numbered(text, markers) : unnumbered(text);
  },

  score(rule, ctx): Outcome {
    const met = answers(rule, ctx);
    if (isFail(met)) return met;
    const total = rule.criteria.reduce((sum, c, i) => (met[i] ? sum.plus(c.points) : sum), ZERO);
    const parts = rule.criteria.map((c, i) => ctx.m.criterion(c.marker, met[i], formatDecimal(c.points)));
    return { kind: 'scored', score: clamp(total, ZERO, ctx.points), detail: ctx.m.checklist(parts) };
  },

  // Any criteria may be met: every sum of their points.
  gives: (rule) => outcomes(subsetSums(rule.criteria.map((c) => c.points))),
};

const LETTER_MARKER = new RegExp(`^[${LETTER_ORDINALS}]、$`);

/** Which criteria the row says are met. */
function answers(rule: ChecklistRule, ctx: RowContext): boolean[] | Failure {
  const n = rule.criteria.length;
  const a = ctx.actual;
  if (a.kind === 'text') {
    const text = a.text.replace(/\s/g, '');
    const circled = new RegExp(`^[${CIRCLED}]+$`);
    if (circled.test(text)) return chosen([...text].map((ch) => CIRCLED.indexOf(ch) + 1), rule, ctx);
    // `A、C、D` where the rule lettered its criteria.
    const lettered = rule.criteria.every((c) => LETTER_MARKER.test(c.marker));
    if (lettered && /^[A-J](?:[、,，;；/]?[A-J])*$/i.test(text)) return chosen([...text.replace(/[^A-J]/gi, '')].map((ch) => LETTER_ORDINALS.indexOf(ch.toUpperCase()) + 1), rule, ctx);
    // The met criteria by number: `1、3`, `(2)`, `第2项` — a lone figure is a count, below.
    const marked = CRITERIA_BY_NUMBER.test(text);
    const items = text.split(/[,，、;；/]/).filter((s) => s !== '');
    if ((marked || items.length > 1) && items.every((s) => CRITERION_NUMBER.test(s))) {
      return chosen(items.flatMap((s) => [...s.matchAll(/\d{1,2}/g)].map((m) => Number(m[0]))), rule, ctx);
    }
    if (items.every((s) => YES.test(s) || NO.test(s))) {
      if (items.length > n) return ctx.fail.tooManyAnswers(items.length, n);
      if (items.length < n) return ctx.fail.tooFewAnswers(items.length, n);
      return items.map((s) => YES.test(s));
    }
  }
  const count = actualCount(ctx, ctx.m.actualValue);
  if (isFail(count)) return count;
  if (count > n) return ctx.fail.tooManyAnswers(count, n);
  const equal = rule.criteria.every((c) => c.points.equals(rule.criteria[0].points));
  if (!equal && count > 0 && count < n) return ctx.fail.tooFewAnswers(1, n);
  return rule.criteria.map((_, i) => i < count);
}

function chosen(numbers: number[], rule: ChecklistRule, ctx: RowContext): boolean[] | Failure {
  const set = new Set(numbers);
  const unknown = [...set].filter((k) => !rule.criteria.some((c) => c.number === k));
  if (unknown.length) return ctx.fail.unknownCriterion(unknown, new Set(rule.criteria.map((c) => c.number)).size);
  return rule.criteria.map((c) => set.has(c.number));
}

