// The command line's arguments: paths and flags, or a usage error saying what is wrong.
import type { Lang } from '../core';

export interface CliOptions {
  /** `score` (the default) or `restore` (the first word). */
  readonly command: 'score' | 'restore';
  readonly paths: readonly string[];
  readonly out: string | null;
  readonly json: boolean;
  readonly lang: Lang;
  readonly overwriteFormulas: boolean;
  /** Score only this sheet of each workbook; null: every indicator sheet. */
  readonly sheet: string | null;
  /** Append a 扣分原因 column for the explanations where the sheet has none (so they print). */
  readonly explainColumn: boolean;
  /** Replace an existing output even when it is not our unchanged earlier one (never an input). */
  readonly force: boolean;
  /** Write the 评价结论 sheet into each scored workbook (`--no-report` turns it off). */
  readonly reportSheet: boolean;
  /** Also write the report as a Word document beside each output (`--report docx`). */
  readonly reportDocx: boolean;
  /** Worker threads for a folder; null: as many as the machine has cores (one in process). */
  readonly jobs: number | null;
  readonly help: boolean;
}

export type UsageProblem =
  | { readonly kind: 'unknown-flag'; readonly flag: string }
  | { readonly kind: 'missing-value'; readonly flag: string }
  | { readonly kind: 'bad-lang'; readonly value: string }
  | { readonly kind: 'bad-jobs'; readonly value: string }
  | { readonly kind: 'bad-report'; readonly value: string }
  | { readonly kind: 'bad-source-date-epoch'; readonly value: string };

export type ParsedArgs =
  | { readonly ok: true; readonly options: CliOptions }
  | { readonly ok: false; readonly problem: UsageProblem; readonly lang: Lang };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const command = argv[0] === 'restore' ? 'restore' : 'score';
  if (argv[0] === 'restore' || argv[0] === 'score') argv = argv.slice(1);
  const paths: string[] = [];
  let out: string | null = null;
  let json = false;
  let lang: Lang = 'zh';
  let overwriteFormulas = false;
  let sheet: string | null = null;
  let explainColumn = false;
  let force = false;
  let reportSheet = true;
  let reportDocx = false;
  let jobs: number | null = null;
  let help = false;
  let problem: UsageProblem | null = null;
  let onlyPaths = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : null;
    const value = (): string | null => {
      if (inline !== null) return inline === '' ? null : inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return null;
      i++;
      return next;
    };
    switch (flag) {
      case '--out':
      case '-o': {
        const v = value();
        if (v === null) problem ??= { kind: 'missing-value', flag };
        else out = v;
        break;
      }
      case '--lang': {
        const v = value();
        if (v === null) problem ??= { kind: 'missing-value', flag };
        else if (v === 'zh' || v === 'en') lang = v;
        else problem ??= { kind: 'bad-lang', value: v };
        break;
      }
      case '--json':
        if (inline !== null) problem ??= { kind: 'unknown-flag', flag: arg };
        json = true;
        break;
      case '--jobs':
      case '-j': {
        const v = value();
        if (v === null) problem ??= { kind: 'missing-value', flag };
        else if (/^[1-9]\d{0,2}$/.test(v)) jobs = Number(v);
        else problem ??= { kind: 'bad-jobs', value: v };
        break;
      }
      case '--sheet': {
        const v = value();
        if (v === null) problem ??= { kind: 'missing-value', flag };
        else sheet = v;
        break;
      }
      case '--explain-column':
        if (inline !== null) problem ??= { kind: 'unknown-flag', flag: arg };
        explainColumn = true;
        break;
      case '--no-report':
        if (inline !== null) problem ??= { kind: 'unknown-flag', flag: arg };
        reportSheet = false;
        break;
      case '--report': {
        const v = value();
        if (v === null) problem ??= { kind: 'missing-value', flag };
        else if (v === 'docx') reportDocx = true;
        else problem ??= { kind: 'bad-report', value: v };
        break;
      }
      case '--force':
        if (inline !== null) problem ??= { kind: 'unknown-flag', flag: arg };
        force = true;
        break;
      case '--overwrite-formulas':
        if (inline !== null) problem ??= { kind: 'unknown-flag', flag: arg };
        overwriteFormulas = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        problem ??= { kind: 'unknown-flag', flag: arg };
    }
  }
  if (problem) return { ok: false, problem, lang };
  return { ok: true, options: { command, paths, out, json, lang, overwriteFormulas, sheet, explainColumn, force, reportSheet, reportDocx, jobs, help } };
}
