// The 评价结论及措施 of a self-evaluation report (section 五 of the seed report), built from a
// ScoreResult to the seed's standard:
// (一) 评价结论 — who, the total and grade (a project: its 预算执行率 with the amounts), then a paragraph
//   per level-1 area: the scores of its parts, each deduction as cause → formula with its figures →
//   result, and what full-mark rows achieved where they have a figure;
// (二) 存在问题 — one item per kind of problem: what went wrong, in figures and words (not the
//   conclusion's arithmetic again), and why, in the office's own words where its table gives them;
// (三) 改进措施 — one numbered measure per kind, naming the indicators and what they lost points on.
// A typed score only kept is said to be the office's own, never as checked. Pure.
import type Decimal from 'decimal.js';
import { fillMeasure, measureFor, type Measure } from '../measures';
import { D, formatDecimal, round2, ZERO } from '../numbers';
import type { Lang, RowResult, ScoredRow, ScoreResult } from '../types';
import { findingOf, type Finding } from './findings';
import { distinctNames, plainName, reportName } from './names';
import { subjectOf, type Subject } from './subject';
import { EN_WORDS, ZH_WORDS, type Open, type Pending, type ReportWords } from './words';

export interface ReportSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export interface Report {
  readonly lang: Lang;
  /** The document's title: `2019年度部门整体支出绩效自评报告`. */
  readonly title: string;
  /** Who it is about, for a document's heading; null when the table does not say. */
  readonly unit: string | null;
  /** That this is a draft to revise: for the sheet and the document, not for the text a person pastes. */
  readonly note: string;
  /** 评价结论, 存在问题, 改进措施. */
  readonly sections: readonly [ReportSection, ReportSection, ReportSection];
}

export const WORDS: Readonly<Record<Lang, ReportWords>> = { zh: ZH_WORDS, en: EN_WORDS };

/** A score or total as prose writes it: two decimals at most, no trailing zeros (4.75, 5, 0.5). */
const figure = (d: Decimal): string => formatDecimal(round2(d));

/** A row as the report names and reads it. */
interface Line {
  readonly row: RowResult;
  /** Its name, told apart from another of the same name in its area by its part (`市民云…任务完成率`). */
  readonly name: string;
  /** Its own name, where its part tells it apart. */
  readonly own: string;
  readonly part: string;
  readonly finding: Finding | null;
  readonly remark: Remark | null;
}

/** The office's reasoning beside a deduction, split into why (causes) and what it will do (measures). */
interface Remark {
  readonly causes: readonly string[];
  readonly measures: readonly string[];
}

/** Texts that say nothing: `0`, `无`, `/`, `—`. */
const NOTHING = /^(?:0|无|否|没有|\/|[-—–]+|已完成|完成|达标|正常)$/;
/** A sentence that says what will be done rather than why (`提高预算准确度`). */
const MEASURE_VERB = /^(?:下一步|今后|拟|将|需|应)?(?:提高|加强|加快|完善|严格|规范|强化|做好|落实|确保|建立|健全|督促|积极|进一步|继续|及时|加大|优化|改进|推进)/;

function remarkOf(row: RowResult): Remark | null {
  if (row.status !== 'deducted' || row.remark === null) return null;
  const text = row.remark.replace(/(?<=[\u4e00-\u9fff\d%])[ \t]*,[ \t]*/g, '，').trim();
  if (text === '' || NOTHING.test(text)) return null;
  const sentences = text
    .split(/[。；;\n]/)
    .map((s) => s.replace(/\s+/g, ' ').trim().replace(/[，,]$/, ''))
    .filter(Boolean);
  return { causes: sentences.filter((s) => !MEASURE_VERB.test(s)), measures: sentences.filter((s) => MEASURE_VERB.test(s)) };
}

const isScored = (r: RowResult): r is ScoredRow => r.status === 'full' || r.status === 'deducted';
const isKept = (r: RowResult): boolean => isScored(r) && r.kept !== null;
const openOf = (r: RowResult): Open | null => (r.status === 'error' ? 'error' : r.status === 'manual' ? (r.review ? 'review' : 'manual') : null);
const sum = (lines: readonly Line[]): Decimal => lines.reduce((s, l) => (l.row.score === null ? s : s.plus(l.row.score)), ZERO);

interface Area {
  readonly name: string;
  readonly lines: readonly Line[];
}

/** The rows by level-1 area, in the table's order; a name written again further down continues its area. */
function areasOf(rows: readonly RowResult[], lang: Lang, w: ReportWords): Area[] {
  // Linear in the rows: a table the limits admit has 20,000 of them.
  const byName = new Map<string, RowResult[]>();
  for (const r of rows) {
    const key = plainName(r.level1);
    const list = byName.get(key);
    if (list) list.push(r);
    else byName.set(key, [r]);
  }
  return [...byName].map(([name, list]) => {
    const labels = partLabels(list);
    const own = list.map((r) => reportName(r.indicator));
    const times = new Map<string, number>();
    for (const n of own) times.set(n, (times.get(n) ?? 0) + 1);
    const repeated = new Set(own.filter((n) => times.get(n)! > 1));
    const lines = list.map((r, i) => {
      const part = labels[i];
      const named = repeated.has(own[i]) && part !== '' ? `${part}${own[i]}` : own[i];
      return { row: r, name: named, own: own[i], part, finding: isScored(r) ? findingOf(r, own[i], lang) : null, remark: remarkOf(r) };
    });
    return { name: name === '' ? w.unnamedArea : name, lines };
  });
}

/** Whether two rows are in one part: consecutive, under one level-2 name. */
const samePart = (a: RowResult, b: RowResult): boolean => a.level2 !== '' && a.level2 === b.level2;

/** Each row's part, as the report names it: two parts that would read the same are told apart (./names). */
function partLabels(rows: readonly RowResult[]): string[] {
  const starts = rows.flatMap((r, i) => (i > 0 && samePart(rows[i - 1], r) ? [] : [i]));
  const labels = distinctNames(
    starts.map((i) => reportName(rows[i].level2)),
    (name, k) => `${name}（${k}）`,
    starts.map((i) => rows[i].level2),
  );
  let part = -1;
  return rows.map((_, i) => {
    if (starts[part + 1] === i) part++;
    return labels[part];
  });
}

/** Consecutive rows of one level-2 name: one part of an area (`基础管理得4分，其中…`). */
function partsOf(lines: readonly Line[]): { label: string; raw: string; lines: Line[] }[] {
  const out: { label: string; raw: string; lines: Line[] }[] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (last && samePart(last.lines[last.lines.length - 1].row, l.row)) last.lines.push(l);
    else out.push({ label: l.part, raw: l.row.level2, lines: [l] });
  }
  return out;
}

function rowScore(l: Line, w: ReportWords): string {
  const open = openOf(l.row);
  return open ? w.open(l.name, open) : w.part(l.name, figure(l.row.score!));
}

/** Up to this many rows a part lists them (`其中…`); a key task's ten KPIs are summed up by the task. */
const LISTED = 4;

function scoresOf(lines: readonly Line[], w: ReportWords): string {
  const parts = partsOf(lines);
  if (parts.length === 1 || parts.every((p) => p.raw === '')) return lines.map((l) => rowScore(l, w)).join(w.listSep);
  let listed = false;
  const texts = parts.map((p) => {
    const complete = p.lines.every((l) => l.row.score !== null);
    if (p.lines.length === 1 && (p.label === '' || !complete)) return rowScore(p.lines[0], w);
    if (p.lines.length === 1) return w.part(p.label === '' ? p.lines[0].name : p.label, figure(p.lines[0].row.score!));
    if (p.lines.length <= LISTED || !complete) {
      listed = true;
      return w.partWithRows(p.label, complete ? figure(sum(p.lines)) : sum(p.lines).isZero() ? null : figure(sum(p.lines)), p.lines.map((l) => rowScore(l, w)));
    }
    return w.part(p.label, figure(sum(p.lines)));
  });
  return texts.join(listed ? w.partSep : w.listSep);
}

/**
 * What full-mark rows achieved, those that show the same thing said together (`目标填报、目标量化、目标匹配
 * 均未发现问题`); where names repeat across parts (two key tasks, each with its 任务完成率), part by part.
 */
function achievements(scored: readonly Line[], w: ReportWords): string[] {
  const shown = scored.filter((l) => l.row.status === 'full' && !(l.row as ScoredRow).kept && l.finding!.said !== '');
  const grouped = (ls: readonly Line[], name: (l: Line) => string): string[] => {
    const bySaid = new Map<string, string[]>();
    for (const l of ls) bySaid.set(l.finding!.said, [...(bySaid.get(l.finding!.said) ?? []), name(l)]);
    return [...bySaid].map(([said, names]) => w.same(names, said));
  };
  if (!shown.some((l) => l.name !== l.own)) return grouped(shown, (l) => l.name);
  const parts = [...new Set(shown.map((l) => l.part))];
  return parts.map((part) => w.inPart(part, grouped(shown.filter((l) => l.part === part), (l) => l.own)));
}

function areaParagraph(n: number, area: Area, w: ReportWords): string {
  const { lines } = area;
  const scored = lines.filter((l) => isScored(l.row));
  const lost = scored
    .filter((l) => l.row.status === 'deducted')
    .map((l) => ((l.row as ScoredRow).kept ? w.keptLost(l.name, figure(l.row.score!), figure(l.row.deduction!)) : w.lost(l.name, l.finding!.said, figure(l.row.deduction!))));
  const achieved = achievements(scored, w);
  // A kept score that lost points is said above, with its score.
  const keptFull = (because: 'judgement' | 'unverified') => scored.filter((l) => l.row.status === 'full' && (l.row as ScoredRow).kept?.because === because).map((l) => l.name);
  const judged = keptFull('judgement');
  const unverified = keptFull('unverified');
  const details = [lost.join(w.clauseSep), achieved.join(w.clauseSep), judged.length ? w.judgement(judged) : '', unverified.length ? w.unverified(unverified) : ''].filter(Boolean);
  const complete = lines.every((l) => l.row.score !== null);
  const clean = complete && lost.length === 0;
  return `${w.area(n, area.name)}${w.sentence(scoresOf(lines, w))}${details.map((d) => w.sentence(d)).join('')}${w.areaTotal(figure(sum(lines)), clean, complete)}`.trim();
}

/**
 * The 预算执行率 row of a project table, said in the headline with its amounts (`执行率=A÷B=R` in its
 * explanation), and in 存在问题 by what was left unspent.
 */
function executionOf(result: ScoreResult, w: ReportWords): { text: string; line: Line } | null {
  const row = result.rows.find((r) => r.family === 'execution-rate');
  if (!row || !isScored(row) || row.kept) return null;
  const m = /=\s*([\d.]+)\s*÷\s*([\d.]+)\s*=\s*(-?[\d.]+%)/.exec(row.explanation);
  if (!m) return null;
  const [, spent, budget, rate] = m;
  const initial = result.layout?.budget?.divisor === 'initial';
  const unspent = formatDecimal(new D(budget).minus(spent));
  const name = reportName(row.indicator);
  const finding = { ...findingOf(row, name, result.lang), inWords: w.unspent(rate, unspent, result.amountUnit) };
  return {
    text: w.execution(budget, spent, rate, initial, result.amountUnit, figure(row.score), figure(row.points)),
    line: { row, name, own: name, part: '', finding, remark: remarkOf(row) },
  };
}

function headline(result: ScoreResult, subject: Subject, w: ReportWords, scored: readonly RowResult[]): string {
  const s = w.subject(subject);
  if (result.complete && result.grade) {
    const basis = result.gradedOn ? w.basis(figure(result.maxTotal), figure(result.gradedOn)) : null;
    const typed = scored.length > 0 && scored.every(isKept);
    return w.graded(s, figure(result.total), basis, result.grade, typed);
  }
  const pending: Pending = {
    review: result.rows.filter((r) => openOf(r) === 'review').length,
    manual: result.rows.filter((r) => openOf(r) === 'manual').length,
    error: result.rows.filter((r) => openOf(r) === 'error').length,
  };
  return w.partial(s, figure(result.total), figure(result.maxTotal), pending);
}

/** Deductions by kind of measure, in the order of their first deduction. */
function byKind(lines: readonly Line[]): { measure: Measure; lines: Line[] }[] {
  const out: { measure: Measure; lines: Line[] }[] = [];
  for (const l of lines) {
    if (l.row.status !== 'deducted') continue;
    const measure = measureFor(l.row);
    const found = out.find((k) => k.measure === measure);
    if (found) found.lines.push(l);
    else out.push({ measure, lines: [l] });
  }
  return out;
}

const unique = (items: readonly string[]): string[] => [...new Set(items)];

function problems(result: ScoreResult, lines: readonly Line[], kinds: ReturnType<typeof byKind>, w: ReportWords): string[] {
  const lang = result.lang;
  const items: string[] = [];
  for (const { measure, lines: ls } of kinds) {
    const texts = ls.map((l) => {
      const row = l.row as ScoredRow;
      const lost = figure(row.deduction);
      const causes = l.remark?.causes ?? [];
      const stated = row.kept ? w.keptProblem(l.name, figure(row.score), figure(row.points), lost, causes.length > 0) : w.lost(l.name, l.finding!.inWords, lost);
      return causes.length ? w.cause(stated, causes.join(w.causeSep)) : stated;
    });
    items.push(w.numbered(items.length + 1, measure[lang].problem, texts.join(w.clauseSep)));
  }
  // A typed score the rule changes, or one it cannot give, is a problem of the self-evaluation itself.
  const typed: string[] = [];
  for (const l of lines) {
    const r = l.row;
    if (!isScored(r) || r.typedScore === null) continue;
    if (r.kept && !r.kept.possible) typed.push(w.typedImpossible(l.name, figure(r.typedScore)));
    else if (!r.kept && !r.typedScore.equals(r.score)) typed.push(w.typedChanged(l.name, figure(r.typedScore), figure(r.score)));
  }
  const everyTyped = result.complete && result.rows.every((r) => r.typedScore !== null);
  const typedTotal = result.rows.reduce((s, r) => s.plus(r.typedScore ?? ZERO), ZERO);
  if (typed.length && everyTyped && !round2(typedTotal).equals(round2(result.total))) typed.push(w.typedTotal(figure(typedTotal), figure(result.total)));
  if (typed.length) items.push(w.numbered(items.length + 1, w.typedHeading, typed.join(w.clauseSep)));
  const open = lines.flatMap((l) => {
    const why = openOf(l.row);
    return why ? [w.openItem(l.name, why)] : [];
  });
  const out = items.length ? [w.problemsIntro, ...items] : [w.noProblems];
  return open.length ? [...out, w.stillOpen(open)] : out;
}

function measures(result: ScoreResult, lines: readonly Line[], kinds: ReturnType<typeof byKind>, w: ReportWords): string[] {
  const lang = result.lang;
  const out: string[] = [];
  for (const { measure, lines: ls } of kinds) {
    const text = measure[lang];
    const names = w.names(unique(ls.map((l) => l.name)));
    const over = unique(ls.flatMap((l) => l.finding?.overItems ?? []));
    const shortfall = ls.map((l) => l.finding?.shortfall?.items).find(Boolean);
    const items = over.length ? w.names(over) : (shortfall ?? null);
    const own = unique(ls.flatMap((l) => l.remark?.measures ?? []));
    const said = fillMeasure(text.text, names, items, text.items);
    out.push(w.numbered(out.length + 1, text.title, [...own.map(w.stop), said].join(w.sentenceGap)));
  }
  const changed = lines.some((l) => isScored(l.row) && l.row.typedScore !== null && (l.row.kept ? !l.row.kept.possible : !l.row.typedScore.equals(l.row.score)));
  if (changed) out.push(w.numbered(out.length + 1, w.typedMeasure[0], w.typedMeasure[1]));
  if (lines.some((l) => isScored(l.row) && l.row.kept?.because === 'unverified')) out.push(w.numbered(out.length + 1, w.unverifiedMeasure[0], w.unverifiedMeasure[1]));
  if (out.length === 0) out.push(w.numbered(1, w.keepGoing[0], w.keepGoing[1]));
  return out;
}

/** The report of a scored sheet; null when no indicator was read. */
export function buildReport(result: ScoreResult): Report | null {
  if (result.rows.length === 0) return null;
  const w = WORDS[result.lang];
  const subject = subjectOf(result);
  const execution = executionOf(result, w);
  const areas = areasOf(
    result.rows.filter((r) => r !== execution?.line.row),
    result.lang,
    w,
  );
  const lines = [...(execution ? [execution.line] : []), ...areas.flatMap((a) => a.lines)];
  const kinds = byKind(lines);
  const head = [headline(result, subject, w, result.rows.filter(isScored)), execution?.text ?? '', areas.length ? w.inDetail : ''].filter(Boolean).join(w.sentenceGap);
  return {
    lang: result.lang,
    title: w.title(subject),
    unit: subject.unit,
    note: w.draftNote,
    sections: [
      { heading: w.headings[0], paragraphs: [head, ...areas.map((a, i) => areaParagraph(i + 1, a, w))] },
      { heading: w.headings[1], paragraphs: problems(result, lines, kinds, w) },
      { heading: w.headings[2], paragraphs: measures(result, lines, kinds, w) },
    ],
  };
}

/** The report as text to paste under the report's 五、评价结论及措施: each section's heading, then its paragraphs, a line each. */
export function reportText(report: Report): string {
  const w = WORDS[report.lang];
  return report.sections.flatMap((s, i) => [`${w.sectionNumber(i)}${s.heading}`, ...s.paragraphs]).join('\n');
}
