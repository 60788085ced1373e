// The changes of layout a person reads straight through (issue 21): each takes a variant of a table and
// lays it out otherwise — a label column merged down, levels merged or repeated, rows and columns added,
// columns moved, headers reworded, figures typed otherwise, a header made two rows — without changing
// what any indicator says. A change that would (a column removed, a figure altered) is not made.
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { parseNumberText } from '../../../src/core/numbers';
import { headerMeaning, type HeaderKey } from '../../../src/core/sheet/headers';
import { NotApplicable, type Variant } from './variant';

export interface Transformation<P = unknown> {
  readonly name: string;
  readonly params: fc.Arbitrary<P>;
  /** Applies the change, or throws NotApplicable; returns what it did, for the report of a failure. */
  apply(v: Variant, p: P): string;
}

const pick = <T>(list: readonly T[], n: number): T => {
  if (list.length === 0) throw new NotApplicable('nothing to choose from');
  return list[n % list.length];
};

const letter = (col: number) => String.fromCharCode(65 + col);

// ------------------------------------------------------------------------------------------------
// A label column merged down from the header row over 1, 2 or all indicator rows (Sichuan, Beijing).
// ------------------------------------------------------------------------------------------------
const labelColumn: Transformation<{ inside: boolean; at: number; cover: 1 | 2 | 'all'; label: string }> = {
  name: 'label-column',
  params: fc.record({
    inside: fc.boolean(),
    at: fc.nat(),
    cover: fc.constantFrom(1 as const, 2 as const, 'all' as const),
    label: fc.constantFrom('绩效指标', '绩效指标(90分)', '项目绩效指标', '部门整体绩效指标'),
  }),
  apply(v, p) {
    const rows = v.indicatorRows;
    if (rows.length === 0) throw new NotApplicable('no indicator rows');
    const { left, right } = v.span;
    const places = p.inside ? [...Array(right - left).keys()].map((k) => left + 1 + k).filter((c) => !v.cutsColumns(c)) : [left];
    const at = pick(places, p.at);
    if (v.cutsColumns(at)) throw new NotApplicable('inside a merged area');
    v.sheet.insertColumn(at);
    const last = p.cover === 'all' ? rows[rows.length - 1] : rows[Math.min(p.cover, rows.length) - 1];
    const top = v.headerTop;
    v.sheet.set(top, at, p.label);
    v.sheet.merge({ top, left: at, bottom: v.row(v.roles.indicatorRows[rows.indexOf(last)]), right: at });
    return `label column “${p.label}” at ${letter(at)}, merged from the header over ${p.cover === 'all' ? 'all' : p.cover} indicator row(s)`;
  },
};

// ------------------------------------------------------------------------------------------------
// Level-1/level-2 names merged down their block, or repeated on every row.
// ------------------------------------------------------------------------------------------------
const levels: Transformation<{ mode: 'merge' | 'repeat' }> = {
  name: 'levels',
  params: fc.record({ mode: fc.constantFrom('merge' as const, 'repeat' as const) }),
  apply(v, p) {
    const cols = (['level1', 'level2'] as const).map((k) => v.col(k)).filter((c): c is number => c !== undefined);
    if (cols.length === 0) throw new NotApplicable('no level columns');
    const first = v.headerBottom + 1;
    const last = v.roles.totalRow === null ? v.row(v.roles.end) : v.row(v.roles.totalRow) - 1;
    const text = (r: number, c: number) => {
      const a = v.sheet.mergeAt(r, c);
      const cell = a ? v.sheet.at(a.top, a.left) : v.sheet.at(r, c);
      return cell.value === null ? '' : String(cell.value).trim();
    };
    // Each column's name on every row, continued as a person reads it: a level-2 name goes on only
    // while its level-1 name does.
    const names: string[][] = [];
    for (const c of cols) {
      const outer = c === v.col('level2') && names.length === 1 ? names[0] : null;
      let current = '';
      const out: string[] = [];
      for (let r = first; r <= last; r++) {
        const k = r - first;
        if (outer && k > 0 && outer[k] !== outer[k - 1]) current = '';
        current = text(r, c) || current;
        out.push(current);
      }
      names.push(out);
    }
    for (const [i, c] of cols.entries()) {
      for (const a of [...v.sheet.merges]) if (a.left === c && a.right === c && a.top >= first && a.bottom <= last) v.sheet.unmerge(a);
      if (v.sheet.merges.some((a) => a.left <= c && c <= a.right && a.bottom >= first && a.top <= last)) throw new NotApplicable('a level cell merged across columns');
      names[i].forEach((name, k) => v.sheet.set(first + k, c, name === '' ? null : name));
    }
    if (p.mode === 'merge') {
      for (const [i, c] of cols.entries()) {
        let start = first;
        for (let r = first + 1; r <= last + 1; r++) {
          const same = r <= last && names[i][r - first] !== '' && names[i][r - first] === names[i][start - first] && (i === 0 || names[0][r - first] === names[0][start - first]);
          if (same) {
            v.sheet.set(r, c, null);
            continue;
          }
          if (r - 1 > start && names[i][start - first] !== '') v.sheet.merge({ top: start, left: c, bottom: r - 1, right: c });
          start = r;
        }
      }
    }
    return `level names ${p.mode === 'merge' ? 'merged down their blocks' : 'repeated on every row'}`;
  },
};

// ------------------------------------------------------------------------------------------------
// Rows added: title, unit, date, blank rows above or between blocks; a blank row between level-1
// blocks; signatures, notes and 评价结论/存在问题/改进措施 (merged) below.
// ------------------------------------------------------------------------------------------------
type Where = 'top' | 'before-header' | 'after-budget' | 'inside' | 'below';
const extraRows: Transformation<{ where: Where; kind: number }> = {
  name: 'extra-rows',
  params: fc.record({ where: fc.constantFrom<Where>('top', 'before-header', 'after-budget', 'inside', 'below'), kind: fc.nat() }),
  apply(v, p) {
    const ws = v.sheet;
    const { left, right } = v.span;
    const spread = (row: number, texts: (string | null)[]) => texts.forEach((t, i) => t !== null && ws.set(row, left + i, t));
    const above: [string, (row: number) => void][] = [
      ['a title', (r) => { ws.set(r, left, '2023年度项目支出绩效自评表'); ws.merge({ top: r, left, bottom: r, right }); }],
      ['a unit row', (r) => ws.set(r, right, '单位：万元')],
      ['a date row', (r) => spread(r, ['填报单位（盖章）：', null, null, '填报日期：2024年3月15日'])],
      ['a blank row', () => undefined],
    ];
    if (p.where === 'top' || p.where === 'before-header' || p.where === 'after-budget') {
      const at = p.where === 'top' ? 0 : p.where === 'before-header' ? v.headerTop : v.roles.budget ? v.row(v.roles.budget.last) + 1 : -1;
      if (at < 0 || ws.cutsRows(at)) throw new NotApplicable('no such place');
      const [what, fill] = pick(above, p.kind);
      ws.insertRows(at);
      fill(at);
      return `${what} added at row ${at + 1}`;
    }
    if (p.where === 'inside') {
      const rows = v.roles.indicatorRows;
      const l1 = v.roles.columns.level1;
      // Between two level-1 blocks (or any two indicators where the table has no level-1 column).
      const places = rows.slice(1).filter((r, i) => (l1 === undefined || ws.at(v.row(r), v.columnAt(l1)).value !== null || !ws.mergeAt(v.row(r), v.columnAt(l1))) && r === rows[i] + 1 && !ws.cutsRows(v.row(r)));
      const at = v.row(pick(places, p.kind));
      ws.insertRows(at);
      return `a blank row added inside the table at row ${at + 1}`;
    }
    const at = v.row(v.roles.end) + 1;
    if (ws.cutsRows(at)) throw new NotApplicable('the end is merged');
    const below: [string, number, (row: number) => void][] = [
      ['signatures', 1, (r) => spread(r, ['单位负责人：王某', null, '财务负责人：李某', null, '填表人：张某'])],
      [
        '评价结论/存在问题/改进措施 with merged text',
        3,
        (r) =>
          [
            ['评价结论', '项目按计划完成，绩效目标基本实现。'],
            ['存在问题', '个别指标设置不够细化，资金支付进度偏慢。'],
            ['改进措施', '加强预算执行监控，细化绩效指标。'],
          ].forEach(([label, text], k) => {
            ws.set(r + k, left, label);
            ws.set(r + k, left + 1, text);
            ws.merge({ top: r + k, left: left + 1, bottom: r + k, right });
          }),
      ],
      ['a blank row and a note', 2, (r) => { ws.set(r + 1, left, '注：1.本表金额单位为万元；2.得分保留两位小数。'); ws.merge({ top: r + 1, left, bottom: r + 1, right }); }],
    ];
    const [what, count, fill] = pick(below, p.kind);
    ws.insertRows(at, count);
    fill(at);
    return `${what} added below the table at row ${at + 1}`;
  },
};

// ------------------------------------------------------------------------------------------------
// Columns the office adds: 序号, 备注, 复核分, 是否核心指标, or an empty one.
// ------------------------------------------------------------------------------------------------
const EXTRA_COLUMNS = ['序号', '备注', '复核分', '是否核心指标', ''] as const;
const extraColumn: Transformation<{ which: (typeof EXTRA_COLUMNS)[number]; at: number }> = {
  name: 'extra-column',
  params: fc.record({ which: fc.constantFrom(...EXTRA_COLUMNS), at: fc.nat() }),
  apply(v, p) {
    const { left, right } = v.span;
    const at = pick([...Array(right - left + 2).keys()].map((k) => left + k).filter((c) => !v.cutsColumns(c)), p.at);
    const score = v.roles.columns.score ?? v.roles.columns.scoreShare;
    const typed = v.roles.indicatorRows.map((r) => (score === undefined ? null : v.sheet.at(v.row(r), v.columnAt(score)).value));
    const rows = v.indicatorRows;
    v.sheet.insertColumn(at);
    if (p.which !== '') {
      v.sheet.set(v.headerTop, at, p.which);
      if (v.headerBottom > v.headerTop) v.sheet.merge({ top: v.headerTop, left: at, bottom: v.headerBottom, right: at });
    }
    rows.forEach((r, i) => {
      if (p.which === '序号') v.sheet.set(r, at, i + 1);
      if (p.which === '备注' && i % 3 === 1) v.sheet.set(r, at, '无');
      if (p.which === '复核分') v.sheet.set(r, at, typed[i]);
      if (p.which === '是否核心指标') v.sheet.set(r, at, i % 2 ? '否' : '是');
    });
    return `${p.which === '' ? 'an empty column' : `a ${p.which} column`} inserted at ${letter(at)}`;
  },
};

// ------------------------------------------------------------------------------------------------
// Columns moved: 分值 before or after the target, the rule before or after the score, or any other.
// ------------------------------------------------------------------------------------------------
/** Groups of columns glued by merged areas within the table's rows: what can move as one. */
function units(v: Variant): { first: number; last: number }[] {
  const { left, right } = v.span;
  const glued = new Set<number>(); // c glued to c + 1
  for (const a of v.bandMerges()) for (let c = a.left; c < a.right; c++) glued.add(c);
  const out: { first: number; last: number }[] = [];
  for (let c = left; c <= right; c++) {
    if (out.length && glued.has(c - 1)) out[out.length - 1].last = c;
    else out.push({ first: c, last: c });
  }
  return out;
}

const reorder: Transformation<{ kind: 'points-target' | 'rule-score' | 'any'; after: boolean; which: number; to: number }> = {
  name: 'reorder',
  params: fc.record({ kind: fc.constantFrom('points-target' as const, 'rule-score' as const, 'any' as const), after: fc.boolean(), which: fc.nat(), to: fc.nat() }),
  apply(v, p) {
    const all = units(v);
    const unitOf = (c: number | undefined) => (c === undefined ? undefined : all.find((u) => u.first <= c && c <= u.last));
    let moving: { first: number; last: number } | undefined;
    let before: number;
    if (p.kind === 'any') {
      const fixed = new Set((['level1', 'level2', 'indicator'] as const).map((k) => unitOf(v.col(k))));
      moving = pick(all.filter((u) => !fixed.has(u)), p.which);
      const indicator = unitOf(v.col('indicator'));
      const places = all.filter((u) => indicator === undefined || u.first > indicator.last).map((u) => u.first);
      before = pick([...places, all[all.length - 1].last + 1], p.to);
    } else {
      const [a, b] = p.kind === 'points-target' ? (['points', 'target'] as const) : (['rule', 'score'] as const);
      moving = unitOf(v.col(a));
      const anchor = unitOf(v.col(b));
      if (!moving || !anchor || moving === anchor) throw new NotApplicable(`no ${a} or ${b} column`);
      before = p.after ? anchor.last + 1 : anchor.first;
    }
    const { top, bottom } = v.band;
    const name = (c: number) => String(v.sheet.at(v.headerTop, c).value ?? letter(c)).replace(/\s+/g, '');
    const what = name(moving.first);
    const to = before <= v.span.right ? name(before) : 'the end';
    try {
      v.sheet.moveColumns(top, bottom, moving.first, moving.last, before);
    } catch (e) {
      throw new NotApplicable((e as Error).message);
    }
    return `column ${what} moved before ${to}`;
  },
};

// ------------------------------------------------------------------------------------------------
// Header words swapped for synonyms, with units, brackets, spaces and line breaks.
// ------------------------------------------------------------------------------------------------
const SYNONYMS: Partial<Record<HeaderKey, readonly string[]>> = {
  level1: ['一级指标', '一级'],
  level2: ['二级指标', '二级'],
  indicator: ['三级指标', '指标名称', '评价指标', '评价内容', '考核内容', '指标内容', '具体指标', '三级指标名称'],
  points: ['分值', '标准分值', '权重', '指标权重', '指标分值', '标准分', '权重分'],
  target: ['年度指标值', '预期指标值', '目标值', '指标值', '年度目标值', '绩效目标值', '计划值'],
  explanation: ['指标解释', '指标说明', '指标内涵', '指标释义'],
  rule: ['评分标准', '评分规则', '计分方法', '评分方法', '评分细则', '评分办法', '评价标准及依据', '考核标准'],
  actual: ['实际完成值', '全年完成值', '实际值', '完成值', '实际完成情况', '全年实际值', '实际完成数'],
  score: ['得分', '自评得分', '自评分', '评价得分', '指标得分', '实际得分', '考核得分'],
};
/** The office's own reasoning and our 扣分原因 are different columns: each keeps to its own words. */
const REASONS = [['偏差原因分析及改进措施', '未完成原因及改进措施', '偏差原因', '原因分析', '偏差原因分析'], ['扣分原因', '扣分说明']];

/** Units and marks offices put in a header: `分值(分)`, `权重（%）`, `指标值\n(A)`. */
const MARKS: Partial<Record<HeaderKey, readonly string[]>> = {
  points: ['（分）', '(分)', '（%）'],
  score: ['（分）', '(分)'],
  target: ['(A)', '（A）'],
  actual: ['(B)', '（B）'],
};
const DECORATIONS: readonly ((w: string, key: HeaderKey, n: number) => string)[] = [
  (w) => w,
  (w, k, n) => w + (MARKS[k] ? MARKS[k][n % MARKS[k].length] : ''),
  (w, k, n) => (MARKS[k] ? `${w}\n${MARKS[k][n % MARKS[k].length]}` : `${w}\n`),
  (w) => [...w].join(w.length <= 3 ? '  ' : ' '),
  (w) => `${w.slice(0, Math.ceil(w.length / 2))}\n${w.slice(Math.ceil(w.length / 2))}`,
  (w) => ` ${w}：`,
];

const headerWords: Transformation<{ seed: number }> = {
  name: 'header-words',
  params: fc.record({ seed: fc.nat() }),
  apply(v, p) {
    const changed: string[] = [];
    let n = p.seed;
    const next = (k: number) => {
      const r = n % k;
      n = Math.floor(n / k) + 7 * (r + 1);
      return r;
    };
    const { left, right } = v.span;
    const split = v.roles.targetParts !== null || v.roles.columns.initialTarget !== undefined;
    for (let r = v.headerTop; r <= v.headerBottom; r++) {
      for (let c = left; c <= right; c++) {
        const area = v.sheet.mergeAt(r, c);
        if (area && (area.top !== r || area.left !== c)) continue;
        if (area && area.right > area.left && r < v.headerBottom) continue; // a parent over sub-headers
        const cell = v.sheet.at(r, c);
        if (typeof cell.value !== 'string') continue;
        const meaning = headerMeaning(cell.value);
        if (!meaning?.sure || (meaning.key === 'target' && split)) continue;
        const reasons = meaning.key === 'reason' ? REASONS.find((list) => list.some((w) => headerMeaning(w)?.key === 'reason' && w === String(cell.value).replace(/\s+/g, ''))) : undefined;
        const words = reasons ?? SYNONYMS[meaning.key];
        if (!words) continue;
        const word = words[next(words.length)];
        const text = DECORATIONS[next(DECORATIONS.length)](word, meaning.key, next(6));
        if (headerMeaning(text)?.key !== meaning.key) throw new Error(`the vocabulary of the test is wrong: ${JSON.stringify(text)} is not ${meaning.key}`);
        changed.push(`${String(cell.value).replace(/\s+/g, '')}→${JSON.stringify(text)}`);
        cell.value = text;
      }
    }
    if (changed.length === 0) throw new NotApplicable('no header to reword');
    return `headers reworded: ${changed.join(', ')}`;
  },
};

// ------------------------------------------------------------------------------------------------
// Figures typed otherwise: as text, with thousands separators, in full-width digits.
// ------------------------------------------------------------------------------------------------
const FULL: Record<string, string> = { '.': '．', ',': '，', '%': '％' };
const fullWidth = (s: string) => s.replace(/[0-9.,%]/g, (ch) => FULL[ch] ?? String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const grouped = (s: string) => s.replace(/\d{4,}(?=(?:\.\d+)?(?![\d年月日]))/g, (d) => d.replace(/\B(?=(\d{3})+$)/g, ','));

const figures: Transformation<{ form: 'text' | 'thousands' | 'full-width' }> = {
  name: 'figures',
  params: fc.record({ form: fc.constantFrom('text' as const, 'thousands' as const, 'full-width' as const) }),
  apply(v, p) {
    const keys = ['points', 'target', 'initialTarget', 'actual', 'score', 'scoreShare'] as const;
    const cols = keys.map((k) => v.col(k)).filter((c): c is number => c !== undefined);
    for (const c of v.targetParts ?? []) cols.push(v.columnAt(c));
    const cells: { row: number; col: number }[] = v.indicatorRows.flatMap((row) => cols.map((col) => ({ row, col })));
    const b = v.roles.budget;
    if (b) {
      for (let r = b.row; r <= b.last; r++) for (let c = v.span.left; c <= v.span.right; c++) cells.push({ row: v.row(r), col: c });
    }
    let count = 0;
    for (const { row, col } of cells) {
      const cell = v.sheet.at(row, col);
      if (v.sheet.mergeAt(row, col) && v.sheet.mergeAt(row, col)!.top !== row) continue;
      let text: string;
      if (typeof cell.value === 'number') {
        const d = new Decimal(Number(cell.value.toPrecision(15)));
        text = cell.format && /%/.test(cell.format) ? `${d.times(100).toFixed()}%` : d.toFixed();
      } else if (typeof cell.value === 'string' && /\d/.test(cell.value) && (parseNumberText(cell.value) || /^[≥≤<>=≧≦﹦═]/.test(cell.value.trim()))) {
        if (p.form === 'text') continue;
        text = cell.value;
      } else {
        continue;
      }
      const out = p.form === 'thousands' ? grouped(text) : p.form === 'full-width' ? fullWidth(text) : text;
      if (out === cell.value) continue;
      cell.value = out;
      cell.format = null;
      count++;
    }
    if (count === 0) throw new NotApplicable('no figure to retype');
    return `${count} figures typed ${p.form === 'text' ? 'as text' : p.form === 'thousands' ? 'with thousands separators' : 'in full-width digits'}`;
  },
};

// ------------------------------------------------------------------------------------------------
// A one-row header made two rows: every header cell merged down, or 绩效指标 over the three levels.
// ------------------------------------------------------------------------------------------------
/** Adds a row under a one-row header and merges every header cell down over it, but the columns kept for sub-headers. */
function headerOfTwoRows(v: Variant, keep: readonly number[]): void {
  const ws = v.sheet;
  const top = v.headerTop;
  const { left, right } = v.span;
  ws.insertRows(top + 1);
  v.extraHeaderRows++;
  for (let c = left; c <= right; c++) {
    if (keep.includes(c)) continue;
    const area = ws.mergeAt(top, c);
    if (area && area.top === top && area.bottom === top) {
      if (area.left !== c) continue;
      ws.unmerge(area);
      ws.merge({ ...area, bottom: top + 1 });
    } else if (!area) {
      ws.merge({ top, left: c, bottom: top + 1, right: c });
    }
  }
}

const twoRowHeader: Transformation<{ parent: boolean }> = {
  name: 'two-row-header',
  params: fc.record({ parent: fc.boolean() }),
  apply(v, p) {
    if (v.headerBottom !== v.headerTop) throw new NotApplicable('already two rows');
    const ws = v.sheet;
    const top = v.headerTop;
    const levels = (['level1', 'level2', 'indicator'] as const).map((k) => v.col(k));
    const parent = p.parent && levels.every((c) => c !== undefined) && levels[1]! === levels[0]! + 1 && levels[2]! === levels[1]! + 1 && levels.every((c) => !ws.mergeAt(top, c!));
    if (p.parent && !parent) throw new NotApplicable('the levels are not three plain cells side by side');
    const cols = parent ? (levels as number[]) : [];
    headerOfTwoRows(v, cols);
    if (parent) {
      for (const c of cols) ws.set(top + 1, c, ws.at(top, c).value);
      for (const c of cols) ws.set(top, c, null);
      ws.set(top, cols[0], '绩效指标');
      ws.merge({ top, left: cols[0], bottom: top, right: cols[2] });
    }
    return parent ? 'a two-row header: 绩效指标 over 一级/二级/三级' : 'a two-row header: every header cell merged down';
  },
};

// ------------------------------------------------------------------------------------------------
// The target in one cell (`≥95%`), or over 指标性质 | 指标值 | 度量单位 under 年度指标值 (Yunnan).
// ------------------------------------------------------------------------------------------------
const TARGET_PARTS = /^\s*(≥|≤|>|<|=|≧|≦|﹦|═)?\s*(\d+(?:\.\d+)?)\s*(%|[\u4e00-\u9fa5A-Za-z²]{1,4})?\s*$/;

const targetCells: Transformation<Record<string, never>> = {
  name: 'target-cells',
  params: fc.constant({}),
  apply(v) {
    const ws = v.sheet;
    const t = v.col('target');
    if (t === undefined || v.roles.columns.initialTarget !== undefined) throw new NotApplicable('no single target column');
    const rows = v.indicatorRows;
    if (rows.some((r) => ws.mergeAt(r, t))) throw new NotApplicable('a target merged over rows');
    const parts = v.targetParts;
    if (parts) {
      // Joined: operator, figure and unit in the figure's cell, the other two columns gone.
      const cols = parts.map((c) => v.columnAt(c));
      for (const r of rows) {
        const text = (c: number) => {
          const cell = ws.at(r, c);
          return cell.value === null ? '' : typeof cell.value === 'number' && cell.format && /%/.test(cell.format) ? `${new Decimal(cell.value).times(100).toFixed()}%` : String(cell.value).trim();
        };
        const joined = text(t) === '' ? '' : cols.map(text).join('');
        ws.set(r, t, joined === '' ? null : joined);
      }
      // The operator and unit columns left empty (an empty column is no column), the header over the figure alone.
      const top = v.headerTop;
      const parent = ws.mergeAt(top, t);
      if (parent && parent.top === top && parent.bottom === top) {
        const words = ws.at(parent.top, parent.left).value;
        ws.unmerge(parent);
        ws.set(top, parent.left, null);
        ws.set(top, t, words);
      }
      const { bottom } = v.band;
      for (const c of cols.filter((c) => c !== t)) {
        if (v.sheet.merges.some((a) => a.left <= c && c <= a.right && a.bottom >= top && a.top <= bottom)) throw new NotApplicable('a part merged');
        for (let r = top + 1; r <= bottom; r++) ws.set(r, c, null);
      }
      v.targetParts = null;
      return 'the target joined into one cell';
    }
    if (v.headerBottom !== v.headerTop || v.cutsColumns(t) || v.cutsColumns(t + 1)) throw new NotApplicable('not a one-row header');
    const header = ws.at(v.headerTop, t).value;
    ws.insertColumn(t);
    ws.insertColumn(t + 2);
    headerOfTwoRows(v, [t, t + 1, t + 2]);
    const top = v.headerTop;
    ws.set(top, t, header);
    ws.set(top, t + 1, null);
    ws.merge({ top, left: t, bottom: top, right: t + 2 });
    ['指标性质', '指标值', '度量单位'].forEach((w, k) => ws.set(top + 1, t + k, w));
    for (const r of v.indicatorRows) {
      const cell = ws.at(r, t + 1);
      const percent = typeof cell.value === 'number' && cell.format !== null && /%/.test(cell.format);
      const text = typeof cell.value === 'number' ? (percent ? `${new Decimal(cell.value).times(100).toFixed()}%` : String(cell.value)) : String(cell.value ?? '');
      const m = TARGET_PARTS.exec(text.replace(/(\d),(?=\d{3})/g, '$1'));
      if (!m) continue;
      ws.set(r, t, m[1] ?? null);
      ws.set(r, t + 1, Number(m[2]));
      ws.set(r, t + 2, m[3] ?? null);
    }
    return 'the target split over 指标性质 | 指标值 | 度量单位 under its header';
  },
};

// ------------------------------------------------------------------------------------------------
// The budget block as provinces vary it: its points stated in its label (`预算执行情况（10分）`) rather
// than in a 分值 cell, or its columns in another order.
// ------------------------------------------------------------------------------------------------
const budgetBlock: Transformation<{ mode: 'points-in-label' | 'reorder'; which: number; to: number }> = {
  name: 'budget-block',
  params: fc.record({ mode: fc.constantFrom('points-in-label' as const, 'reorder' as const), which: fc.nat(), to: fc.nat() }),
  apply(v, p) {
    const b = v.roles.budget;
    if (!b) throw new NotApplicable('no budget block');
    const ws = v.sheet;
    const at = (col: number | undefined) => (col === undefined ? undefined : ws.place(b.headerRow, col).col);
    const top = v.row(b.headerRow);
    const last = v.row(b.last);
    const budgetCol = at(b.columns.budget)!;
    if (p.mode === 'points-in-label') {
      const points = at(b.columns.points);
      if (points === undefined) throw new NotApplicable('no points column');
      const figure = ws.at(v.row(b.row), points).value;
      if (typeof figure !== 'number') throw new NotApplicable('points not a number');
      // The block's label: its first words left of the amounts.
      const labelCol = [...Array(budgetCol).keys()].find((c) => !ws.mergeAt(top, c) || ws.mergeAt(top, c)!.left === c && ws.mergeAt(top, c)!.top === top);
      const label = labelCol === undefined ? null : ws.at(top, labelCol);
      if (!label || typeof label.value !== 'string' || label.value.trim() === '') throw new NotApplicable('no label');
      label.value = `${label.value}（${figure}分）`;
      for (let r = top; r <= last; r++) if (!ws.mergeAt(r, points)) ws.set(r, points, null);
      return `the budget block's points (${figure}) stated in its label, its 分值 column emptied`;
    }
    // Its columns in another order, within its own rows.
    const glued = new Set<number>();
    for (const a of ws.merges) if (a.bottom >= top && a.top <= last) for (let c = a.left; c < a.right; c++) glued.add(c);
    const cols = Object.values(b.columns).filter((c): c is number => c !== undefined).map((c) => at(c)!).filter((c) => !glued.has(c) && !glued.has(c - 1));
    const first = Math.min(...Object.values(b.columns).filter((c): c is number => c !== undefined).map((c) => at(c)!));
    const moving = pick(cols, p.which);
    const before = pick(cols.filter((c) => c !== moving).concat(Math.max(...cols) + 1), p.to);
    if (before < first) throw new NotApplicable('before the amounts');
    const name = String(ws.at(top, moving).value ?? '').replace(/\s+/g, '');
    try {
      ws.moveColumns(top, last, moving, moving, before);
    } catch (e) {
      throw new NotApplicable((e as Error).message);
    }
    return `the budget block's column ${name} moved`;
  },
};

// ------------------------------------------------------------------------------------------------
// Two tables on one sheet: the table, title to 合计, stacked again below itself (a second project).
// ------------------------------------------------------------------------------------------------
const stacked: Transformation<{ gap: number }> = {
  name: 'stacked',
  params: fc.record({ gap: fc.constantFrom(0, 1, 2) }),
  apply(v, p) {
    if (v.roles.totalRow === null) throw new NotApplicable('no 合计 ends the first table');
    // A second project carries its own title; a copy with none above its header is the same table's header again.
    if (v.roles.headerTop === 0) throw new NotApplicable('nothing above the header to tell a second table by');
    if (v.tables > 1) throw new NotApplicable('already stacked');
    const start = v.sheet.appendCopy(0, v.row(v.roles.totalRow), p.gap);
    v.tables = 2;
    return `the table stacked again below itself from row ${start + 1} (a second project)`;
  },
};

export const TRANSFORMATIONS: readonly Transformation<never>[] = [
  labelColumn,
  levels,
  extraRows,
  extraColumn,
  reorder,
  headerWords,
  figures,
  twoRowHeader,
  targetCells,
  budgetBlock,
  stacked,
] as unknown as readonly Transformation<never>[];
