// The words finance offices write rules in, each list kept once and named, so that a new phrasing is
// one edit here. Families build their patterns from these pieces; none writes its own word list.
// Every pattern works on text that went through `ruleText` (half-width, ≦ as ≤, figures in digits).
import { D, type Dec } from '../numbers';

/** Alternation of literal words, longest first so `不低于` is tried before `低于`. */
export function anyOf(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

// ── Figures ──────────────────────────────────────────────────────────────────────────────────────
/** A figure: `5`, `0.25`, `12,345`, `.5`. */
export const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** What makes a figure a percentage: `%`, `‰`, `个百分点`. */
export const PERCENT_MARK = String.raw`(?:%|‰|个百分点|百分点)`;
/** Counters of problems or items: `个`, `项`, `处`, `人次` … */
export const COUNTERS = ['个', '项', '处', '点', '例', '次', '条', '份', '家', '起', '笔', '件', '人次', '人', '批', '户', '所', '篇'];
export const COUNTER = `(?:${anyOf(COUNTERS)})`;
/** `个月`, `个工作日`: a counter that begins a span of time, which counts no items (`3个月内未明确的`). */
export const SPAN_AFTER_COUNTER = ['月', '工作日', '小时', '季度', '星期'];
/** A counter of items, not the start of a span of time. */
export const ITEM_COUNTER = `${COUNTER}(?!${anyOf(SPAN_AFTER_COUNTER)})`;

/** A figure as a Decimal-ready string (`12,345` → `12345`). */
export const plainNumber = (text: string): string => text.replace(/,/g, '');

// ── Lists ────────────────────────────────────────────────────────────────────────────────────────
/** Ordinals that number the items of a list: `①`, `一、`, `A、`; digits (`1、`, `(1)`) need none. */
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
export const CHINESE_ORDINALS = '一二三四五六七八九十';
export const LETTER_ORDINALS = 'ABCDEFGHIJ';
/** What may stand right before a list marker written with a digit, letter or numeral: a break, or nothing. */
export const BEFORE_MARKER = String.raw`(?:^|(?<=[\s,，;；。:：]))`;
/** What closes a marker written with a digit, letter or numeral: `1、`, `1.` (not `1.5`), `1)`. */
export const MARKER_CLOSE = String.raw`(?:、|\.(?!\d)|\))`;

/** What may stand before a list of criteria and only say they are scored by the list: `按实现程度计分：`. */
export const LIST_LEAD_INS = [
  '按实现程度计分', '按完成情况计分', '按实际完成情况计分', '按完成程度计分', '按以下标准计分', '按以下标准评分',
  '评分标准', '计分标准', '计分方法', '评分方法', '评分办法', '具体如下', '评分如下', '计分如下', '包括',
];
/** `按…实现程度赋分，即`: a lead-in saying the score follows from what comes after it. */
export const SCORED_AS = String.raw`按[^,，;；。]{0,30}?(?:赋分|计分|评分|打分|记分)[,，:：]?\s*(?:即|如下)?`;
/** What a list of criteria says again of its own arithmetic: `每完成1项取得该项分数`. */
export const EACH_MET_WORTH = String.raw`每(?:完成|满足|符合|达到|具备)(?:1|一)(?:项|条|个)(?:即)?(?:取得|得|计|记|给)(?:该项|相应|对应)(?:的)?(?:分数|分值|分)`;

/** `2分，其中…1分，…1分`: the word that splits a criterion's worth into its parts. */
export const BREAKDOWN = '其中';
/** `若单位无项目，得2分`: an aside for when the split does not apply. */
export const PROVISO = ['若', '如'];
/** `每项1分`, `每一点得2分`: what each item of a list is worth — an item, not an occurrence (`每处`). */
export const EACH_ITEM_WORDS = ['每项', '每一项', '每个', '每条', '每一点', '每点'];
/**
 * As the rule text reads once its numerals are digits (`每一项` → `每1项`; 一 is the only numeral these
 * words hold). Not through `digitsForNumerals` here: code run while modules load is 'static' to Stryker,
 * and each mutant it reaches then runs in a fresh worker (README, Mutation testing).
 */
export const EACH_ITEM = String.raw`(?:${anyOf(EACH_ITEM_WORDS.map((w) => w.replace('一', '1')))})(?:得|计|记)?`;

// ── Comparisons ──────────────────────────────────────────────────────────────────────────────────
/** What a comparison word makes of the figure after it (or before it, for tails). */
export type BoundKind = 'min' | 'above' | 'max' | 'below' | 'equal';

/** Comparison words before a figure. 以上/不低于/达到 include the bound; 低于/未达到/不足 exclude it. */
export const COMPARATORS: Readonly<Record<BoundKind, readonly string[]>> = {
  min: ['≥', '>=', '不低于', '不少于', '不小于', '不得低于', '不得少于', '不应低于', '不应少于', '大于等于', '大于或等于', '高于或等于', '达到或超过', '至少', '达到', '达'],
  above: ['>', '大于', '高于', '超过', '超出', '多于'],
  max: ['≤', '<=', '不高于', '不超过', '不大于', '不多于', '不得高于', '不得超过', '不应高于', '不应超过', '小于等于', '小于或等于', '低于或等于', '控制在', '至多'],
  below: ['<', '小于', '低于', '少于', '不足', '不到', '未达到', '未达', '达不到', '没有达到'],
  equal: ['=', '等于'],
};

/** Words after a figure: `95%以上`, `5天以内`. Both include the bound unless `（不含）` says otherwise. */
export const TAILS: Readonly<Record<'min' | 'max' | 'above', readonly string[]>> = {
  min: ['及以上', '或以上', '以上'],
  max: ['及以下', '或以下', '以下', '以内', '之内'],
  /** `±20%以外`: beyond the figure, which is not included. */
  above: ['以外', '之外'],
};

/** `结转结余率为0的`: a measure stated to be a figure, which is equality. Only after what measures (率, 数, 额 …). */
export const STATED_EQUAL = ['为', '等于'];
/** The last character of a measure's name, before `为`: `…率为0`, `…数为0`, `…额为0`. */
export const MEASURE_END = '率数额量度值比';

/** `（含）` closes a range end, `（不含）` opens it. */
export const INCLUDED = ['(含)', '(包含)', '(含本数)'];
export const EXCLUDED = ['(不含)', '(不包含)', '(不含本数)'];

/** Between the two ends of a range: `80%-90%`, `80%~90%`, `80%至90%`. */
export const RANGE_JOIN = ['-', '~', '至', '到'];

const COMPARATOR_WORDS = Object.entries(COMPARATORS).flatMap(([kind, words]) => words.map((w) => ({ w, kind: kind as BoundKind })));
/** The bound a comparison word sets (`不低于` → min). */
export function boundOf(word: string): BoundKind | null {
  return COMPARATOR_WORDS.find((c) => c.w === word)?.kind ?? null;
}
export const COMPARATOR = `(?:${anyOf(COMPARATOR_WORDS.map((c) => c.w))})`;
export const TAIL = `(?:${anyOf([...TAILS.min, ...TAILS.max, ...TAILS.above])})`;
export const INCLUSION = `(?:${anyOf([...INCLUDED, ...EXCLUDED])})`;

// ── Outcomes of a clause ─────────────────────────────────────────────────────────────────────────
/** Full marks for the clause's case. */
export const FULL_MARKS = ['得满分', '计满分', '记满分', '给满分', '满分', '不扣分', '得全分', '全额得分', '记全部分值', '计全部分值', '得全部分值', '得该项全部分值'];
/** No points for the clause's case. */
export const NO_POINTS = ['不得分', '不计分', '不给分', '不记分', '得0分', '计0分', '记0分', '为0分', '该项为0分', '此项为0分', '0分', '得0', '计0', '记0'];
export const FULL = `(?:${anyOf(FULL_MARKS)})`;
/** A figure's own digits never end in a `0分` of another (`10分`), nor does `得0` begin `得0.5分`. */
export const NONE = `(?<![\\d.])(?:${anyOf(NO_POINTS)})(?![\\d.])`;
/** Words that award the points after them: `得3分`, `计5分`, `记2分`, `给1分`, `得分为3分`. */
export const AWARD_WORDS = ['得分为', '得', '计', '记', '给', '为'];
/** Words that take the points after them off: `扣0.5分`, `扣除1分`, `减2分`. */
export const DEDUCT_WORDS = ['扣除', '扣减', '加扣', '扣', '减'];
/**
 * `分` after points, or nothing where nothing else can follow the figure (`扣0.5`, `计5；`): a person
 * reads points there either way.
 */
export const POINTS_MARK = String.raw`(?:\s*分|(?=\s*(?:[,，;；。)]|$)))`;
/** Award words that may leave `分` out: not `为`, which also states a figure (`结余率为0，…`). */
const AWARD_SAYING_POINTS = AWARD_WORDS.filter((w) => w !== '为' && w !== '得分为');
export const AWARD = String.raw`(?:(?:${anyOf(AWARD_WORDS)})\s*(${NUMBER})\s*分|(?:${anyOf(AWARD_SAYING_POINTS)})\s*(${NUMBER})${POINTS_MARK})`;
export const DEDUCT = String.raw`(?:${anyOf(DEDUCT_WORDS)})\s*(${NUMBER})${POINTS_MARK}`;
/** `执行率*该指标分值`: arithmetic on the points, a formula's way of scoring rather than a situation. */
export const POINTS_ARITHMETIC = /[×*]\s*(?:该项|本项|此项|该|本)?(?:指标)?(?:分值|权重)/;
/** `分别计2分、1.9分、1.8分`: more points listed after an outcome, one for each of several cases. */
export const MORE_POINTS = new RegExp(String.raw`^\s*[、,，]\s*${NUMBER}\s*分`);
/** `按80%打分`, `按满分的70%计分`, `得分系数为0.8`. */
export const SHARE = String.raw`(?:按(?:满分|分值|该项分值)?的?\s*(${NUMBER})\s*%\s*(?:打分|计分|记分|得分|计算|折算|给分|赋分)|得分系数(?:为)?\s*(${NUMBER})(%)?|(?:得|按|计|记)(?:权重分|满分|分值|该项分值|权重|指标分值)的\s*(${NUMBER})\s*%)`;

// ── Caps on deductions ───────────────────────────────────────────────────────────────────────────
/** Deductions stop at the points: harmless to every family (scores never go below 0). */
export const TO_ZERO = ['扣完为止', '直至扣完', '扣完即止', '扣至0分为止', '扣至0分', '扣完本项分值为止', '此项分值扣完为止', '该项分值扣完为止', '最低为0分', '最低0分', '最低得0分', '本项分值扣完为止', '至0分为止', '直至0分为止', '扣到0分为止', '减至0分为止', '减完为止', '扣光为止'];
/** `扣满15分为止`, `最多扣3分`, `每例扣0.5分，共1分`: the most a rule (or that part) takes off. */
export const CAP = String.raw`(?:(?<=(?:${anyOf(DEDUCT_WORDS)})\s*${NUMBER}(?:\s*分)?\s*[,，]\s*)共\s*(${NUMBER})\s*分|扣满\s*(${NUMBER})\s*分为?止|扣完\s*(${NUMBER})\s*分为?止|最多(?:${anyOf(DEDUCT_WORDS)})\s*(${NUMBER})${POINTS_MARK}|最高(?:${anyOf(DEDUCT_WORDS)})\s*(${NUMBER})${POINTS_MARK}|扣分(?:上限|不超过)(?:为)?\s*(${NUMBER})${POINTS_MARK}|累计扣分不超过\s*(${NUMBER})${POINTS_MARK})`;

const CAP_RE = new RegExp(CAP);
/** The most a rule takes off (`扣满15分为止` → 15), or null when it sets no such cap. */
export function capIn(text: string): Dec | null {
  const m = CAP_RE.exec(text);
  return m ? new D(plainNumber(m.slice(1).find((g) => g !== undefined)!)) : null;
}

// ── Steps ────────────────────────────────────────────────────────────────────────────────────────
/** The direction a step of difference is counted in. */
export type StepDirection = 'short' | 'over' | 'apart';
export const STEP_WORDS: Readonly<Record<StepDirection, readonly string[]>> = {
  short: ['降低', '下降', '低于', '低', '减少', '少', '下降了', '不足', '降'],
  over: ['超过', '超出', '高于', '多', '增加', '上升', '提高', '高', '超'],
  apart: ['相差', '偏离', '偏差', '差'],
};
const STEP_WORD_LIST = Object.entries(STEP_WORDS).flatMap(([d, ws]) => ws.map((w) => ({ w, d: d as StepDirection })));
export const STEP_WORD = `(?:${anyOf(STEP_WORD_LIST.map((s) => s.w))})`;
export function stepDirectionOf(word: string): StepDirection {
  return STEP_WORD_LIST.find((s) => s.w === word)?.d ?? 'short';
}
/**
 * A deduction for each step of difference: `每降低5个百分点扣1分`, `每超过1万元扣0.5分`, `每超平均年龄1岁扣0.5分`
 * (what is measured may stand between the word and the step): the step word, the step's figure, its unit
 * (百分点, %, or a unit's words), and the points each step takes.
 */
const STEP_DEDUCTION = new RegExp(
  String.raw`每\s*(?<direction>${STEP_WORD})\s*(?:[\u4e00-\u9fa5]{1,6}?)?\s*(?<step>${NUMBER})\s*(?:个)?\s*(?<unit>百分点|%|[\u4e00-\u9fa5A-Za-z/²³]{1,8}?)\s*[,，]?\s*(?:的)?\s*[,，]?\s*(?:${anyOf(DEDUCT_WORDS)})\s*(?<points>${NUMBER})${POINTS_MARK}`,
);

/** A step deduction found in a clause, `每减少1%扣1分`: where it stands and its four parts as written. */
export interface StepDeduction {
  readonly index: number;
  readonly length: number;
  /** The step's word (`减少`, `超过`): which way it counts (stepDirectionOf). */
  readonly direction: string;
  /** The step's figure, `1`. */
  readonly step: string;
  /** The step's unit, `%`, `百分点`, `天`, `项`. */
  readonly unit: string;
  /** The points each step deducts, `1`. */
  readonly points: string;
}

/** The first step deduction in the clause; null when it has none. */
export function findStepDeduction(clause: string): StepDeduction | null {
  const m = STEP_DEDUCTION.exec(clause);
  if (!m?.groups) return null;
  const { direction, step, unit, points } = m.groups;
  return { index: m.index, length: m[0].length, direction, step, unit, points };
}
/**
 * `与本地上年相比`, `与全省三年平均比例数相比`, `较上年`: steps counted from a figure the rule names but does
 * not give — unless it is the row's own target (`与计划`, `与年度目标值`), which the row states.
 */
export const NAMED_REFERENCE = /与([^,，;；。]{1,30}?)(?:相比|比较|对比)|(?:较|比)(上年|去年|上年度|上一年|前三年|同期)/;
export const TARGET_REFERENCE = /计划|目标|预算|指标值|年度指标/;
/** Where full marks stop in a steps rule: `相较95%`, `以100%为标准`, `与计划`. */
export const BASE_WORDS = ['相较', '相比', '较', '比', '以'];
/** One of them and the figure after it — never the 比 of `占比20%`, which names a share. */
export const BASE = String.raw`(?<!占)(?:${anyOf(BASE_WORDS)})\s*(${NUMBER})\s*%?\s*(?:为标准|为基准|为基数|为准)?`;

// ── Deductions per item ──────────────────────────────────────────────────────────────────────────
/** Verbs that count what is found: `每发现一处`, `出现一例`, `存在1个`. */
export const OCCURRENCE_VERBS = ['发现', '出现', '存在', '有'];
/** Words that make a deduction per occurrence: `每发现一处`, `发现1个项目`, `出现一例`, `一项…未完成`. */
export const PER_OCCURRENCE = String.raw`(?:每|(?:${anyOf([...OCCURRENCE_VERBS, '缺', '少'])})\s*(?:1|一|每一)\s*${ITEM_COUNTER}|(?:^|[^\d.])1\s*${ITEM_COUNTER})`;
/** `扣0.5分/个`: a deduction per counted item written after it. */
export const PER_UNIT = String.raw`^\s*[/／]\s*(?:${anyOf(COUNTERS)})`;

// ── Items over budget ────────────────────────────────────────────────────────────────────────────
/** What a rule counting items over budget says: `每超一项`, `超预算`, `超过1项`. */
export const OVER_BUDGET = /超(?:过|出)?(?:预算|(?:1|一)?项)/;
/** The “三公” and its three items, each checked in 基础数据 by its 预算 and 决算. */
export const THREE_PUBLIC_NAME = /三公/;
export const THREE_PUBLIC_ITEMS = ['因公出国', '公务接待', '公务用车'];

// ── Answers in 实际完成值 ───────────────────────────────────────────────────────────────────────────
export const YES_WORDS = ['是', '有', '已', '√', '✓', '✔', 'y', 'yes', 'true', '达成', '完成', '已完成', '符合', '健全', '建立', '已建立', '制定', '已制定', '公开', '已公开', '按时', '及时'];
export const NO_WORDS = ['否', '无', '没有', '未', '×', '✗', '✘', 'n', 'no', 'false', '未达成', '未完成', '不符合', '不健全', '未建立', '未制定', '未公开', '不及时', '未按时'];

/** The bare answers to a question (`是否按时报送决算，是得满分，否不得分`): a case may be only one of them. */
export const ANSWER_WORDS = ['是', '否', '有', '无', '没有'];
export const YES = new RegExp(`^(?:${anyOf(YES_WORDS)})$`, 'i');
export const NO = new RegExp(`^(?:${anyOf(NO_WORDS)})$`, 'i');
/** 无/没有/未发现 in a count cell: an explicit none. */
export const NONE_FOUND = /^(无|没有|未发现|零|无问题|未发现问题)$/;

/** A clause opening with a yes or no: `有…`, `是…`, `否…`, `没有…`, `未…`, `建立了…的`. */
export const NEGATION = String.raw`(?:没有|未|无|不|否)`;

// ── Marks of a scoring rule ──────────────────────────────────────────────────────────────────────
/**
 * Words that make a text a scoring rule rather than a description or guidance: a deduction, an award,
 * full or no marks. A bare `N分` is not one — guidance says `总权重分值(70分)` without scoring anything.
 */
export const SCORING_WORDS = new RegExp(
  [
    String.raw`(?:${anyOf(DEDUCT_WORDS)})\s*${NUMBER}\s*分`,
    '扣分',
    '扣完',
    '扣除',
    '得分',
    '计分',
    '记分',
    '打分',
    '给分',
    '赋分',
    '满分',
    '全部分值',
    '不得分',
    // Every way of saying full or no marks says how to score (`得全分`, `全额得分`, `不计分`).
    anyOf(FULL_MARKS),
    // (A bare `0分` is also where deductions stop, `扣至0分为止`: said by the words around it.)
    `(?<![\\d.])(?:${anyOf(NO_POINTS.filter((w) => w !== '0分'))})(?![\\d.])`,
    String.raw`[得计记给加]\s*${NUMBER}${POINTS_MARK}`,
    '加分',
    // `每项1分`: what each item of a list is worth.
    String.raw`每(?:项|个|条|处)\s*(?:得|计|记)?\s*${NUMBER}\s*分`,
    '得分系数',
    String.raw`(?:${anyOf(DEDUCT_WORDS)})\s*${NUMBER}`,
    '酌情',
    '视情况',
    '视具体情况',
  ].join('|'),
);

/** A statement of the indicator's points, not a rule: `本项满分10分`, `分值5分`. */
export const POINTS_STATEMENT = new RegExp(String.raw`^(?:本项|本指标|该指标|该项|此项|指标)?(?:满分|分值|总分|权重)(?:为)?\s*${NUMBER}\s*分$`);

/** Marks a qualitative rule. */
export const QUALITATIVE_WORDS = ['定性评价', '定性指标', '定性分析', '定性判断'];

// Verdicts: how far a target was reached (达成, 部分达成, 达成目标值, 未达到预期), in words.
const DEGREE = '(?:已经?|全部|完全|基本|部分|大部分|未能?|没有|尚未)?';
const SHORT_OF = /^(?:基本|部分|大部分|未能?|没有|尚未)/;
const GOAL = '(?:了)?(?:预期|年度|既定|计划|全年)?(?:目标值|目标任务|目标|指标值|指标|任务|要求|效果|预期)';
const VERDICT_WORDS = `${DEGREE}(?:达成(?:${GOAL})?|(?:达到|实现|完成)${GOAL})(?:并具有一定效果|且效果较差|且效果明显)?`;
/**
 * `完成`, `已完成`, `达到`, `实现`: 达成 said without its goal. Only the affirmations — `未完成` alone
 * answers a yes/no rule (NO_WORDS), as it always has; `按时完成` is the deadline's word (ON_TIME), which a
 * target reads as reached.
 */
const REACHED = '(?:已经?|全部|完全)?(?:完成|达到|实现|达标)';
/** Verdicts in 实际完成值 that make any row qualitative, whatever its rule. */
export const VERDICT = new RegExp(`^(?:${VERDICT_WORDS}|${REACHED})$`);
/** Verdicts and answers that give full points on a qualitative row. */
export function isFullVerdict(text: string): boolean {
  if (VERDICT.test(text)) return !SHORT_OF.test(text) && !/效果较差/.test(text);
  return /^(?:完成|已完成|全部完成|是|健全|有效|达到|已达到|符合|良好|好|优|优秀|明显|效果明显|显著|达标|已达标|有效提升|有效改善|明显提升|明显改善|稳步提升|逐步提升|持续提升)$/.test(text);
}

/** Words that join a second condition to a clause: it says more than a single condition. */
export const MORE_CONDITIONS = /且|并且|同时|但|如果|如有|如出现|若|否则|或者|或|除|仅|只有|另/;

// ── What an indicator measures ───────────────────────────────────────────────────────────────────
/** Rates that cannot exceed 100% by their nature. */
export const CAPPED_RATE = /满意度|满意率|合格率|在用率|准确率|达标率|覆盖率|知晓率|及格率|优良率|完好率|到位率|执行率|执行进度|公开率|及时率|正确率|通过率|参保率/;
/** Rates of change, which may be negative: `“三公”经费变动率 -12.5%`. Other rates may not. */
export const CHANGE_RATE = /变动率|增长率|增幅|降幅|降低率|下降率|变化率|增减率|节约率|差异率|偏差率|偏离度|调整率|增长|下降/;
/** Rates where lower is better: `预算调整率`, `结转结余率`, `投诉率`. */
export const LOWER_RATE = /(控制|调整|结余|结转|变动|差错|错误|投诉|事故|发生|返工|损耗|空置|超支|闲置|逾期|下降|降低|失误|不合格)率$/;
/** Other measures where lower is better: time taken, cost. A bare target on them is a ceiling. */
export const LOWER_MEASURE = /时限|时间|天数|用时|时长|工期|周期|成本|费用|单价|能耗|控制数/;

// ── Dates and deadlines ──────────────────────────────────────────────────────────────────────────
/** Before a deadline: `不晚于2023年12月`, `于6月底前`, `≤9月`. */
export const DEADLINE_LEADS = ['≥', '≤', '<', '不晚于', '不迟于', '最迟', '截至', '截止', '截止到', '在', '于'];
/** After a month: `12月底`, `6月底前`, `9月以前`, `10月份`, `年内`. All mean up to the end of that month. */
export const MONTH_TAILS = ['底', '末', '份', '中旬', '下旬', '上旬'];
export const BEFORE_WORDS = ['以前', '之前', '前', '以内', '之内', '内'];
/** What is due by the deadline: `6月底前完成`, `年底前竣工`. */
export const DUE_WORDS = ['完成', '完工', '竣工', '建成', '验收', '交付', '投入使用', '到位', '拨付', '支付', '下达', '开工', '实施'];
/** The end of the year, as a deadline: `年底前`, `年内`, `本年度内`. */
export const YEAR_END = ['年底', '年末', '年内', '本年度内', '本年内', '当年', '年度内'];
/** An actual saying the deadline was met, or missed, in words. */
export const ON_TIME = /^(?:已?按(?:时|期)(?:完成|完工|竣工|到位|拨付|支付|下达)?|如期(?:完成|完工|竣工)|提前(?:完成|完工|竣工))$/;
export const LATE = /^(?:未按(?:时|期)(?:完成|完工|竣工|到位|拨付|支付|下达)?|延期(?:完成|完工|竣工)?|逾期(?:完成|完工|竣工)?|未完成)$/;

// ── What a list's criteria are worth ─────────────────────────────────────────────────────────────
/** A criterion's worth in brackets, `基础数据信息是否真实(1分)`: the group is its points. */
export const WORTH_IN_BRACKETS = String.raw`\((\d+(?:\.\d+)?)分\)`;
/** `设置年度绩效目标(2分,其中单位整体绩效目标1分,…`: a criterion's worth, then how it splits. */
export const WORTH_SPLIT = String.raw`(\d+(?:\.\d+)?)分\s*[,，]?\s*${BREAKDOWN}[:：]?`;
/** `单位整体绩效目标1分`: one part of a split worth — its words, then its points. */
export const PART_WORTH = /^(.+?)(\d+(?:\.\d+)?)分$/;
/** `每少一项扣1分`, `每完成1项取得该项分数`, `扣完为止`: a list's own arithmetic said again after a criterion. */
export const RESTATED_WORTH = `[,，]?\\s*(?:每(?:少|缺|缺少|漏)(?:1|一)?(?:项|个|条)${DEDUCT}|${EACH_MET_WORTH}|${anyOf(TO_ZERO)})`;
/** `没有不得分`, `未完成不得分`, `否则不得分`: what a criterion not met gives, which is nothing. */
export const NOT_MET = new RegExp(`^(?:没有|无|未|否则|缺|不)[^,，;；。]{0,12}?${NONE}$`);
/** `…包括制度健全、执行有效、核算规范，每项1分`: the items a lead-in names, and what each is worth. */
export const EQUAL_ITEMS = new RegExp(`^(?:[^、]*?(?:${anyOf(LIST_LEAD_INS)})|[^、]*?[:：])\\s*[:：]?\\s*(.+?)[,，]?\\s*${EACH_ITEM}\\s*(\\d+(?:\\.\\d+)?)\\s*分$`);
/** Criteria met, named by their numbers in 实际完成值: `1、3`, `(2)`, `第2项`. */
export const CRITERIA_BY_NUMBER = /^(?:\(\d{1,2}\)|\d{1,2}、|第\d{1,2}项)+$/;
/** One of them: `(2)`, `2`, `第2项`. */
export const CRITERION_NUMBER = /^(?:\(\d{1,2}\)|第?\d{1,2}项?)+$/;
/** `1、`, `(2)`, `3.` at a segment's start: the item's number, which is no figure of its condition. */
export const LEADING_ITEM_NUMBER = /^\(?\d{1,2}[)、.]/;
/** A numbered list in a target (`1、…; 2、…`, `①…②`) states several targets, not one figure. */
export const LISTED_TARGETS = new RegExp(`(^|[;；\\s,，。])\\s*[1-9]\\s*(?:[、)]|[.．](?!\\d))|[${CIRCLED.slice(0, 10)}]`);

// ── Steps and bands: what belongs to which ───────────────────────────────────────────────────────
/** `每`: a rule counting each step or item — the steps and per-item families' word, which no band reads. */
export const EACH = /每/;
/** Counting by percentage points (`每降低1个百分点`): a step of difference, not an occurrence. */
export const STEP_IN_POINTS = /每[^扣]*(?:百分点|%)/;
/** `每少100人次`: a step of more than one, counted from a figure — a step too. */
export const STEP_OF_SEVERAL = `每\\s*(?:${STEP_WORD})\\s*(?!(?:1|一)\\s*(?:个|${COUNTER}))${NUMBER}\\s*${COUNTER}`;
/** The units a step counts in that make it percentage points: `每降低5%`, `每差1个百分点`. */
export const PERCENT_STEP_UNITS: readonly string[] = ['%', '百分点'];
/** A closing band: `否则不得分`, `其余不得分`, `未达到的不得分`, `低于的不得分`, `未达要求的，不得分`. */
export const OTHERWISE = /^(?:否则|其他|其它|其余|以下|未达到|未达|低于|不足|达不到|不满足|不符合)(?:要求|标准|目标)?(?:的|者|情况)?[,，]?/;
/** `小于或等于年度目标值`, `达到年度目标值`: a bound on the row's own target rather than a figure of the rule's. */
export const VS_TARGET = new RegExp(`(${COMPARATOR})\\s*(?:年度|全年|年初|预期)?(?:目标值|指标值|目标|计划值|计划|预期值)`);
/** `100%计满分`, `计划建设内容完成100%的得20分`: a figure that gives full marks (or the indicator's points). */
export const FIGURE_FULL = new RegExp(String.raw`(${NUMBER})\s*%\s*(?:的)?\s*[,，]?\s*(?:${FULL}|${AWARD})`);
/** Words naming what steps are counted against, which say nothing more. */
export const AGAINST = /未(?:达到|完成)(?:年度|计划)?(?:目标值?|目标任务|任务|计划|指标值?)的?|与计划|与目标值?|与预算|与年度目标值?|实际完成情况|完成情况|实际完成值|差距绝对值|按实际完成值与年度目标值的|进行扣分/g;
/** Shortfall only: `未完成年度目标任务的，每差…`, `低于95%的，每相差…` — any word that sets a figure below. */
export const MISSED = new RegExp(anyOf([...COMPARATORS.below, '未完成']));
/** A description of the deduction a step itself gives (`应根据…百分比扣分`), not another rule. */
export const DESCRIBED = /^[^\d]*(?:计分|扣分|评分|打分)$/;
/** Scoring left to judgement: `酌情扣分`, `视情况`. */
export const DISCRETION = /酌情|视情况|视具体情况/;
/** `35岁及以下的`, `40周岁(含)以上`: a bound on who is counted, part of the subject, not a figure steps read. */
export const SUBJECT_BOUND = /\d+\s*周?岁\s*(?:\(含\))?\s*(?:及|或)?(?:以下|以上|以内)/g;
/**
 * A number of items and what it costs, the outcome right after them or after a comma (`1次的，扣0.5分`).
 * Not a rate (`每减少100人次扣1分`, `每发现1处扣0.5分`): a count after 每 is a step, not a row of a table.
 */
export const COUNTED_STEP = String.raw`(?<![\d.]|每[^\d,，;；。]{0,4})(\d+)\s*(${ITEM_COUNTER})[^,，;；。扣]*?(?:[,，]\s*(?:此项|该项|本项)?)?(?:${DEDUCT}|(${NONE}))`;

// ── In proportion ────────────────────────────────────────────────────────────────────────────────
/** `按完成比例计算得分`, `按完成值与指标值的比例记分`, `按B/A或A/B`: a score in proportion to the target. */
export const PROPORTIONAL = /按(?:实际)?完成(?:比例|比率|程度|情况的比例)|按(?:实际)?完成值与(?:指标值|目标值|计划值)的?比例|按比例(?:计算|计分|记分|得分|扣分|折算)|按(?:实际)?完成率(?:计算|计分|记分|得分|折算)|按(?:实际)?(?:执行率|完成率)(?:乘以|×)(?:分值|权重)|按(?:实际)?比例计分|按B\/A或A\/B/;
/** The national template's note on quantitative indicators: `正向指标`, `反向指标`, `B/A`. */
export const PROPORTION_NOTE = /正向指标|反向指标|[AB]\)?\s*\/\s*[\u4e00-\u9fa5]*\(?[AB]/;
/** The ways a rule says "in proportion to the target" and what goes with it, each read as such. */
export const SAID_IN_PROPORTION = [
  PROPORTIONAL.source,
  // `得分=权重*B/A`, `全年实际值(B)/年度指标值(A)*该指标分值`: the ratio, written with the template's letters.
  String.raw`(?:得分\s*=\s*)?(?:权重|分值|该指标分值)\s*[*×]\s*[AB]\s*\/\s*[AB]`,
  String.raw`(?:则得分计算方法应用)?[\u4e00-\u9fa5]*\(?[AB]\)?\s*\/\s*[\u4e00-\u9fa5]*\(?[AB]\)?\s*[*×]\s*(?:该指标|该项|指标)?(?:分值|权重)`,
  String.raw`(?:若为|若)?(?:定量指标)?(?:若为|为)?(?:正向|反向)指标`,
  String.raw`\(?即(?:目标值|指标值)为[≥≤]\s*(?:X|\*|\S)\)?`,
  '定量指标计分原则',
  '若为定量指标',
  // Full marks when the target is met, and never above the points.
  String.raw`(?:完成值)?(?:达到|完成)(?:指标值|目标值)的?[,，]?\s*(?:记|计|得)?满分`,
  String.raw`未(?:达到|完成)(?:指标值|目标值)的?`,
  String.raw`得分不得突破(?:权重|分值)(?:总额)?`,
  `[^,，]*?${FULL}`,
  String.raw`(?:满分|分值)为止`,
  String.raw`最高(?:得|为)?满分`,
  String.raw`最高不超过(?:该指标|本项)?(?:分值|满分)`,
  String.raw`超过的?按满分计`,
  anyOf(TO_ZERO),
  String.raw`未完成的?|计算得分|记分|计分|得分`,
].join('|');

// ── Formulas ─────────────────────────────────────────────────────────────────────────────────────
/** The indicator's points as a formula names them: `指标分值`, `该项权重`, `满分`. */
export const POINTS_NAME = /^(?:该项|本项|此项|该|本)?(?:指标|项目)?(?:分值|权重|满分|标准分值|指标分值|权重分|权重分值)$|^指标权重$/;
/** `得分=`, `指标得分＝`, and `得分(20分*执行率)`: a score given by arithmetic. */
export const SCORE_IS = /(?:指标|本项|该项|项目)?得分\s*(?:=\s*|(?=\())/;
/** `支出使用资金占到位资金的比例`: one figure's share of another, which is the one over the other. */
export const SHARE_OF = /([^=+\-*×/÷()]+?)占([^=+\-*×/÷()]+?)的(?:比例|比重|比率)/g;
/** `实际完成量/目标任务的比值`: words after a quotient that name it and add nothing. */
export const RATIO_WORDS = /的(?:比值|比例|比率)/g;
/** `…大于…得满分`, `最高不超过分值`, `满分为止`: above the points is full marks. */
export const CAPPED_AT_POINTS = `(?:大于|超过|高于|以上|超出)[^,，]*${FULL}|不得?超过(?:该指标|本项|该项)?(?:分值|满分)|(?:满分|分值)为止|最高(?:得|为)?满分|按满分计|${anyOf(TO_ZERO)}`;
/** `按…实现程度赋分，即`, `评分标准：`: words that only lead in to the score. */
export const SCORE_LEAD_IN = `${SCORED_AS}|(?:${anyOf(LIST_LEAD_INS)})\\s*[:：]?`;
/** A definition of the score itself (`得分=…`), not of a figure the rule uses. */
export const NAMES_SCORE = /得分$/;
/** The mark of points on a figure: `20分`. */
export const POINTS_UNIT = '分';
/** A figure at the start of arithmetic, as a percentage or as points: `100%`, `20分`. */
export const LEADING_FIGURE = /^(\d+(?:\.\d+)?)(%|分)?/;

// ── Cases in words ───────────────────────────────────────────────────────────────────────────────
/** Words that change a case rather than name its subject: `基本`健全, `不`健全. */
export const MODIFIER_END = /(?:不|未|非|基本|部分|没有|无|较|大部分)$/;
/** What frames a case before its words: `如`, `若`, `凡`, `对于`, `其中`. */
export const CASE_LEAD = /^(?:如|若|凡|对于?|其中)/;
/** What frames a case after its words: `的`, `的情况`, `者`, `时`, `则`. */
export const CASE_TAIL = /(?:的情况|情况|的|者|时|则)+$/;
/** A case that denies: `没有…`, `不…`, `未…`, `无…`, `非…`. */
export const DENIAL = /^(?:没有|不|未|无|非)/;
/** A denied word of two characters within a case: `没有建立`, `未公开`. */
export const DENIED_WORD = /(?:没有|不|未|无)([\u4e00-\u9fa5]{2})/g;
/** `凡`, `如`, `若`, `对`, `其中`, `以上情况`: what opens a situation a deduction names. */
export const SITUATION_LEAD = /^(?:凡|如|若|对|其中|以上情况)/;
/** `的`, `者`, `时` and punctuation closing a situation a deduction names. */
export const SITUATION_END = /[的者时,，、:：\s]+$/g;
/** Words that only count what a situation names: `每发现1个`, `出现一例`, `每少一项`. */
export const COUNTING_WORDS = `(?:每(?:${anyOf(OCCURRENCE_VERBS)}|少|缺少?|漏)?|${anyOf(OCCURRENCE_VERBS)})\\s*(?:(?:1|一|每一)\\s*${COUNTER}?|${COUNTER})|(?:1|一)\\s*${COUNTER}(?=[的者,，\\s]*$)`;

// ── What is left of a clause ─────────────────────────────────────────────────────────────────────
/** Small words that say nothing once a clause's condition and outcome are taken out. */
export const SMALL_WORDS = /的|者|时|则|即|均|可|情况/g;
/** A denial left over: a second condition, not the subject. */
export const DENYING = /不|未|无|没有|非/;
/** Another way of scoring than a situation: `按完成比例计算得分`, `酌情扣分`. */
export const OTHER_WAYS = new RegExp(`按.{0,8}(?:比例|比率)|${DISCRETION.source}`);
/** `5分` alone at the end, after its case (`≥90%，5分`, `有专人负责2分`) — not `(5分)`, a criterion's worth. */
export const BARE_POINTS = String.raw`(?<![\d.(加扣减])(${NUMBER})\s*分\s*$`;
/** `2天以内`: a tail word after a figure, which is its direction and no unit of its own. */
export const TAIL_AS_UNIT = /^(以上|以下|以内|及以上|及以下)$/;
/** Tail words around a target's figure that are part of it. */
export const TARGET_TAILS = /以上|以下|以内/g;
/** After a target's figure, `分`: points, what a criterion is worth, never a target. */
export const POINTS_AFTER = /^\s*分/;
/** A measure named as a rate or a degree: `…率`, `…度`. */
export const RATE_NAME = /[率度]$/;
/** A bare figure in a target and its mark: `100%`, `5‰`, `150项`. */
export const BARE_FIGURE = String.raw`([-+]?${NUMBER})\s*(%|‰|百分比)?\s*([\u4e00-\u9fa5A-Za-z/²]{0,4})`;
/** 万/亿 before a unit: a multiplier (`200万` users are 2000000). */
export const SCALED_UNIT = /^(万|亿)(.*)/;
export const SCALE: Readonly<Record<string, number>> = { 万: 10000, 亿: 100000000 };

// ── Units of a figure ────────────────────────────────────────────────────────────────────────────
/** Units a figure may carry in a target or band (`150项`, `266米`, `5个工作日`). */
export const UNITS = [
  '万元', '亿元', '元', '万人次', '人次', '万人', '万户', '万', '亿', '个月', '个工作日', '工作日', '天', '日', '小时', '分钟', '年', '月', '周',
  '次', '项', '个', '人', '户', '家', '所', '件', '条', '篇', '份', '台', '套', '册', '场', '期', '批', '处', '座', '栋', '辆', '头', '只', '株',
  '棵', '起', '宗', '课时', '学时', '平方公里', '平方米', '立方米', '公里', '千米', '厘米', '毫米', '米', '公顷', '亩', '吨', '公斤', '千克', '斤',
  '千瓦', '床', '张', '盏', '块', '本', '部', '门', '村', '镇', 'km', 'm²', 'm2', 'kg',
];
/** Marks that make a figure a percentage where a condition is read: `%`, `个百分点`, `百分比` (and ‰, a tenth of one). */
export const PERCENT_MARKS: readonly string[] = ['%', '个百分点', '百分点', '百分比'];
/** Every mark a figure may carry before its unit is read: the percentage marks and ‰. */
export const FIGURE_MARKS: readonly string[] = ['%', '‰', '个百分点', '百分点', '百分比'];
/** What may follow a measure stated to be a figure (`结转结余率为0的`): the case's end. */
export const STATED_END = String.raw`(?=\s*(?:的|时|者|[,，;；。]|$))`;

// ── Budgets ──────────────────────────────────────────────────────────────────────────────────────
/** The words of a budget and of what was spent, as 基础数据 labels and rules write them. */
export const BUDGET_WORD = '预算';
export const SPENT_WORD = '决算';
/** As a missing label names them: `因公出国…预算数`. */
export const BUDGET_FIGURE = '预算数';
export const SPENT_FIGURE = '决算数';
/** `公务接待费预算数`: the item's name is what comes before. */
export const BUDGET_LABEL_END = /(预算数|预算)$/;

// ── Dates ────────────────────────────────────────────────────────────────────────────────────────
/** `2023年12月31日`, `12月`, `2023.12`, `2023-12-31`, `2023/12/31`. */
export const DAY = String.raw`(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号])?|(\d{4})\s*[-./]\s*(\d{1,2})(?:\s*[-./]\s*(\d{1,2}))?`;
/** A year before the year's end: `2023年底前`. */
export const YEAR_BEFORE = String.raw`(?:(\d{4})\s*年\s*)?`;
/** A figure of months typed as a number: `7月`. */
export const MONTH_UNIT = '月';

/** A deadline as offices write it, for explanations: `2023年12月底前`, `9月底前`, `2023年10月31日前`. */
export function shownDeadline(by: { readonly year: number | null; readonly month: number; readonly day: number | null }): string {
  return `${by.year === null ? '' : `${by.year}年`}${by.month}月${by.day === null ? '底' : `${by.day}日`}前`;
}

/** The answer that denies a criterion of its own (`…是否完整可行(3分)`): `否`. */
export const NO_ANSWER = '否';
