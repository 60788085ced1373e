// The `--json` document, field for field as SPEC §5.
import type Decimal from 'decimal.js';
import type { Issue, KeptScore, RowResult, ScoreResult } from '../core';
import { counts } from './counts';

export interface JsonRow {
  readonly cell: string;
  readonly level1: string;
  readonly level2: string;
  readonly indicator: string;
  /** Null when the points themselves are what is wrong. */
  readonly points: number | null;
  readonly score: number | null;
  readonly previous: number | null;
  readonly status: RowResult['status'];
  readonly deduction: number | null;
  /** The score is the one typed in 得分, kept as typed: not checked, never a full mark. */
  readonly kept: boolean;
  /** Why it is kept: `judgement` (a qualitative row), `unverified` (the input its rule needs is missing); null when computed. */
  readonly keptBecause: KeptScore['because'] | null;
  /** For a kept score: whether the rule can give it (a warning says why not); null when computed. */
  readonly typedScorePossible: boolean | null;
  readonly explanation: string;
}

export interface JsonIssue {
  readonly severity: Issue['severity'];
  readonly cell: string;
  readonly sheet?: string;
  /**
   * A core IssueCode, or a file-level code: `unreadable-file`, `write-failed`, `note-beside-thread`,
   * `empty-rows-not-loaded`, `nothing-computed` (no row computed by its rule: 未能核算…).
   */
  readonly code: string;
  readonly message: string;
}

export interface JsonFile {
  readonly file: string;
  readonly sheet: string | null;
  readonly output: string | null;
  readonly total: number | null;
  readonly maxTotal: number | null;
  /** When the points do not add up to 100: total ÷ maxTotal × 100, on which the grade is taken. */
  readonly gradedOn: number | null;
  readonly grade: string | null;
  readonly complete: boolean;
  /** Rows computed by their rules, and rows whose typed score is only kept (核算 N 项，保留填写得分 M 项); null when not scored. */
  readonly rowsComputed: number | null;
  readonly rowsKept: number | null;
  readonly rows: readonly JsonRow[];
  readonly issues: readonly JsonIssue[];
  /**
   * The report's 评价结论, 存在问题 and 改进措施 as text (what the 评价结论 sheet holds); null when nothing
   * was scored. Given by the caller: this module is loaded before any file is read, the scorer is not.
   */
  readonly conclusion: string | null;
  /** The Word report written with --report docx (an absolute path); absent without it. */
  readonly document?: string;
}

export interface JsonDocument {
  readonly files: readonly JsonFile[];
  /** The summary workbook (an absolute path), when several files were scored. */
  readonly summary?: string;
  /** Paths given that hold nothing to score (a folder without workbooks), each with what to do. */
  readonly problems?: readonly { readonly path: string; readonly message: string }[];
}

/** At most two decimals, as a plain JSON number. */
export function num2(d: Decimal): number {
  return d.toDecimalPlaces(2).toNumber();
}

export function jsonIssue(i: Issue): JsonIssue {
  return {
    severity: i.severity,
    cell: i.cell,
    ...(i.sheet !== undefined ? { sheet: i.sheet } : {}),
    code: i.code,
    message: i.message,
  };
}

const keptOf = (r: RowResult): KeptScore | null => (r.status === 'full' || r.status === 'deducted' ? r.kept : null);

export function jsonRow(r: RowResult): JsonRow {
  return {
    cell: r.cell,
    level1: r.level1,
    level2: r.level2,
    indicator: r.indicator,
    points: r.points === null ? null : r.points.toNumber(),
    score: r.score === null ? null : num2(r.score),
    previous: r.typedScore === null ? null : num2(r.typedScore),
    status: r.status,
    deduction: r.deduction === null ? null : num2(r.deduction),
    kept: keptOf(r) !== null,
    keptBecause: keptOf(r)?.because ?? null,
    typedScorePossible: keptOf(r)?.possible ?? null,
    explanation: r.explanation,
  };
}

export function jsonFile(
  file: string,
  output: string | null,
  result: ScoreResult | null,
  fileIssues: readonly JsonIssue[],
  conclusion: string | null = null,
): JsonFile {
  const n = counts(result);
  if (!result) {
    return { file, sheet: null, output, total: null, maxTotal: null, gradedOn: null, grade: null, complete: false, rowsComputed: null, rowsKept: null, rows: [], issues: fileIssues, conclusion: null };
  }
  return {
    file,
    sheet: result.sheet,
    output,
    // No table found: nothing was scored, so there is no total (never a zero).
    total: result.layout ? num2(result.total) : null,
    maxTotal: result.layout ? num2(result.maxTotal) : null,
    gradedOn: result.gradedOn === null ? null : num2(result.gradedOn),
    grade: result.grade,
    complete: result.complete,
    rowsComputed: result.layout ? n.computed : null,
    rowsKept: result.layout ? n.kept : null,
    rows: result.rows.map(jsonRow),
    issues: [...result.issues.map(jsonIssue), ...fileIssues],
    conclusion,
  };
}

/** Where the document goes: stdout, which on a pipe buffers what the reader has not taken yet. */
export interface JsonOut {
  /** False when the text was buffered beyond the stream's mark: wait for 'drain' before more. */
  write(text: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

/**
 * The `--json` document written as the files come: the same text as JSON.stringify(doc, null, 2),
 * without holding every file's rows until the end.
 */
export class JsonDocumentWriter {
  private count = 0;

  constructor(private readonly out: JsonOut) {}

  /** Writes one file's entry; done when the stream has taken it, so a slow reader never leaves a folder's rows queued here. */
  async file(f: JsonFile): Promise<void> {
    let pending = this.count === 0 ? '{\n  "files": [\n    ' : ',\n    ';
    this.count++;
    for (const piece of indentedJson(f, '    ')) {
      pending += piece;
      if (pending.length >= WRITE_CHUNK) {
        await this.write(pending);
        pending = '';
      }
    }
    if (pending) await this.write(pending);
  }

  private async write(text: string): Promise<void> {
    const once = this.out.once?.bind(this.out);
    if (this.out.write(text) === false && once) await new Promise<void>((resolve) => once('drain', resolve));
  }

  end(summary?: string, problems: JsonDocument['problems'] = []): void {
    const files = this.count === 0 ? '{\n  "files": []' : '\n  ]';
    const listed = problems.length ? `,\n  "problems": ${JSON.stringify(problems, null, 2).replace(/\n/g, '\n  ')}` : '';
    this.out.write(`${files}${summary !== undefined ? `,\n  "summary": ${JSON.stringify(summary)}` : ''}${listed}\n}\n`);
  }
}

/** Characters gathered before a write: a 50,000-row sheet goes out in pieces, never as one string. */
const WRITE_CHUNK = 1 << 16;

/**
 * `JSON.stringify(value, null, 2)` with every line after the first indented by `indent`, in pieces:
 * an object's array fields an item at a time. The text is the same; what a large sheet's rows would
 * have cost as one string (twice, with the indenting) is never held.
 */
export function* indentedJson(value: object, indent: string): Generator<string> {
  const field = `${indent}  `;
  const item = `${field}  `;
  const nested = (v: unknown, at: string) => (JSON.stringify(v, null, 2) ?? 'null').replace(/\n/g, `\n${at}`);
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [i, [key, v]] of entries.entries()) {
    yield `${i ? ',' : ''}\n${field}${JSON.stringify(key)}: `;
    if (!Array.isArray(v) || v.length === 0) {
      yield nested(v, field);
      continue;
    }
    yield '[';
    for (let j = 0; j < v.length; j++) yield `${j ? ',' : ''}\n${item}${nested(v[j], item)}`;
    yield `\n${field}]`;
  }
  yield `\n${indent}}`;
}
