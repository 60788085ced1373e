// The command line's arguments: paths and flags, or a usage error saying what is wrong. The flags are
// a table — each one's names, whether it takes a value and what it does with it, and its line in --help
// in each language — read by one loop.
//
// Not node's util.parseArgs: a flag that takes a value followed by another flag (`--out --lang en`) is
// either given that flag as its value (strict: false) or ends the parse at once (strict: true), and the
// usage error is then said without the --lang asked for after it. Here the value is missing, and the
// rest is still read.
import type { Lang } from '../core';
import { displayWidth } from './table';

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

type Draft = { -readonly [K in keyof CliOptions]: CliOptions[K] };

/** What a flag does: a switch (given `--flag=value`, refused as unknown — or, for --help, the value ignored), or a value read (a problem when it is not one the flag takes). */
type Takes =
  | { readonly kind: 'switch'; readonly set: (o: Draft) => void; readonly inline?: 'ignored' }
  | { readonly kind: 'value'; readonly read: (value: string, o: Draft) => UsageProblem | void };

const on = (set: (o: Draft) => void): Takes => ({ kind: 'switch', set });
const valued = (read: (value: string, o: Draft) => UsageProblem | void): Takes => ({ kind: 'value', read });

/** A flag's line in --help: its names as shown, and what it does (a line each where it wraps). */
type HelpLine = readonly [names: string, ...text: string[]];

interface Flag {
  /** The long name first. */
  readonly names: readonly string[];
  readonly takes: Takes;
  readonly help: Readonly<Record<Lang, HelpLine>>;
}

/** Every flag, in the order --help lists them. */
const FLAGS: readonly Flag[] = [
  {
    names: ['--out', '-o'],
    takes: valued((v, o) => {
      o.out = v;
    }),
    help: { zh: ['--out 目录, -o 目录', '写出评分结果的目录（不存在时自动创建）'], en: ['--out DIR, -o DIR', 'folder for the scored workbooks (created when missing)'] },
  },
  { names: ['--json'], takes: on((o) => (o.json = true)), help: { zh: ['--json', '在标准输出打印一个 JSON 文档（不打印其他内容）'], en: ['--json', 'print one JSON document on stdout (and nothing else there)'] } },
  {
    names: ['--lang'],
    takes: valued((v, o) => {
      if (v !== 'zh' && v !== 'en') return { kind: 'bad-lang', value: v };
      o.lang = v;
    }),
    help: { zh: ['--lang zh|en', '说明与提示的语言（默认 zh）'], en: ['--lang zh|en', 'language of explanations and messages (default zh)'] },
  },
  {
    names: ['--sheet'],
    takes: valued((v, o) => {
      o.sheet = v;
    }),
    help: { zh: ['--sheet 名称', '只评分这个工作表（默认评分所有指标表）'], en: ['--sheet NAME', 'score only this sheet (default: every indicator sheet)'] },
  },
  { names: ['--explain-column'], takes: on((o) => (o.explainColumn = true)), help: { zh: ['--explain-column', '表中没有“扣分原因”列时，在表格右侧加一列写出扣分说明（便于打印）'], en: ['--explain-column', 'where the sheet has no 扣分原因 column, append one right of the table with', 'the explanations (so that they print)'] } },
  {
    names: ['--report'],
    takes: valued((v, o) => {
      if (v !== 'docx') return { kind: 'bad-report', value: v };
      o.reportDocx = true;
    }),
    help: { zh: ['--report docx', '另写出 <名称>.自评报告.docx（Word 格式的报告草稿）'], en: ['--report docx', "also write <name>.自评报告.docx, the report's draft as a Word document"] },
  },
  { names: ['--no-report'], takes: on((o) => (o.reportSheet = false)), help: { zh: ['--no-report', '不在评分结果中写入“评价结论”工作表'], en: ['--no-report', 'write no 评价结论 sheet into the scored workbooks'] } },
  { names: ['--overwrite-formulas'], takes: on((o) => (o.overwriteFormulas = true)), help: { zh: ['--overwrite-formulas', '得分单元格中的公式也用计算结果覆盖（默认保留公式并给出警告）'], en: ['--overwrite-formulas', 'replace a formula in a score cell by the computed score (default: keep', 'the formula, with a warning)'] } },
  { names: ['--force'], takes: on((o) => (o.force = true)), help: { zh: ['--force', '已有的同名结果文件即使不是本程序写出的原样文件也替换（输入文件除外）'], en: ['--force', 'replace an existing output of the same name even when it is not this', "program's unchanged output (never an input)"] } },
  {
    names: ['--jobs', '-j'],
    takes: valued((v, o) => {
      if (!/^[1-9]\d{0,2}$/.test(v)) return { kind: 'bad-jobs', value: v };
      o.jobs = Number(v);
    }),
    help: { zh: ['--jobs N, -j N', '文件夹评分时使用的线程数（默认为 CPU 核心数减一，至少 1）'], en: ['--jobs N, -j N', "threads for a folder (default: the machine's cores less one, at least 1)"] },
  },
  {
    names: ['--help', '-h'],
    takes: { kind: 'switch', set: (o) => (o.help = true), inline: 'ignored' },
    help: { zh: ['-h, --help', '显示本帮助（英文：--help --lang en）'], en: ['-h, --help', 'this help (Chinese: --help --lang zh)'] },
  },
];

const BY_NAME = new Map(FLAGS.flatMap((f) => f.names.map((n) => [n, f] as const)));

/** Where a flag's text starts in --help, in columns. */
const HELP_TEXT_AT = 26;

/** The flags' lines of --help, in the table's order: names, then the text from column 26 (its wrapped lines there too). */
export function flagsHelp(lang: Lang): string {
  return FLAGS.map(({ help }) => {
    const [names, ...text] = help[lang];
    const first = `  ${names}`;
    const lines = [`${first}${' '.repeat(Math.max(1, HELP_TEXT_AT - displayWidth(first)))}${text[0]}`, ...text.slice(1).map((t) => `${' '.repeat(HELP_TEXT_AT)}${t}`)];
    return lines.join('\n');
  }).join('\n');
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const command = argv[0] === 'restore' ? 'restore' : 'score';
  if (argv[0] === 'restore' || argv[0] === 'score') argv = argv.slice(1);
  const paths: string[] = [];
  const o: Draft = { command, paths, out: null, json: false, lang: 'zh', overwriteFormulas: false, sheet: null, explainColumn: false, force: false, reportSheet: true, reportDocx: false, jobs: null, help: false };
  // The first problem is the one said; the rest is still read (a --lang after it says it in that language).
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
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : null;
    const flag = BY_NAME.get(name);
    if (!flag) {
      problem ??= { kind: 'unknown-flag', flag: arg };
      continue;
    }
    const takes = flag.takes;
    if (takes.kind === 'switch') {
      if (inline !== null && takes.inline !== 'ignored') problem ??= { kind: 'unknown-flag', flag: arg };
      takes.set(o);
      continue;
    }
    let value: string | null;
    if (inline !== null) value = inline === '' ? null : inline;
    else {
      const next = argv[i + 1];
      value = next === undefined || (next.startsWith('-') && next !== '-') ? null : argv[++i];
    }
    if (value === null) problem ??= { kind: 'missing-value', flag: name };
    else {
      const bad = takes.read(value, o);
      if (bad) problem ??= bad;
    }
  }
  if (problem) return { ok: false, problem, lang: o.lang };
  return { ok: true, options: { ...o } };
}
