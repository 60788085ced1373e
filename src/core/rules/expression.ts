// Arithmetic written in rule text: `(预算资金总来源-中期评估调整取消资金-预算结余注销资金)/预算资金总来源*指标分值`,
// `分值×实际完成任务量/绩效目标设定任务量×100%`. Names are labels; a label may hold brackets
// (`因公出国（境）经费`), so known labels are matched first, longest first.
import { D, formatDecimal, type Dec } from '../numbers';
import { labelKey } from '../text';
import { LEADING_FIGURE, POINTS_UNIT } from './phrases';

export type Op = '+' | '-' | '*' | '/';

export type Expr =
  /** `points`: written as points (`20分`), which stands for the indicator's points in `得分(20分*执行率)`. */
  | { readonly kind: 'num'; readonly value: Dec; readonly percent: boolean; readonly points?: boolean }
  | { readonly kind: 'var'; readonly name: string }
  | { readonly kind: 'neg'; readonly inner: Expr }
  | { readonly kind: 'bin'; readonly op: Op; readonly symbol: string; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'group'; readonly inner: Expr };

type Token =
  | { t: 'num'; value: Dec; percent: boolean; points: boolean }
  | { t: 'var'; name: string }
  | { t: 'op'; op: Op; symbol: string }
  | { t: '(' }
  | { t: ')' };

const OPS: Record<string, Op> = { '+': '+', '-': '-', '*': '*', '×': '*', '/': '/', '÷': '/' };
const STOP = /[,;。，；:：=、\n]/;
const NAME_END = /[+\-*×/÷()\s,;。，；:：=、%]/;

/** Labels grouped by their first character, longest first: a 基础数据 sheet may hold tens of thousands. */
let byFirstChar = new WeakMap<readonly string[], Map<string, string[]>>();

/** Forgets the label indexes, for a host whose indexing code changes under it (mutation testing). */
// Stryker disable next-line BlockStatement: emptying the index changes what is kept, never a result.
export function forgetLabelIndexes(): void {
  byFirstChar = new WeakMap();
}

function labelsStartingWith(labels: readonly string[], ch: string): readonly string[] {
  let index = byFirstChar.get(labels);
  if (!index) {
    index = new Map();
    for (const l of labels) {
      if (l.length === 0) continue;
      const list = index.get(l[0]) ?? [];
      list.push(l);
      index.set(l[0], list);
    }
    for (const list of index.values()) list.sort((a, b) => b.length - a.length);
    byFirstChar.set(labels, index);
  }
  return index.get(ch) ?? [];
}

/** The tokens of the arithmetic at the start of `src` (a label key), and where they end in it. */
function tokenize(src: string, labels: readonly string[]): { tokens: Token[]; end: number } | null {
  const tokens: Token[] = [];
  let i = 0;
  let depth = 0;
  while (i < src.length) {
    const ch = src[i];
    if (STOP.test(ch)) break;
    const num = LEADING_FIGURE.exec(src.slice(i));
    const prev = tokens[tokens.length - 1];
    const afterOperand = prev !== undefined && (prev.t === 'num' || prev.t === 'var' || prev.t === ')');
    if (num && !afterOperand) {
      tokens.push({ t: 'num', value: new D(num[1]), percent: num[2] === '%', points: num[2] === POINTS_UNIT });
      i += num[0].length;
      continue;
    }
    if (ch in OPS) {
      tokens.push({ t: 'op', op: OPS[ch], symbol: ch });
      i++;
      continue;
    }
    if (ch === '(') depth++;
    if (ch === ')' && depth === 0) break; // the bracket the expression stands in closes: it has ended
    if (ch === '(' || ch === ')') {
      if (ch === ')') depth--;
      tokens.push({ t: ch });
      i++;
      continue;
    }
    if (afterOperand) break; // two operands in a row: the expression has ended, prose follows
    const label = labelsStartingWith(labels, ch).find((l) => src.startsWith(l, i));
    if (label) {
      tokens.push({ t: 'var', name: label });
      i += label.length;
      continue;
    }
    let j = i;
    while (j < src.length && !NAME_END.test(src[j]) && !STOP.test(src[j])) j++;
    if (j === i) return null;
    tokens.push({ t: 'var', name: src.slice(i, j) });
    i = j;
  }
  return { tokens, end: i };
}

/** Parses the arithmetic at the start of the text; null when there is none. */
export function parseExpression(text: string, labels: readonly string[] = []): Expr | null {
  return parseExpressionPrefix(labelKey(text), labels)?.expr ?? null;
}

/**
 * The arithmetic at the start of a label key (`labelKey(text)`: no spaces or quotes), and how many of
 * its characters it takes; what follows is the rest of the sentence.
 */
export function parseExpressionPrefix(src: string, labels: readonly string[] = []): { expr: Expr; length: number } | null {
  const tokenized = tokenize(src, labels);
  if (!tokenized || tokenized.tokens.length === 0) return null;
  const { tokens, end } = tokenized;
  let pos = 0;
  const peek = () => tokens[pos];

  const factor = (): Expr | null => {
    const tok = peek();
    if (!tok) return null;
    if (tok.t === 'num') {
      pos++;
      return tok.points ? { kind: 'num', value: tok.value, percent: false, points: true } : { kind: 'num', value: tok.value, percent: tok.percent };
    }
    if (tok.t === 'var') {
      pos++;
      return { kind: 'var', name: tok.name };
    }
    if (tok.t === 'op' && tok.op === '-') {
      pos++;
      const inner = factor();
      return inner && { kind: 'neg', inner };
    }
    if (tok.t === '(') {
      pos++;
      const inner = sum();
      if (!inner || peek()?.t !== ')') return null;
      pos++;
      return { kind: 'group', inner };
    }
    return null;
  };
  const chain = (next: () => Expr | null, ops: readonly Op[]) => (): Expr | null => {
    let left = next();
    while (left) {
      const tok = peek();
      if (!tok || tok.t !== 'op' || !ops.includes(tok.op)) break;
      pos++;
      const right = next();
      if (!right) return null;
      left = { kind: 'bin', op: tok.op, symbol: tok.symbol, left, right };
    }
    return left;
  };
  const product = chain(factor, ['*', '/']);
  const sum = chain(product, ['+', '-']);
  const expr = sum();
  if (!expr || pos !== tokens.length) return null;
  return { expr, length: end };
}

export function variables(expr: Expr): string[] {
  const out = new Set<string>();
  const walk = (e: Expr) => {
    if (e.kind === 'var') out.add(e.name);
    else if (e.kind === 'bin') {
      walk(e.left);
      walk(e.right);
    } else if (e.kind === 'neg' || e.kind === 'group') walk(e.inner);
  };
  walk(expr);
  return [...out];
}

/** The expression with each name a definition gives (`资金到位率=实际到位资金/计划投入资金×100%`) replaced by its arithmetic. */
export function substitute(expr: Expr, defs: ReadonlyMap<string, Expr>): Expr {
  switch (expr.kind) {
    case 'var': {
      const def = defs.get(expr.name);
      return def ? { kind: 'group', inner: def } : expr;
    }
    case 'neg':
    case 'group':
      return { ...expr, inner: substitute(expr.inner, defs) };
    case 'bin':
      return { ...expr, left: substitute(expr.left, defs), right: substitute(expr.right, defs) };
    case 'num':
      return expr;
  }
}

export type Evaluation =
  | { readonly kind: 'value'; readonly value: Dec }
  | { readonly kind: 'missing'; readonly missing: string[] }
  | { readonly kind: 'divide-by-zero'; readonly divisor: string };

/** Exact evaluation; `100%` is 1. */
export function evaluate(expr: Expr, valueOf: (name: string) => Dec | undefined): Evaluation {
  const missing = variables(expr).filter((n) => valueOf(n) === undefined);
  if (missing.length) return { kind: 'missing', missing };
  let zeroDivisor: string | null = null;
  const ev = (e: Expr): Dec => {
    switch (e.kind) {
      case 'num':
        return e.percent ? e.value.div(100) : e.value;
      case 'var':
        return valueOf(e.name)!;
      case 'neg':
        return ev(e.inner).negated();
      case 'group':
        return ev(e.inner);
      case 'bin': {
        const l = ev(e.left);
        const r = ev(e.right);
        if (e.op === '+') return l.plus(r);
        if (e.op === '-') return l.minus(r);
        if (e.op === '*') return l.times(r);
        if (r.isZero()) {
          zeroDivisor ??= render(e.right);
          return new D(0);
        }
        return l.div(r);
      }
    }
  };
  const value = ev(expr);
  return zeroDivisor !== null ? { kind: 'divide-by-zero', divisor: zeroDivisor } : { kind: 'value', value };
}

/** The expression as a person writes it, with values in place of names where given. */
export function render(expr: Expr, valueOf: (name: string) => Dec | undefined = () => undefined): string {
  switch (expr.kind) {
    case 'num':
      return formatDecimal(expr.value) + (expr.percent ? '%' : '');
    case 'var': {
      const v = valueOf(expr.name);
      return v === undefined ? expr.name : formatDecimal(v);
    }
    case 'neg':
      return `-${render(expr.inner, valueOf)}`;
    case 'group':
      return `(${render(expr.inner, valueOf)})`;
    case 'bin': {
      const symbol = expr.op === '*' ? '×' : expr.op === '/' ? (expr.symbol === '÷' ? '÷' : '/') : expr.op;
      return `${render(expr.left, valueOf)}${symbol}${render(expr.right, valueOf)}`;
    }
  }
}

/** A product chain `a×b/c×d` as its factors, each with whether it divides. */
export function factors(expr: Expr): { divide: boolean; expr: Expr }[] {
  if (expr.kind === 'bin' && (expr.op === '*' || expr.op === '/')) {
    return [...factors(expr.left), { divide: expr.op === '/', expr: expr.right }];
  }
  return [{ divide: false, expr }];
}

/** Rebuilds a product chain from factors (the first must multiply). */
export function product(parts: readonly { divide: boolean; expr: Expr }[]): Expr | null {
  if (parts.length === 0 || parts[0].divide) return null;
  return parts.slice(1).reduce<Expr>(
    (left, p) => ({ kind: 'bin', op: p.divide ? '/' : '*', symbol: p.divide ? '/' : '×', left, right: p.expr }),
    parts[0].expr,
  );
}
