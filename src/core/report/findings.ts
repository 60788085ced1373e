// What a scored row shows, in a report's words, read from its explanation (the scorer's own sentences,
// core/messages): the clauses that state a figure or what happened are kept and put as a report puts
// them (`3100.75÷3184.21=97.38%` → `为97.38%（3100.75÷3184.21）`, `实际192项，达到目标≥150项` →
// `为192项（目标≥150项）`); the clauses that only restate the reading (`目标100%为下限`), the rule
// (`计1档`) or the outcome (`不扣分`) go. Each row is said two ways: with its arithmetic, for the
// 评价结论, and in words, for the 存在问题 (`调整取消及结余注销157.15万元，占4.94%`).
import { D, formatDecimal, parseNumberText, round2 } from '../numbers';
import { OVER_BUDGET } from '../rules/phrases';
import { normalizeText } from '../text';
import type { Figure, Lang, ScoredRow } from '../types';

export interface Finding {
  /** What the row shows, with its arithmetic: `为97.38%（3100.75÷3184.21），达96%以上`; '' when nothing more than its score. */
  readonly said: string;
  /** The same in words, without arithmetic. */
  readonly inWords: string;
  /** A formula's rule and arithmetic: `得分=(…)/…×指标分值，即(3184.21-73.69-83.46)/3184.21×5=4.75`. */
  readonly calculation: string | null;
  /** What a part-of-a-whole formula took away, in words: `中期评估调整取消资金73.69万元、…，合计157.15万元，占…的4.94%`. */
  readonly shortfall: { readonly text: string; readonly items: string } | null;
  /** Budget items over their budget (a counted table), by name. */
  readonly overItems: readonly string[];
}

const EMPTY: Finding = { said: '', inWords: '', calculation: null, shortfall: null, overItems: [] };

/** The explanation without its leading `扣0.25分：` / `满分：` / `−0.25: ` / `Full marks: `. */
function body(explanation: string): string {
  return explanation
    .replace(/^\s*(?:扣\s*[\d.]+\s*分|满分|[-−]\s*[\d.]+|Full marks)\s*[：:]\s*/, '')
    .replace(/[。.;；\s]+$/, '')
    .trim();
}

/** Clauses split at `，` and `；` (`, ` and `; ` in English) outside brackets and quotes. */
function clauses(text: string, reader: Reader): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if ('（(“['.includes(ch)) depth++;
    else if ('）)”]'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      if (reader.cutsAt(ch, text[i + 1])) {
        out.push(text.slice(start, i).trim());
        start = i + 1;
      }
    }
  }
  out.push(text.slice(start).trim());
  return out.filter((c) => c !== '');
}

/** Only arithmetic: `10×100%=10`, `(3184.21-73.69-83.46)/3184.21×5=4.75`. */
const ARITHMETIC = /^[\d.\s()+\-−×÷/*%=]+$/;
/** A rate worked out: `执行率=20÷20=100%`, `3100.75÷3184.21=97.38%`, `(67.05/67.05)×100%=100%`. */
const RATE = /^(?:[^=]*?=)?\s*([^=]*[÷/][^=]*)=\s*(-?[\d.]+%)$/;

/** A clause as the report keeps it: its text, and whether it is arithmetic (left out in words). */
interface Kept {
  readonly text: string;
  readonly words: string;
}

/** The clause readers of one language: each returns the clause as kept, null to drop it, undefined when it is not theirs. */
interface Reader {
  drop: readonly RegExp[];
  /** Dropped on a full-mark row (an outcome or the score's own arithmetic), kept on a deduction. */
  dropWhenFull: readonly RegExp[];
  read(c: string, next: string | undefined, ctx: ReadContext): { kept: Kept | null; skip?: number; value?: true } | undefined;
  /** A clause without the outcome it ends on, where a language writes it after a colon. */
  trim(c: string, full: boolean): string;
  /** Clauses that restate the rule (`每1个百分点扣0.5分`, `计4分`): said with the arithmetic, not in words. */
  ruleWords: readonly RegExp[];
  notes: { allMet: string; noneOver: string };
  /** Whether a clause ends at this character (`，` `；`; `, ` `; ` in English), given the next one. */
  cutsAt(ch: string, next: string | undefined): boolean;
  /** Between clauses said in words, and between figures listed. */
  readonly clauseSep: string;
  readonly figureSep: string;
  /** Between the names of the parts of a whole (`A和B`). */
  readonly partsAnd: string;
  /** A 基础数据 figure with its label: `预算资金总来源3184.21万元`. */
  figure(f: Figure): string;
  /** Parts of a whole and their share of it; `sum` given where there are several parts. */
  share(list: string, sum: string | null, unit: string, share: string, whole: string): string;
  /** The formula's arithmetic, named: `得分=…，即…`. */
  stated(formula: string, calculation: string): string;
}

interface ReadContext {
  first: boolean;
  /** The clause before was the row's own value (`85%`, `3100.75÷3184.21=97.38%`). */
  afterValue: boolean;
  readonly full: boolean;
  readonly name: string;
  readonly ruleText: string;
  readonly over: string[];
  criteria: { met: number; missed: number };
  counted: boolean;
}

const said = (text: string, words = text): Kept => ({ text, words });

/** `(67.05/67.05)×100%` → `67.05/67.05`. */
const bareRatio = (expr: string): string => expr.replace(/\s*×\s*100%$/, '').replace(/^\((.+)\)$/, '$1').trim();

/** The criterion a checklist names by its marker (`②…监控、监督措施执行有效，得1分`), in the rule's own words. */
function criterion(ruleText: string, marker: string): string | null {
  const at = ruleText.indexOf(marker);
  if (at < 0) return null;
  const rest = ruleText.slice(at + marker.length);
  const end = rest.search(/[，,]?\s*(?:得|计|加)?\s*[\d.]+\s*分|[；;。]|[①②③④⑤⑥⑦⑧⑨⑩]|\(\d\)|（\d）/);
  const text = (end < 0 ? rest : rest.slice(0, end)).replace(/^[、.．:：\s]+/, '').trim();
  return text === '' ? null : text;
}

/** `8.68万元` over `6万元` → `2.68万元` and `44.67%`; null when the two are not figures of one unit. */
function excess(spent: string, budget: string): { by: string; share: string | null } | null {
  const s = parseNumberText(spent);
  const b = parseNumberText(budget);
  if (!s || !b || s.percent || b.percent || s.unit !== b.unit) return null;
  const by = s.value.minus(b.value);
  return { by: `${formatDecimal(by)}${s.unit ?? ''}`, share: b.value.isZero() ? null : `${formatDecimal(round2(by.div(b.value).times(100)))}%` };
}

/**
 * How far an actual falls from its target, where both are figures of one unit: `2个百分点` between
 * rates, `10厘米` between lengths. Null for a bound restated (`≥50厘米`) or figures of two units.
 */
function gap(actual: string, target: string): string | null {
  const a = parseNumberText(actual);
  const t = parseNumberText(target.replace(/^[≥≤>＞<＜=]\s*/, ''));
  if (!a || !t || a.percent !== t.percent || (a.unit !== t.unit && a.unit !== null)) return null;
  const d = t.value.minus(a.value).abs();
  if (d.isZero()) return null;
  if (a.percent) return `${formatDecimal(d)}个百分点`;
  return `${formatDecimal(d)}${t.unit ?? ''}`;
}

const ZH: Reader = {
  cutsAt: (ch) => ch === '，' || ch === '；',
  clauseSep: '，',
  figureSep: '、',
  partsAnd: '和',
  figure: (f) => `${f.label}${f.value}${f.unit ?? ''}`,
  share: (list, sum, unit, share, whole) => `${list}${sum !== null ? `，合计${sum}${unit}` : ''}，占${whole}的${share}`,
  stated: (formula, calculation) => `得分=${formula}，即${calculation}`,
  drop: [/^目标.+为[上下]限$/, /^目标.+按[上下]限.+计$/, /^计\d+档$/, /^(?:不扣分|扣[\d.]+分|共扣[\d.]+分)$/, /^定性评价$/],
  dropWhenFull: [/^(?:不得分|计[\d.]+分|按[\d.]+%打分)$/, ARITHMETIC, /^超过分值按满分计$/, /^按完成比例/],
  notes: { allMet: '所列各项均已做到', noneOver: '各项均未超预算' },
  trim: (c) => c,
  ruleWords: [/^每.+扣[\d.]+分$/, /^计[\d.]+分$/, /^按[\d.]+%打分$/, /^不得分$/],
  read(c, next, ctx) {
    const rate = RATE.exec(c);
    if (rate) return { kept: { text: `为${rate[2]}（${bareRatio(rate[1])}）`, words: `为${rate[2]}` }, value: true };
    if (ctx.first && /^-?[\d.]+%?[^\d，、\s]{0,4}$/.test(c)) return { kept: said(`为${c}`), value: true };
    const completion = /^实际完成率(.+)$/.exec(c);
    if (completion) return { kept: said(`${/率$/.test(ctx.name) ? '为' : '完成率'}${completion[1]}`) };
    const actual = /^实际(.+)$/.exec(c);
    const met = next === undefined ? null : /^达到目标(.+)$/.exec(next);
    // An actual that restates its target (`≥266米`) says only that the target was reached.
    if (actual && met) return { kept: said(/^[≥≤<>]/.test(actual[1]) || actual[1] === met[1] ? `达到目标${met[1]}` : `为${actual[1]}（目标${met[1]}）`), skip: 1 };
    const missed = next === undefined ? null : /^未达到目标(.+)$/.exec(next);
    if (actual && missed) {
      const short = gap(actual[1], missed[1]);
      return { kept: { text: `实际${actual[1]}，未达到目标${missed[1]}`, words: `为${actual[1]}，${short ? `距目标${missed[1].replace(/^[≥≤<>]\s*/, "")}差${short}` : `未达到目标${missed[1]}`}` }, skip: 1 };
    }
    const verdict = /^实际完成情况(为)?“(.+)”(与目标一致)?$/.exec(c);
    if (verdict) return { kept: said(verdict[3] ? `完成情况“${verdict[2]}”，与目标一致` : `完成情况为“${verdict[2]}”`) };
    const found = /^发现(\d+)个×([\d.]+)分$/.exec(c);
    if (found) return { kept: said(`发现${found[1]}个，每个扣${found[2]}分`, `发现${found[1]}个`) };
    const part = /^(.+?)(\d+)处×([\d.]+)分$/.exec(c);
    if (part) return { kept: part[2] === '0' ? null : said(`${part[1]}${part[2]}处，每处扣${part[3]}分`, `${part[1]}${part[2]}处`) };
    const criterionMet = /^(\S{1,4}?)\s*是（[\d.]+分）$/.exec(c);
    if (criterionMet) {
      ctx.criteria.met++;
      return { kept: null };
    }
    const notMet = /^(\S{1,4}?)\s*否（0分）$/.exec(c);
    if (notMet) {
      ctx.criteria.missed++;
      const what = criterion(ctx.ruleText, notMet[1]);
      return { kept: said(what ? `未做到“${what}”` : `第${notMet[1]}项未做到`) };
    }
    const counted = /^(.*?)（(?:(\d+)项超预算|均未超预算)）$/.exec(c);
    if (counted) {
      ctx.counted = true;
      return counted[1] === '' ? { kept: null } : this.read(counted[1], next, ctx);
    }
    const within = /^(.+?)决算(.+?)未超预算(.+)$/.exec(c);
    if (within) {
      ctx.counted = true;
      return { kept: null };
    }
    const over = /^(.+?)决算(.+?)超预算(.+)$/.exec(c);
    if (over) {
      ctx.counted = true;
      ctx.over.push(over[1]);
      const by = excess(over[2], over[3]);
      // Said with its budget in the conclusion, by how much it is over in the problems.
      return {
        kept: {
          text: `${over[1]}预算${over[3]}、决算${over[2]}${by ? `，超预算${by.by}` : ''}`,
          words: by ? `${over[1]}决算${over[2]}，超出预算${by.by}${by.share ? `，超支${by.share}` : ''}` : `${over[1]}决算${over[2]}超预算${over[3]}`,
        },
      };
    }
    // A count typed for a table of items: over budget only where the rule counts items over budget (“三公”).
    const given = /^填报(\d+)项$/.exec(c);
    if (given && OVER_BUDGET.test(normalizeText(ctx.ruleText))) return { kept: said(`${given[1]}项超预算`) };
    const yesNo = /^按“.+”评分：(.+)$/.exec(c);
    if (yesNo) return { kept: ctx.full ? null : said(`为“${yesNo[1]}”`) };
    // A band the value falls in, written as figures (`80%(含)-90%`), after the value.
    if (ctx.afterValue && /^[\d.%()（）含=<>≤≥~～\-\s至]+$/.test(c) && /\d/.test(c)) return { kept: said(`在“${c}”区间`) };
    const byCase = /^属“(.+)”$/.exec(c);
    if (byCase) return { kept: said(`属“${byCase[1]}”情形`) };
    const method = /^按本栏得分计算方法：(.+)$/.exec(c);
    if (method) return this.read(method[1], next, ctx);
    return undefined;
  },
};

const EN: Reader = {
  cutsAt: (ch, next) => (ch === ',' || ch === ';') && next === ' ',
  clauseSep: ', ',
  figureSep: ', ',
  partsAnd: ' and ',
  figure: (f) => `${f.label} ${f.value}${f.unit ? ` ${f.unit}` : ''}`,
  share: (list, sum, unit, share, whole) => `${list}${sum !== null ? `, ${sum}${unit ? ` ${unit}` : ''} in all` : ''}, ${share} of ${whole}`,
  stated: (formula, calculation) => `score = ${formula}: ${calculation}`,
  drop: [/^target .+ read as a (?:ceiling|floor)(?: of .+)?$/, /^\d+ step\(s\)$/, /^(?:no deduction|minus [\d.]+|[\d.]+ in all)$/, /^qualitative$/],
  dropWhenFull: [/^(?:no points|[\d.]+ points|scored at [\d.]+%)$/, ARITHMETIC, /^above the points$/, /^full marks$/, /^in proportion to completion$/],
  notes: { allMet: 'every criterion met', noneOver: 'none over budget' },
  trim: (c, full) => c.replace(/: (?:no deduction|\d+ step\(s\)|[\d.]+ in all)$/, '').replace(full ? /: (?:[\d.]+ points|no points)$/ : /$^/, ''),
  ruleWords: [/ off per /, /^[\d.]+ points$/, /^scored at /, /^no points$/],
  read(c, _next, ctx) {
    const rate = RATE.exec(c.replace(/^execution\s+/, ''));
    if (rate) return { kept: { text: `${rate[2]} (${bareRatio(rate[1])})`, words: rate[2] } };
    const met = /^(.+) (yes|no) \((?:[\d.]+)\)$/.exec(c);
    if (met) {
      if (met[2] === 'yes') {
        ctx.criteria.met++;
        return { kept: null };
      }
      ctx.criteria.missed++;
      const what = criterion(ctx.ruleText, met[1]);
      return { kept: said(what ? `“${what}” not met` : `criterion ${met[1]} not met`) };
    }
    const counted = /^(.*?) \((?:(\d+) over budget|none over budget)\)$/.exec(c);
    if (counted) {
      ctx.counted = true;
      return counted[1] === '' ? { kept: null } : this.read(counted[1], undefined, ctx);
    }
    const item = /^(.+?): spent (.+?) (over|within) budget (.+)$/.exec(c);
    if (item) {
      ctx.counted = true;
      if (item[3] === 'within') return { kept: null };
      ctx.over.push(item[1]);
      const by = excess(item[2], item[4]);
      return {
        kept: {
          text: `${item[1]}: budget ${item[4]}, spent ${item[2]}${by ? `, ${by.by} over` : ''}`,
          words: by ? `${item[1]}: spent ${item[2]}, ${by.by}${by.share ? ` (${by.share})` : ''} over budget` : `${item[1]}: spent ${item[2]} over budget ${item[4]}`,
        },
      };
    }
    return undefined;
  },
};

const READERS: Record<Lang, Reader> = { zh: ZH, en: EN };

/** The rule's formula, as it states it: `(预算资金总来源-…)/预算资金总来源×指标分值`. */
export function formulaOf(ruleText: string): string | null {
  const m = /(?:指标)?得分\s*[=＝]\s*([^，,；;。\n]+)/.exec(ruleText);
  return m ? m[1].trim().replace(/\*/g, '×') : null;
}

const sameLabel = (a: string, b: string): boolean => normalizeText(a).replace(/[\s()（）"“”]/g, '') === normalizeText(b).replace(/[\s()（）"“”]/g, '');

/**
 * A formula of the shape (whole − part − …) ÷ whole × points: the parts are what cost the points, and
 * the report says so in figures (`中期评估调整取消资金73.69万元、预算结余注销资金83.46万元，合计157.15万元，
 * 占预算资金总来源3184.21万元的4.94%`).
 */
function shortfallOf(formula: string | null, figures: readonly Figure[], reader: Reader): Finding['shortfall'] {
  if (!formula) return null;
  const m = /^\(\s*([^()+\-]+?)\s*((?:-\s*[^()+\-]+?\s*)+)\)\s*[/÷]\s*([^()×*]+?)\s*[×*]/.exec(normalizeText(formula));
  if (!m || !sameLabel(m[1], m[3])) return null;
  const figure = (label: string) => figures.find((f) => sameLabel(f.label, label));
  const whole = figure(m[1]);
  const parts = m[2].split('-').map((p) => p.trim()).filter(Boolean).map(figure);
  if (!whole || parts.length === 0 || parts.some((p) => !p)) return null;
  const value = (f: Figure) => parseNumberText(f.value);
  const w = value(whole);
  const ps = (parts as Figure[]).map(value);
  if (!w || w.value.isZero() || ps.some((p) => !p || p.percent)) return null;
  const sum = ps.reduce((s, p) => s.plus(p!.value), new D(0));
  const share = `${formatDecimal(round2(sum.div(w.value).times(100)))}%`;
  const unit = whole.unit ?? '';
  const items = (parts as Figure[]).map((p) => p.label).join(reader.partsAnd);
  const list = (parts as Figure[]).map(reader.figure).join(reader.figureSep);
  return { text: reader.share(list, parts.length > 1 ? formatDecimal(sum) : null, unit, share, reader.figure(whole)), items };
}

/** What a row computed by its rule shows (a kept score shows nothing but itself). */
export function findingOf(row: ScoredRow, name: string, lang: Lang): Finding {
  if (row.kept) return EMPTY;
  const reader = READERS[lang];
  const full = row.status === 'full';
  const ctx: ReadContext = { first: true, afterValue: false, full, name, ruleText: row.ruleText, over: [], criteria: { met: 0, missed: 0 }, counted: false };
  const kept: Kept[] = [];
  let calculation: string | null = null;
  const parts = clauses(body(row.explanation), reader);
  for (let i = 0; i < parts.length; i++) {
    const c = reader.trim(parts[i], full);
    const read = reader.read(c, parts[i + 1], ctx);
    ctx.first = false;
    ctx.afterValue = read?.value === true;
    if (read !== undefined) {
      if (read.kept) kept.push(read.kept);
      i += read.skip ?? 0;
      continue;
    }
    if (reader.drop.some((re) => re.test(c))) continue;
    if (full && reader.dropWhenFull.some((re) => re.test(c))) continue;
    if (ARITHMETIC.test(c)) {
      if (row.family === 'formula') calculation ??= c;
      kept.push({ text: c, words: '' });
      continue;
    }
    kept.push(reader.ruleWords.some((re) => re.test(c)) ? { text: c, words: '' } : said(c));
  }
  if (full && kept.length === 0 && ctx.criteria.met > 0 && ctx.criteria.missed === 0) kept.push(said(reader.notes.allMet));
  if (full && kept.length === 0 && ctx.counted && ctx.over.length === 0) kept.push(said(reader.notes.noneOver));
  const formula = row.family === 'formula' ? formulaOf(row.ruleText) : null;
  const shortfall = full ? null : shortfallOf(formula, row.figures, reader);
  const words = kept.map((k) => k.words).filter(Boolean);
  const inWords = shortfall?.text ?? (words.length ? words.join(reader.clauseSep) : figuresInWords(row.figures, reader));
  if (calculation !== null && !full) {
    const stated = formula ? reader.stated(formula, calculation) : calculation;
    const rest = kept.filter((k) => k.text !== calculation).map((k) => k.text);
    return { said: [...rest, stated].join(reader.clauseSep), inWords, calculation: stated, shortfall, overItems: ctx.over };
  }
  return { said: kept.map((k) => k.text).join(reader.clauseSep), inWords, calculation: null, shortfall, overItems: ctx.over };
}

/** The 基础数据 figures a rule read, in words: `预算资金总来源3184.21万元、…`. */
function figuresInWords(figures: readonly Figure[], reader: Reader): string {
  return figures.filter((f) => f.value !== '').map(reader.figure).join(reader.figureSep);
}
