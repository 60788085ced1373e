// The report's sentences in each language: one catalogue shape, a Chinese and an English one. What a
// sentence says is decided in ./build; how it is worded is here.
import type { Subject } from './subject';

/** Rows whose score waits on a person: the reason, for a headline or the list of what is still open. */
export interface Pending {
  readonly review: number;
  readonly manual: number;
  readonly error: number;
}

export type Open = 'review' | 'manual' | 'error';

export interface ReportWords {
  readonly headings: readonly [string, string, string];
  /** `（一）` / `(1) `: a section's number in the text a person pastes under the report's 五、评价结论及措施. */
  sectionNumber(i: number): string;
  /** `一、` / `1. `: a section's number in a document of its own. */
  documentNumber(i: number): string;
  title(s: Subject): string;
  readonly draftNote: string;
  subject(s: Subject): string;
  score(figure: string): string;

  // 评价结论
  graded(subject: string, total: string, basis: string | null, grade: string, typed: boolean): string;
  partial(subject: string, total: string, max: string, p: Pending): string;
  basis(max: string, gradedOn: string): string;
  execution(budget: string, spent: string, rate: string, initial: boolean, unit: string | null, score: string | null, points: string): string;
  /** The budget row in 存在问题: its rate and what was left unspent. */
  unspent(rate: string, unspent: string, unit: string | null): string;
  readonly inDetail: string;
  /** An area for a table without level-1 names. */
  readonly unnamedArea: string;
  area(n: number, name: string): string;
  part(label: string, score: string): string;
  partWithRows(label: string, score: string | null, rows: readonly string[]): string;
  open(name: string, why: Open): string;
  readonly listSep: string;
  readonly partSep: string;
  readonly clauseSep: string;
  /** A name and what it shows: `部门总体执行进度为97.38%…` / `预算安排准确性：…`. */
  shows(name: string, finding: string): string;
  /** A deduction: the name, what it shows (or nothing more), the points lost. */
  lost(name: string, finding: string, lost: string): string;
  keptLost(name: string, score: string, lost: string): string;
  same(names: readonly string[], finding: string): string;
  /** What a part's rows achieved: `市民云服务平台专项工作：任务完成率为100%，…`. */
  inPart(part: string, items: readonly string[]): string;
  judgement(names: readonly string[]): string;
  unverified(names: readonly string[]): string;
  areaTotal(total: string, clean: boolean, complete: boolean): string;
  sentence(text: string): string;
  /** A measure the office wrote, ended as a sentence (`…。`, `….`), as typed otherwise. */
  stop(text: string): string;
  /** Between two sentences of a paragraph: nothing in Chinese, a space in English. */
  readonly sentenceGap: string;
  /** Between the causes the office gave for a deduction. */
  readonly causeSep: string;

  // 存在问题
  readonly problemsIntro: string;
  numbered(n: number, heading: string, text: string): string;
  keptProblem(name: string, score: string, points: string, lost: string, explained: boolean): string;
  cause(statement: string, cause: string): string;
  readonly typedHeading: string;
  typedChanged(name: string, typed: string, computed: string): string;
  typedImpossible(name: string, typed: string): string;
  typedTotal(typed: string, computed: string): string;
  stillOpen(items: readonly string[]): string;
  openItem(name: string, why: Open): string;
  readonly noProblems: string;

  // 改进措施
  readonly typedMeasure: readonly [string, string];
  readonly unverifiedMeasure: readonly [string, string];
  readonly keepGoing: readonly [string, string];
  names(names: readonly string[]): string;
}

const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const joinZh = (names: readonly string[]) => names.join('、');

/** `为…`, `未…`, `达…` read on from a name; anything else (`因公出国（境）经费…`) after a colon. */
const READS_ON = /^(?:为|未|达|均|所|按|属|完成|发现|实际|较|以|于|在|得分)/;

export const ZH_WORDS: ReportWords = {
  headings: ['评价结论', '存在问题', '改进措施'],
  sectionNumber: (i) => `（${CN_NUMBERS[i]}）`,
  documentNumber: (i) => `${CN_NUMBERS[i]}、`,
  title: (s) =>
    s.kind === 'project'
      ? `${s.project ? `“${s.project}”` : ''}${s.year ? `${s.year}年度` : ''}项目支出绩效自评报告`
      : `${s.year ? `${s.year}年度` : ''}部门整体支出绩效自评报告`,
  draftNote: '本稿按评分结果起草，请结合本单位实际修改后使用。',
  subject: (s) => {
    const year = s.year ? `${s.year}年度` : '';
    if (s.kind === 'project') return `${s.unit ?? '本单位'}${s.project ? `“${s.project}”` : ''}${year}项目支出绩效`;
    return `${s.unit ?? '本单位'}${year}部门整体支出绩效`;
  },
  score: (f) => `${f}分`,

  graded: (subject, total, basis, grade, typed) =>
    typed
      ? `按各项自评得分计，${subject}自评得分为${total}分${basis ?? ''}，评价等级为“${grade}”；各项得分均为表中自评填写，表中未列完成值，尚未对照评分标准核实。`
      : `根据评分标准，${subject}自评得分为${total}分${basis ?? ''}，评价等级为“${grade}”。`,
  partial: (subject, total, max, p) => {
    const open = [
      p.error ? `${p.error}项指标数据有误` : '',
      p.manual ? `${p.manual}项指标尚待评定` : '',
      p.review ? `${p.review}项指标的完成情况与自评得分不符、需复核` : '',
    ].filter(Boolean);
    return `根据评分标准，${subject}已评指标得分为${total}分（满分${max}分），另有${open.join('，')}，暂不评定等级。`;
  },
  basis: (max, gradedOn) => `（各指标分值合计${max}分，折合百分制${gradedOn}分）`,
  execution: (budget, spent, rate, initial, unit, score, points) =>
    `项目${initial ? '年初预算数' : '全年预算数'}${budget}${unit ?? ''}，全年执行数${spent}${unit ?? ''}，预算执行率${rate}，` +
    (score === null ? '尚未评分。' : `得${score}分（分值${points}分）。`),
  unspent: (rate, unspent, unit) => `为${rate}，尚有${unspent}${unit ?? ''}未执行`,
  inDetail: '具体情况如下：',
  unnamedArea: '绩效指标',
  area: (n, name) => `${n}. ${name}方面，`,
  part: (label, score) => `${label}得${score}分`,
  partWithRows: (label, score, rows) => `${label}${score === null ? '已评' : ''}得${score ?? ''}分，其中${rows.join('、')}`,
  open: (name, why) => `${name}${why === 'error' ? '数据有误，尚未评分' : why === 'review' ? '的完成情况与自评得分不符，需复核' : '尚待评定'}`,
  listSep: '，',
  partSep: '；',
  clauseSep: '；',
  shows: (name, finding) => `${name}${READS_ON.test(finding) ? '' : '：'}${finding}`,
  lost: (name, finding, lost) => (finding ? `${ZH_WORDS.shows(name, finding)}，扣${lost}分` : `${name}扣${lost}分`),
  keptLost: (name, score, lost) => `${name}自评得${score}分，扣${lost}分`,
  same: (names, finding) => `${joinZh(names)}${names.length > 1 && !/^均/.test(finding) ? '均' : ''}${READS_ON.test(finding) ? '' : '：'}${finding}`,
  inPart: (part, items) => `${part}：${items.join('，')}`,
  judgement: (names) => `${joinZh(names)}为定性指标，按自评得分计`,
  unverified: (names) => `${joinZh(names)}表中未填写完成值，按自评得分计，尚待核实`,
  areaTotal: (total, clean, complete) => (complete ? `共计得分${total}分${clean ? '，无扣分项目' : ''}。` : `已评指标共计得分${total}分。`),
  sentence: (text) => `${text}。`,
  stop: (text) => `${text}。`,
  sentenceGap: '',
  causeSep: '，',

  problemsIntro: '结合评分结果，存在以下问题：',
  numbered: (n, heading, text) => `${n}. ${heading}。${text}${text === '' || /[。！]$/.test(text) ? '' : '。'}`,
  keptProblem: (name, score, points, lost, explained) => `${name}自评得${score}分（分值${points}分），扣${lost}分${explained ? '' : '，表中未说明扣分原因'}`,
  cause: (statement, cause) => `${statement}，原因是${cause}`,
  typedHeading: '自评打分与评分标准不一致',
  typedChanged: (name, typed, computed) => `${name}自评${typed}分，按评分标准应为${computed}分`,
  typedImpossible: (name, typed) => `${name}自评${typed}分，不是评分标准能给出的得分，需核实`,
  typedTotal: (typed, computed) => `自评总分${typed}分，按评分标准为${computed}分`,
  stillOpen: (items) => `另有${items.length}项指标尚未评定：${items.join('；')}，评定后再补充。`,
  openItem: (name, why) => `${name}（${why === 'error' ? '数据有误' : why === 'review' ? '完成情况与自评得分不符' : '需结合实际情况评定'}）`,
  noProblems: '对照评分标准，各项指标均达到要求，未发现扣分事项。',

  typedMeasure: ['规范自评打分', '对照评分标准逐项核对自评得分，并附完成值等佐证材料，确保自评结果准确。'],
  unverifiedMeasure: ['补齐自评依据', '在自评表中填写各项指标的实际完成值，使每项得分都能对照评分标准核实。'],
  keepGoing: ['巩固绩效管理成果', '继续按绩效目标跟踪项目实施和资金支出，及时发现和纠正偏差。'],
  names: joinZh,
};

const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

const joinEn = (names: readonly string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

export const EN_WORDS: ReportWords = {
  headings: ['Conclusion', 'Problems found', 'Improvement measures'],
  sectionNumber: (i) => `(${i + 1}) `,
  documentNumber: (i) => `${i + 1}. `,
  title: (s) => `${s.year ? `${s.year} ` : ''}${s.kind === 'project' ? `project expenditure performance self-evaluation report${s.project ? `: ${s.project}` : ''}` : 'overall expenditure performance self-evaluation report'}`,
  draftNote: 'Drafted from the scores: revise it to fit the unit before use.',
  subject: (s) => {
    const year = s.year ? `${s.year} ` : '';
    if (s.kind === 'project') return `the ${year}project expenditure${s.project ? ` of “${s.project}”` : ''}${s.unit ? ` (${s.unit})` : ''}`;
    return `the ${year}overall expenditure${s.unit ? ` of ${s.unit}` : ''}`;
  },
  score: (f) => f,

  graded: (subject, total, basis, grade, typed) =>
    typed
      ? `By the scores typed in the table, ${subject} scores ${total}${basis ?? ' out of 100'}, grade “${grade}”; every score is the office's own, with no actual values to check it against.`
      : `Under the scoring standard, ${subject} scores ${total}${basis ?? ' out of 100'}, grade “${grade}”.`,
  partial: (subject, total, max, p) => {
    const open = [
      p.error ? `${p.error} indicator(s) have input errors` : '',
      p.manual ? `${p.manual} indicator(s) are still to be scored` : '',
      p.review ? `${p.review} indicator(s) need review (the result contradicts the typed score)` : '',
    ].filter(Boolean);
    return `Under the scoring standard, the indicators of ${subject} scored so far total ${total} out of ${max}; ${open.join(', ')}, so no grade is given yet.`;
  },
  basis: (max, gradedOn) => ` (the points add up to ${max}; on a scale of 100, ${gradedOn})`,
  execution: (budget, spent, rate, initial, unit, score, points) =>
    `The project's ${initial ? 'initial' : 'full-year'} budget was ${budget}${unit ? ` ${unit}` : ''} and ${spent}${unit ? ` ${unit}` : ''} was spent: execution ${rate}, ` +
    (score === null ? 'not scored yet.' : `${score} of ${points} points.`),
  unspent: (rate, unspent, unit) => `${rate}, ${unspent}${unit ? ` ${unit}` : ''} left unspent`,
  inDetail: 'In detail:',
  unnamedArea: 'Indicators',
  area: (n, name) => `${n}. ${name}: `,
  part: (label, score) => `${label} ${score}`,
  partWithRows: (label, score, rows) => `${label} ${score ?? 'so far'} (${rows.join(', ')})`,
  open: (name, why) => `${name} ${why === 'error' ? 'not scored (input error)' : why === 'review' ? 'to review' : 'still to be scored'}`,
  listSep: ', ',
  partSep: '; ',
  clauseSep: '; ',
  shows: (name, finding) => `${name}: ${finding}`,
  lost: (name, finding, lost) => (finding ? `${name}: ${finding}, ${lost} lost` : `${name}: ${lost} lost`),
  keptLost: (name, score, lost) => `${name} self-scored ${score}, ${lost} lost`,
  same: (names, finding) => `${joinEn(names)}: ${finding}`,
  inPart: (part, items) => `${part}: ${items.join(', ')}`,
  judgement: (names) => `${joinEn(names)}: qualitative, counted at the office's own score`,
  unverified: (names) => `${joinEn(names)}: no actual value in the table, counted at the office's own score, to be checked`,
  areaTotal: (total, clean, complete) => (complete ? `Subtotal ${total}${clean ? ', no points lost' : ''}.` : `Subtotal of the indicators scored so far: ${total}.`),
  sentence: (text) => `${capital(text)}. `,
  stop: (text) => `${text}.`,
  sentenceGap: ' ',
  causeSep: '; ',

  problemsIntro: 'Comparing the scores with the standard:',
  numbered: (n, heading, text) => `${n}. ${heading}. ${capital(text)}${text === '' || /\.$/.test(text) ? '' : '.'}`,
  keptProblem: (name, score, points, lost, explained) => `${name} self-scored ${score} of ${points}, ${lost} lost${explained ? '' : '; the table gives no reason'}`,
  cause: (statement, cause) => `${statement}, because: ${cause}`,
  typedHeading: 'The self-scoring departs from the standard',
  typedChanged: (name, typed, computed) => `${name} self-scored ${typed}, the standard gives ${computed}`,
  typedImpossible: (name, typed) => `${name} self-scored ${typed}, which the standard cannot give; to be checked`,
  typedTotal: (typed, computed) => `the self-scored total ${typed} is ${computed} by the standard`,
  stillOpen: (items) => `${items.length} more indicator(s) are still to be scored: ${items.join('; ')}; their problems follow once they are.`,
  openItem: (name, why) => `${name} (${why === 'error' ? 'input error' : why === 'review' ? 'result contradicts the typed score' : 'to be judged'})`,
  noProblems: 'Every indicator meets the scoring standard; no points were lost.',

  typedMeasure: ['Score by the standard', 'Check each self-score against the scoring standard and attach the actual values behind it.'],
  unverifiedMeasure: ['Record the evidence', 'Fill in every indicator’s actual value in the table, so that each score can be checked against the standard.'],
  keepGoing: ['Keep up the performance management', 'Keep tracking the work and the spending against the targets, and correct any deviation early.'],
  names: joinEn,
};
