// Paraphrases of a rule text (issue 22): what a person reads the same way, written with what the
// vocabulary (src/core/rules/phrases.ts) says is equivalent — a comparison word for another of its kind
// (`以上` / `及以上` / `不低于` / `达到` …), a deduction or award word for another (`扣` / `扣除` / `减`,
// `得` / `计` / `给`), full or no marks in other words, `每一点` / `每项` / `每出现一次` (and for what each
// item of a list is worth, `每项` / `每一项` / `每条`), `发现` / `出现`, the punctuation's other width or
// clause end, Chinese numerals for digits, full-width characters, spaces and line breaks, `分` left out
// after a deduction or award, an award word before bare points (`，1分` → `，计1分`), and `×` / `*`,
// `/` / `÷` between the names of a formula. Seeded: the same text and seed give the same paraphrases.
// A paraphrase the scorer reads otherwise is a word missing from the vocabulary, not one to drop.
import {
  AWARD_WORDS,
  COMPARATORS,
  DEDUCT_WORDS,
  EACH_ITEM_WORDS,
  FULL_MARKS,
  NO_POINTS,
  OCCURRENCE_VERBS,
  STEP_WORDS,
  TAILS,
  anyOf,
  type BoundKind,
} from '../../../src/core/rules/phrases';

export interface Paraphrase {
  readonly text: string;
  /** The rewrites that made it, for the reader of a failure. */
  readonly by: readonly string[];
}

type Rng = () => number;

/** mulberry32: a small seeded generator, so that a failure reproduces. */
function rngFor(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const hash = (s: string): number => [...s].reduce((h, ch) => (Math.imul(h, 31) + ch.codePointAt(0)!) >>> 0, 7);
const CJK = /[\u4e00-\u9fa5]/;

/** Replaces each match of `re` (global) by what `to` gives, or leaves it, at random. */
function each(text: string, re: RegExp, rng: Rng, to: (m: RegExpExecArray) => string | null): string {
  let out = '';
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const next = rng() < 0.7 ? to(m) : null;
    if (next === null) continue;
    out += text.slice(at, m.index) + next;
    at = m.index + m[0].length;
  }
  re.lastIndex = 0;
  return out + text.slice(at);
}

// ── Comparisons: a word for another of its kind, written the same way (in words, or in symbols) ─────
const KINDS = Object.keys(COMPARATORS) as BoundKind[];
const worded = (w: string) => CJK.test(w);
const WORD_KIND = new Map(KINDS.flatMap((k) => COMPARATORS[k].map((w) => [w, k] as const)));
const ALL_COMPARATORS = anyOf(KINDS.flatMap((k) => COMPARATORS[k]));
const ALL_TAILS = anyOf([...TAILS.min, ...TAILS.max, ...TAILS.above]);
const TAIL_KIND = new Map((Object.keys(TAILS) as (keyof typeof TAILS)[]).flatMap((k) => TAILS[k].map((w) => [w, k] as const)));
/** Prefix words that read naturally with a tail after the figure: `达到95%以上`. */
const WITH_TAIL = ['达到', '达'];
/** A figure, its mark and an optional (含); a range end (`80%-90%`) is left alone. */
const CONDITION = new RegExp(
  String.raw`(?<![每\d.\-~])(${ALL_COMPARATORS})?(\s*)([-+±]?\d+(?:\.\d+)?)(%|‰|个百分点|百分点)?(?![\d.])(?!\s*(?:\((?:不)?含\))?\s*[-~至到]\s*\d)(\s*)(${ALL_TAILS})?`,
  'g',
);

function rewriteCondition(m: RegExpExecArray, rng: Rng): string | null {
  const [, prefix, gap, figure, mark = '', gap2, tail] = m;
  if (!prefix && !tail) return null;
  const kind = prefix ? WORD_KIND.get(prefix)! : TAIL_KIND.get(tail!)!;
  const fig = figure + mark;
  const inWords = prefix ? worded(prefix) : true;
  const sameStyle = (w: string) => worded(w) === inWords;
  const prefixes = kind in COMPARATORS ? COMPARATORS[kind as BoundKind].filter(sameStyle) : [];
  const tails = kind in TAILS ? TAILS[kind as keyof typeof TAILS] : [];
  const forms: string[] = [];
  // Only within the same kind; a figure in percent can move its bound from before it to after it.
  if (prefix && !tail) {
    forms.push(...prefixes.map((w) => `${w}${gap}${fig}`));
    if (inWords && mark === '%' && (kind === 'min' || kind === 'max')) forms.push(...TAILS[kind].map((t) => `${fig}${t}`));
  } else if (!prefix && tail) {
    forms.push(...tails.map((t) => `${fig}${gap2}${t}`));
    if (mark === '%' && (kind === 'min' || kind === 'max')) forms.push(...COMPARATORS[kind].filter(worded).map((w) => `${w}${fig}`));
  } else if (prefix && tail && kind === 'min' && WITH_TAIL.includes(prefix) && TAIL_KIND.get(tail) === 'min') {
    forms.push(...WITH_TAIL.flatMap((w) => TAILS.min.map((t) => `${w}${fig}${t}`)));
    if (mark === '%') forms.push(...prefixes.map((w) => `${w}${fig}`), ...TAILS.min.map((t) => `${fig}${t}`));
  }
  return forms.length ? pick(rng, forms) : null;
}

// ── Outcomes, deductions, occurrences ──────────────────────────────────────────────────────────────
const DEDUCT_AT = new RegExp(`(${anyOf(DEDUCT_WORDS)})(?=\\s*\\d)`, 'g');
/** An award word before points (`得3分`), not within another word (`获得`, `不得`). */
const AWARDS = AWARD_WORDS.filter((w) => w.length === 1 && w !== '为');
const AWARD_AT = new RegExp(`(?<![获取可应不])(${anyOf(AWARDS)})(?=\\s*\\d+(?:\\.\\d+)?\\s*分)`, 'g');
/** Full marks and no points as a verb says them (`得满分`, `不计分`, `得0分`). */
const FULL_SAID = FULL_MARKS.filter((w) => /^(?:[得计记给]满分|不扣分|得全分|[得计记]全部分值)$/.test(w));
const NONE_SAID = NO_POINTS.filter((w) => /^(?:不[得计给记]分|[得计记]0分)$/.test(w));
const FULL_AT = new RegExp(`(?<![\\d.])(${anyOf([...FULL_SAID, ...NONE_SAID])})(?!为止)`, 'g');
/** `每一点`, `每项`, `每处`: each occurrence — not a step (`每降低5个百分点`, `每少一项`). */
const EACH_FORMS = ['每一点', '每一处', '每一项', '每个', '每项', '每处', '每出现一次'];
const EACH_AT = new RegExp(`(${anyOf(EACH_FORMS)})(?!\\s*(?:${anyOf(STEP_WORDS.short.concat(STEP_WORDS.over, STEP_WORDS.apart))}))`, 'g');
const OCCURRENCE_AT = new RegExp(`(?<=每)(${anyOf(OCCURRENCE_VERBS.filter((v) => v.length === 2))})(?=\\s*(?:1|一))`, 'g');
/** `分` after a deduction or award, where nothing else can follow the figure. */
const POINTS_AT = new RegExp(`((?:${anyOf(DEDUCT_WORDS)}|(?<![获取可应不])[得计记])\\s*\\d+(?:\\.\\d+)?)分(?=\\s*(?:[,，;；。)）]|$))`, 'g');

/** Points after a comma or colon with no word before them (`①制度健全，1分`): said with an award word. */
const BARE_POINTS_AT = /(?<=[，,：:]\s*)(\d+(?:\.\d+)?\s*分)(?=\s*(?:[；;。，,]|$))/g;
/** `×` / `*` between the factors of a product; `/` / `÷` between the names of a formula (a clause with `=`). */
const TIMES_AT = /(?<=[\u4e00-\u9fa5)）\dA-Za-z%])[×*](?=\s*[\u4e00-\u9fa5(（\dA-Za-z])/g;
const OVER_AT = /(?<=[\u4e00-\u9fa5)）])[/÷](?=\s*[\u4e00-\u9fa5(（])/g;
const inFormulas = (t: string, rewrite: (clause: string) => string) => t.replace(/[^;；。]*=[^;；。]*/g, rewrite);

// ── Figures in Chinese numerals, where numerals.ts reads them back ────────────────────────────────
const CN = '零一二三四五六七八九';
function chineseInteger(n: number): string {
  if (n === 0) return '零';
  const [th, h, t, o] = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let s = '';
  if (th) s += `${CN[th]}千`;
  if (h) s += `${CN[h]}百`;
  else if (th && (t || o)) s += '零';
  if (t) s += `${t === 1 && n < 20 ? '' : CN[t]}十`;
  else if (h && o) s += '零';
  if (o) s += CN[o];
  return s;
}
export function chineseFigure(figure: string): string | null {
  const [whole, frac] = figure.split('.');
  const n = Number(whole);
  if (!/^\d+$/.test(whole) || n >= 10000 || (whole.length > 1 && whole.startsWith('0'))) return null;
  return frac === undefined ? chineseInteger(n) : `${chineseInteger(n)}点${[...frac].map((d) => CN[Number(d)]).join('')}`;
}
/** Counters and units numerals.ts reads a Chinese figure before; `分` only after a scoring word. */
const COUNTED = '(?:个百分点|百分点|个|项|处|例|次(?!性)|条|份|家|起|笔|件|人次|人|天|日|倍|档|万元|元|亩|公里)';
const FIGURE_AT = new RegExp(String.raw`(?<![\d.,])(\d+(?:\.\d+)?)(?:(%)|(?=${COUNTED})|(?<=[扣得计记给加减为满按]\s*\d+(?:\.\d+)?)(?=分))`, 'g');

// ── Characters: width, punctuation, spaces ─────────────────────────────────────────────────────────
const FULL_WIDTH = (ch: string) => (ch === '≥' ? '≧' : ch === '≤' ? '≦' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const WIDE_AT = /[!-~≥≤]/g;
const COMMA_AT = /[，,]/g;
const END_AT = /[；;。](?=.)/g;
const COLON_AT = /[：:]/g;

export interface Rewrite {
  readonly name: string;
  apply(text: string, rng: Rng): string;
}

export const REWRITES: readonly Rewrite[] = [
  { name: 'comparison', apply: (t, rng) => each(t, CONDITION, rng, (m) => rewriteCondition(m, rng)) },
  { name: 'deduct word', apply: (t, rng) => each(t, DEDUCT_AT, rng, () => pick(rng, DEDUCT_WORDS)) },
  { name: 'award word', apply: (t, rng) => each(t, AWARD_AT, rng, () => pick(rng, AWARDS)) },
  {
    name: 'full or no marks',
    apply: (t, rng) => each(t, FULL_AT, rng, (m) => pick(rng, FULL_SAID.includes(m[1]) ? FULL_SAID : NONE_SAID)),
  },
  {
    name: 'each occurrence',
    // Right before a figure (`每项1分`) it says what each item of a list is worth: another word for an item.
    apply: (t, rng) => each(t, EACH_AT, rng, (m) => pick(rng, /^\s*\d/.test(t.slice(m.index + m[0].length)) ? EACH_ITEM_WORDS : EACH_FORMS)),
  },
  { name: 'occurrence verb', apply: (t, rng) => each(t, OCCURRENCE_AT, rng, () => pick(rng, OCCURRENCE_VERBS.filter((v) => v.length === 2))) },
  { name: '分 left out', apply: (t, rng) => each(t, POINTS_AT, rng, (m) => m[1]) },
  { name: 'award word said', apply: (t, rng) => each(t, BARE_POINTS_AT, rng, (m) => `${pick(rng, AWARDS)}${m[1]}`) },
  {
    name: 'operator',
    apply: (t, rng) =>
      inFormulas(each(t, TIMES_AT, rng, (m) => (m[0] === '×' ? '*' : '×')), (c) => each(c, OVER_AT, rng, (m) => (m[0] === '/' ? '÷' : '/'))),
  },
  {
    name: 'Chinese numerals',
    apply: (t, rng) =>
      each(t, FIGURE_AT, rng, (m) => {
        const cn = chineseFigure(m[1]);
        if (cn === null) return null;
        return m[2] ? `百分之${cn}` : cn === '二' && rng() < 0.5 ? '两' : cn;
      }),
  },
  { name: 'comma width', apply: (t, rng) => each(t, COMMA_AT, rng, (m) => (m[0] === ',' ? '，' : ',')) },
  { name: 'clause end', apply: (t, rng) => each(t, END_AT, rng, () => pick(rng, ['；', ';', '。'])) },
  { name: 'colon width', apply: (t, rng) => each(t, COLON_AT, rng, (m) => (m[0] === ':' ? '：' : ':')) },
  { name: 'full width', apply: (t, rng) => each(t, WIDE_AT, rng, (m) => FULL_WIDTH(m[0])) },
  { name: 'closing 。', apply: (t) => (/[。.;；]$/.test(t) ? t.replace(/[。.;；]$/, '') : `${t}。`) },
  {
    name: 'spaces and line breaks',
    apply: (t, rng) => {
      const inner = each(t, /[，,；;。](?=.)/g, rng, (m) => pick(rng, [`${m[0]} `, `${m[0]}\n`, `${m[0]}\r\n`]));
      return `${pick(rng, ['', ' ', '\n'])}${inner}${pick(rng, ['', ' ', '\n', '\u3000'])}`;
    },
  },
];

/**
 * `count` paraphrases of a rule text, each different from it and from the others; fewer only when the
 * text offers no more (then the test says so).
 */
export function paraphrases(text: string, count: number, seed = 22, rewrites: readonly Rewrite[] = REWRITES): Paraphrase[] {
  const rng = rngFor(hash(text) ^ seed);
  const seen = new Set([text]);
  const out: Paraphrase[] = [];
  for (let attempt = 0; attempt < count * 40 && out.length < count; attempt++) {
    let t = text;
    const by: string[] = [];
    for (const r of rewrites) {
      if (rng() >= 0.5) continue;
      const next = r.apply(t, rng);
      if (next !== t) by.push(r.name);
      t = next;
    }
    if (seen.has(t)) continue;
    seen.add(t);
    out.push({ text: t, by });
  }
  return out;
}
