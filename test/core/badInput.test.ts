// SPEC §3: each kind of bad input is an error on its own row, naming the cell and saying what to
// fix, and the rest of the sheet still scores. Every test starts from the sample workbook as the
// finance office keeps it (examples/2019-shezhiwei.xlsx) and changes exactly one input.
import type { CellValue, IssueCode, Lang, ScoreResult, SheetGrid, Workbook } from '../../src/core';
import { scoreWorkbook, formatDecimal } from '../../src/core';
import { cellAt, loadSample, withCell, withoutRowLabelled } from '../support/arbitraries';

// Each test scores its own baseline: a result kept from one test to the next would, under mutation
// testing, be one mutant's reading judged against another's.
const scoredSample = async (lang: Lang): Promise<ScoreResult> => scoreWorkbook(await loadSample(), { lang });

test('the unchanged sample scores every row (the baseline the other tests compare with)', async () => {
  const r = await scoredSample('zh');
  expect(r.complete).toBe(true);
  expect(r.rows).toHaveLength(22);
  expect(formatDecimal(r.total)).toBe('99.25');
  expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
});

interface BadInput {
  readonly kind: string;
  /** The row's 得分 cell. */
  readonly row: string;
  readonly change: (wb: Workbook) => Workbook;
  readonly code: IssueCode;
  /** Where the error issue points, and on which sheet (undefined: the indicator sheet). */
  readonly issueCell: string;
  readonly issueSheet?: string;
  /** Words the explanation must contain, per language: the cell, the bad value, what to do. */
  readonly words: Record<Lang, readonly string[]>;
}

const onSheet = (address: string, value: CellValue) => (wb: Workbook): Workbook => ({
  ...wb,
  indicatorSheet: withCell(wb.indicatorSheet, address, value),
});
const onBasic = (change: (g: SheetGrid) => SheetGrid) => (wb: Workbook): Workbook => ({
  ...wb,
  basicData: change(wb.basicData!),
});
/** Both changes; a missing input is an error where no score is typed (with one, the row is kept: below). */
const both = (a: (wb: Workbook) => Workbook, b: (wb: Workbook) => Workbook) => (wb: Workbook): Workbook => b(a(wb));

const CASES: readonly BadInput[] = [
  {
    kind: 'text where a number is needed: 若干 problems in 资金使用合规性',
    row: 'H10',
    change: onSheet('G10', '若干'),
    code: 'not-a-number',
    issueCell: 'G10',
    words: { zh: ['G10', '若干', '请改为数字'], en: ['G10', '若干', 'enter a number'] },
  },
  {
    kind: 'a negative count: -1 problems in 采购规范性',
    row: 'H13',
    change: onSheet('G13', -1),
    code: 'negative-value',
    issueCell: 'G13',
    words: { zh: ['G13', '-1', '负数', '请更正'], en: ['G13', '-1', 'negative'] },
  },
  {
    kind: 'more 是/否 answers than criteria: 是,是,否 for the two-criterion 财务监控有效性',
    row: 'H11',
    change: onSheet('G11', '是,是,否'),
    code: 'too-many-answers',
    issueCell: 'G11',
    words: { zh: ['G11', '3个回答', '2项', '逐项填写'], en: ['G11', '3 answers', '2 criteria', 'answer 是 or 否 for each'] },
  },
  {
    kind: 'a rate that cannot exceed 100% above it: 满意度 105%',
    row: 'H17',
    change: onSheet('G17', '105%'),
    code: 'rate-above-100',
    issueCell: 'G17',
    words: { zh: ['G17', '105%', '不能超过100%', '请核对'], en: ['G17', '105%', 'cannot exceed 100%'] },
  },
  {
    kind: 'a label the rule names missing from 基础数据: 中期评估调整取消资金 deleted, no score typed in H4',
    row: 'H4',
    change: both(onBasic((g) => withoutRowLabelled(g, '中期评估调整取消资金')), onSheet('H4', null)),
    code: 'missing-label',
    issueCell: 'F4',
    words: {
      zh: ['基础数据中没有“中期评估调整取消资金”', '请在基础数据表补充', 'G4'],
      en: ['basic-data sheet has no "中期评估调整取消资金"', 'add it there', 'G4'],
    },
  },
  {
    kind: 'a divisor of zero in 基础数据: 所有固定资产总额 = 0 under 固定资产在用率',
    row: 'H14',
    change: onBasic((g) => withCell(g, 'B16', 0)),
    code: 'division-by-zero',
    // The zero is in 基础数据!B16: that is the cell to fix, so that is the cell named.
    issueCell: 'B16',
    issueSheet: '基础数据',
    words: { zh: ['除数为0', '所有固定资产总额', '基础数据!B16', '为0', '请核对'], en: ['Division by zero', '所有固定资产总额', '基础数据!B16', 'is 0', 'check'] },
  },
  // The same kinds reached another way on the sample: through a 基础数据 figure instead of the row's own cell.
  {
    kind: 'a capped rate above 100% computed from 基础数据: 实际在用固定资产总额 70 > 所有固定资产总额 67.05',
    row: 'H14',
    change: onBasic((g) => withCell(g, 'B15', 70)),
    code: 'rate-above-100',
    issueCell: 'F14',
    words: { zh: ['固定资产在用率', '104.4%', '不能超过100%'], en: ['固定资产在用率', '104.4%', 'cannot exceed 100%'] },
  },
  {
    kind: 'a label missing from 基础数据 under a tiers rule: 财政拨款执行数 deleted, no score typed in H5',
    row: 'H5',
    change: both(onBasic((g) => withoutRowLabelled(g, '财政拨款执行数')), onSheet('H5', null)),
    code: 'missing-label',
    issueCell: 'F5',
    words: { zh: ['“财政拨款执行数”', '请在基础数据表补充'], en: ['"财政拨款执行数"', 'add it there'] },
  },
  {
    kind: 'a divisor of zero in a 指标得分= formula: 预算资金总来源 = 0',
    row: 'H4',
    change: onBasic((g) => withCell(g, 'B4', 0)),
    code: 'division-by-zero',
    issueCell: 'B4',
    issueSheet: '基础数据',
    words: { zh: ['除数为0', '预算资金总来源', '基础数据!B4', '请核对'], en: ['Division by zero', '预算资金总来源', '基础数据!B4'] },
  },
];

describe.each(CASES)('$kind', (c) => {
  test.each(['zh', 'en'] as const)('lang %s: the row is an error naming the cell; the other rows score as before', async (lang) => {
    const before = await scoredSample(lang);
    const changed = c.change(await loadSample());
    const result = scoreWorkbook(changed, { lang });

    const row = result.rows.find((r) => r.cell === c.row);
    expect(row).toBeDefined();
    expect(row!.status).toBe('error');
    expect(row!.score).toBeNull();
    for (const w of c.words[lang]) expect(row!.explanation).toContain(w);

    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: c.code, cell: c.issueCell, message: row!.explanation });
    expect(errors[0].sheet).toBe(c.issueSheet);

    // Every other row: same status, same score, same explanation; the total drops by this row's score only.
    const others = (r: ScoreResult) => r.rows.filter((x) => x.cell !== c.row);
    expect(others(result).map((r) => [r.cell, r.status, r.score?.toFixed(2) ?? null, r.explanation])).toEqual(
      others(before).map((r) => [r.cell, r.status, r.score?.toFixed(2) ?? null, r.explanation]),
    );
    const wasThisRow = before.rows.find((r) => r.cell === c.row)!.score!;
    expect(result.total.equals(before.total.minus(wasThisRow))).toBe(true);
    expect(result.complete).toBe(false);
    expect(result.grade).toBeNull();
  });
});

test('a missing label beside a typed score: the row keeps the typed score, unverified, naming the label that would verify it', async () => {
  const before = await scoredSample('zh');
  const result = scoreWorkbook(onBasic((g) => withoutRowLabelled(g, '中期评估调整取消资金'))(await loadSample()), { lang: 'zh' });
  const row = result.rows.find((r) => r.cell === 'H4')!;
  expect(row).toMatchObject({ status: 'deducted', kept: { because: 'unverified', possible: true } });
  expect(row.explanation).toBe('保留填写得分4.75分（未核算：在基础数据中补充“中期评估调整取消资金”后可核算；按评分标准可得此分）');
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(result.complete).toBe(true);
  expect(result.grade).toBe('优');
  expect(formatDecimal(result.total)).toBe(formatDecimal(before.total));
});

test('the changed inputs really are the sample cells the cases describe', async () => {
  const sample = await loadSample();
  // Guards the cases above against a sample whose layout moved: each changed cell held a good input.
  expect(cellAt(sample.indicatorSheet, 'C10')).toBe('资金使用合规性');
  expect(cellAt(sample.indicatorSheet, 'G10')).toBe(0);
  expect(cellAt(sample.indicatorSheet, 'C13')).toBe('采购规范性');
  expect(cellAt(sample.indicatorSheet, 'G11')).toBe('是,是');
  expect(cellAt(sample.indicatorSheet, 'C17')).toMatch(/满意度$/);
  expect(cellAt(sample.basicData!, 'A16')).toBe('所有固定资产总额');
  expect(cellAt(sample.basicData!, 'B16')).toBe(67.05);
});
