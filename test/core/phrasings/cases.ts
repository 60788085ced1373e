// The table of phrasings (issue "Recognise rule texts as offices write them"): rule texts as offices write
// them, each with where it was seen, the family that must read it whole (null: none may, and the row is
// not scored from it; for a target, `target` or `qualitative` as it reads), and worked cases — inputs, then the status, score and explanation the row must
// get, and how a person reads it (`why`). test/core/phrasings.test.ts runs every text through every
// family and every case through the scorer. Three parts: SPEC §6 and the issue's own list; the rules and
// targets of the corpus (test/fixtures/real); rules collected from published tables and frameworks.
// Where a text stands: 评分标准 (the default) or 年度指标值 (`in: 'target'`).
import type { RuleFamily } from '../../../src/core/types';

export interface PhrasingCase {
  /** 实际完成值 as typed: a count, a rate, answers (`是,否`, `①③`), per-part counts (`1,0,2`), or null. */
  readonly actual: string | number | null;
  /** 基础数据 the rule names, label → value. */
  readonly basic?: Readonly<Record<string, string | number>>;
  /** A score typed in 得分 before scoring. */
  readonly typed?: number;
  readonly status: 'full' | 'deducted' | 'manual' | 'error';
  readonly score: number | null;
  /** The row's explanation — for manual and error rows, the message — word for word. */
  readonly explanation: string;
  /** How a person reads it. */
  readonly why: string;
}

export interface Phrasing {
  readonly text: string;
  readonly in?: 'target';
  readonly family: RuleFamily | null;
  /** Other families that read the text whole too; PRECEDENCE gives it to `family`. */
  readonly alsoReadBy?: readonly RuleFamily[];
  readonly indicator: string;
  readonly points: number;
  readonly target?: string;
  /** Where it was seen: issuer · province · year · address, a corpus table, or SPEC. */
  readonly seen: string;
  readonly cases: readonly PhrasingCase[];
}

/** SPEC §6, and the phrasings the issue lists. */
export const FROM_SPEC: readonly Phrasing[] = [
  {
    text: "指标得分=(预算资金总来源-中期评估调整取消资金-预算结余注销资金)/预算资金总来源*指标分值,预算资金总来源是指年初预算与执行中追加预算(不含当年中央、省专款)总和",
    family: "formula",
    indicator: "预算安排准确性",
    points: 5,
    seen: "SPEC §6; 成都 2019 (seed)",
    cases: [
      {
        actual: null, basic: {"预算资金总来源":3184.21,"中期评估调整取消资金":73.69,"预算结余注销资金":83.46}, status: "deducted", score: 4.75,
        explanation: "扣0.25分：(3184.21-73.69-83.46)/3184.21×5=4.75",
        why: "(3184.21−73.69−83.46)/3184.21×5 = 4.7532 → 4.75",
      },
      {
        actual: null, basic: {"预算资金总来源":3184.21,"中期评估调整取消资金":73.69}, status: "error", score: null,
        explanation: "缺少输入：基础数据中没有“预算结余注销资金”，请在基础数据表补充，或在G2填写实际完成值。",
        why: "预算结余注销资金 is not in 基础数据: error naming it",
      },
    ],
  },
  {
    text: "得分=分值×实际完成任务量/绩效目标设定任务量×100%。实际完成任务量大于绩效目标设定任务量得满分。",
    family: "formula",
    indicator: "任务完成率",
    points: 10,
    seen: "SPEC §6; 成都 2019 (seed)",
    cases: [
      {
        actual: "87.5%", status: "deducted", score: 8.75,
        explanation: "扣1.25分：实际完成率87.5%，10×87.5%=8.75",
        why: "the row gives the rate: 10 × 87.5% = 8.75",
      },
      {
        actual: "120%", status: "full", score: 10,
        explanation: "满分：实际完成率120%，10×120%=12，超过分值按满分计",
        why: "above the target: capped at the points",
      },
      {
        actual: null, status: "error", score: null,
        explanation: "缺少输入：基础数据中没有“实际完成任务量”、“绩效目标设定任务量”，请在基础数据表补充，或在G2填写实际完成值。",
        why: "neither the rate nor its figures: error",
      },
    ],
  },
  {
    text: "部门总体执行进度达96%以上,不扣分;达92%以上,按80%打分;达88%以上,按60%打分;未达到88%,不得分。 部门总体执行进度=财政拨款执行数÷财政拨款调整预算数",
    family: "rate-tiers",
    indicator: "部门总体执行进度",
    points: 5,
    seen: "SPEC §6; 成都 2019 (seed)",
    cases: [
      {
        actual: "95.995%", status: "full", score: 5,
        explanation: "满分：96%，达96%以上，不扣分",
        why: "rounded to 96.00% first: 以上 includes it",
      },
      {
        actual: "91.99%", status: "deducted", score: 3,
        explanation: "扣2分：91.99%，达88%以上，按60%打分",
        why: "below 92%, at or above 88%: 60% of 5",
      },
      {
        actual: null, basic: {"财政拨款执行数":3100.75,"财政拨款调整预算数":3184.21}, status: "full", score: 5,
        explanation: "满分：3100.75÷3184.21=97.38%，达96%以上，不扣分",
        why: "the rate by its definition: 97.38%",
      },
      {
        actual: "87.99%", status: "deducted", score: 0,
        explanation: "扣5分：87.99%，未达到88%，不得分",
        why: "未达到88%: 不得分",
      },
    ],
  },
  {
    text: "应编制绩效目标的专项类项目、专项资金未按要求申报绩效目标,发现1个项目扣0.5分;填报内容不规范,发现1处扣0.5分。直至扣完",
    family: "per-item",
    indicator: "目标填报",
    points: 2,
    seen: "SPEC §6; 成都 2019 (seed)",
    cases: [
      {
        actual: 3, status: "deducted", score: 0.5,
        explanation: "扣1.5分：发现3个×0.5分，共扣1.5分",
        why: "both kinds cost 0.5: 3 × 0.5 = 1.5 off",
      },
      {
        actual: "1,2", status: "deducted", score: 0.5,
        explanation: "扣1.5分：应编制绩效目标的专项类项目、专项资金未按…1处×0.5分，填报内容不规范2处×0.5分，共扣1.5分",
        why: "counted per kind: 1 + 2 at 0.5",
      },
      {
        actual: 10, status: "deducted", score: 0,
        explanation: "扣2分：发现10个×0.5分，共扣5分",
        why: "never below 0",
      },
    ],
  },
  {
    text: "发现一个问题点扣0.25分。",
    family: "per-item",
    indicator: "资金使用合规性",
    points: 1,
    seen: "SPEC §6; 成都 2019 (seed)",
    cases: [
      {
        actual: 2, status: "deducted", score: 0.5,
        explanation: "扣0.5分：发现2个×0.25分，共扣0.5分",
        why: "2 × 0.25 off",
      },
      {
        actual: "无", status: "full", score: 1,
        explanation: "满分：未发现问题",
        why: "无 is none found",
      },
      {
        actual: "若干", status: "error", score: null,
        explanation: "G2应填写实际完成值，现为“若干”，请改为数字。",
        why: "not a count",
      },
      {
        actual: 1.5, status: "error", score: null,
        explanation: "G2应填写个数（整数），现为“1.5”。",
        why: "a count is whole",
      },
    ],
  },
  {
    text: "采购方式、程序中每一点不规范,扣0.5分,直至扣完。",
    family: "per-item",
    indicator: "采购规范性",
    points: 1,
    seen: "SPEC §6; 成都 2019 (seed)",
    cases: [
      {
        actual: 1, status: "deducted", score: 0.5,
        explanation: "扣0.5分：发现1个×0.5分，共扣0.5分",
        why: "1 × 0.5 off",
      },
    ],
  },
  {
    text: "一项公开工作未完成的扣1分,直至扣完。",
    family: "per-item",
    indicator: "信息公开",
    points: 2,
    seen: "SPEC §6; 成都 2019 (seed)",
    cases: [
      {
        actual: 1, status: "deducted", score: 1,
        explanation: "扣1分：发现1个×1分，共扣1分",
        why: "1 × 1 off",
      },
      {
        actual: 0, status: "full", score: 2,
        explanation: "满分：未发现问题",
        why: "none undone",
      },
    ],
  },
  {
    text: "部门“三公”经费决算数一项超预算扣0.5分,两项扣1分。",
    family: "counted-table",
    indicator: "“三公”经费控制",
    points: 1,
    seen: "SPEC §6; 成都 2019 (seed)",
    cases: [
      {
        actual: null, basic: {"因公出国（境）经费预算数":6,"因公出国（境）经费决算数":8.68,"公务接待费预算数":10,"公务接待费决算数":3.15,"公务用车购置及运行维护费预算数":8,"公务用车购置及运行维护费决算数":0.63}, status: "deducted", score: 0.5,
        explanation: "扣0.5分：因公出国（境）经费决算8.68超预算6（1项超预算）",
        why: "因公出国（境） 8.68 over 6: one item over",
      },
      {
        actual: null, basic: {"因公出国（境）经费预算数":6,"因公出国（境）经费决算数":6,"公务接待费预算数":10,"公务接待费决算数":3.15,"公务用车购置及运行维护费预算数":8,"公务用车购置及运行维护费决算数":0.63}, status: "full", score: 1,
        explanation: "满分：因公出国（境）经费决算6未超预算6；公务接待费决算3.15未超预算10；公务用车购置及运行维护费决算0.63未超预算8（均未超预算）",
        why: "决算 equal to 预算 is not over",
      },
      {
        actual: 2, status: "deducted", score: 0,
        explanation: "扣1分：填报2项",
        why: "the row gives the count: two items, 1 off",
      },
    ],
  },
  {
    text: "固定资产在用率=(实际在用固定资产总额/所有固定资产总额)×100%。固定资产在用率达到95%以上得满分。相较95%,每降低5个百分点扣1分,直至扣完。",
    family: "steps",
    indicator: "固定资产在用率",
    points: 2,
    seen: "SPEC §6; 成都 2019 (seed)",
    cases: [
      {
        actual: "93%", status: "full", score: 2,
        explanation: "满分：93%，较95%低2个百分点，每5个百分点扣1分，计0档",
        why: "2 short of 95: no complete step",
      },
      {
        actual: "89.99%", status: "deducted", score: 1,
        explanation: "扣1分：89.99%，较95%低5.01个百分点，每5个百分点扣1分，计1档",
        why: "5.01 short: one step",
      },
      {
        actual: "80%", status: "deducted", score: 0,
        explanation: "扣2分：80%，较95%低15个百分点，每5个百分点扣1分，计3档",
        why: "three steps, floored at 0",
      },
      {
        actual: null, basic: {"实际在用固定资产总额":60,"所有固定资产总额":67.05}, status: "deducted", score: 1,
        explanation: "扣1分：(60/67.05)×100%=89.49%，较95%低5.51个百分点，每5个百分点扣1分，计1档",
        why: "89.49% by the definition: one step",
      },
    ],
  },
  {
    text: "对部门内部、下属单位、分配的专项资金①制定明确的财务监控监督措施,得1分;②监控、监督措施执行有效,得1分。",
    family: "checklist",
    indicator: "财务监控有效性",
    points: 2,
    seen: "SPEC §6; 成都 2019 (seed)",
    cases: [
      {
        actual: "是,否", status: "deducted", score: 1,
        explanation: "扣1分：①是（1分）；②否（0分）",
        why: "① met",
      },
      {
        actual: "①②", status: "full", score: 2,
        explanation: "满分：①是（1分）；②是（1分）",
        why: "both met",
      },
      {
        actual: 1, status: "deducted", score: 1,
        explanation: "扣1分：①是（1分）；②否（0分）",
        why: "a count: criteria weigh the same",
      },
      {
        actual: "是,是,否", status: "error", score: null,
        explanation: "G2填写了3个回答，但评分标准只有2项，请逐项填写“是”或“否”。",
        why: "more answers than criteria",
      },
    ],
  },
  {
    text: "是否已制定或具有预算资金管理办法、厉行节约管理措施、内部财务管理制度、会计核算制度等管理制度;相关管理制度是否合法、合规、完整;相关管理制度是否得到有效执行。定性评价。",
    family: "qualitative",
    indicator: "管理制度健全性",
    points: 1,
    seen: "SPEC §6; 成都 2019 (seed)",
    cases: [
      {
        actual: null, typed: 0.8, status: "deducted", score: 0.8,
        explanation: "保留填写得分0.8分（定性评价，未核算）",
        why: "qualitative: the typed 0.8 is kept",
      },
      {
        actual: "达成", status: "full", score: 1,
        explanation: "满分：定性评价，实际完成情况为“达成”",
        why: "the verdict 达成 gives full marks",
      },
      {
        actual: "部分达成", status: "manual", score: null,
        explanation: "实际完成情况为“部分达成”，需人工评分。",
        why: "a verdict short of 达成 needs a person",
      },
    ],
  },
  {
    text: "≥90%",
    in: 'target',
    family: "target",
    indicator: "服务对象满意度",
    points: 10,
    seen: "SPEC §6; 成都 2019 (seed)",
    cases: [
      {
        actual: "90%", status: "full", score: 10,
        explanation: "满分：实际90%，达到目标≥90%",
        why: "met",
      },
      {
        actual: "85%", status: "deducted", score: 9.44,
        explanation: "扣0.56分：实际85%，未达到目标≥90%，10×85/90=9.44",
        why: "10 × 85/90",
      },
      {
        actual: "105%", status: "error", score: null,
        explanation: "G2的“服务对象满意度”为105%，该比率不能超过100%，请核对。",
        why: "满意度 cannot exceed 100%",
      },
    ],
  },
  {
    text: "不少于150项",
    in: 'target',
    family: "target",
    indicator: "上线服务数量",
    points: 5,
    seen: "SPEC §6; 成都 2019 (seed)",
    cases: [
      {
        actual: "192项", status: "full", score: 5,
        explanation: "满分：实际192项，达到目标≥150项",
        why: "met",
      },
      {
        actual: "120项", status: "deducted", score: 4,
        explanation: "扣1分：实际120项，未达到目标≥150项，5×120/150=4",
        why: "5 × 120/150",
      },
      {
        actual: "150个", status: "error", score: null,
        explanation: "G2的实际值“150个”与目标值“≥150项”单位不同，请统一单位。",
        why: "different units",
      },
    ],
  },
  {
    text: "每发现一处问题扣1分，扣满15分为止",
    family: "per-item",
    indicator: "审计发现问题",
    points: 20,
    seen: "SPEC §6 (扣满15分为止)",
    cases: [
      {
        actual: 20, status: "deducted", score: 5,
        explanation: "扣15分：发现20个×1分（扣分以15分为限），共扣15分",
        why: "20 off, capped at 15",
      },
      {
        actual: 3, status: "deducted", score: 17,
        explanation: "扣3分：发现3个×1分，共扣3分",
        why: "3 off",
      },
    ],
  },
  {
    text: "每发现一处扣0.2分",
    family: "per-item",
    indicator: "规范性",
    points: 1,
    seen: "SPEC §6 (每发现一处扣X分)",
    cases: [
      {
        actual: 2, status: "deducted", score: 0.6,
        explanation: "扣0.4分：发现2个×0.2分，共扣0.4分",
        why: "2 × 0.2",
      },
    ],
  },
  {
    text: "完成指标值的记全部分值，未完成的按完成值与指标值的比例记分",
    family: "proportional",
    indicator: "培训人次",
    points: 6,
    target: "≥60",
    seen: "SPEC §6; 财预〔2020〕10号",
    cases: [
      {
        actual: 45, status: "deducted", score: 4.5,
        explanation: "扣1.5分：实际45，未达到目标≥60，6×45/60=4.5",
        why: "6 × 45/60",
      },
      {
        actual: 60, status: "full", score: 6,
        explanation: "满分：实际60，达到目标≥60",
        why: "met",
      },
    ],
  },
  {
    text: "每低1个百分点扣0.5分",
    family: "steps",
    indicator: "任务完成率",
    points: 5,
    seen: "SPEC §6 (每低1个百分点扣X分)",
    cases: [
      {
        actual: "97.5%", status: "deducted", score: 4,
        explanation: "扣1分：97.5%，较100%低2.5个百分点，每1个百分点扣0.5分，计2档",
        why: "2.5 short of 100: two steps",
      },
    ],
  },
  {
    text: "以100%为标准。≦100%，计5分；每超过一个百分点扣0.5分，扣完为止",
    family: "steps",
    indicator: "预算执行偏差",
    points: 5,
    seen: "SPEC §6 (湖南)",
    cases: [
      {
        actual: "103.5%", status: "deducted", score: 3.5,
        explanation: "扣1.5分：103.5%，较100%高3.5个百分点，每1个百分点扣0.5分，计3档",
        why: "3 whole points over",
      },
      {
        actual: "100%", status: "full", score: 5,
        explanation: "满分：100%，以100%为标准，不扣分",
        why: "at the ceiling",
      },
    ],
  },
  {
    text: "≥90%，计5分；80%（含）-90%，计4分；70%（含）-80%，计3分；60%（含）-70%，计2分；低于60%不得分",
    family: "range-tiers",
    indicator: "项目完成率",
    points: 5,
    seen: "SPEC §6 (湖南)",
    cases: [
      {
        actual: "85%", status: "deducted", score: 4,
        explanation: "扣1分：85%，80%(含)-90%，计4分",
        why: "in 80%（含）-90%",
      },
      {
        actual: "80%", status: "deducted", score: 4,
        explanation: "扣1分：80%，80%(含)-90%，计4分",
        why: "（含） closes 80",
      },
      {
        actual: "59.99%", status: "deducted", score: 0,
        explanation: "扣5分：59.99%，低于60%，不得分",
        why: "低于60%",
      },
    ],
  },
  {
    text: "=0，计3分；0-10%（含），计2分；10%-30%（含），计1分；大于30%不得分",
    family: "range-tiers",
    indicator: "预算差异率",
    points: 3,
    seen: "SPEC §6 (重庆)",
    cases: [
      {
        actual: 0, status: "full", score: 3,
        explanation: "满分：0%，=0，计3分",
        why: "=0",
      },
      {
        actual: "0.01%", status: "deducted", score: 2,
        explanation: "扣1分：0.01%，0-10%(含)，计2分",
        why: "0-10%（含）, open below",
      },
      {
        actual: "10.01%", status: "deducted", score: 1,
        explanation: "扣2分：10.01%，10%-30%(含)，计1分",
        why: "10%-30%（含）",
      },
      {
        actual: "30.01%", status: "deducted", score: 0,
        explanation: "扣3分：30.01%，大于30%，不得分",
        why: "大于30%",
      },
    ],
  },
  {
    text: "100%计满分，每低于5%扣2分，扣完为止",
    family: "steps",
    indicator: "资金到位率",
    points: 5,
    seen: "SPEC §6 (重庆)",
    cases: [
      {
        actual: "94%", status: "deducted", score: 3,
        explanation: "扣2分：94%，较100%低6个百分点，每5个百分点扣2分，计1档",
        why: "6 short: one step of 5",
      },
    ],
  },
  {
    text: "每出现一个专项未按进度完成资金下达扣0.5分，扣完为止",
    family: "per-item",
    indicator: "资金下达",
    points: 1,
    seen: "SPEC §6 (湖南)",
    cases: [
      {
        actual: 2, status: "deducted", score: 0,
        explanation: "扣1分：发现2个×0.5分，共扣1分",
        why: "2 × 0.5",
      },
    ],
  },
  {
    text: "①制度健全，1分；②执行有效，1分；③资料完整，1分",
    family: "checklist",
    indicator: "管理措施",
    points: 3,
    seen: "SPEC §6 (湖南)",
    cases: [
      {
        actual: "是;是;否", status: "deducted", score: 2,
        explanation: "扣1分：①是（1分）；②是（1分）；③否（0分）",
        why: "① ② met",
      },
    ],
  },
  {
    text: "以上情况每出现一例不符合要求的扣1分，扣完为止",
    family: "per-item",
    indicator: "合规性",
    points: 1,
    seen: "SPEC §6 (湖南)",
    cases: [
      {
        actual: 1, status: "deducted", score: 0,
        explanation: "扣1分：发现1个×1分，共扣1分",
        why: "1 off",
      },
    ],
  },
  {
    text: "按完成比例计算得分，满分为止",
    family: "proportional",
    indicator: "服务项目",
    points: 10,
    target: "200项",
    seen: "SPEC §6 (重庆)",
    cases: [
      {
        actual: "150项", status: "deducted", score: 7.5,
        explanation: "扣2.5分：目标200项为下限；实际150项，未达到目标≥200项，10×150/200=7.5",
        why: "10 × 150/200",
      },
      {
        actual: "250项", status: "full", score: 10,
        explanation: "满分：目标200项为下限；实际250项，达到目标≥200项",
        why: "capped",
      },
    ],
  },
  {
    text: "实际完成情况与计划每相差3%，扣1分",
    family: "steps",
    indicator: "计划完成",
    points: 5,
    seen: "SPEC §6 (重庆)",
    cases: [
      {
        actual: "106%", status: "deducted", score: 3,
        explanation: "扣2分：106%，与100%相差6个百分点，每3个百分点扣1分，计2档",
        why: "6 apart from 100: two steps",
      },
    ],
  },
  {
    text: "≦0，计5分；>0，每超过一个百分点扣0.5分",
    family: "steps",
    indicator: "“三公”经费变动率",
    points: 5,
    seen: "SPEC §6 (湖南)",
    cases: [
      {
        actual: "2.5%", status: "deducted", score: 4,
        explanation: "扣1分：2.5%，较0%高2.5个百分点，每1个百分点扣0.5分，计2档",
        why: "2 whole points over 0",
      },
      {
        actual: "-12.5%", status: "full", score: 5,
        explanation: "满分：-12.5%，以0%为标准，不扣分",
        why: "a change rate may be negative",
      },
    ],
  },
  {
    text: "≥50个",
    in: 'target',
    family: "target",
    indicator: "服务网点",
    points: 5,
    seen: "SPEC §6 (targets)",
    cases: [
      {
        actual: "50个", status: "full", score: 5,
        explanation: "满分：实际50个，达到目标≥50个",
        why: "met",
      },
    ],
  },
  {
    text: "效果明显",
    in: 'target',
    family: "qualitative",
    indicator: "社会效益",
    points: 5,
    seen: "SPEC §6 (targets)",
    cases: [
      {
        actual: "达成", status: "full", score: 5,
        explanation: "满分：定性评价，实际完成情况为“达成”",
        why: "verdict",
      },
      {
        actual: "部分达成", status: "manual", score: null,
        explanation: "实际完成情况为“部分达成”，需人工评分。",
        why: "needs a person",
      },
    ],
  },
  {
    text: "达成预期指标",
    in: 'target',
    family: "qualitative",
    indicator: "可持续影响",
    points: 5,
    seen: "SPEC §6 (targets)",
    cases: [
      {
        actual: "达成", status: "full", score: 5,
        explanation: "满分：定性评价，实际完成情况为“达成”",
        why: "verdict",
      },
    ],
  },
  {
    text: "“三公经费”变动率≦0，计5分；>0，每超过一个百分点扣0.5分",
    family: "steps",
    indicator: "“三公经费”变动率",
    points: 5,
    seen: "issue 10 (湖南 phrasing)",
    cases: [
      {
        actual: "-12.5%", status: "full", score: 5,
        explanation: "满分：-12.5%，以0%为标准，不扣分",
        why: "a change rate is a rate and may be negative",
      },
    ],
  },
  {
    text: "预算执行率=全年执行数/全年预算数×100%，按完成比例计算得分，满分为止",
    family: "proportional",
    indicator: "预算执行率",
    points: 10,
    seen: "issue 10",
    cases: [
      {
        actual: null, basic: {"全年执行数":950,"全年预算数":1000}, status: "deducted", score: 9.5,
        explanation: "扣0.5分：按完成比例：950/1000×100%=95%，10×95%=9.5",
        why: "the rate by its definition over 基础数据: 95%",
      },
      {
        actual: null, basic: {"全年执行数":950}, status: "error", score: null,
        explanation: "缺少输入：基础数据中没有“全年预算数”，请在基础数据表补充，或在G2填写实际完成值。",
        why: "全年预算数 missing from 基础数据",
      },
    ],
  },
  {
    text: "3%",
    in: 'target',
    family: "target",
    indicator: "预算调整率",
    points: 2,
    seen: "issue 10 (bare targets on lower-is-better indicators)",
    cases: [
      {
        actual: 0, status: "full", score: 2,
        explanation: "满分：目标3%为上限；实际0%，达到目标≤3%",
        why: "a ceiling: 0% is within",
      },
      {
        actual: "6%", status: "deducted", score: 1,
        explanation: "扣1分：目标3%为上限；实际6%，未达到目标≤3%，2×3/6=1",
        why: "2 × 3/6",
      },
    ],
  },
  {
    text: "2%",
    in: 'target',
    family: "target",
    indicator: "结转结余率",
    points: 2,
    seen: "issue 10",
    cases: [
      {
        actual: 0, status: "full", score: 2,
        explanation: "满分：目标2%为上限；实际0%，达到目标≤2%",
        why: "a ceiling",
      },
    ],
  },
  {
    text: "100%",
    in: 'target',
    family: "target",
    indicator: "公用经费控制率",
    points: 2,
    seen: "issue 10",
    cases: [
      {
        actual: "96%", status: "full", score: 2,
        explanation: "满分：目标100%为上限；实际96%，达到目标≤100%",
        why: "a ceiling",
      },
    ],
  },
  {
    text: "100%",
    in: 'target',
    family: "target",
    indicator: "财政供养人员控制率",
    points: 2,
    seen: "issue 10",
    cases: [
      {
        actual: "92%", status: "full", score: 2,
        explanation: "满分：目标100%为上限；实际92%，达到目标≤100%",
        why: "a ceiling",
      },
    ],
  },
  {
    text: "有内部控制制度的计2分，没有不得分",
    family: "yes-no",
    alsoReadBy: ["categorical"],
    indicator: "内部控制",
    points: 2,
    seen: "issue 10 (yes/no)",
    cases: [
      {
        actual: "有", status: "full", score: 2,
        explanation: "满分：按“有内部控制制度/没有”评分：有，计2分",
        why: "yes",
      },
      {
        actual: "没有", status: "deducted", score: 0,
        explanation: "扣2分：按“有内部控制制度/没有”评分：没有，不得分",
        why: "no",
      },
      {
        actual: null, status: "error", score: null,
        explanation: "缺少输入：请在G2填写“是”或“否”。",
        why: "empty",
      },
    ],
  },
  {
    text: "是否按时报送决算，是得满分，否不得分",
    family: "yes-no",
    alsoReadBy: ["categorical"],
    indicator: "决算报送",
    points: 2,
    seen: "issue 10 (yes/no)",
    cases: [
      {
        actual: "是", status: "full", score: 2,
        explanation: "满分：按“是/否”评分：是，不扣分",
        why: "yes",
      },
      {
        actual: "否", status: "deducted", score: 0,
        explanation: "扣2分：按“是/否”评分：否，不得分",
        why: "no",
      },
    ],
  },
  {
    text: "1、制度健全1分；2、执行有效1分",
    family: "checklist",
    indicator: "制度建设",
    points: 2,
    seen: "issue 10 (checklist 1、)",
    cases: [
      {
        actual: "是,否", status: "deducted", score: 1,
        explanation: "扣1分：1、是（1分）；2、否（0分）",
        why: "1、 met",
      },
    ],
  },
  {
    text: "(1)按时报送1分；(2)数据准确1分",
    family: "checklist",
    indicator: "报送质量",
    points: 2,
    seen: "issue 10 (checklist (1))",
    cases: [
      {
        actual: "2", status: "full", score: 2,
        explanation: "满分：(1)是（1分）；(2)是（1分）",
        why: "a single number is a count of the criteria met (README): 2 of 2",
      },
      {
        actual: "(2)", status: "deducted", score: 1,
        explanation: "扣1分：(1)否（0分）；(2)是（1分）",
        why: "the criterion met, by its number",
      },
    ],
  },
  {
    text: "建立资产管理制度得3分；定期盘点得1分",
    family: "checklist",
    indicator: "资产管理",
    points: 4,
    seen: "issue 10 (weighted checklist)",
    cases: [
      {
        actual: "是,否", status: "deducted", score: 3,
        explanation: "扣1分：①是（3分）；②否（0分）",
        why: "first met (3)",
      },
      {
        actual: "否,是", status: "deducted", score: 1,
        explanation: "扣3分：①否（0分）；②是（1分）",
        why: "second met (1)",
      },
    ],
  },
  {
    text: "无结余的得3分；有结余但不超过上年结转的得2分；超过的不得分",
    family: "categorical",
    indicator: "资金结余",
    points: 3,
    seen: "issue 10 (categorical)",
    cases: [
      {
        actual: "无结余", status: "full", score: 3,
        explanation: "满分：属“无结余”，计3分",
        why: "case 1",
      },
      {
        actual: "超过上年结转", status: "deducted", score: 0,
        explanation: "扣3分：属“超过”，不得分",
        why: "names 超过",
      },
      {
        actual: "有结余", status: "deducted", score: 2,
        explanation: "扣1分：属“有结余但不超过上年结转”，计2分",
        why: "names only case 2",
      },
    ],
  },
  {
    text: "未申报扣0.5分；不规范扣0.5分；不匹配扣1分，直至扣完",
    family: "composite",
    indicator: "绩效目标",
    points: 2,
    seen: "issue 10 (composite)",
    cases: [
      {
        actual: "1,0,2", status: "deducted", score: 0,
        explanation: "扣2分：未申报1处×0.5分，不匹配2处×1分，共扣2.5分",
        why: "0.5 + 2 = 2.5 off",
      },
      {
        actual: "不规范1处", status: "deducted", score: 1.5,
        explanation: "扣0.5分：不规范1处×0.5分，共扣0.5分",
        why: "by name",
      },
      {
        actual: 1, status: "error", score: null,
        explanation: "评分标准有3种扣分情形且扣分不同，请在G2按顺序分别填写各情形的个数（如“1,0”）。",
        why: "one count for parts at different rates",
      },
    ],
  },
  {
    text: "每发现一处问题扣一分，扣完为止",
    family: "per-item",
    indicator: "问题整改",
    points: 3,
    seen: "SPEC §3 (Chinese numerals)",
    cases: [
      {
        actual: 2, status: "deducted", score: 1,
        explanation: "扣2分：发现2个×1分，共扣2分",
        why: "扣一分 is 1",
      },
    ],
  },
  {
    text: "满意度达到百分之九十以上得满分，每降低五个百分点扣零点五分",
    family: "steps",
    indicator: "群众满意度",
    points: 2,
    seen: "SPEC §3 (Chinese numerals)",
    cases: [
      {
        actual: "84%", status: "deducted", score: 1.5,
        explanation: "扣0.5分：84%，较90%低6个百分点，每5个百分点扣0.5分，计1档",
        why: "6 below 90: one step of 5, 0.5 off",
      },
    ],
  },
  {
    text: "1、设置年度绩效目标2分，其中单位整体绩效目标1分，项目绩效目标1分；2、绩效目标明确1分；3、绩效指标细化量化1分；4、未设置绩效目标不得分",
    family: "checklist",
    indicator: "绩效目标设置",
    points: 5,
    seen: "issue 22 (a numbered checklist read as categories; concrete words ours)",
    cases: [
      {
        actual: "是,否,是,是", status: "deducted", score: 3,
        explanation: "扣2分：1、(1)是（1分）；1、(2)否（0分）；2、是（1分）；3、是（1分）",
        why: "item 1 splits into its two parts (1 + 1): unit target set, project target not; items 2 and 3 met → 1+0+1+1 = 3",
      },
      {
        actual: "1、3", status: "deducted", score: 3,
        explanation: "扣2分：1、(1)是（1分）；1、(2)是（1分）；2、否（0分）；3、是（1分）",
        why: "a number names the item, all its parts: 1 (1+1) and 3 (1) → 3",
      },
      {
        actual: null, status: "error", score: null,
        explanation: "缺少输入：请在G2填写实际完成值。",
        why: "no answers: the checklist asks for them",
      },
    ],
  },
  {
    text: "按时完成的得满分，未按时完成的扣2分，至0分为止",
    family: "yes-no",
    alsoReadBy: ["categorical","composite"],
    indicator: "任务完成及时性",
    points: 3,
    seen: "issue 22 (`…至0分为止` offered as a choice 至; concrete words ours)",
    cases: [
      {
        actual: "未按时完成", status: "deducted", score: 1,
        explanation: "扣2分：按“按时完成/未按时完成”评分：未按时完成，扣2分",
        why: "the denial: 3 − 2 = 1; 至0分为止 only says deductions stop at zero",
      },
      {
        actual: "否", status: "deducted", score: 1,
        explanation: "扣2分：按“按时完成/未按时完成”评分：否，扣2分",
        why: "否 answers the denial",
      },
      {
        actual: "按时完成", status: "full", score: 3,
        explanation: "满分：按“按时完成/未按时完成”评分：按时完成，不扣分",
        why: "the affirmation: full",
      },
    ],
  },
  {
    text: "按实现程度计分：A、制度健全1分；B、执行有效1分；C、公开透明1分；D、档案完整1分；E、无违规违纪1分，每完成1项取得该项分数",
    family: "checklist",
    indicator: "管理制度健全性",
    points: 5,
    seen: "issue 22 (checklist after a lead-in, lettered; concrete words ours)",
    cases: [
      {
        actual: "A、C、D", status: "deducted", score: 3,
        explanation: "扣2分：A、是（1分）；B、否（0分）；C、是（1分）；D、是（1分）；E、否（0分）",
        why: "three letters met, 1 each → 3; the lead-in and 每完成1项取得该项分数 only restate the list",
      },
      {
        actual: 5, status: "full", score: 5,
        explanation: "满分：A、是（1分）；B、是（1分）；C、是（1分）；D、是（1分）；E、是（1分）",
        why: "a count where all weigh the same: all five → 5",
      },
    ],
  },
  {
    text: "资金管理规范，包括制度健全、执行有效、核算规范、档案完整，每项1分",
    family: "checklist",
    indicator: "资金管理",
    points: 4,
    seen: "issue 22 (a lead-in sentence before items split by 、; concrete words ours)",
    cases: [
      {
        actual: "是,否,是,是", status: "deducted", score: 3,
        explanation: "扣1分：①是（1分）；②否（0分）；③是（1分）；④是（1分）",
        why: "four items of 1: three met → 3",
      },
      {
        actual: 2, status: "deducted", score: 2,
        explanation: "扣2分：①是（1分）；②是（1分）；③否（0分）；④否（0分）",
        why: "a count: two items → 2",
      },
    ],
  },
  {
    text: "资金管理制度健全得1分、执行有效得2分；会计核算规范得1分",
    family: "checklist",
    indicator: "财务管理",
    points: 4,
    seen: "issue 22 (weighted criteria split by both ；and 、; concrete words ours)",
    cases: [
      {
        actual: "否,是,是", status: "deducted", score: 3,
        explanation: "扣1分：①否（0分）；②是（2分）；③是（1分）",
        why: "criteria 1, 2 (by 、) and 3 (by ；): 0 + 2 + 1 = 3",
      },
      {
        actual: 2, status: "error", score: null,
        explanation: "G2只填写了1个回答，评分标准有3项，请逐项填写“是”或“否”。",
        why: "weights differ (1, 2, 1): a count of 2 cannot say which two were met — an error asking for 是/否 or the numbers",
      },
    ],
  },
  {
    text: "部门预算资金支出进度比例达到90%及以上的，得4分；比例不足90%时，每减少5%，扣1分",
    family: "steps",
    indicator: "预算执行进度",
    points: 4,
    seen: "issue 22 (steps inside a long subject; wording as the issue quotes it)",
    cases: [
      {
        actual: "80%", status: "deducted", score: 2,
        explanation: "扣2分：80%，较90%低10个百分点，每5个百分点扣1分，计2档",
        why: "10 points below 90: two steps of 5 → 4 − 2 = 2",
      },
      {
        actual: "85.01%", status: "full", score: 4,
        explanation: "满分：85.01%，较90%低4.99个百分点，每5个百分点扣1分，计0档",
        why: "4.99 below: no complete step → full 4",
      },
      {
        actual: "92%", status: "full", score: 4,
        explanation: "满分：92%，以90%为标准，不扣分",
        why: "at or above 90 → full",
      },
    ],
  },
  {
    text: "预算执行率每减少1%扣1分；每发现一项违规支出扣1分，最多扣6分",
    family: "composite",
    indicator: "预算执行与合规",
    points: 10,
    seen: "issue 22 (a step part and a capped per-item part; wording as the issue quotes it)",
    cases: [
      {
        actual: "97%,2", status: "deducted", score: 5,
        explanation: "扣5分：预算执行率97%，较100%低3个百分点，每1个百分点扣1分，计3档，违规支出2处×1分，共扣5分",
        why: "3 steps below 100% (3) plus 2 items (2) → 10 − 5 = 5",
      },
      {
        actual: "100%,8", status: "deducted", score: 4,
        explanation: "扣6分：违规支出8处×1分（扣分以6分为限），共扣6分",
        why: "no steps; 8 items capped at 6 → 4",
      },
      {
        actual: "97%", status: "error", score: null,
        explanation: "评分标准分2部分扣分，请在G2按顺序填写预算执行率（如95%）、违规支出的个数，用逗号隔开。",
        why: "one entry for two parts: the error says what to enter, in order",
      },
    ],
  },
  {
    text: "资金到位率=实际到位资金/计划投入资金×100%，得分=资金到位率×分值",
    family: "formula",
    indicator: "资金到位率",
    points: 5,
    seen: "issue 22 (a definition in the rule text; wording as the issue quotes it)",
    cases: [
      {
        actual: null, basic: {"实际到位资金":180,"计划投入资金":200}, status: "deducted", score: 4.5,
        explanation: "扣0.5分：(180/200×100%)×5=4.5",
        why: "资金到位率 by its definition: 180/200 = 90% → 5 × 0.9 = 4.5",
      },
      {
        actual: "95%", basic: {"实际到位资金":180,"计划投入资金":200}, status: "deducted", score: 4.75,
        explanation: "扣0.25分：实际完成率95%，5×95%=4.75",
        why: "the row's own rate wins (and differs from 90%, a warning): 5 × 95% = 4.75",
      },
    ],
  },
  {
    text: "2000人次以上",
    in: "target",
    family: "target",
    indicator: "培训人次",
    points: 5,
    seen: "issue 22 (an actual typed with its unit; wording as the issue quotes it)",
    cases: [
      {
        actual: "1800人次", status: "deducted", score: 4.5,
        explanation: "扣0.5分：实际1800人次，未达到目标≥2000人次，5×1800/2000=4.5",
        why: "same unit: 5 × 1800/2000 = 4.5",
      },
      {
        actual: "2100人次", status: "full", score: 5,
        explanation: "满分：实际2100人次，达到目标≥2000人次",
        why: "met",
      },
    ],
  },
  {
    text: "结转结余率为0的得3分；在5%以内（含）的得2分；超过5%的不得分",
    family: "rate-tiers",
    indicator: "结转结余率",
    points: 3,
    seen: "issue 22 (equality bands; wording as the issue quotes it)",
    cases: [
      {
        actual: 0, status: "full", score: 3,
        explanation: "满分：0%，为0，计3分",
        why: "为0: equality → 3",
      },
      {
        actual: "5%", status: "deducted", score: 2,
        explanation: "扣1分：5%，5%以内(含)，计2分",
        why: "5% included in 以内（含） → 2",
      },
      {
        actual: "5.5%", status: "deducted", score: 0,
        explanation: "扣3分：5.5%，超过5%，不得分",
        why: "above 5% → 0",
      },
    ],
  },
  {
    text: "决算数未超过预算数的得满分，每超一项扣0.5分",
    family: "per-item",
    indicator: "“三公”经费控制情况",
    points: 2,
    seen: "issue 22 (“三公” from 基础数据; wording as the issue quotes it)",
    cases: [
      {
        actual: null, basic: {"因公出国（境）经费预算数":6,"因公出国（境）经费决算数":8.68,"公务接待费预算数":3,"公务接待费决算数":2,"公务用车购置及运行维护费预算数":10,"公务用车购置及运行维护费决算数":9}, status: "deducted", score: 1.5,
        explanation: "扣0.5分：因公出国（境）经费决算8.68超预算6（1项超预算），发现1个×0.5分，共扣0.5分",
        why: "one item over budget (因公出国) → 2 − 0.5 = 1.5",
      },
      {
        actual: 2, status: "deducted", score: 1,
        explanation: "扣1分：发现2个×0.5分，共扣1分",
        why: "the row's own count wins: 2 × 0.5 off → 1",
      },
    ],
  },
  {
    text: "100%",
    in: "target",
    family: "target",
    indicator: "任务完成率",
    points: 3,
    seen: "issue 22 (完成 beside a target of 100%; wording as the issue quotes it)",
    cases: [
      {
        actual: "完成", status: "full", score: 3,
        explanation: "满分：定性评价，实际完成情况为“完成”",
        why: "完成 is a verdict of 达成: qualitative, full",
      },
      {
        actual: "已完成", status: "full", score: 3,
        explanation: "满分：定性评价，实际完成情况为“已完成”",
        why: "the same verdict",
      },
      {
        actual: "按时完成", status: "full", score: 3,
        explanation: "满分：目标100%为下限；实际按时完成，达到目标≥100%",
        why: "the deadline's word: the target reached",
      },
    ],
  },
  {
    text: "得分=达到预期值的数量指标个数/全部数量指标个数×分值",
    family: "formula",
    indicator: "数量指标完成情况",
    points: 5,
    seen: "issue 22 (ratio of counts; wording as the issue quotes it)",
    cases: [
      {
        actual: "3/4", status: "deducted", score: 3.75,
        explanation: "扣1.25分：3/4×5=3.75",
        why: "the two counts: 3/4 × 5 = 3.75",
      },
      {
        actual: "75%", status: "deducted", score: 3.75,
        explanation: "扣1.25分：实际完成率75%，5×75%=3.75",
        why: "or the rate: 5 × 75% = 3.75",
      },
    ],
  },
  {
    text: "培训达到2000人次的得满分，每少100人次扣1分",
    family: "steps",
    indicator: "培训人次",
    points: 5,
    seen: "issue 22 (found while making its cases: a step of 100人次 was read per item)",
    cases: [
      {
        actual: "1800人次", status: "deducted", score: 3,
        explanation: "扣2分：1800人次，较2000人次低200人次，每100人次扣1分，计2档",
        why: "200 below in steps of 100 → 5 − 2 = 3",
      },
      {
        actual: "1950人次", status: "full", score: 5,
        explanation: "满分：1950人次，较2000人次低50人次，每100人次扣1分，计0档",
        why: "50 below: no complete step → full",
      },
    ],
  },
  {
    text: "低于95%的，每相差1个百分点扣0.5分",
    family: "steps",
    indicator: "验收合格率",
    points: 5,
    seen: "issue 22 (found by the paraphrases: 低于 as a shortfall)",
    cases: [
      {
        actual: "98%", status: "full", score: 5,
        explanation: "满分：98%，以95%为标准，不扣分",
        why: "only a shortfall counts: above 95 → full",
      },
      {
        actual: "93%", status: "deducted", score: 4,
        explanation: "扣1分：93%，较95%低2个百分点，每1个百分点扣0.5分，计2档",
        why: "2 below: 2 × 0.5 off → 4",
      },
    ],
  },
  {
    text: "质量不达标的酌情扣分，得分=分值×实际完成任务量/绩效目标设定任务量×100%",
    family: null,
    indicator: "任务完成率",
    points: 5,
    seen: "issue 22 (found while making its cases: words before 得分= were dropped)",
    cases: [
      {
        actual: "90%", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“质量不达标的酌情扣分,得分=分值×实际完成任务量/绩效目标设定任务量×100%”，需人工评分。",
        why: "a judgement before the formula: never scored, quoted",
      },
    ],
  },
];

/** The rules and targets of the corpus of published tables. */
export const FROM_CORPUS: readonly Phrasing[] = [
  {
    text: "1、基础数据信息是否真实(1分); 2、基础数据信息是否完整(1分); 3、基础数据信息是否准确(1分)。",
    family: "checklist",
    indicator: "基础信息完整性",
    points: 3,
    seen: "corpus: test/fixtures/real/tables/anhui-shouxian-2023-excerpt.ts",
    cases: [
      {
        actual: "是,是,否", status: "deducted", score: 2,
        explanation: "扣1分：1、是（1分）；2、是（1分）；3、否（0分）",
        why: "criteria 1 and 2 met, 1 point each",
      },
      {
        actual: null, status: "error", score: null,
        explanation: "缺少输入：请在G2填写实际完成值。",
        why: "the answers are missing (the published table has no 实际完成值 column)",
      },
    ],
  },
  {
    text: "年度工作计划是否完整可行(3分)",
    family: "yes-no",
    indicator: "年度工作计划完整性",
    points: 3,
    seen: "corpus: test/fixtures/real/tables/anhui-shouxian-2023-excerpt.ts",
    cases: [
      {
        actual: "是", status: "full", score: 3,
        explanation: "满分：按“年度工作计划是否完整可行/否”评分：是，计3分",
        why: "a single question worth 3: yes",
      },
      {
        actual: "否", status: "deducted", score: 0,
        explanation: "扣3分：按“年度工作计划是否完整可行/否”评分：否，不得分",
        why: "no",
      },
    ],
  },
  {
    text: "绩效目标明确,且细化、量化(2分);",
    family: "yes-no",
    indicator: "年度绩效目标明确性",
    points: 2,
    seen: "corpus: test/fixtures/real/tables/anhui-shouxian-2023-excerpt.ts",
    cases: [
      {
        actual: "是", status: "full", score: 2,
        explanation: "满分：按“绩效目标明确且细化量化/否”评分：是，计2分",
        why: "a single criterion worth 2: met",
      },
    ],
  },
  {
    text: "≥100百分比",
    in: 'target',
    family: "target",
    indicator: "委托业务报告合格率",
    points: 8,
    seen: "corpus: test/fixtures/real/tables/anhui-chizhou-tangxi-weituo-2022.ts",
    cases: [
      {
        actual: 100, status: "full", score: 8,
        explanation: "满分：实际100%，达到目标≥100%",
        why: "百分比 is percent: 100% meets it",
      },
      {
        actual: "100.5%", status: "error", score: null,
        explanation: "G2的“委托业务报告合格率”为100.5%，该比率不能超过100%，请核对。",
        why: "a 合格率 cannot exceed 100%",
      },
    ],
  },
  {
    text: "≤90万元",
    in: 'target',
    family: "target",
    indicator: "项目总成本",
    points: 8,
    seen: "corpus: test/fixtures/real/tables/anhui-chizhou-tangxi-weituo-2022.ts",
    cases: [
      {
        actual: 90, status: "full", score: 8,
        explanation: "满分：实际90，达到目标≤90万元",
        why: "at the ceiling",
      },
      {
        actual: 100, status: "deducted", score: 7.2,
        explanation: "扣0.8分：实际100，未达到目标≤90万元，8×90/100=7.2",
        why: "8 × 90/100",
      },
    ],
  },
  {
    text: "严格执行相关制度规定",
    in: 'target',
    family: "qualitative",
    indicator: "经费支出合规性",
    points: 8,
    seen: "corpus: test/fixtures/real/tables/anhui-chizhou-tangxi-weituo-2022.ts",
    cases: [
      {
        actual: "达成预期指标", status: "full", score: 8,
        explanation: "满分：定性评价，实际完成情况为“达成预期指标”",
        why: "a prose target, and a verdict of achieved",
      },
    ],
  },
  {
    text: "≥11.376万元",
    in: 'target',
    family: "target",
    indicator: "特色产业带动增加受益农户收入(总收入)",
    points: 20,
    seen: "corpus: test/fixtures/real/tables/anhui-xiaoxian-hexi-zhongyang-2023.ts",
    cases: [
      {
        actual: "12万元", status: "full", score: 20,
        explanation: "满分：实际12万元，达到目标≥11.376万元",
        why: "12 ≥ 11.376 (both 万元)",
      },
      {
        actual: "10万元", status: "deducted", score: 17.58,
        explanation: "扣2.42分：实际10万元，未达到目标≥11.376万元，20×100000/113760=17.58",
        why: "20 × 10/11.376 = 17.58",
      },
    ],
  },
  {
    text: "29.5亩",
    in: 'target',
    family: "target",
    indicator: "★补助各类瓜果蔬菜种植面积",
    points: 20,
    seen: "corpus: test/fixtures/real/tables/anhui-xiaoxian-hexi-zhongyang-2023.ts",
    cases: [
      {
        actual: "29.5亩", status: "full", score: 20,
        explanation: "满分：目标29.5亩为下限；实际29.5亩，达到目标≥29.5亩",
        why: "a bare figure is a floor: met",
      },
    ],
  },
  {
    text: "100%",
    in: 'target',
    family: "target",
    indicator: "财政供养人员控制率",
    points: 2,
    seen: "corpus: test/fixtures/real/tables/chongqing-kexuecheng-rongmeiti-2021-excerpt.ts",
    cases: [
      {
        actual: "92%", status: "full", score: 2,
        explanation: "满分：目标100%为上限；实际92%，达到目标≤100%",
        why: "控制率: lower is better, 100% is a ceiling",
      },
      {
        actual: "104%", status: "deducted", score: 1.92,
        explanation: "扣0.08分：目标100%为上限；实际104%，未达到目标≤100%，2×100/104=1.92",
        why: "2 × 100/104 = 1.923 → 1.92",
      },
    ],
  },
  {
    text: "70%",
    in: 'target',
    family: "target",
    indicator: "预算完成率",
    points: 2,
    seen: "corpus: test/fixtures/real/tables/chongqing-kexuecheng-rongmeiti-2021-excerpt.ts",
    cases: [
      {
        actual: "76%", status: "full", score: 2,
        explanation: "满分：目标70%为下限；实际76%，达到目标≥70%",
        why: "a floor: met",
      },
    ],
  },
  {
    text: "小于5%",
    in: 'target',
    family: "target",
    indicator: "结余率",
    points: 4,
    seen: "corpus: test/fixtures/real/tables/jiangxi-nanchang-cancha-2021-excerpt.ts",
    cases: [
      {
        actual: "3%", status: "full", score: 4,
        explanation: "满分：实际3%，达到目标<5%",
        why: "below the ceiling",
      },
      {
        actual: "6%", status: "deducted", score: 3.33,
        explanation: "扣0.67分：实际6%，未达到目标<5%，4×5/6=3.33",
        why: "above the ceiling: 4 × 5/6 = 3.33",
      },
    ],
  },
  {
    text: "95%以上",
    in: 'target',
    family: "target",
    indicator: "任务1:诊断准确率",
    points: 5,
    seen: "corpus: test/fixtures/real/tables/jiangxi-nanchang-cancha-2021-excerpt.ts",
    cases: [
      {
        actual: "97%", status: "full", score: 5,
        explanation: "满分：实际97%，达到目标≥95%",
        why: "met",
      },
    ],
  },
  {
    text: "增加",
    in: 'target',
    family: "qualitative",
    indicator: "任务1:门诊住院人次",
    points: 5,
    seen: "corpus: test/fixtures/real/tables/jiangxi-nanchang-cancha-2021-excerpt.ts",
    cases: [
      {
        actual: "增372人次", status: "manual", score: null,
        explanation: "实际完成情况为“增372人次”，需人工评分。",
        why: "a prose target; the actual is not a verdict: a person judges",
      },
    ],
  },
  {
    text: "≥266米",
    in: 'target',
    family: "target",
    indicator: "安装坡面水标尺",
    points: 10,
    seen: "corpus: test/fixtures/real/tables/sichuan-zhongjiang-shuibiaochi-2022.ts",
    cases: [
      {
        actual: "≥266米", status: "full", score: 10,
        explanation: "满分：实际≥266米，达到目标≥266米",
        why: "the actual restates the bound, which meets the target",
      },
      {
        actual: "≥200米", status: "manual", score: null,
        explanation: "G2的实际完成值“≥200米”只给出范围，不能判断是否达到目标：请填写实际数值，或人工评分。",
        why: "a bound below the target says too little",
      },
    ],
  },
  {
    text: "≥50厘米",
    in: 'target',
    family: "target",
    indicator: "水标尺宽度",
    points: 10,
    seen: "corpus: test/fixtures/real/tables/sichuan-zhongjiang-shuibiaochi-2022.ts",
    cases: [
      {
        actual: "55厘米", status: "full", score: 10,
        explanation: "满分：实际55厘米，达到目标≥50厘米",
        why: "met, in 厘米",
      },
    ],
  },
  {
    text: "20万元",
    in: 'target',
    family: "target",
    indicator: "项目计划总投资",
    points: 10,
    seen: "corpus: test/fixtures/real/tables/sichuan-zhongjiang-shuibiaochi-2022.ts",
    cases: [
      {
        actual: "20万元", status: "full", score: 10,
        explanation: "满分：目标20万元为下限；实际20万元，达到目标≥20万元",
        why: "met (a bare figure on an investment is a floor)",
      },
    ],
  },
  {
    text: "显著提升",
    in: 'target',
    family: "qualitative",
    indicator: "群众生产生活条件改善状况",
    points: 10,
    seen: "corpus: test/fixtures/real/tables/sichuan-zhongjiang-shuibiaochi-2022.ts",
    cases: [
      {
        actual: "显著提升", status: "full", score: 10,
        explanation: "满分：定性评价，实际完成情况“显著提升”与目标一致",
        why: "a prose target, and an actual that says it word for word: reached",
      },
      {
        actual: "有所提升", status: "manual", score: null,
        explanation: "实际完成情况为“有所提升”，需人工评分。",
        why: "another wording than the target: a person judges",
      },
    ],
  },
  {
    text: "有效",
    in: 'target',
    family: "qualitative",
    indicator: "减轻贫困学生家庭经济负担",
    points: 10,
    seen: "corpus: test/fixtures/real/tables/yunnan-yongde-minglang-yingyang-2022.ts",
    cases: [
      {
        actual: "有效", status: "full", score: 10,
        explanation: "满分：定性评价，实际完成情况为“有效”",
        why: "the verdict 有效",
      },
    ],
  },
  {
    text: "≥200平方米",
    in: 'target',
    family: "target",
    indicator: "野生动物收容所",
    points: 10,
    seen: "corpus: test/fixtures/real/tables/yunnan-linxiang-maluken-2023.ts",
    cases: [
      {
        actual: "204.46平方米", status: "full", score: 10,
        explanation: "满分：实际204.46平方米，达到目标≥200平方米",
        why: "met",
      },
    ],
  },
  {
    text: "≥8400元",
    in: 'target',
    family: "target",
    indicator: "务工人员年人均增收",
    points: 10,
    seen: "corpus: test/fixtures/real/tables/yunnan-linxiang-maluken-2023.ts",
    cases: [
      {
        actual: "8400元", status: "full", score: 10,
        explanation: "满分：实际8400元，达到目标≥8400元",
        why: "met at the bound",
      },
    ],
  },
  {
    text: "2023年12月",
    in: 'target',
    family: "target",
    indicator: "项目完工时限",
    points: 15,
    seen: "corpus: test/fixtures/real/tables/yunnan-linxiang-maluken-2023.ts",
    cases: [
      {
        actual: "2023年10月", status: "full", score: 15,
        explanation: "满分：实际2023年10月，期限2023年12月底前，按期完成",
        why: "a deadline: done in October, before the end of December → met → full",
      },
      {
        actual: "2024年1月", status: "manual", score: null,
        explanation: "实际2024年1月，期限2023年12月底前，已逾期；指标未说明逾期如何扣分，请在G2人工评分。",
        why: "a deadline missed; the target does not say what lateness costs, so a person scores it",
      },
    ],
  },
  {
    text: "执行率*该指标分值,最高不得超过分值上限。",
    family: "formula",
    indicator: "年度资金总额",
    points: 10,
    seen: "corpus: test/fixtures/real/tables/shandong-licheng-wenhuaguan-2019-excerpt.ts (济南市历城区文化馆 区级部门预算项目支出绩效自评表 · 山东 · 2019 · http://jnslcqwhg.cn/newsinf_id_308.html; the same words in beijing-xueyuanlu-baojie-2016-excerpt.ts · 北京 · 2016)",
    cases: [
      {
        actual: "49.88%", status: "deducted", score: 4.99,
        explanation: "扣5.01分：实际完成率49.88%，10×49.88%=4.99",
        why: "Beijing’s 154.74 of 310.2 = 49.88%: 10 × 49.88% = 4.99 (the office typed 5 from a rounded 50%)",
      },
      {
        actual: "100%", status: "full", score: 10,
        explanation: "满分：实际完成率100%，10×100%=10",
        why: "Jinan’s 45 of 45: 10 × 100% = 10",
      },
      {
        actual: "120%", status: "full", score: 10,
        explanation: "满分：实际完成率120%，10×120%=12，超过分值按满分计",
        why: "above the points: capped, as the rule says (最高不得超过分值上限)",
      },
    ],
  },
  {
    text: "定量指标计算:完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。\n定性指标计算:根据“三档”原则分别按照指标分值的100-80%(含80%)、80-50%(含50%)、50-0%来记分。",
    family: null,
    indicator: "全年免费开放",
    points: 12.5,
    target: "100%",
    seen: "corpus: test/fixtures/real/tables/shandong-licheng-wenhuaguan-2019-excerpt.ts (济南市历城区文化馆 区级部门预算项目支出绩效自评表, 得分计算方法 column · 山东 · 2019 · http://jnslcqwhg.cn/newsinf_id_308.html)",
    cases: [
      {
        actual: "90%", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“定性指标计算:根据\"3档\"原则分别按照指标分值的100-80%(含80%)、80…”、“定量指标计算:完成值达到指标值,记满分”、“未达到指标值,按B/A或A/B*该指标分值记分”，需人工评分。",
        why: "B/A or A/B as the measure runs, and for a qualitative measure a band of the points chosen by a person: a judgement",
      },
    ],
  },
  {
    text: "8755",
    in: "target",
    family: "target",
    indicator: "全县参合人数",
    points: 15,
    seen: "corpus: test/fixtures/real/tables/shanxi-jishan-yibao-peitao-2020.ts (稷山县项目支出绩效自评表 · 山西 · 2020 · https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html)",
    cases: [
      {
        actual: 8676, status: "deducted", score: 14.86,
        explanation: "扣0.14分：目标8755为下限；实际8676，未达到目标≥8755，15×8676/8755=14.86",
        why: "a bare count is a floor: 15 × 8676/8755 = 14.86 (the office typed 13)",
      },
      {
        actual: 8755, status: "full", score: 15,
        explanation: "满分：目标8755为下限；实际8755，达到目标≥8755",
        why: "met",
      },
    ],
  },
  {
    text: "75元",
    in: "target",
    family: "target",
    indicator: "配套资金每人每年",
    points: 10,
    seen: "corpus: test/fixtures/real/tables/shanxi-jishan-yibao-peitao-2020.ts (稷山县项目支出绩效自评表 · 山西 · 2020 · https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html)",
    cases: [
      {
        actual: "75元", status: "full", score: 10,
        explanation: "满分：目标75元为下限；实际75元，达到目标≥75元",
        why: "the same 75元: met whichever way the bound is read",
      },
    ],
  },
];

/** Rules collected from published tables and frameworks (99 texts, 8+ provinces, 2003–2023). */
export const PUBLISHED: readonly Phrasing[] = [
  {
    text: "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。",
    family: "steps",
    indicator: "财政供养人员控制率",
    points: 5,
    seen: "岳阳市公路系统部门整体支出绩效评价评分表（湖南省部门整体支出绩效评价指标体系格式；页面未注明年度，年份推断） · 湖南 · 2020 · https://glj.yueyang.gov.cn/6173/6181/content_1705915.html",
    cases: [
      {
        actual: "100%", status: "full", score: 5,
        explanation: "满分：100%，以100%为标准，不扣分",
        why: "100% ≦ 100%, the ceiling itself → 计5分",
      },
      {
        actual: "103.5%", status: "deducted", score: 3.5,
        explanation: "扣1.5分：103.5%，较100%高3.5个百分点，每1个百分点扣0.5分，计3档",
        why: "3.5 points over 100%; only 3 whole points count → 3 × 0.5 = 1.5 off, 5 − 1.5 = 3.5",
      },
      {
        actual: "112%", status: "deducted", score: 0,
        explanation: "扣5分：112%，较100%高12个百分点，每1个百分点扣0.5分，计12档",
        why: "12 whole points over → 12 × 0.5 = 6 off, more than 5 → 扣完为止, 0",
      },
    ],
  },
  {
    text: "“三公经费”变动率≦0,计5分;\n“三公经费”>0,每超过一个百分点扣0.5分,扣完为止。",
    family: "steps",
    indicator: "“三公经费”变动率",
    points: 5,
    seen: "岳阳市公路系统部门整体支出绩效评价评分表（湖南省部门整体支出绩效评价指标体系格式；页面未注明年度，年份推断） · 湖南 · 2020 · https://glj.yueyang.gov.cn/6173/6181/content_1705915.html",
    cases: [
      {
        actual: "-12.5%", status: "full", score: 5,
        explanation: "满分：-12.5%，以0%为标准，不扣分",
        why: "a change rate may be negative; −12.5% ≦ 0 → 计5分",
      },
      {
        actual: "0%", status: "full", score: 5,
        explanation: "满分：0%，以0%为标准，不扣分",
        why: "0 ≦ 0 (bound included) → 5",
      },
      {
        actual: "2.8%", status: "deducted", score: 4,
        explanation: "扣1分：2.8%，较0%高2.8个百分点，每1个百分点扣0.5分，计2档",
        why: "2.8 points above 0; 2 whole points → 2 × 0.5 = 1 off, 5 − 1 = 4",
      },
    ],
  },
  {
    text: "重点支出安排率≥90%,计5分;80%(含)-90%,计4分;70%(含)-80%,计3分;60%(含)-70%,计2分;低于60%不得分。",
    family: "range-tiers",
    indicator: "重点支出安排率",
    points: 5,
    seen: "岳阳市公路系统部门整体支出绩效评价评分表（湖南省部门整体支出绩效评价指标体系格式；页面未注明年度，年份推断） · 湖南 · 2020 · https://glj.yueyang.gov.cn/6173/6181/content_1705915.html",
    cases: [
      {
        actual: "90%", status: "full", score: 5,
        explanation: "满分：90%，≥90%，计5分",
        why: "90% meets ≥90% → 5",
      },
      {
        actual: "79.995%", status: "deducted", score: 4,
        explanation: "扣1分：80%，80%(含)-90%，计4分",
        why: "rounded half-up to 80.00% first; 80% is the closed (含) end of 80%-90% → 4",
      },
      {
        actual: "59.5%", status: "deducted", score: 0,
        explanation: "扣5分：59.5%，低于60%，不得分",
        why: "59.5% 低于60% → 不得分",
      },
    ],
  },
  {
    text: "预算调整率=0,计3分;0-10%(含),计2分;10-20%(含),计1分;20-30%(含),计0.5分;大于30%不得分。",
    family: "range-tiers",
    indicator: "预算调整率",
    points: 3,
    seen: "岳阳市公路系统部门整体支出绩效评价评分表（湖南省部门整体支出绩效评价指标体系格式；页面未注明年度，年份推断） · 湖南 · 2020 · https://glj.yueyang.gov.cn/6173/6181/content_1705915.html",
    cases: [
      {
        actual: "0%", status: "full", score: 3,
        explanation: "满分：0%，=0，计3分",
        why: "exactly 0 → the “=0” band → 3",
      },
      {
        actual: "10%", status: "deducted", score: 2,
        explanation: "扣1分：10%，0-10%(含)，计2分",
        why: "10% is the closed (含) upper end of 0-10% → 2",
      },
      {
        actual: "30.5%", status: "deducted", score: 0,
        explanation: "扣3分：30.5%，大于30%，不得分",
        why: "30.5% 大于30% → 不得分",
      },
    ],
  },
  {
    text: "春节前下达全部专项资金的50%;6月底前所有专项资金指标全部下达完。\n每出现一个专项未按进度完成资金下达扣0.5分,扣完为止。",
    family: "per-item",
    indicator: "支付进度",
    points: 3,
    seen: "岳阳市公路系统部门整体支出绩效评价评分表（湖南省部门整体支出绩效评价指标体系格式；页面未注明年度，年份推断） · 湖南 · 2020 · https://glj.yueyang.gov.cn/6173/6181/content_1705915.html",
    cases: [
      {
        actual: 0, status: "full", score: 3,
        explanation: "满分：未发现问题",
        why: "no late 专项 → nothing off; the 50% in the first sentence is a schedule, not a threshold",
      },
      {
        actual: 3, status: "deducted", score: 1.5,
        explanation: "扣1.5分：发现3个×0.5分，共扣1.5分",
        why: "3 个专项 × 0.5 = 1.5 off, 3 − 1.5 = 1.5",
      },
      {
        actual: 7, status: "deducted", score: 0,
        explanation: "扣3分：发现7个×0.5分，共扣3.5分",
        why: "7 × 0.5 = 3.5 off, more than 3 → 扣完为止, 0",
      },
    ],
  },
  {
    text: "无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分。",
    family: "categorical",
    indicator: "资金结余",
    points: 3,
    seen: "岳阳市公路系统部门整体支出绩效评价评分表（湖南省部门整体支出绩效评价指标体系格式；页面未注明年度，年份推断） · 湖南 · 2020 · https://glj.yueyang.gov.cn/6173/6181/content_1705915.html",
    cases: [
      {
        actual: "无结余", status: "full", score: 3,
        explanation: "满分：属“无结余”，计3分",
        why: "names the first band → 3",
      },
      {
        actual: "有结余,但不超过上年结转", status: "deducted", score: 2,
        explanation: "扣1分：属“有结余但不超过上年结转”，计2分",
        why: "names the second band → 2",
      },
      {
        actual: "结余超过上年结转", status: "deducted", score: 0,
        explanation: "扣3分：属“结余超过上年结转”，不得分",
        why: "names the third band → 不得分",
      },
    ],
  },
  {
    text: "以100%为标准。三公经费控制率≦100%,计6分;\n每超过一个百分点扣1分,扣完为止。",
    family: "steps",
    indicator: "“三公经费”控制率",
    points: 6,
    seen: "岳阳市公路系统部门整体支出绩效评价评分表（湖南省部门整体支出绩效评价指标体系格式；页面未注明年度，年份推断） · 湖南 · 2020 · https://glj.yueyang.gov.cn/6173/6181/content_1705915.html",
    cases: [
      {
        actual: "96.4%", status: "full", score: 6,
        explanation: "满分：96.4%，以100%为标准，不扣分",
        why: "96.4% ≦ 100% → 6",
      },
      {
        actual: "100.99%", status: "full", score: 6,
        explanation: "满分：100.99%，较100%高0.99个百分点，每1个百分点扣1分，计0档",
        why: "only 0.99 of a point over; no whole point → 0 steps → 6",
      },
      {
        actual: "104%", status: "deducted", score: 2,
        explanation: "扣4分：104%，较100%高4个百分点，每1个百分点扣1分，计4档",
        why: "4 whole points over → 4 × 1 = 4 off, 6 − 4 = 2",
      },
    ],
  },
  {
    text: "①已制定或具有预算资金管理办法,内部财务管理制度、会计核算制度等管理制度,1分;\n②相关管理制度合法、合规、完整,1分;\n③相关管理制度得到有效执行,1分。",
    family: "checklist",
    indicator: "管理制度健全性",
    points: 3,
    seen: "岳阳市公路系统部门整体支出绩效评价评分表（湖南省部门整体支出绩效评价指标体系格式；页面未注明年度，年份推断） · 湖南 · 2020 · https://glj.yueyang.gov.cn/6173/6181/content_1705915.html",
    cases: [
      {
        actual: "是,是,否", status: "deducted", score: 2,
        explanation: "扣1分：①是（1分）；②是（1分）；③否（0分）",
        why: "① and ② met, ③ not → 1 + 1 = 2",
      },
      {
        actual: "①②③", status: "full", score: 3,
        explanation: "满分：①是（1分）；②是（1分）；③是（1分）",
        why: "all three criteria met → 3",
      },
      {
        actual: "是,是,否,是", status: "error", score: null,
        explanation: "G2填写了4个回答，但评分标准只有3项，请逐项填写“是”或“否”。",
        why: "four answers for three criteria → input error on the row",
      },
    ],
  },
  {
    text: "①支出符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定;\n②资金拨付有完整的审批程序和手续;\n③项目支出按规定经过评估论证;\n④支出符合部门预算批复的用途;\n⑤资金使用无截留、挤占、挪用、虚列支出等情况。\n以上情况每出现一例不符合要求的扣1分,扣完为止。",
    family: "per-item",
    indicator: "资金使用合规性",
    points: 3,
    seen: "岳阳市公路系统部门整体支出绩效评价评分表（湖南省部门整体支出绩效评价指标体系格式；页面未注明年度，年份推断） · 湖南 · 2020 · https://glj.yueyang.gov.cn/6173/6181/content_1705915.html",
    cases: [
      {
        actual: 0, status: "full", score: 3,
        explanation: "满分：未发现问题",
        why: "no non-compliant case; the ①–⑤ list describes what to check, it carries no points of its own",
      },
      {
        actual: 2, status: "deducted", score: 1,
        explanation: "扣2分：发现2个×1分，共扣2分",
        why: "2 例 × 1 = 2 off, 3 − 2 = 1",
      },
      {
        actual: -1, status: "error", score: null,
        explanation: "G2的值“-1”为负数，个数不能为负，请更正。",
        why: "a count of cases cannot be negative → error",
      },
    ],
  },
  {
    text: "①招待费用明确招待标准和招待人数,1分;②车辆维护、燃油使用政府定点,1分。③制定“三公经费”管理办法,1分,每少一项扣1分,扣完为止。",
    family: "checklist",
    alsoReadBy: ["per-item"],
    indicator: "“三公经费”管理",
    points: 3,
    seen: "《部门整体支出绩效评价指标》PDF（引用“2016年决算编制数”；经垃圾站点镜像转载，PDF抽取时列交错、“≤”被识别为“W”，已复原；省份未注明） · 省份未注明 · 2017 · http://yabovip8.sbs/html/2024/1115/8017113143006143.shtm",
    cases: [
      {
        actual: "①②", status: "deducted", score: 2,
        explanation: "扣1分：①是（1分）；②是（1分）；③否（0分）",
        why: "① and ② present, ③ missing → 1 + 1 = 2 (one item short → 扣1分)",
      },
      {
        actual: "否,否,否", status: "deducted", score: 0,
        explanation: "扣3分：①否（0分）；②否（0分）；③否（0分）",
        why: "none of the three → 0",
      },
      {
        actual: null, status: "error", score: null,
        explanation: "缺少输入：请在G2填写实际完成值。",
        why: "no answers entered → error, never a zero",
      },
    ],
  },
  {
    text: "“公务招待费”变动率≤0,计2分;“公务招待费变动率”>0,每超过一个百分点扣0.2分,扣完为止。",
    family: "steps",
    indicator: "公务招待费变动率",
    points: 2,
    target: "公务招待费变动率=[(本年度“公务招待费”总额-上年度“公务招待费”总额)/上年度“公务招待费”总额]×100%",
    seen: "《部门整体支出绩效评价指标》PDF（引用“2016年决算编制数”；经垃圾站点镜像转载，PDF抽取时列交错、“≤”被识别为“W”，已复原；省份未注明） · 省份未注明 · 2017 · http://yabovip8.sbs/html/2024/1115/8017113143006143.shtm",
    cases: [
      {
        actual: "-8.3%", status: "full", score: 2,
        explanation: "满分：-8.3%，以0%为标准，不扣分",
        why: "negative change rate ≤ 0 → 2",
      },
      {
        actual: "4.6%", status: "deducted", score: 1.2,
        explanation: "扣0.8分：4.6%，较0%高4.6个百分点，每1个百分点扣0.2分，计4档",
        why: "4 whole points over 0 → 4 × 0.2 = 0.8 off, 2 − 0.8 = 1.2",
      },
      {
        actual: "12%", status: "deducted", score: 0,
        explanation: "扣2分：12%，较0%高12个百分点，每1个百分点扣0.2分，计12档",
        why: "12 × 0.2 = 2.4 off, more than 2 → 0",
      },
    ],
  },
  {
    text: "根据项目完成时间进度计分,在计划时间内完成的,得满分,超过计划时间的,除政策性原因或特殊原因外,应根据超计划时间占计划完成时间百分比扣分。实际完成情况与计划每相差4%,扣1分,扣满10分为止。",
    family: null,
    indicator: "项目完成进度",
    points: 10,
    seen: "财政部《中央级行政经费项目支出绩效考评管理办法（试行）》附2 中央级行政经费项目支出考评计分办法（法搜网转载） · 全国（中央） · 2003 · http://www.lygzb.net/html/text/chl/509/50957_3.html",
    cases: [
      {
        actual: "100%", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“根据项目完成时间进度计分,在计划时间内完成的,得满分,超过计划时间的,除政策性原…”，需人工评分。",
        why: "the exception 除政策性原因或特殊原因外 turns on facts the figures do not carry: the rule is not read whole, so no figure is scored (SPEC §3)",
      },
      {
        actual: "96%", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“根据项目完成时间进度计分,在计划时间内完成的,得满分,超过计划时间的,除政策性原…”，需人工评分。",
        why: "the exception 除政策性原因或特殊原因外 turns on facts the figures do not carry: the rule is not read whole, so no figure is scored (SPEC §3)",
      },
      {
        actual: "90%", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“根据项目完成时间进度计分,在计划时间内完成的,得满分,超过计划时间的,除政策性原…”，需人工评分。",
        why: "the exception 除政策性原因或特殊原因外 turns on facts the figures do not carry: the rule is not read whole, so no figure is scored (SPEC §3)",
      },
    ],
  },
  {
    text: "可行性研究报告(项目申报书)编制符合要求的得7分,不符合要求的视具体情况扣分,扣完7分为止。",
    family: null,
    indicator: "可行性研究报告(项目申报书)",
    points: 7,
    seen: "财政部农业类项目财政资金绩效评价办法附件评价指标表（实施效果“由各省自行制定”；法搜网转载，文号与年份未在摘录中出现，年份推断） · 全国（中央） · 2012 · http://fsou.com/html/text/chl/1670/167082_7.html",
    cases: [
      {
        actual: "是", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“可行性研究报告(项目申报书)编制符合要求的得7分,不符合要求的视具体情况扣分,扣…”，需人工评分。",
        why: "the second case, 视具体情况扣分, names no amount: the rule is not read whole, so even 是 is not scored from it",
      },
      {
        actual: "否", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“可行性研究报告(项目申报书)编制符合要求的得7分,不符合要求的视具体情况扣分,扣…”，需人工评分。",
        why: "“视具体情况扣分” names no amount, so a non-compliant report cannot be scored from the text",
      },
    ],
  },
  {
    text: "项目实施组织管理到位的得6分;实行不力的酌情扣分,扣完6分为止。",
    family: null,
    indicator: "组织管理",
    points: 6,
    seen: "财政部农业类项目财政资金绩效评价办法附件评价指标表（实施效果“由各省自行制定”；法搜网转载，文号与年份未在摘录中出现，年份推断） · 全国（中央） · 2012 · http://fsou.com/html/text/chl/1670/167082_7.html",
    cases: [
      {
        actual: "是", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“项目实施组织管理到位的得6分”、“实行不力的酌情扣分,扣完6分为止”，需人工评分。",
        why: "实行不力的酌情扣分 names no amount: the rule is not read whole, so even 是 is not scored from it",
      },
      {
        actual: "实行不力", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“项目实施组织管理到位的得6分”、“实行不力的酌情扣分,扣完6分为止”，需人工评分。",
        why: "“酌情扣分” gives no amount → a person must set the deduction",
      },
    ],
  },
  {
    text: "项目档案资料齐全的得2分,不齐全的扣2分。",
    family: "yes-no",
    alsoReadBy: ["categorical","composite"],
    indicator: "项目档案",
    points: 2,
    seen: "财政部农业类项目财政资金绩效评价办法附件评价指标表（实施效果“由各省自行制定”；法搜网转载，文号与年份未在摘录中出现，年份推断） · 全国（中央） · 2012 · http://fsou.com/html/text/chl/1670/167082_7.html",
    cases: [
      {
        actual: "是", status: "full", score: 2,
        explanation: "满分：按“项目档案资料齐全/不齐全”评分：是，计2分",
        why: "齐全 → 2",
      },
      {
        actual: "否", status: "deducted", score: 0,
        explanation: "扣2分：按“项目档案资料齐全/不齐全”评分：否，扣2分",
        why: "不齐全 → 扣2分 of 2 → 0",
      },
    ],
  },
  {
    text: "计划建设内容完成100%的得20分,每减少1个百分点扣1分,扣完20分为止。",
    family: "steps",
    indicator: "建设内容完成量",
    points: 20,
    seen: "财政部农业类项目财政资金绩效评价办法附件评价指标表（实施效果“由各省自行制定”；法搜网转载，文号与年份未在摘录中出现，年份推断） · 全国（中央） · 2012 · http://fsou.com/html/text/chl/1670/167082_7.html",
    cases: [
      {
        actual: "99.99%", status: "full", score: 20,
        explanation: "满分：99.99%，较100%低0.01个百分点，每1个百分点扣1分，计0档",
        why: "0.01 point short; no whole point → 0 steps → 20",
      },
      {
        actual: "92.5%", status: "deducted", score: 13,
        explanation: "扣7分：92.5%，较100%低7.5个百分点，每1个百分点扣1分，计7档",
        why: "7.5 points short; 7 whole points → 7 off, 20 − 7 = 13",
      },
      {
        actual: "79%", status: "deducted", score: 0,
        explanation: "扣20分：79%，较100%低21个百分点，每1个百分点扣1分，计21档（扣分以20分为限）",
        why: "21 points short → 21 off, more than 20 → 扣完20分为止, 0",
      },
    ],
  },
  {
    text: "项目的实际支出与批复计划相符的得10分,基本相符的得6分,调整较大的扣10分。存在支出不符合专项资金管理办法的,酌情扣分。",
    family: null,
    indicator: "实际支出",
    points: 10,
    seen: "财政部农业类项目财政资金绩效评价办法附件评价指标表（实施效果“由各省自行制定”；法搜网转载，文号与年份未在摘录中出现，年份推断） · 全国（中央） · 2012 · http://fsou.com/html/text/chl/1670/167082_7.html",
    cases: [
      {
        actual: "基本相符", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“存在支出不符合专项资金管理办法的,酌情扣分”，需人工评分。",
        why: "the bands are clear (相符 10 / 基本相符 6 / 调整较大 0) but the second sentence adds an unquantified “酌情扣分”; the text is only partly recognisable, so it is not guessed",
      },
    ],
  },
  {
    text: "财务会计制度健全的得10分,基本健全的得6分,不健全的扣10分。",
    family: "categorical",
    alsoReadBy: ["composite"],
    indicator: "财务管理制度执行",
    points: 10,
    seen: "财政部农业类项目财政资金绩效评价办法附件评价指标表（实施效果“由各省自行制定”；法搜网转载，文号与年份未在摘录中出现，年份推断） · 全国（中央） · 2012 · http://fsou.com/html/text/chl/1670/167082_7.html",
    cases: [
      {
        actual: "健全", status: "full", score: 10,
        explanation: "满分：属“财务会计制度健全”，计10分",
        why: "band 健全 → 10",
      },
      {
        actual: "基本健全", status: "deducted", score: 6,
        explanation: "扣4分：属“基本健全”，计6分",
        why: "band 基本健全 → 6",
      },
      {
        actual: "不健全", status: "deducted", score: 0,
        explanation: "扣10分：属“不健全”，扣10分",
        why: "band 不健全 → 扣10分 → 0",
      },
    ],
  },
  {
    text: "由各省自行制定",
    family: null,
    indicator: "经济效益",
    points: 20,
    seen: "财政部农业类项目财政资金绩效评价办法附件评价指标表（实施效果“由各省自行制定”；法搜网转载，文号与年份未在摘录中出现，年份推断） · 全国（中央） · 2012 · http://fsou.com/html/text/chl/1670/167082_7.html",
    cases: [
      {
        actual: "12.5%", status: "manual", score: null,
        explanation: "定性指标：请在G2填写评价结论（达成/部分达成/未达成）或直接填写得分。",
        why: "delegates the standard to each province; no scoring rule here",
      },
    ],
  },
  {
    text: "主要包括带动农民增收、促进农民就业、辐射周边农户及促进区域主导产业形成等情况。",
    family: null,
    indicator: "社会效益",
    points: 15,
    seen: "财政部农业类项目财政资金绩效评价办法附件评价指标表（实施效果“由各省自行制定”；法搜网转载，文号与年份未在摘录中出现，年份推断） · 全国（中央） · 2012 · http://fsou.com/html/text/chl/1670/167082_7.html",
    cases: [
      {
        actual: "达成", status: "full", score: 15,
        explanation: "满分：定性评价，实际完成情况为“达成”",
        why: "the text says nothing about scoring, so the row goes by its name, qualitatively: the verdict 达成 gives full marks (SPEC §3)",
      },
    ],
  },
  {
    text: "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.",
    family: null,
    indicator: "预算执行情况",
    points: 10,
    seen: "青神县发展和改革局 部门预算项目支出绩效自评表（2023年度，四川省格式 510000_0013zp） · 四川 · 2023 · https://www.scqs.gov.cn/info/13206/211004.htm",
    cases: [
      {
        actual: "85.3%", status: "manual", score: null,
        explanation: "定性指标：请在G2填写评价结论（达成/部分达成/未达成）或直接填写得分。",
        why: "defines 预算执行率 and asks for an explanation below 90%, but gives no points; the 90% is a reporting trigger, not a scoring threshold",
      },
    ],
  },
  {
    text: "=100%",
    in: 'target',
    family: "target",
    indicator: "发放(缴纳)覆盖率",
    points: 60,
    seen: "青神县发展和改革局 部门预算项目支出绩效自评表（2023年度，四川省格式 510000_0013zp） · 四川 · 2023 · https://www.scqs.gov.cn/info/13206/211004.htm",
    cases: [
      {
        actual: "100%", status: "full", score: 60,
        explanation: "满分：目标100%为下限；实际100%，达到目标≥100%",
        why: "published as 指标性质 “=”, 指标值 100, 单位 %; 100% meets it → 60",
      },
      {
        actual: "98%", status: "deducted", score: 58.8,
        explanation: "扣1.2分：目标100%为下限；实际98%，未达到目标≥100%，60×98/100=58.8",
        why: "short of target → 60 × 98/100 = 58.8",
      },
    ],
  },
  {
    text: "≤30万元",
    in: 'target',
    family: "target",
    indicator: "成本控制数",
    points: 90,
    seen: "大英县司法局 部门预算项目支出绩效自评表（2023年度，四川省格式） · 四川 · 2023 · https://dyxrmt.cn/article-157795-21.html",
    cases: [
      {
        actual: 28, status: "full", score: 90,
        explanation: "满分：实际28，达到目标≤30万元",
        why: "28 ≤ 30 (ceiling met) → 90",
      },
      {
        actual: 32, status: "deducted", score: 84.38,
        explanation: "扣5.62分：实际32，未达到目标≤30万元，90×30/32=84.38",
        why: "ceiling missed → points × target/actual = 90 × 30/32 = 84.375 → 84.38",
      },
    ],
  },
  {
    text: "≤10次",
    in: 'target',
    family: "target",
    indicator: "科目调整次数",
    points: 22.5,
    seen: "德阳地区部门预算项目支出绩效自评表（工资福利类项目，四川省格式；年份推断） · 四川 · 2023 · https://dyrmt.com/article-132779-22.html",
    cases: [
      {
        actual: 8, status: "full", score: 22.5,
        explanation: "满分：实际8，达到目标≤10次",
        why: "8 ≤ 10 → 22.5",
      },
      {
        actual: 12, status: "deducted", score: 18.75,
        explanation: "扣3.75分：实际12，未达到目标≤10次，22.5×10/12=18.75",
        why: "22.5 × 10/12 = 18.75",
      },
      {
        actual: -1, status: "error", score: null,
        explanation: "G2的值“-1”为负数，个数不能为负，请更正。",
        why: "a count of adjustments cannot be negative",
      },
    ],
  },
  {
    text: "≤5%",
    in: 'target',
    family: "target",
    indicator: "结余率(计算方法为:结余数/预算数)",
    points: 22.5,
    seen: "德阳地区部门预算项目支出绩效自评表（工资福利类项目，四川省格式；年份推断） · 四川 · 2023 · https://dyrmt.com/article-132779-22.html",
    cases: [
      {
        actual: "3.2%", status: "full", score: 22.5,
        explanation: "满分：实际3.2%，达到目标≤5%",
        why: "3.2% ≤ 5% → 22.5 (the indicator name carries the rate definition 结余数/预算数)",
      },
      {
        actual: "6.25%", status: "deducted", score: 18,
        explanation: "扣4.5分：实际6.25%，未达到目标≤5%，22.5×5/6.25=18",
        why: "22.5 × 5/6.25 = 18",
      },
      {
        actual: "0%", status: "full", score: 22.5,
        explanation: "满分：实际0%，达到目标≤5%",
        why: "0% meets the ceiling; met targets take full marks, so target/actual (a division by zero) is never needed",
      },
    ],
  },
  {
    text: "=100%",
    in: 'target',
    family: "target",
    indicator: "足额保障率",
    points: 22.5,
    seen: "德阳地区部门预算项目支出绩效自评表（工资福利类项目，四川省格式；年份推断） · 四川 · 2023 · https://dyrmt.com/article-132779-22.html",
    cases: [
      {
        actual: "100%", status: "full", score: 22.5,
        explanation: "满分：目标100%为下限；实际100%，达到目标≥100%",
        why: "meets 100% → 22.5",
      },
      {
        actual: "95%", status: "deducted", score: 21.38,
        explanation: "扣1.12分：目标100%为下限；实际95%，未达到目标≥100%，22.5×95/100=21.38",
        why: "22.5 × 0.95 = 21.375 → half-up 21.38",
      },
    ],
  },
  {
    text: "≥266米",
    in: 'target',
    family: "target",
    indicator: "安装坡面水标尺",
    points: 10,
    seen: "中江县水利局 2022年财政衔接资金实施项目绩效目标自评表（转载） · 四川 · 2022 · https://chacewang.com/newsdetail/news242266.html",
    cases: [
      {
        actual: 266, status: "full", score: 10,
        explanation: "满分：实际266，达到目标≥266米",
        why: "exactly on the floor → met → 10",
      },
      {
        actual: 200, status: "deducted", score: 7.52,
        explanation: "扣2.48分：实际200，未达到目标≥266米，10×200/266=7.52",
        why: "10 × 200/266 = 7.5188 → 7.52",
      },
    ],
  },
  {
    text: "20万元",
    in: 'target',
    family: "target",
    indicator: "项目计划总投资",
    points: 10,
    seen: "中江县水利局 2022年财政衔接资金实施项目绩效目标自评表（转载） · 四川 · 2022 · https://chacewang.com/newsdetail/news242266.html",
    cases: [
      {
        actual: 20, status: "full", score: 10,
        explanation: "满分：目标20万元为下限；实际20，达到目标≥20万元",
        why: "bare target in a 成本指标 row; 20 meets it whichever direction is read, so full marks (any other value depends on reading 总投资 as a ceiling)",
      },
    ],
  },
  {
    text: "一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分,各部门根据各项指标重要程度确定三级指标的分值",
    family: null,
    indicator: "（表注）",
    points: 10,
    seen: "中江县水利局 2022年财政衔接资金实施项目绩效目标自评表（转载） · 四川 · 2022 · https://chacewang.com/newsdetail/news242266.html",
    cases: [
      {
        actual: "100%", status: "manual", score: null,
        explanation: "定性指标：请在G2填写评价结论（达成/部分达成/未达成）或直接填写得分。",
        why: "a note on how to allot points across the table; it scores nothing itself",
      },
    ],
  },
  {
    text: "≥50个",
    in: 'target',
    family: "target",
    indicator: "基建工程委托业务项目数量",
    points: 8,
    seen: "池州市贵池区棠溪镇人民政府 项目支出绩效自评表（2022年度，镜像下载） · 安徽 · 2022 · http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2",
    cases: [
      {
        actual: 50, status: "full", score: 8,
        explanation: "满分：实际50，达到目标≥50个",
        why: "50 ≥ 50 → 8",
      },
      {
        actual: 45, status: "deducted", score: 7.2,
        explanation: "扣0.8分：实际45，未达到目标≥50个，8×45/50=7.2",
        why: "8 × 45/50 = 7.2",
      },
      {
        actual: "若干", status: "error", score: null,
        explanation: "G2应填写实际完成值，现为“若干”，请改为数字。",
        why: "text where a count is needed → error on the row",
      },
    ],
  },
  {
    text: "≥100百分比",
    in: 'target',
    family: "target",
    indicator: "委托业务报告合格率",
    points: 8,
    seen: "池州市贵池区棠溪镇人民政府 项目支出绩效自评表（2022年度，镜像下载） · 安徽 · 2022 · http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2",
    cases: [
      {
        actual: "100%", status: "full", score: 8,
        explanation: "满分：实际100%，达到目标≥100%",
        why: "“百分比” is the unit written out; 100% meets ≥100% → 8",
      },
      {
        actual: "98%", status: "deducted", score: 7.84,
        explanation: "扣0.16分：实际98%，未达到目标≥100%，8×98/100=7.84",
        why: "8 × 98/100 = 7.84",
      },
      {
        actual: "100.5%", status: "error", score: null,
        explanation: "G2的“委托业务报告合格率”为100.5%，该比率不能超过100%，请核对。",
        why: "a 合格率 above 100% is impossible → error",
      },
    ],
  },
  {
    text: "严格执行相关制度规定",
    family: null,
    indicator: "经费支出合规性",
    points: 8,
    target: "严格执行相关制度规定",
    seen: "池州市贵池区棠溪镇人民政府 项目支出绩效自评表（2022年度，镜像下载） · 安徽 · 2022 · http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2",
    cases: [
      {
        actual: "达成预期指标", status: "full", score: 8,
        explanation: "满分：定性评价，实际完成情况为“达成预期指标”",
        why: "prose target; verdict 达成 → full",
      },
      {
        actual: "部分达成", status: "manual", score: null,
        explanation: "实际完成情况为“部分达成”，需人工评分。",
        why: "部分达成 with no number → a person sets the score",
      },
    ],
  },
  {
    text: "≤90万元",
    in: 'target',
    family: "target",
    indicator: "项目总成本",
    points: 8,
    seen: "池州市贵池区棠溪镇人民政府 项目支出绩效自评表（2022年度，镜像下载） · 安徽 · 2022 · http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2",
    cases: [
      {
        actual: 89.974, status: "full", score: 8,
        explanation: "满分：实际89.974，达到目标≤90万元",
        why: "89.974 ≤ 90 → 8",
      },
      {
        actual: 90, status: "full", score: 8,
        explanation: "满分：实际90，达到目标≤90万元",
        why: "on the ceiling → met → 8",
      },
      {
        actual: 100, status: "deducted", score: 7.2,
        explanation: "扣0.8分：实际100，未达到目标≤90万元，8×90/100=7.2",
        why: "over the ceiling → 8 × 90/100 = 7.2",
      },
    ],
  },
  {
    text: "效果明显",
    family: null,
    indicator: "对维护基建市场公平的影响程度",
    points: 10,
    target: "效果明显",
    seen: "池州市贵池区棠溪镇人民政府 项目支出绩效自评表（2022年度，镜像下载） · 安徽 · 2022 · http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2",
    cases: [
      {
        actual: "达成预期指标", status: "full", score: 10,
        explanation: "满分：定性评价，实际完成情况为“达成预期指标”",
        why: "verdict 达成 → 10",
      },
      {
        actual: "未达成", status: "manual", score: null,
        explanation: "实际完成情况为“未达成”，需人工评分。",
        why: "未达成 without a typed score → manual",
      },
    ],
  },
  {
    text: "得分(20分*执行率)",
    family: "formula",
    indicator: "预算执行情况",
    points: 20,
    seen: "2020年度长江禁捕项目（渔业成品油价格改革补贴）自评表及其填表说明（文库转载，OCR：“2X”“WX”为“≥X”“≤X”，“BA”“AB”为“B/A”“A/B”，已复原；省份未注明） · 省份未注明（长江流域） · 2020 · https://1wenmi.com/doc/330418.html",
    cases: [
      {
        actual: "100%", status: "full", score: 20,
        explanation: "满分：实际完成率100%，20×100%=20",
        why: "20 × 100% = 20",
      },
      {
        actual: "87.5%", status: "deducted", score: 17.5,
        explanation: "扣2.5分：实际完成率87.5%，20×87.5%=17.5",
        why: "20 × 87.5% = 17.5",
      },
      {
        actual: null, status: "error", score: null,
        explanation: "缺少输入：基础数据中没有“执行率”，请在基础数据表补充，或在G2填写实际完成值。",
        why: "no 执行率 and no figures → error",
      },
    ],
  },
  {
    text: "定量指标计分原则:正向指标(即目标值为≥X,得分=权重*B/A),反向指标(即目标值为≤X,得分=权重*A/B),得分不得突破权重总额。",
    family: "proportional",
    indicator: "补贴渔船数",
    points: 20,
    target: "6",
    seen: "2020年度长江禁捕项目（渔业成品油价格改革补贴）自评表及其填表说明（文库转载，OCR：“2X”“WX”为“≥X”“≤X”，“BA”“AB”为“B/A”“A/B”，已复原；省份未注明） · 省份未注明（长江流域） · 2020 · https://1wenmi.com/doc/330418.html",
    cases: [
      {
        actual: 5, status: "deducted", score: 16.67,
        explanation: "扣3.33分：目标6为下限；实际5，未达到目标≥6，20×5/6=16.67",
        why: "forward indicator (年初目标值 A = 6 艘): 权重 × B/A = 20 × 5/6 = 16.666… → 16.67",
      },
      {
        actual: 7, status: "full", score: 20,
        explanation: "满分：目标6为下限；实际7，达到目标≥6",
        why: "20 × 7/6 = 23.33, but 得分不得突破权重总额 → 20",
      },
    ],
  },
  {
    text: "群众满意率90%以上得10分,每降5%扣1分,扣完为止。",
    family: "steps",
    indicator: "群众满意度",
    points: 10,
    seen: "江西省政协 项目支出绩效自评表（2017）及其评分说明（检索结果页题为“项目支出绩效自评表2017 合集下载”，未带网址；PDF抽取时列交错，已复原） · 江西 · 2017 · unavailable: pages-corpus hit without an address, titled 项目支出绩效自评表2017 合集下载",
    cases: [
      {
        actual: "90%", status: "full", score: 10,
        explanation: "满分：90%，以90%为标准，不扣分",
        why: "以上 includes 90% → 10",
      },
      {
        actual: "84%", status: "deducted", score: 9,
        explanation: "扣1分：84%，较90%低6个百分点，每5个百分点扣1分，计1档",
        why: "6 points below 90; one whole 5-point step → 1 off, 9",
      },
      {
        actual: "101%", status: "error", score: null,
        explanation: "G2的“群众满意度”为101%，该比率不能超过100%，请核对。",
        why: "a satisfaction rate above 100% is impossible → error",
      },
    ],
  },
  {
    text: "控制率在±10%以内得5分,±10-15%以内得3分,±15-20%以内得1分,±20%以外不得分。",
    family: "range-tiers",
    indicator: "成本控制率",
    points: 5,
    target: "±10%",
    seen: "江西省政协 项目支出绩效自评表（2017）及其评分说明（检索结果页题为“项目支出绩效自评表2017 合集下载”，未带网址；PDF抽取时列交错，已复原） · 江西 · 2017 · unavailable: pages-corpus hit without an address, titled 项目支出绩效自评表2017 合集下载",
    cases: [
      {
        actual: "10%", status: "full", score: 5,
        explanation: "满分：10%，±10%以内，计5分",
        why: "成本控制率=(预算数-实际支出)/预算数×100% per the row’s 指标解释; 以内 includes its bound: |10%| within ±10% → 5",
      },
      {
        actual: "-12%", status: "deducted", score: 3,
        explanation: "扣2分：-12%，±10-15%以内，计3分",
        why: "overspending gives a negative rate; |−12%| falls in ±10-15% → 3",
      },
      {
        actual: "20.5%", status: "deducted", score: 0,
        explanation: "扣5分：20.5%，±20%以外，不得分",
        why: "|20.5%| is ±20%以外 → 不得分",
      },
    ],
  },
  {
    text: "定性指标根据指标完成情况分为:达成预期指标、部分达成预期指标并具有一定效果、未达成预期指标且效果较差三档,分别按照该指标对应分值区间100-80%(含80%)、80-50%(含50%)、50-0%合理确定分值。",
    family: "qualitative",
    indicator: "履职履责",
    points: 30,
    seen: "江西省政协 项目支出绩效自评表（2017）及其评分说明（检索结果页题为“项目支出绩效自评表2017 合集下载”，未带网址；PDF抽取时列交错，已复原） · 江西 · 2017 · unavailable: pages-corpus hit without an address, titled 项目支出绩效自评表2017 合集下载",
    cases: [
      {
        actual: "部分达成预期指标并具有一定效果", status: "manual", score: null,
        explanation: "实际完成情况为“部分达成预期指标并具有一定效果”，需人工评分。",
        why: "the verdict fixes a band (50%–80% of 30, i.e. 15–24) but “合理确定” leaves the figure to the evaluator",
      },
    ],
  },
  {
    text: "(2)若为定量指标,完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。定量指标若为正向指标(即指标值为≥*),则得分计算方法应用全年实际值(B)/年度指标值(A)*该指标分值;若定量指标为反向指标(即指标值为≤*),则得分计算方法应用年度指标值(A)/全年实际值(B)*该指标分值。",
    family: "proportional",
    indicator: "（表注：定量指标计分）",
    points: 10,
    target: "≤15天",
    seen: "江西省政协 项目支出绩效自评表（2017）及其评分说明（检索结果页题为“项目支出绩效自评表2017 合集下载”，未带网址；PDF抽取时列交错，已复原） · 江西 · 2017 · unavailable: pages-corpus hit without an address, titled 项目支出绩效自评表2017 合集下载",
    cases: [
      {
        actual: 12, status: "full", score: 10,
        explanation: "满分：实际12，达到目标≤15天",
        why: "illustrative reverse-indicator row (target ≤15天, not from the source): 12 ≤ 15 → 达到指标值 → 满分",
      },
      {
        actual: 20, status: "deducted", score: 7.5,
        explanation: "扣2.5分：实际20，未达到目标≤15天，10×15/20=7.5",
        why: "A/B × 分值 = 15/20 × 10 = 7.5",
      },
    ],
  },
  {
    text: "资金下达及时,使用安全,管理规范,得15分;资金下达不及时,执行率在70%-90%,管理和使用情况符合规范且未对试点工作造成严重影响,得7分;资金下达不及时,执行率低于70%,管理和使用情况不规范,影响试点工作推进,不得分,并按有关规定处理。",
    family: null,
    indicator: "资金使用和管理",
    points: 15,
    seen: "财政部 海绵城市建设试点绩效评价指标体系（新华网2016-04-21报道，镜像站自动转为繁体，已按原文简体录入） · 全国（中央） · 2016 · http://www.kstxie.cn/htm/2016/0421/248789.html",
    cases: [
      {
        actual: "资金下达及时,使用安全,管理规范", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“资金下达不及时,执行率在70%-90%,管理和使用情况符合规范且未对试点工作造成…”、“资金下达不及时,执行率低于70%,管理和使用情况不规范,影响试点工作推进,不得分…”、“资金下达及时,使用安全,管理规范,得15分”，需人工评分。",
        why: "each band joins several conditions that no figure decides: the rule is not read whole, so no answer is scored from it",
      },
      {
        actual: "执行率82%", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“资金下达不及时,执行率在70%-90%,管理和使用情况符合规范且未对试点工作造成…”、“资金下达不及时,执行率低于70%,管理和使用情况不规范,影响试点工作推进,不得分…”、“资金下达及时,使用安全,管理规范,得15分”，需人工评分。",
        why: "each band joins several conditions (及时, 执行率, 规范); a rate alone cannot place the row, and 及时 with 82% fits no band",
      },
    ],
  },
  {
    text: "按以PPP模式吸引社会资本投资额度占试点工作总投资额比例评价。70%以上的,得10分;30-70%的,得5分;30%以下的,不得分。",
    family: "range-tiers",
    indicator: "政府和社会资本合作",
    points: 10,
    seen: "财政部 海绵城市建设试点绩效评价指标体系（新华网2016-04-21报道，镜像站自动转为繁体，已按原文简体录入） · 全国（中央） · 2016 · http://www.kstxie.cn/htm/2016/0421/248789.html",
    cases: [
      {
        actual: "70%", status: "full", score: 10,
        explanation: "满分：70%，70%以上，计10分",
        why: "以上 includes 70% → 10",
      },
      {
        actual: "45%", status: "deducted", score: 5,
        explanation: "扣5分：45%，30-70%，计5分",
        why: "within 30-70% → 5",
      },
      {
        actual: "30%", status: "deducted", score: 5,
        explanation: "扣5分：30%，30-70%，计5分",
        why: "unmarked ranges are closed below (README), and the first band met wins: 30% is in 30-70%, 5",
      },
    ],
  },
  {
    text: "按是否根据项目类别建立收费价格标准制度体系,建立运营维护费用保障机制,确定政府补贴标准,确保有效运营进行评价。建立前述机制,得10分;未建立前述机制,不得分。",
    family: "yes-no",
    alsoReadBy: ["categorical"],
    indicator: "成本补偿保障机制",
    points: 10,
    seen: "财政部 海绵城市建设试点绩效评价指标体系（新华网2016-04-21报道，镜像站自动转为繁体，已按原文简体录入） · 全国（中央） · 2016 · http://www.kstxie.cn/htm/2016/0421/248789.html",
    cases: [
      {
        actual: "是", status: "full", score: 10,
        explanation: "满分：按“建立前述机制/未建立前述机制”评分：是，计10分",
        why: "建立 → 10",
      },
      {
        actual: "否", status: "deducted", score: 0,
        explanation: "扣10分：按“建立前述机制/未建立前述机制”评分：否，不得分",
        why: "未建立 → 不得分",
      },
    ],
  },
  {
    text: "按工程形象进度评价。计划建成面积数全部或超额完成,得20分;完成率在80-100%,得10分;完成率在80%以下,视为绩效考核结果“不合格”。",
    family: null,
    indicator: "产出数量",
    points: 20,
    seen: "财政部 海绵城市建设试点绩效评价指标体系（新华网2016-04-21报道，镜像站自动转为繁体，已按原文简体录入） · 全国（中央） · 2016 · http://www.kstxie.cn/htm/2016/0421/248789.html",
    cases: [
      {
        actual: "100%", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“计划建成面积数全部或超额完成,得20分”、“完成率在80-100%,得10分”，需人工评分。",
        why: "below 80% the text gives a verdict, not a score: the rule is not read whole, so no band is scored from it",
      },
      {
        actual: "85%", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“计划建成面积数全部或超额完成,得20分”、“完成率在80-100%,得10分”，需人工评分。",
        why: "as above: not read whole, manual",
      },
      {
        actual: "75%", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“计划建成面积数全部或超额完成,得20分”、“完成率在80-100%,得10分”，需人工评分。",
        why: "below 80% the text gives a verdict (“不合格”), not a score",
      },
    ],
  },
  {
    text: "评价试点工作实施计划完成情况",
    family: null,
    indicator: "产出数量",
    points: 20,
    seen: "财政部 海绵城市建设试点绩效评价指标体系（新华网2016-04-21报道，镜像站自动转为繁体，已按原文简体录入） · 全国（中央） · 2016 · http://www.kstxie.cn/htm/2016/0421/248789.html",
    cases: [
      {
        actual: "85%", status: "manual", score: null,
        explanation: "该指标是量化指标，但没有指标值和实际完成值可比：请补填，或在H2人工评分。",
        why: "the 指标解释 says what is evaluated; no scoring words",
      },
    ],
  },
  {
    text: "本单位应启动内部控制建设,成立内部控制领导小组(1分),由单位主要负责人担任组长(1分),建立内部控制联席工作机制并开展工作(1分),明确内部控制牵头部门(或岗位)(1分)。",
    family: "checklist",
    indicator: "成立内部控制领导小组,制定、启动相关的工作机制",
    points: 4,
    seen: "财政部《行政事业单位内部控制基础性评价指标评分表》填表说明（镜像站自动转为繁体，已按原文简体录入） · 全国（中央） · 2016 · http://djss-design.cn/index.php?s=%2FHome%2FArticle%2Fdetail%2Fid%2F243.html",
    cases: [
      {
        actual: "是,是,否,是", status: "deducted", score: 3,
        explanation: "扣1分：①是（1分）；②是（1分）；③否（0分）；④是（1分）",
        why: "weights are in brackets after each criterion; three met → 3",
      },
      {
        actual: "1、2、3、4", status: "full", score: 4,
        explanation: "满分：①是（1分）；②是（1分）；③是（1分）；④是（1分）",
        why: "all four met → 4",
      },
      {
        actual: "是,是,是,是,是", status: "error", score: null,
        explanation: "G2填写了5个回答，但评分标准只有4项，请逐项填写“是”或“否”。",
        why: "five answers for four criteria → error",
      },
    ],
  },
  {
    text: "国家、市、部门三级文件中明确表述可以直接应用于项目立项依据的得满分,经分析可以应用于项目立项依据的得权重分的50%,不能直接应用于项目立项目的的不得分。",
    family: "categorical",
    indicator: "立项依据充分性",
    points: 4,
    seen: "附件1 绩效评价指标体系与评分表（A11/A12编码，依据“国家、市、部门三级文件”“本市相关规定”，省份推断为上海；文库转载，抽取时列交错已复原） · 上海（推断） · 2020 · https://m.wenku365.com/p-54769209.html",
    cases: [
      {
        actual: "明确表述可以直接应用于项目立项依据", status: "full", score: 4,
        explanation: "满分：属“国家市部门三级文件中明确表述可以直接应用于项目立项依据”，不扣分",
        why: "first band → 满分 4",
      },
      {
        actual: "经分析可以应用于项目立项依据", status: "deducted", score: 2,
        explanation: "扣2分：属“经分析可以应用于项目立项依据”，按50%打分",
        why: "second band → 50% × 4 = 2",
      },
      {
        actual: "不能直接应用", status: "deducted", score: 0,
        explanation: "扣4分：属“不能直接应用于项目立项目”，不得分",
        why: "third band → 不得分",
      },
    ],
  },
  {
    text: "①项目是否按照规定的程序申请设立;②项目立项所提交的文件、材料是否符合相关要求(与项目相关性、支撑力、级次等);③有规定立项、决策流程的项目,其前期程序,如可行性研究、概预算审核、专家论证、风险评估、集体决策等是否齐全。根据项目特点,有规定立项、决策流程的项目选择以上三项分别占30%、30%、40%权重分,全部符合得满分,否则扣除100%相应权重分。没有有规定立项、决策流程的项目选择前两项分别占50%权重分,全部符合得满分,否则扣除100%相应权重分。",
    family: null,
    indicator: "项目立项规范性",
    points: 2,
    seen: "附件1 绩效评价指标体系与评分表（A11/A12编码，依据“国家、市、部门三级文件”“本市相关规定”，省份推断为上海；文库转载，抽取时列交错已复原） · 上海（推断） · 2020 · https://m.wenku365.com/p-54769209.html",
    cases: [
      {
        actual: "是,是,否", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“根据项目特点,有规定立项、决策流程的项目选择以上3项分别占30%、30%、40%…”、“没有有规定立项、决策流程的项目选择前2项分别占50%权重分,全部符合得满分,否则…”，需人工评分。",
        why: "two variants chosen by the kind of project, and weights in prose: not read whole, manual",
      },
      {
        actual: "是,否", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“根据项目特点,有规定立项、决策流程的项目选择以上3项分别占30%、30%、40%…”、“没有有规定立项、决策流程的项目选择前2项分别占50%权重分,全部符合得满分,否则…”，需人工评分。",
        why: "two variants chosen by the kind of project, and weights in prose: not read whole, manual",
      },
      {
        actual: "是,是,是", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“根据项目特点,有规定立项、决策流程的项目选择以上3项分别占30%、30%、40%…”、“没有有规定立项、决策流程的项目选择前2项分别占50%权重分,全部符合得满分,否则…”，需人工评分。",
        why: "two variants chosen by the kind of project, and weights in prose: not read whole, manual",
      },
    ],
  },
  {
    text: "用以反映项目立项是否有充分的依据,符合国家、本市的相关规定。",
    family: null,
    indicator: "立项依据充分性",
    points: 4,
    seen: "附件1 绩效评价指标体系与评分表（A11/A12编码，依据“国家、市、部门三级文件”“本市相关规定”，省份推断为上海；文库转载，抽取时列交错已复原） · 上海（推断） · 2020 · https://m.wenku365.com/p-54769209.html",
    cases: [
      {
        actual: "是", status: "full", score: 4,
        explanation: "满分：定性评价，实际完成情况为“是”",
        why: "the text says nothing about scoring, so the row goes by its name, qualitatively: the verdict 是 gives full marks",
      },
    ],
  },
  {
    text: "1.封面各要素填写规范的,计2分;项目名称、项目单位、主管部门、评价类型、评价日期每少一项扣0.4分,扣完为止。",
    family: "per-item",
    indicator: "封面填写",
    points: 2,
    seen: "附件8 中介机构绩效评价报告质量考核评分表（财政绩效评价办法附件；文档发布地重庆，发布机关未在摘录中出现） · 重庆（上传地） · 2017 · https://max.book118.com/html/2017/0624/117773641.shtm",
    cases: [
      {
        actual: 0, status: "full", score: 2,
        explanation: "满分：未发现问题",
        why: "nothing missing → 2",
      },
      {
        actual: 3, status: "deducted", score: 0.8,
        explanation: "扣1.2分：发现3个×0.4分，共扣1.2分",
        why: "3 × 0.4 = 1.2 off, 2 − 1.2 = 0.8",
      },
      {
        actual: 5, status: "deducted", score: 0,
        explanation: "扣2分：发现5个×0.4分，共扣2分",
        why: "all five missing → 5 × 0.4 = 2 off, exactly exhausted → 0",
      },
    ],
  },
  {
    text: "2.表格部分填写齐全且符合要求的,计2分;每有一项填写不完整或不按要求填写的,扣0.2分,扣完为止。",
    family: "per-item",
    indicator: "表格填写",
    points: 2,
    seen: "附件8 中介机构绩效评价报告质量考核评分表（财政绩效评价办法附件；文档发布地重庆，发布机关未在摘录中出现） · 重庆（上传地） · 2017 · https://max.book118.com/html/2017/0624/117773641.shtm",
    cases: [
      {
        actual: 4, status: "deducted", score: 1.2,
        explanation: "扣0.8分：发现4个×0.2分，共扣0.8分",
        why: "4 × 0.2 = 0.8 off, 2 − 0.8 = 1.2",
      },
      {
        actual: 12, status: "deducted", score: 0,
        explanation: "扣2分：发现12个×0.2分（扣分以2分为限），共扣2分",
        why: "12 × 0.2 = 2.4 off, more than 2 → 0",
      },
    ],
  },
  {
    text: "3.评价计分正确、分值计算散总一致、评分与评级相符的,计2分;评价计分错一处扣0.3分,分值计算散总不符扣0.3分,评分与等级不符扣0.3分,扣完为止。",
    family: "composite",
    indicator: "评价计分",
    points: 2,
    seen: "附件8 中介机构绩效评价报告质量考核评分表（财政绩效评价办法附件；文档发布地重庆，发布机关未在摘录中出现） · 重庆（上传地） · 2017 · https://max.book118.com/html/2017/0624/117773641.shtm",
    cases: [
      {
        actual: "0,0,0", status: "full", score: 2,
        explanation: "满分：未发现问题",
        why: "no fault in any part → 2",
      },
      {
        actual: "2,1,1", status: "deducted", score: 0.8,
        explanation: "扣1.2分：评价计分错2处×0.3分，分值计算散总不符1处×0.3分，评分与等级不符1处×0.3分，共扣1.2分",
        why: "2 × 0.3 + 1 × 0.3 + 1 × 0.3 = 1.2 off, 2 − 1.2 = 0.8",
      },
      {
        actual: "8,0,0", status: "deducted", score: 0,
        explanation: "扣2分：评价计分错8处×0.3分（扣分以2分为限），共扣2分",
        why: "8 × 0.3 = 2.4 off, more than 2 → 0",
      },
    ],
  },
  {
    text: "1.评价报告基本要素齐全的,计2分;标题、被评价单位名称、评价项目名称、内容、出具单位名称、日期等要素每少一项,扣0.5分,扣完为止。",
    family: "per-item",
    indicator: "要素完备",
    points: 2,
    seen: "附件8 中介机构绩效评价报告质量考核评分表（财政绩效评价办法附件；文档发布地重庆，发布机关未在摘录中出现） · 重庆（上传地） · 2017 · https://max.book118.com/html/2017/0624/117773641.shtm",
    cases: [
      {
        actual: 1, status: "deducted", score: 1.5,
        explanation: "扣0.5分：发现1个×0.5分，共扣0.5分",
        why: "1 × 0.5 off → 1.5",
      },
      {
        actual: 4, status: "deducted", score: 0,
        explanation: "扣2分：发现4个×0.5分，共扣2分",
        why: "4 × 0.5 = 2 off → 0",
      },
    ],
  },
  {
    text: "2.评价报告严格按照评价报告编写提纲要求进行撰写的,计8分;评价报告每缺失一项内容或重复一个部分,扣1分,扣完为止。",
    family: "per-item",
    indicator: "内容齐全",
    points: 8,
    seen: "附件8 中介机构绩效评价报告质量考核评分表（财政绩效评价办法附件；文档发布地重庆，发布机关未在摘录中出现） · 重庆（上传地） · 2017 · https://max.book118.com/html/2017/0624/117773641.shtm",
    cases: [
      {
        actual: 0, status: "full", score: 8,
        explanation: "满分：未发现问题",
        why: "nothing missing or repeated → 8",
      },
      {
        actual: 3, status: "deducted", score: 5,
        explanation: "扣3分：发现3个×1分，共扣3分",
        why: "3 × 1 = 3 off, 8 − 3 = 5",
      },
    ],
  },
  {
    text: "3.评价报告准确规范、严谨、通俗易懂、文字通顺、流畅、措辞得当,计3分。表述不清楚、行文不流畅、用词不准确,有明显的语法、常识、逻辑错误和错别字的,每处扣0.5分;评价报告严格按照“备注”规定排版印制的,计1分。每有一处未按规定格式排版印制的,扣0.2分,扣完为止。",
    family: "per-item",
    indicator: "文字语言",
    points: 4,
    seen: "附件8 中介机构绩效评价报告质量考核评分表（财政绩效评价办法附件；文档发布地重庆，发布机关未在摘录中出现） · 重庆（上传地） · 2017 · https://max.book118.com/html/2017/0624/117773641.shtm",
    cases: [
      {
        actual: "2,1", status: "deducted", score: 2.8,
        explanation: "扣1.2分：表述不清楚、行文不流畅、用词不准确有明显…2处×0.5分，未按规定格式排版印制1处×0.2分，共扣1.2分",
        why: "part 1 (worth 3): 2 × 0.5 = 1 off → 2; part 2 (worth 1): 1 × 0.2 = 0.2 off → 0.8; total 2.8",
      },
      {
        actual: "8,0", status: "deducted", score: 1,
        explanation: "扣3分：表述不清楚、行文不流畅、用词不准确有明显…8处×0.5分（扣分以3分为限），共扣3分",
        why: "part 1 loses 8 × 0.5 = 4 but is worth only 3 → 0; part 2 untouched → 1; total 1 (a single pool 4 − 4 would give 0: the two parts carry their own 计3分 / 计1分)",
      },
    ],
  },
  {
    text: "1.绩效情况分点陈述,观点清晰,有归纳句,计5分。评价报告绩效陈述无归纳、逻辑混乱扣1-2分;绩效陈述明确,有充足的数据或例证支撑,计5分。每发现一处绩效陈述不清楚、不明确扣1分,无绩效陈述不得分(实际未产生绩效的项目除外),扣完为止。",
    family: null,
    indicator: "绩效陈述",
    points: 10,
    seen: "附件8 中介机构绩效评价报告质量考核评分表（财政绩效评价办法附件；文档发布地重庆，发布机关未在摘录中出现） · 重庆（上传地） · 2017 · https://max.book118.com/html/2017/0624/117773641.shtm",
    cases: [
      {
        actual: "1,2", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“评价报告绩效陈述无归纳、逻辑混乱扣1-2分”，需人工评分。",
        why: "“扣1-2分” is a range, not an amount; the first part cannot be computed",
      },
    ],
  },
  {
    text: "认真贯彻落实州委、州政府重大决策部署,主动跟踪和反馈工作进展情况。贯彻落实不力的一次扣5分;未及时反馈工作情况的一次扣2分。",
    family: "per-item",
    indicator: "行政效能",
    points: 8,
    seen: "某自治州人民政府办公室系统绩效评价办法附表“具体评价内容及主要扣分标准”（法搜网转载；州名、省份、年份未在摘录中出现，年份推断） · 省份未注明（自治州） · 2013 · http://fsou.com/html/text/lar/173380/17338042_3.html",
    cases: [
      {
        actual: "0,0", status: "full", score: 8,
        explanation: "满分：未发现问题",
        why: "no occurrence of either → 8",
      },
      {
        actual: "1,1", status: "deducted", score: 1,
        explanation: "扣7分：贯彻落实不力1处×5分，未及时反馈工作情况1处×2分，共扣7分",
        why: "5 + 2 = 7 off, 8 − 7 = 1",
      },
      {
        actual: "2,0", status: "deducted", score: 0,
        explanation: "扣8分：贯彻落实不力2处×5分，共扣10分",
        why: "2 × 5 = 10 off, more than 8 → 0 (no 扣完为止 written, the floor at 0 still holds)",
      },
    ],
  },
  {
    text: "认真办理州委、州政府领导批示事项、交办事项和督办事项,按规定时间和要求反馈,一次性办结率达到97%以上。未按规定时间办结的一次扣3分;未及时反馈的一次扣2分;一次性办结率低于97%的,扣8分。",
    family: null,
    indicator: "行政效能（批示、交办、督办事项办理）",
    points: 8,
    seen: "某自治州人民政府办公室系统绩效评价办法附表“具体评价内容及主要扣分标准”（法搜网转载；州名、省份、年份未在摘录中出现，年份推断） · 省份未注明（自治州） · 2013 · http://fsou.com/html/text/lar/173380/17338042_3.html",
    cases: [
      {
        actual: "1,1,0", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“一次性办结率低于97%的,扣8分”，需人工评分。",
        why: "the third part is a condition on a rate among counted parts: not read whole, manual",
      },
      {
        actual: "96.5%", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“一次性办结率低于97%的,扣8分”，需人工评分。",
        why: "the third part is a condition on a rate, the first two are counts; a rate alone leaves the counts unknown",
      },
    ],
  },
  {
    text: "认真办理人大代表建议和政协提案,办理答复要有针对性,态度端正、诚恳、实事求是、行文规范。无故未按时上报答复代拟稿一件扣5分;因答复质量较差,代拟稿被退回重办一件扣3分;代拟稿行文不规范一件扣1分。",
    family: "per-item",
    indicator: "办理工作",
    points: 15,
    seen: "某自治州人民政府办公室系统绩效评价办法附表“具体评价内容及主要扣分标准”（法搜网转载；州名、省份、年份未在摘录中出现，年份推断） · 省份未注明（自治州） · 2013 · http://fsou.com/html/text/lar/173380/17338042_3.html",
    cases: [
      {
        actual: "1,1,2", status: "deducted", score: 5,
        explanation: "扣10分：无故未按时上报答复代拟稿1处×5分，因答复质量较差代拟稿被退回重办1处×3分，代拟稿行文不规范2处×1分，共扣10分",
        why: "5 + 3 + 2 × 1 = 10 off, 15 − 10 = 5",
      },
      {
        actual: "2,2,0", status: "deducted", score: 0,
        explanation: "扣15分：无故未按时上报答复代拟稿2处×5分，因答复质量较差代拟稿被退回重办2处×3分，共扣16分",
        why: "10 + 6 = 16 off, more than 15 → 0",
      },
    ],
  },
  {
    text: "深刻分析经济运行形势和社会发展态势。",
    family: null,
    indicator: "行政效能",
    points: 4,
    seen: "某自治州人民政府办公室系统绩效评价办法附表“具体评价内容及主要扣分标准”（法搜网转载；州名、省份、年份未在摘录中出现，年份推断） · 省份未注明（自治州） · 2013 · http://fsou.com/html/text/lar/173380/17338042_3.html",
    cases: [
      {
        actual: "是", status: "full", score: 4,
        explanation: "满分：定性评价，实际完成情况为“是”",
        why: "the text says nothing about scoring, so the row goes by its name, qualitatively: the verdict 是 gives full marks",
      },
    ],
  },
  {
    text: "积极配合州政府办公室、州委州政府督查室牵头组织开展的政务督查活动。",
    family: null,
    indicator: "行政效能",
    points: 5,
    seen: "某自治州人民政府办公室系统绩效评价办法附表“具体评价内容及主要扣分标准”（法搜网转载；州名、省份、年份未在摘录中出现，年份推断） · 省份未注明（自治州） · 2013 · http://fsou.com/html/text/lar/173380/17338042_3.html",
    cases: [
      {
        actual: "达成", status: "full", score: 5,
        explanation: "满分：定性评价，实际完成情况为“达成”",
        why: "the text says nothing about scoring, so the row goes by its name, qualitatively: the verdict 达成 gives full marks",
      },
    ],
  },
  {
    text: "年度取水总量小于或等于年度目标值,得10分;大于目标值,不得分。",
    family: "rate-tiers",
    alsoReadBy: ["categorical"],
    indicator: "取水总量(亿立方米)",
    points: 10,
    target: "5.2",
    seen: "附件2 2017年度目标任务完成情况赋分细则（最严格水资源管理考核；“用黄河水总量”“各干渠直开口”，省份推断为宁夏；文库镜像） · 宁夏（推断） · 2017 · https://mdjjksjc.com/html/2018/0626/8071130030001113.shtm",
    cases: [
      {
        actual: 5.2, status: "full", score: 10,
        explanation: "满分：5.2，小于或等于年度目标值(5.2)，计10分",
        why: "illustrative target 5.2 (the source row’s 年度目标值 was not shown); 小于或等于 includes equality: 5.2 ≤ 5.2 → 10",
      },
      {
        actual: 5.25, status: "deducted", score: 0,
        explanation: "扣10分：5.25，大于目标值(5.2)，不得分",
        why: "5.25 大于 5.2 → 不得分 (all or nothing, not proportional)",
      },
    ],
  },
  {
    text: "农田灌溉水有效利用系数达到年度目标值,得6分;小于目标值,不得分。",
    family: "rate-tiers",
    alsoReadBy: ["categorical"],
    indicator: "农田灌溉水有效利用系数",
    points: 6,
    target: "0.53",
    seen: "附件2 2017年度目标任务完成情况赋分细则（最严格水资源管理考核；“用黄河水总量”“各干渠直开口”，省份推断为宁夏；文库镜像） · 宁夏（推断） · 2017 · https://mdjjksjc.com/html/2018/0626/8071130030001113.shtm",
    cases: [
      {
        actual: 0.53, status: "full", score: 6,
        explanation: "满分：0.53，达到年度目标值(0.53)，计6分",
        why: "illustrative target 0.53; 达到 includes the bound → 6",
      },
      {
        actual: 0.529, status: "deducted", score: 0,
        explanation: "扣6分：0.529，小于目标值(0.53)，不得分",
        why: "0.529 小于 0.53 → 不得分",
      },
    ],
  },
  {
    text: "未达到年度目标值的,按实际完成值与年度目标值的差距绝对值进行扣分,每差1微克/立方米扣0.5分,扣完为止。",
    family: "steps",
    indicator: "可吸入颗粒物(PM10)年均值",
    points: 3,
    target: "≤70微克/立方米",
    seen: "2018年某市环境保护目标责任书考核细则（市名被转载站替换，省份不可知） · 省份未注明 · 2018 · http://imcaibao.com/xinxigongkai/huanjingxuanchuan/20181019/1634439638f2c8.htm",
    cases: [
      {
        actual: 68, status: "full", score: 3,
        explanation: "满分：68，以70微克/立方米为标准，不扣分",
        why: "illustrative target ≤70 μg/m³ (the city’s 年度目标值 was not shown); 68 meets it → 3",
      },
      {
        actual: 72.5, status: "deducted", score: 2,
        explanation: "扣1分：72.5，较70微克/立方米高2.5微克/立方米，每1微克/立方米扣0.5分，计2档",
        why: "2.5 μg/m³ over; 2 whole steps → 2 × 0.5 = 1 off, 2",
      },
      {
        actual: 80, status: "deducted", score: 0,
        explanation: "扣3分：80，较70微克/立方米高10微克/立方米，每1微克/立方米扣0.5分，计10档",
        why: "10 steps × 0.5 = 5 off, more than 3 → 0",
      },
    ],
  },
  {
    text: "未完成年度目标任务的,每差1个百分点扣0.25分,扣完为止。",
    family: "steps",
    indicator: "优良天数比率",
    points: 1,
    target: "≥80%",
    seen: "2018年某市环境保护目标责任书考核细则（市名被转载站替换，省份不可知） · 省份未注明 · 2018 · http://imcaibao.com/xinxigongkai/huanjingxuanchuan/20181019/1634439638f2c8.htm",
    cases: [
      {
        actual: "80%", status: "full", score: 1,
        explanation: "满分：80%，以80%为标准，不扣分",
        why: "illustrative target ≥80%; 80% meets it → 1",
      },
      {
        actual: "78.6%", status: "deducted", score: 0.75,
        explanation: "扣0.25分：78.6%，较80%低1.4个百分点，每1个百分点扣0.25分，计1档",
        why: "1.4 points short; 1 whole point → 0.25 off, 0.75",
      },
      {
        actual: "75.9%", status: "deducted", score: 0,
        explanation: "扣1分：75.9%，较80%低4.1个百分点，每1个百分点扣0.25分，计4档",
        why: "4.1 short; 4 whole points × 0.25 = 1 off → 0",
      },
    ],
  },
  {
    text: "财政资金、社会资本等资金拨付到位占经批准的实施方案确定的资金比例(评价指标得分=资金到位率*该项指标分值)。",
    family: "formula",
    indicator: "资金投入情况",
    points: 5,
    seen: "国土综合整治项目绩效评价指标表（文库转载，OCR把“=”读成“二”，已复原；省份、年份未注明，年份推断） · 省份未注明 · 2021 · https://1wenmi.com/doc/1001044.html",
    cases: [
      {
        actual: "92%", status: "deducted", score: 4.6,
        explanation: "扣0.4分：实际完成率92%，5×92%=4.6",
        why: "92% × 5 = 4.6",
      },
      {
        actual: "100%", status: "full", score: 5,
        explanation: "满分：实际完成率100%，5×100%=5",
        why: "100% × 5 = 5",
      },
    ],
  },
  {
    text: "评价指标得分=支出使用资金占到位资金的比例*该项指标分值",
    family: "formula",
    indicator: "资金实际支出情况",
    points: 5,
    seen: "国土综合整治项目绩效评价指标表（文库转载，OCR把“=”读成“二”，已复原；省份、年份未注明，年份推断） · 省份未注明 · 2021 · https://1wenmi.com/doc/1001044.html",
    cases: [
      {
        actual: null, basic: {"支出使用资金":850,"到位资金":1000}, status: "deducted", score: 4.25,
        explanation: "扣0.75分：(850/1000)×5=4.25",
        why: "“A占B的比例” = 850/1000 = 85%; 85% × 5 = 4.25",
      },
      {
        actual: "85%", status: "deducted", score: 4.25,
        explanation: "扣0.75分：实际完成率85%，5×85%=4.25",
        why: "the ratio typed directly: 85% × 5 = 4.25",
      },
      {
        actual: null, basic: {"支出使用资金":0,"到位资金":0}, status: "error", score: null,
        explanation: "除数为0：(支出使用资金/到位资金)×该项指标分值中的到位资金（基础数据!B3）为0，无法计算，请核对该数。",
        why: "divisor 到位资金 is zero → error, not a score",
      },
    ],
  },
  {
    text: "项目实施前,资金一次性到位的,或根据项目年度投资计划分期到位的,得满分;资金到位滞后年度投资计划,每滞后一年扣2分,扣完为止。",
    family: "per-item",
    indicator: "社会资本投资到位率",
    points: 10,
    seen: "国土综合整治项目绩效评价指标表（文库转载，OCR把“=”读成“二”，已复原；省份、年份未注明，年份推断） · 省份未注明 · 2021 · https://1wenmi.com/doc/1001044.html",
    cases: [
      {
        actual: 0, status: "full", score: 10,
        explanation: "满分：未发现问题",
        why: "no year of delay → 满分",
      },
      {
        actual: 2, status: "deducted", score: 6,
        explanation: "扣4分：发现2个×2分，共扣4分",
        why: "2 years × 2 = 4 off → 6",
      },
      {
        actual: 6, status: "deducted", score: 0,
        explanation: "扣10分：发现6个×2分，共扣12分",
        why: "6 × 2 = 12 off, more than 10 → 0",
      },
    ],
  },
  {
    text: "1.各项评价指标按照经批准的实施方案确定的实现程度赋分,即“评价指标得分=实际完成量/目标任务的比值*该项指标分值”。2.若实施方案没有该项建设任务的,不扣分。",
    family: "formula",
    indicator: "新增耕地面积",
    points: 2,
    target: "50公顷",
    seen: "国土综合整治项目绩效评价指标表（文库转载，OCR把“=”读成“二”，已复原；省份、年份未注明，年份推断） · 省份未注明 · 2021 · https://1wenmi.com/doc/1001044.html",
    cases: [
      {
        actual: "90%", status: "deducted", score: 1.8,
        explanation: "扣0.2分：实际完成率90%，2×90%=1.8",
        why: "illustrative target 50 公顷; completion ratio typed as the rate (45 of 50): 90% × 2 = 1.8",
      },
      {
        actual: "120%", status: "full", score: 2,
        explanation: "满分：实际完成率120%，2×120%=2.4，超过分值按满分计",
        why: "120% × 2 = 2.4, kept within the points → 2",
      },
    ],
  },
  {
    text: "按完成比例计算得分,满分为止.",
    family: "proportional",
    indicator: "一般公共预算支出实际完成率",
    points: 20,
    target: "1",
    seen: "部门（单位）一般公共预算支出管理考核表（CSV转载，上传2019-07-07；省份未注明） · 省份未注明 · 2019 · https://wanglu.net/thread/t13-461855-0.html",
    cases: [
      {
        actual: "95%", status: "deducted", score: 19,
        explanation: "扣1分：目标100%为下限；实际95%，未达到目标≥100%，20×95/100=19",
        why: "the 年度工作目标 cell holds 1, i.e. 100%; 20 × 95%/100% = 19",
      },
      {
        actual: "103%", status: "full", score: 20,
        explanation: "满分：目标100%为下限；实际103%，达到目标≥100%",
        why: "20 × 103% = 20.6, 满分为止 → 20",
      },
    ],
  },
  {
    text: "二者择其一进行考核,按完成比例计算得分,满分为止.",
    family: "proportional",
    indicator: "结转结余率",
    points: 20,
    target: "9%",
    seen: "部门（单位）一般公共预算支出管理考核表（CSV转载，上传2019-07-07；省份未注明） · 省份未注明 · 2019 · https://wanglu.net/thread/t13-461855-0.html",
    cases: [
      {
        actual: "6%", status: "full", score: 20,
        explanation: "满分：目标9%为上限；实际6%，达到目标≤9%",
        why: "9% on 结转结余率 is a ceiling (lower is better, SPEC §3): 6% meets it, full marks; 二者择其一 only says which of two indicators is scored",
      },
    ],
  },
  {
    text: "结转结余变动率=(本年结转结余资金总额-上年结转结余资金总额)*100%/上年结转结余资金总额,用以反映和考核部门(单位)对控制结转结余资金的努力程度.",
    family: null,
    indicator: "结转结余变动率",
    points: 20,
    target: "-30%",
    seen: "部门（单位）一般公共预算支出管理考核表（CSV转载，上传2019-07-07；省份未注明） · 省份未注明 · 2019 · https://wanglu.net/thread/t13-461855-0.html",
    cases: [
      {
        actual: "-35%", status: "full", score: 20,
        explanation: "满分：目标-30%为上限；实际-35%，达到目标≤-30%",
        why: "the definition says nothing about scoring, so the row goes by its target: −30% on a change rate is a ceiling, and −35% meets it",
      },
    ],
  },
  {
    text: "与绩效目标对应性、相关性不强的评价指标,扣0.5分/个。",
    family: "per-item",
    indicator: "相关性",
    points: 5,
    seen: "某市本级2020年度预算绩效目标第三方审核评分方法（经垃圾站点镜像，插入的“★◆■”装饰字符已删除；市名、省份未注明） · 省份未注明 · 2020 · https://8999123.com/html/uvmgxbogad/132.html",
    cases: [
      {
        actual: 3, status: "deducted", score: 3.5,
        explanation: "扣1.5分：发现3个×0.5分，共扣1.5分",
        why: "“扣0.5分/个”: 3 × 0.5 = 1.5 off → 3.5",
      },
      {
        actual: 12, status: "deducted", score: 0,
        explanation: "扣5分：发现12个×0.5分，共扣6分",
        why: "12 × 0.5 = 6 off, more than 5 → 0",
      },
    ],
  },
  {
    text: "项目未细化到具体实施内容的扣1.0分;未对应相关细化内容分别制定实施进度的,对每个错填、漏填的进度节点,扣0.2分。",
    family: "composite",
    indicator: "目标预期实现进度",
    points: 3,
    seen: "某市本级2020年度预算绩效目标第三方审核评分方法（经垃圾站点镜像，插入的“★◆■”装饰字符已删除；市名、省份未注明） · 省份未注明 · 2020 · https://8999123.com/html/uvmgxbogad/132.html",
    cases: [
      {
        actual: "1,3", status: "deducted", score: 1.4,
        explanation: "扣1.6分：项目未细化到具体实施内容1处×1分，未对应相关细化内容分别制定实施进度的对错…3处×0.2分，共扣1.6分",
        why: "part 1 once × 1.0 + 3 nodes × 0.2 = 1.6 off → 1.4",
      },
      {
        actual: "0,0", status: "full", score: 3,
        explanation: "满分：未发现问题",
        why: "nothing wrong → 3",
      },
    ],
  },
  {
    text: "“以前年度项目绩效评价情况”,重点审核内容填写是否完整、准确,错填漏填的,扣0.2分项;“整改落实情况”,审核内容填写是否详实,是否有充分数据和资料支撑,否则酌情扣0.5-2.0分(注:以前年度没有开展绩效评价工作的,把此项分值均摊到另外两项内容里)。",
    family: null,
    indicator: "以前年度项目绩效评价及整改情况",
    points: 4,
    seen: "某市本级2020年度预算绩效目标第三方审核评分方法（经垃圾站点镜像，插入的“★◆■”装饰字符已删除；市名、省份未注明） · 省份未注明 · 2020 · https://8999123.com/html/uvmgxbogad/132.html",
    cases: [
      {
        actual: "2,1", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“\"整改落实情况\",审核内容填写是否详实,是否有充分数据和资料支撑,否则酌情扣0.…”，需人工评分。",
        why: "the second part is “酌情扣0.5-2.0分”, a range; the first part’s “扣0.2分项” is also unclear per what",
      },
    ],
  },
  {
    text: "评价要点:\n①项目是否按照规定的程序申请设立;\n②所提交的文件、材料是否符合相关要求;\n③事前是否已经过必要的可行性研究、专家论证、风险评估、集体决策等。",
    family: null,
    indicator: "项目立项规范性",
    points: 4,
    seen: "县就业服务中心财政专项资金绩效评价共性指标表（财政部共性指标框架的县级转载；省份、年份未注明，年份推断） · 省份未注明 · 2014 · http://mswk.cn/Article/ShowArticle.asp?ArticleID=153628",
    cases: [
      {
        actual: "是,是,否", status: "manual", score: null,
        explanation: "实际完成情况为“是,是,否”，需人工评分。",
        why: "three criteria share 4 points with no weights stated (equal shares would be 1.33 each); the text gives no scoring rule",
      },
    ],
  },
  {
    text: "项目所设定的绩效目标是否依椐充分,是否符合客观实际,用以反映和考核项目绩效目标与项目实施的相符情况。",
    family: null,
    indicator: "绩效目标合理性",
    points: 4,
    seen: "县就业服务中心财政专项资金绩效评价共性指标表（财政部共性指标框架的县级转载；省份、年份未注明，年份推断） · 省份未注明 · 2014 · http://mswk.cn/Article/ShowArticle.asp?ArticleID=153628",
    cases: [
      {
        actual: "是", status: "full", score: 4,
        explanation: "满分：定性评价，实际完成情况为“是”",
        why: "the text says nothing about scoring, so the row goes by its name, qualitatively: the verdict 是 gives full marks",
      },
    ],
  },
  {
    text: "两项指标各占50%考核比重,两项指标主要针对政府投资类项目,包括产业发展、基本建设项目等;专项资金明确规定用于扶持中小企业的项目,不适用第二项指标。",
    family: null,
    indicator: "资金集中",
    points: 4,
    seen: "省级专项资金绩效评价指标及分档表（法搜网地方法规转载；省份、年份未在摘录中出现，年份推断） · 省份未注明 · 2013 · http://www.kleyou.com/html/text/lar/172884/17288402_5.html",
    cases: [
      {
        actual: "8%", status: "manual", score: null,
        explanation: "定性指标：请在G2填写评价结论（达成/部分达成/未达成）或直接填写得分。",
        why: "explains weighting and applicability of the two sub-indicators; the bands themselves sit in a separate grid",
      },
    ],
  },
  {
    text: "资金全部到位(14分)到位率在75%以上(10分到13分)到位率50%以上(7分到9分)到位率不足50%(6分到0分)",
    family: null,
    indicator: "资金到位情况",
    points: 14,
    seen: "科技部科技型中小企业技术创新基金管理中心 科技型中小企业技术创新基金项目验收评价表（无偿资助项目，二零零六年三月制；文库转载） · 全国（中央） · 2006 · https://m.wenku365.com/p-40571779.html",
    cases: [
      {
        actual: "100%", status: "manual", score: null,
        explanation: "定性指标：请在G2填写评价结论（达成/部分达成/未达成）或直接填写得分。",
        why: "the other bands give ranges of points (10分到13分): not read whole, so even 全部到位 is not scored from it",
      },
      {
        actual: "80%", status: "manual", score: null,
        explanation: "定性指标：请在G2填写评价结论（达成/部分达成/未达成）或直接填写得分。",
        why: "75%以上 band gives a range (10 to 13), not a figure",
      },
      {
        actual: "40%", status: "manual", score: null,
        explanation: "定性指标：请在G2填写评价结论（达成/部分达成/未达成）或直接填写得分。",
        why: "不足50% band gives 6 to 0; the evaluator picks",
      },
    ],
  },
  {
    text: "制定有耕地地力保护补贴项目实施方案,得3分,否则不得分。",
    family: "yes-no",
    alsoReadBy: ["categorical"],
    indicator: "充分性",
    points: 3,
    seen: "贵港市港南区八塘街道办事处 2018年耕地地力保护补贴项目专项支出绩效评分细则（绩效自评评分表.xls，文库转载，抽取时“目标名称”列与评分细则交错，已复原） · 广西 · 2018 · https://keke.chddh.cn/archives/48n5zg2zk8d9n27q6rjv.html",
    cases: [
      {
        actual: "是", status: "full", score: 3,
        explanation: "满分：按“制定有耕地地力保护补贴项目实施方案/否”评分：是，计3分",
        why: "方案已制定 → 3",
      },
      {
        actual: "否", status: "deducted", score: 0,
        explanation: "扣3分：按“制定有耕地地力保护补贴项目实施方案/否”评分：否，不得分",
        why: "否则不得分 → 0",
      },
    ],
  },
  {
    text: "通过板报宣传耕地地力保护补贴项目,对村级工作人员进行培训,组织人员到乡镇村开展宣传工作的,得2分,未开展这项工作的不得分。",
    family: "yes-no",
    alsoReadBy: ["categorical"],
    indicator: "宣传培训工作",
    points: 2,
    seen: "贵港市港南区八塘街道办事处 2018年耕地地力保护补贴项目专项支出绩效评分细则（绩效自评评分表.xls，文库转载，抽取时“目标名称”列与评分细则交错，已复原） · 广西 · 2018 · https://keke.chddh.cn/archives/48n5zg2zk8d9n27q6rjv.html",
    cases: [
      {
        actual: "有", status: "full", score: 2,
        explanation: "满分：按“通过板报宣传耕地地力保护补贴项目对村级工…/未开展这项工作”评分：有，计2分",
        why: "开展了 → 2",
      },
      {
        actual: "无", status: "deducted", score: 0,
        explanation: "扣2分：按“通过板报宣传耕地地力保护补贴项目对村级工…/未开展这项工作”评分：无，不得分",
        why: "未开展 → 不得分",
      },
    ],
  },
  {
    text: "收到上级批复文件后在15个工作日内通知各村的,得2分,有一项未达要求扣1分,最多扣2分。",
    family: "per-item",
    indicator: "信息传达",
    points: 2,
    seen: "贵港市港南区八塘街道办事处 2018年耕地地力保护补贴项目专项支出绩效评分细则（绩效自评评分表.xls，文库转载，抽取时“目标名称”列与评分细则交错，已复原） · 广西 · 2018 · https://keke.chddh.cn/archives/48n5zg2zk8d9n27q6rjv.html",
    cases: [
      {
        actual: 1, status: "deducted", score: 1,
        explanation: "扣1分：发现1个×1分，共扣1分",
        why: "one item late → 1 off → 1 (the 15 个工作日 is the requirement, not the input)",
      },
      {
        actual: 3, status: "deducted", score: 0,
        explanation: "扣2分：发现3个×1分（扣分以2分为限），共扣2分",
        why: "3 × 1 = 3 but 最多扣2分 → 2 off → 0",
      },
    ],
  },
  {
    text: "建立农户一折通账户的,得3分,发现一户未纳入的此分值扣完;按照上级批复文件将补贴资金发放到农户的,得4分,未完成的按实际比例计分。",
    family: null,
    indicator: "建立农户一折通账户",
    points: 7,
    seen: "贵港市港南区八塘街道办事处 2018年耕地地力保护补贴项目专项支出绩效评分细则（绩效自评评分表.xls，文库转载，抽取时“目标名称”列与评分细则交错，已复原） · 广西 · 2018 · https://keke.chddh.cn/archives/48n5zg2zk8d9n27q6rjv.html",
    cases: [
      {
        actual: "0,96%", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“按照上级批复文件将补贴资金发放到农户的,得4分,未完成的按实际比例计分”、“建立农户一折通账户的,得3分,发现一户未纳入的此分值扣完”，需人工评分。",
        why: "two parts of different kinds: a count that wipes the first 3 points on any omission, and a proportional 4 × 发放比例; an accountant would give 3 + 4 × 96% = 6.84, but no single family of the spec reads both parts",
      },
    ],
  },
  {
    text: "实行耕地地力保护补贴村级公示制,公示补贴面积、补贴标准、补贴金额等,公示时间不得少于7天,得5分;未达要求的,不得分。",
    family: "rate-tiers",
    indicator: "补贴公示情况",
    points: 5,
    seen: "贵港市港南区八塘街道办事处 2018年耕地地力保护补贴项目专项支出绩效评分细则（绩效自评评分表.xls，文库转载，抽取时“目标名称”列与评分细则交错，已复原） · 广西 · 2018 · https://keke.chddh.cn/archives/48n5zg2zk8d9n27q6rjv.html",
    cases: [
      {
        actual: 7, status: "full", score: 5,
        explanation: "满分：7，不得少于7天，计5分",
        why: "公示 7 天: 不得少于 includes the bound → 5",
      },
      {
        actual: 6, status: "deducted", score: 0,
        explanation: "扣5分：6，未达要求的，不得分",
        why: "6 天 < 7 → 未达要求 → 不得分 (all or nothing)",
      },
    ],
  },
  {
    text: "按时报送补贴面积的得4分,有一次未达要求的扣1分,最多扣4分;按时下发补贴资金得4分,有一次未达要求的扣1分,最多扣4分;",
    family: "per-item",
    indicator: "实施情况",
    points: 8,
    seen: "贵港市港南区八塘街道办事处 2018年耕地地力保护补贴项目专项支出绩效评分细则（绩效自评评分表.xls，文库转载，抽取时“目标名称”列与评分细则交错，已复原） · 广西 · 2018 · https://keke.chddh.cn/archives/48n5zg2zk8d9n27q6rjv.html",
    cases: [
      {
        actual: "1,2", status: "deducted", score: 5,
        explanation: "扣3分：按时报送补贴面积：未达要求1处×1分，按时下发补贴资金：未达要求2处×1分，共扣3分",
        why: "1 × 1 + 2 × 1 = 3 off, 8 − 3 = 5",
      },
      {
        actual: "5,0", status: "deducted", score: 4,
        explanation: "扣4分：按时报送补贴面积：未达要求5处×1分（扣分以4分为限），共扣4分",
        why: "part 1 would lose 5 but 最多扣4分 caps it at 4; part 2 untouched → 8 − 4 = 4 (a single pool would wrongly give 3)",
      },
      {
        actual: "0,0", status: "full", score: 8,
        explanation: "满分：未发现问题",
        why: "both on time every time → 8",
      },
    ],
  },
  {
    text: "全部完成发放补贴面积得5分,未完成不得分;全部完成补贴资金下发得5分,未完成不得分。",
    family: "checklist",
    indicator: "完成情况",
    points: 10,
    seen: "贵港市港南区八塘街道办事处 2018年耕地地力保护补贴项目专项支出绩效评分细则（绩效自评评分表.xls，文库转载，抽取时“目标名称”列与评分细则交错，已复原） · 广西 · 2018 · https://keke.chddh.cn/archives/48n5zg2zk8d9n27q6rjv.html",
    cases: [
      {
        actual: "是,否", status: "deducted", score: 5,
        explanation: "扣5分：①是（5分）；②否（0分）",
        why: "first criterion met (5), second not (0) → 5",
      },
      {
        actual: "是,是", status: "full", score: 10,
        explanation: "满分：①是（5分）；②是（5分）",
        why: "both met → 10",
      },
    ],
  },
  {
    text: "有项目年度工作计划或有上级文件或审批报告计2分,没有不得分。",
    family: "yes-no",
    alsoReadBy: ["categorical"],
    indicator: "决策依据",
    points: 2,
    seen: "广水市交通运输局 广水市财政预算支出项目绩效目标自评表（2021年度乡村道路项目，PDF转载，数字两侧的抽取空格已去除） · 湖北 · 2021 · https://pdf.wenkuvip.com/archives/bqg98jldqkx8g2xm7pe6.html",
    cases: [
      {
        actual: "有", status: "full", score: 2,
        explanation: "满分：按“有项目年度工作计划或有上级文件或审批报告/没有”评分：有，计2分",
        why: "有 → 计2分",
      },
      {
        actual: "没有", status: "deducted", score: 0,
        explanation: "扣2分：按“有项目年度工作计划或有上级文件或审批报告/没有”评分：没有，不得分",
        why: "没有不得分 → 0",
      },
    ],
  },
  {
    text: "1、单位财务管理制度1分;2、项目管理制度1分;3、有制度执行佐证资料1分。没有不得分。",
    family: "checklist",
    indicator: "财务制度",
    points: 3,
    seen: "广水市交通运输局 广水市财政预算支出项目绩效目标自评表（2021年度乡村道路项目，PDF转载，数字两侧的抽取空格已去除） · 湖北 · 2021 · https://pdf.wenkuvip.com/archives/bqg98jldqkx8g2xm7pe6.html",
    cases: [
      {
        actual: "1、3", status: "deducted", score: 2,
        explanation: "扣1分：1、是（1分）；2、否（0分）；3、是（1分）",
        why: "criteria 1 and 3 present → 1 + 1 = 2",
      },
      {
        actual: 3, status: "full", score: 3,
        explanation: "满分：1、是（1分）；2、是（1分）；3、是（1分）",
        why: "all weigh the same, a count of 3 met → 3",
      },
    ],
  },
  {
    text: "有明确的绩效管理机构或专人负责2分。没有不得分",
    family: "yes-no",
    alsoReadBy: ["categorical"],
    indicator: "组织机构",
    points: 2,
    seen: "广水市交通运输局 广水市财政预算支出项目绩效目标自评表（2021年度乡村道路项目，PDF转载，数字两侧的抽取空格已去除） · 湖北 · 2021 · https://pdf.wenkuvip.com/archives/bqg98jldqkx8g2xm7pe6.html",
    cases: [
      {
        actual: "是", status: "full", score: 2,
        explanation: "满分：按“有明确的绩效管理机构或专人负责/没有”评分：是，计2分",
        why: "有专人负责 → 2",
      },
      {
        actual: null, status: "error", score: null,
        explanation: "缺少输入：请在G2填写“是”或“否”。",
        why: "left empty → error, never 0",
      },
    ],
  },
  {
    text: "1、运行监管记录3分;2、填报《项目支出绩效监控表》1分。没有不得分。",
    family: "checklist",
    indicator: "运行监管",
    points: 4,
    seen: "广水市交通运输局 广水市财政预算支出项目绩效目标自评表（2021年度乡村道路项目，PDF转载，数字两侧的抽取空格已去除） · 湖北 · 2021 · https://pdf.wenkuvip.com/archives/bqg98jldqkx8g2xm7pe6.html",
    cases: [
      {
        actual: "否,是", status: "deducted", score: 1,
        explanation: "扣3分：1、否（0分）；2、是（1分）",
        why: "weighted: no 运行监管记录 (3), 监控表 filed (1) → 1",
      },
      {
        actual: "是,否", status: "deducted", score: 3,
        explanation: "扣1分：1、是（3分）；2、否（0分）",
        why: "weighted: 3 + 0 = 3",
      },
      {
        actual: 2, status: "full", score: 4,
        explanation: "满分：1、是（3分）；2、是（1分）",
        why: "a count of 2 with two criteria means both were met: 3 + 1 = 4",
      },
    ],
  },
  {
    text: "1、项目绩效目标全申报的1分,缺一项扣0.5分,扣完为止;2、绩效目标规范1分,不规范扣0.5分;3、按时申报绩效目标计2分,逾期扣1分。",
    family: "composite",
    indicator: "目标申报",
    points: 4,
    seen: "广水市交通运输局 广水市财政预算支出项目绩效目标自评表（2021年度乡村道路项目，PDF转载，数字两侧的抽取空格已去除） · 湖北 · 2021 · https://pdf.wenkuvip.com/archives/bqg98jldqkx8g2xm7pe6.html",
    cases: [
      {
        actual: "0,0,0", status: "full", score: 4,
        explanation: "满分：未发现问题",
        why: "nothing missing, irregular or late → 4",
      },
      {
        actual: "1,1,1", status: "deducted", score: 2,
        explanation: "扣2分：缺1处×0.5分，不规范1处×0.5分，逾期1处×1分，共扣2分",
        why: "0.5 + 0.5 + 1 = 2 off, 4 − 2 = 2",
      },
      {
        actual: "3,0,0", status: "deducted", score: 3,
        explanation: "扣1分：缺3处×0.5分（扣分以1分为限），共扣1分",
        why: "part 1 is worth 1 and “扣完为止” stops it there: 3 × 0.5 = 1.5 capped at 1 → 4 − 1 = 3",
      },
    ],
  },
  {
    text: "1、提供三级指标完成程度的佐证资料;2、三级指标分值按三级指标个数平均确定(15分÷三级指标个数),四舍五入保留整数。",
    family: null,
    indicator: "数量指标",
    points: 15,
    seen: "广水市交通运输局 广水市财政预算支出项目绩效目标自评表（2021年度乡村道路项目，PDF转载，数字两侧的抽取空格已去除） · 湖北 · 2021 · https://pdf.wenkuvip.com/archives/bqg98jldqkx8g2xm7pe6.html",
    cases: [
      {
        actual: "300公里", status: "manual", score: null,
        explanation: "定性指标：请在G2填写评价结论（达成/部分达成/未达成）或直接填写得分。",
        why: "tells how to split 15 points across the KPIs and what evidence to attach; not a scoring rule for a row",
      },
    ],
  },
  {
    text: "小于0.9‰",
    in: 'target',
    family: "target",
    indicator: "森林火灾受害面积",
    points: 10,
    seen: "蔡甸区园林和林业局 2021年度区级森林防火专项经费项目绩效自评表（检索结果未带网址，镜像为繁体，已按简体录入；表中未列分值） · 湖北 · 2021 · unavailable: pages-corpus hit without an address, titled 2021年度区级森林防火专项经费项目绩效自评表",
    cases: [
      {
        actual: "0.5‰", status: "full", score: 10,
        explanation: "满分：实际0.05%，达到目标<0.09%",
        why: "illustrative points (the source table lists no 分值): per-mille ceiling met, 0.5‰ < 0.9‰ → full",
      },
      {
        actual: "1.2‰", status: "deducted", score: 7.5,
        explanation: "扣2.5分：实际0.12%，未达到目标<0.09%，10×0.09/0.12=7.5",
        why: "ceiling missed → 10 × 0.9/1.2 = 7.5",
      },
    ],
  },
  {
    text: "得分 (20分*执行率)",
    family: "formula",
    indicator: "预算执行情况",
    points: 20,
    seen: "隆阳区土壤肥料工作站 2022年度项目支出绩效自评表（中央化肥减量增效示范县项目补助资金） · 云南 · 2022 · https://longyang.gov.cn/info/5311/13352539.htm",
    cases: [
      {
        actual: "10.77%", status: "deducted", score: 2.15,
        explanation: "扣17.85分：实际完成率10.77%，20×10.77%=2.15",
        why: "20 × 10.77% = 2.154 → 2.15 (the published table shows 2.16 for 30.00/278.4449; rates are rounded to 10.77% before multiplying)",
      },
      {
        actual: "100%", status: "full", score: 20,
        explanation: "满分：实际完成率100%，20×100%=20",
        why: "20 × 100% = 20",
      },
    ],
  },
  {
    text: "≧20000亩",
    in: 'target',
    family: "target",
    indicator: "示范区建立",
    points: 15,
    seen: "隆阳区土壤肥料工作站 2022年度项目支出绩效自评表（中央化肥减量增效示范县项目补助资金） · 云南 · 2022 · https://longyang.gov.cn/info/5311/13352539.htm",
    cases: [
      {
        actual: "20000亩", status: "full", score: 15,
        explanation: "满分：实际20000亩，达到目标≥20000亩",
        why: "value typed with its unit; 20000 ≧ 20000 → 15",
      },
      {
        actual: 18500, status: "deducted", score: 13.88,
        explanation: "扣1.12分：实际18500，未达到目标≥20000亩，15×18500/20000=13.88",
        why: "15 × 18500/20000 = 13.875 → 13.88",
      },
    ],
  },
  {
    text: "2023年12月",
    in: 'target',
    family: "target",
    indicator: "项目完工时限",
    points: 15,
    seen: "临沧市临翔区林业和草原局 项目支出绩效自评表（2023年度，马鹿坑国有林场野生动物收容所建设项目） · 云南 · 2023 · https://www.ynlx.gov.cn/info/2431/148733.htm",
    cases: [
      {
        actual: "2023年10月", status: "full", score: 15,
        explanation: "满分：实际2023年10月，期限2023年12月底前，按期完成",
        why: "a deadline written as a month (SPEC §3, dates and deadlines): finishing in October meets it; the table gave 15",
      },
    ],
  },
  {
    text: "1.评分标准:符合全部3项指标的按100分计,每不符合1项扣40分,直至扣为零分。",
    family: "per-item",
    indicator: "资金管理制度的健全性",
    points: 100,
    seen: "云南省农村户用沼气池建设和节柴改灶项目绩效评价指标体系（项目评分表）（文库转载，镜像为繁体，已按简体录入） · 云南 · 2020 · http://m.dybbs8.com/doc-39488366.html",
    cases: [
      {
        actual: 0, status: "full", score: 100,
        explanation: "满分：未发现问题",
        why: "scored on a 100 scale (the row then carries a 25% weight): all 3 met → 100",
      },
      {
        actual: 1, status: "deducted", score: 60,
        explanation: "扣40分：发现1个×40分，共扣40分",
        why: "1 × 40 off → 60",
      },
      {
        actual: 3, status: "deducted", score: 0,
        explanation: "扣100分：发现3个×40分，共扣120分",
        why: "3 × 40 = 120 off → 直至扣为零分, 0",
      },
    ],
  },
  {
    text: "95%以上",
    in: 'target',
    family: "target",
    indicator: "资助对象满意度达到目标值",
    points: 10,
    seen: "宁晋县教育局 2019年度宁晋县高中助学金项目绩效评价指标表 · 河北 · 2019 · https://www.ningjin.gov.cn/content/26279.html",
    cases: [
      {
        actual: "96%", status: "full", score: 10,
        explanation: "满分：实际96%，达到目标≥95%",
        why: "以上 makes 95% a floor; 96% meets it → 10",
      },
      {
        actual: "90%", status: "deducted", score: 9.47,
        explanation: "扣0.53分：实际90%，未达到目标≥95%，10×90/95=9.47",
        why: "10 × 90/95 = 9.4737 → 9.47",
      },
    ],
  },
  {
    text: "规章制度建立与否",
    family: null,
    indicator: "规章制度建立与否",
    points: 20,
    seen: "宁晋县教育局 2019年度宁晋县高中助学金项目绩效评价指标表 · 河北 · 2019 · https://www.ningjin.gov.cn/content/26279.html",
    cases: [
      {
        actual: "是", status: "full", score: 20,
        explanation: "满分：定性评价，实际完成情况为“是”",
        why: "the indicator name is itself a yes/no question (no 评分标准, no 目标值); 是 → 20",
      },
      {
        actual: "否", status: "manual", score: null,
        explanation: "实际完成情况为“否”，需人工评分。",
        why: "a qualitative verdict short of achieved (否) needs a person (SPEC §3), not a guessed 0",
      },
    ],
  },
  {
    text: "党委、政府研究综治工作少于2次的每少一次扣5分",
    family: "steps",
    indicator: "综治工作研究次数",
    points: 60,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "deducted", score: 55,
        explanation: "扣5分：1，较2次低1次，每1次扣5分，计1档",
        why: "the meetings held, counted from 2 in steps of one: one short",
      },
      {
        actual: 0, status: "deducted", score: 50,
        explanation: "扣10分：0，较2次低2次，每1次扣5分，计2档",
        why: "none held: two steps short",
      },
    ],
  },
  {
    text: "对中央和省委、省综治委有关综治工作重大部署，党委、政府在一个月内未落实传达、贯彻措施的，扣10分",
    family: "composite",
    indicator: "重大部署落实",
    points: 60,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "deducted", score: 50,
        explanation: "扣10分：中央和省委、省综治委有关综治工作重大部署…1处×10分，共扣10分",
        why: "the situation happened once: its deduction",
      },
      {
        actual: "无", status: "full", score: 60,
        explanation: "满分：未发现问题",
        why: "无: it did not happen, full",
      },
    ],
  },
  {
    text: "党政主要领导实地调研、指导综治工作少于2次的，每少一次扣5分",
    family: "steps",
    indicator: "领导调研指导",
    points: 60,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "deducted", score: 55,
        explanation: "扣5分：1，较2次低1次，每1次扣5分，计1档",
        why: "the meetings held, counted from 2 in steps of one: one short",
      },
      {
        actual: 0, status: "deducted", score: 50,
        explanation: "扣10分：0，较2次低2次，每1次扣5分，计2档",
        why: "none held: two steps short",
      },
    ],
  },
  {
    text: "党委、政府分管领导不明确的，扣10分；因人事变动，分管领导3个月内未明确的，扣5分",
    family: "composite",
    indicator: "分管领导明确",
    points: 60,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: "0,1", status: "deducted", score: 55,
        explanation: "扣5分：因人事变动分管领导3个月内未明确1处×5分，共扣5分",
        why: "the second situation once: its own deduction",
      },
      {
        actual: "1,0", status: "deducted", score: 50,
        explanation: "扣10分：党委、政府分管领导不明确1处×10分，共扣10分",
        why: "the first situation once: its own deduction",
      },
      {
        actual: 1, status: "error", score: null,
        explanation: "评分标准有2种扣分情形且扣分不同，请在G2按顺序分别填写各情形的个数（如“1,0”）。",
        why: "two situations at different rates: one count cannot say which, an error asking for one per situation",
      },
    ],
  },
  {
    text: "未建立综治实绩档案的，扣5分",
    family: "composite",
    indicator: "综治实绩档案",
    points: 60,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "deducted", score: 55,
        explanation: "扣5分：未建立综治实绩档案1处×5分，共扣5分",
        why: "the situation happened once: its deduction",
      },
      {
        actual: "无", status: "full", score: 60,
        explanation: "满分：未发现问题",
        why: "无: it did not happen, full",
      },
    ],
  },
  {
    text: "未落实组织部门在提拔考核干部时，或者人事部门在办理干部评先、受奖、晋级时，书面征求综治部门意见规定的，分别扣5分",
    family: "composite",
    indicator: "征求综治部门意见",
    points: 60,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "deducted", score: 55,
        explanation: "扣5分：未落实组织部门在提拔考核干部时或者人事部…1处×5分，共扣5分",
        why: "the situation happened once: its deduction",
      },
      {
        actual: "无", status: "full", score: 60,
        explanation: "满分：未发现问题",
        why: "无: it did not happen, full",
      },
    ],
  },
  {
    text: "对发生造成重大社会影响的案（事）件，按照有关政策法律规定应予责任查究和“一票否决”而未执行的，扣5分",
    family: "composite",
    indicator: "责任查究",
    points: 60,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "deducted", score: 55,
        explanation: "扣5分：发生造成重大社会影响的案(事)件按照有关…1处×5分，共扣5分",
        why: "the situation happened once: its deduction",
      },
      {
        actual: "无", status: "full", score: 60,
        explanation: "满分：未发现问题",
        why: "无: it did not happen, full",
      },
    ],
  },
  {
    text: "党委、政府与下级地方党委、政府未签订年度综治目标管理责任书的，扣10分；已签订责任书但不规范的，扣5分",
    family: "composite",
    indicator: "目标管理责任书签订",
    points: 20,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: "0,1", status: "deducted", score: 15,
        explanation: "扣5分：已签订责任书但不规范1处×5分，共扣5分",
        why: "the second situation once: its own deduction",
      },
      {
        actual: "1,0", status: "deducted", score: 10,
        explanation: "扣10分：党委、政府与下级地方党委、政府未签订年度…1处×10分，共扣10分",
        why: "the first situation once: its own deduction",
      },
      {
        actual: 1, status: "error", score: null,
        explanation: "评分标准有2种扣分情形且扣分不同，请在G2按顺序分别填写各情形的个数（如“1,0”）。",
        why: "two situations at different rates: one count cannot say which, an error asking for one per situation",
      },
    ],
  },
  {
    text: "未将综治经费列入同级财政预算的，扣20分；已列入预算但未得到较好落实的，扣10分",
    family: "composite",
    indicator: "综治经费保障",
    points: 20,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: "0,1", status: "deducted", score: 10,
        explanation: "扣10分：已列入预算但未得到较好落实1处×10分，共扣10分",
        why: "the second situation once: its own deduction",
      },
      {
        actual: "1,0", status: "deducted", score: 0,
        explanation: "扣20分：未将综治经费列入同级财政预算1处×20分，共扣20分",
        why: "the first situation once: its own deduction",
      },
      {
        actual: 1, status: "error", score: null,
        explanation: "评分标准有2种扣分情形且扣分不同，请在G2按顺序分别填写各情形的个数（如“1,0”）。",
        why: "two situations at different rates: one count cannot say which, an error asking for one per situation",
      },
    ],
  },
  {
    text: "未按照《浙江省矛盾纠纷排查调处工作规程（试行）》要求，落实矛盾纠纷集中排查、调处化解、“三定一包”、情况报告、督查督办、报结归档等制度的，每项（次)扣2分",
    family: "per-item",
    indicator: "矛盾纠纷排查调处制度",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 26,
        explanation: "扣4分：发现2个×2分，共扣4分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 30,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "未按《浙江省医疗纠纷预防与处理办法》规定建立医疗纠纷人民调解委员会的，扣5分",
    family: "composite",
    indicator: "医疗纠纷调解委员会",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "deducted", score: 25,
        explanation: "扣5分：未按《浙江省医疗纠纷预防与处理办法》规定…1处×5分，共扣5分",
        why: "the situation happened once: its deduction",
      },
      {
        actual: "无", status: "full", score: 30,
        explanation: "满分：未发现问题",
        why: "无: it did not happen, full",
      },
    ],
  },
  {
    text: "医疗纠纷人民调解员配备、医疗责任保险（医疗责任风险金）制度及相关经费未按要求落实到位的，每项扣2分",
    family: "per-item",
    indicator: "医疗纠纷调解配套",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 26,
        explanation: "扣4分：发现2个×2分，共扣4分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 30,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "单独建立工会的企业开展工资集体协商覆盖面低于80%的，每降低1个百分点扣1分",
    family: "steps",
    indicator: "工资集体协商覆盖面",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: "75%", status: "deducted", score: 25,
        explanation: "扣5分：75%，较80%低5个百分点，每1个百分点扣1分，计5档",
        why: "percentage points below where the steps start, whole points",
      },
      {
        actual: "90%", status: "full", score: 30,
        explanation: "满分：90%，以80%为标准，不扣分",
        why: "at or above where they start (or fewer steps)",
      },
    ],
  },
  {
    text: "未开展行业性和区域性工资集体协商工作的，每缺1项扣3分",
    family: "per-item",
    indicator: "行业性区域性工资集体协商",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 24,
        explanation: "扣6分：发现2个×3分，共扣6分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 30,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "未按规定进行村务公开的，每村每发现一次扣1分",
    family: "per-item",
    indicator: "村务公开",
    points: 10,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 8,
        explanation: "扣2分：发现2个×1分，共扣2分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 10,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "公有制企业职工代表大会建制率、厂务公开达标率低于85%的，每降低1个百分点扣2分",
    family: "steps",
    indicator: "职代会建制率和厂务公开达标率",
    points: 10,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: "75%", status: "deducted", score: 0,
        explanation: "扣10分：75%，较85%低10个百分点，每1个百分点扣2分，计10档",
        why: "percentage points below where the steps start, whole points",
      },
      {
        actual: "90%", status: "full", score: 10,
        explanation: "满分：90%，以85%为标准，不扣分",
        why: "at or above where they start (or fewer steps)",
      },
    ],
  },
  {
    text: "聘请律师、基层法律服务工作者等担任行政村法律顾问覆盖面低于60%的，每降低1个百分点扣2分",
    family: "steps",
    indicator: "行政村法律顾问覆盖面",
    points: 10,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: "75%", status: "full", score: 10,
        explanation: "满分：75%，以60%为标准，不扣分",
        why: "percentage points below where the steps start, whole points",
      },
      {
        actual: "90%", status: "full", score: 10,
        explanation: "满分：90%，以60%为标准，不扣分",
        why: "at or above where they start (or fewer steps)",
      },
    ],
  },
  {
    text: "未按省有关规定要求开展工作的，扣2分",
    family: "composite",
    indicator: "基层民主法制其他工作",
    points: 10,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "deducted", score: 8,
        explanation: "扣2分：未按省有关规定要求开展工作1处×2分，共扣2分",
        why: "the situation happened once: its deduction",
      },
      {
        actual: "无", status: "full", score: 10,
        explanation: "满分：未发现问题",
        why: "无: it did not happen, full",
      },
    ],
  },
  {
    text: "去京越级上访、来省集体上访情况，按省信访工作目标管理考核评分办法扣分",
    family: null,
    indicator: "越级上访集体上访",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“去京越级上访、来省集体上访情况,按省信访工作目标管理考核评分办法扣分”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "未达到省规定合格分的，每降低1个百分点加扣3分",
    family: null,
    indicator: "信访考核合格分",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“未达到省规定合格分的,每降低1个百分点加扣3分”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "中央、省级交办的涉法涉诉的信访案件当事人去京非正常上访、赴沪扰序滋事的，每次分别扣10分、5分",
    family: null,
    indicator: "非正常上访",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“中央、省级交办的涉法涉诉的信访案件当事人去京非正常上访、赴沪扰序滋事的,每次分别…”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "在清理涉法涉诉信访积案活动中，应清理而未清理的信访人员再次来省去京上访或赴沪扰序滋事的，每次扣5分",
    family: "per-item",
    indicator: "积案清理",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 20,
        explanation: "扣10分：发现2个×5分，共扣10分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 30,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "发生聚众冲击国家机关，严重影响正常工作秩序，造成恶劣影响事件的，每起扣30分",
    family: "per-item",
    indicator: "冲击国家机关事件",
    points: 50,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 0,
        explanation: "扣50分：发现2个×30分，共扣60分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 50,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "县级当年组织开展重大事项社会稳定风险评估数量少于3件的，每少1件扣2分",
    family: "steps",
    indicator: "社会稳定风险评估",
    points: 50,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "deducted", score: 46,
        explanation: "扣4分：1，较3件低2件，每1件扣2分，计2档",
        why: "assessments done, counted from 3 in steps of one: two short",
      },
      {
        actual: 3, status: "full", score: 50,
        explanation: "满分：3，以3件为标准，不扣分",
        why: "3 done: none short, full",
      },
    ],
  },
  {
    text: "七类案件总量占全部刑事案件的比例与全省三年平均比例数相比，每超过0.1个百分点扣2分",
    family: null,
    indicator: "七类案件比例",
    points: 40,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“七类案件总量占全部刑事案件的比例与全省三年平均比例数相比,每超过0.1个百分点扣…”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "发生杀人、伤害致死案件的，每发生1起扣2分，当年破案的减半扣分（本项扣分以市级所辖县市区数的平均值计算）",
    family: null,
    indicator: "杀人伤害致死案件",
    points: 40,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“发生杀人、伤害致死案件的,每发生1起扣2分,当年破案的减半扣分(本项扣分以市级所…”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "案件总数超过本地前三年平均数的，每增加一起加扣6分",
    family: "per-item",
    indicator: "案件总数",
    points: 40,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 28,
        explanation: "扣12分：发现2个×6分，共扣12分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 40,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "杀人及伤害致死案件破案率达100%的，加15分",
    family: null,
    indicator: "命案破案率",
    points: 40,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“杀人及伤害致死案件破案率达100%的,加15分”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "发生持枪、利用爆炸物品作案的刑事案件，每起加扣5分，当年破案的减半扣分",
    family: null,
    indicator: "持枪爆炸案件",
    points: 40,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“发生持枪、利用爆炸物品作案的刑事案件,每起加扣5分,当年破案的减半扣分”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "黑社会性质组织犯罪案件，被省级以上部门查处的，每起扣20分",
    family: "per-item",
    indicator: "黑社会性质组织犯罪",
    points: 40,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 0,
        explanation: "扣40分：发现2个×20分，共扣40分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 40,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "对依法判决的黑社会性质组织、重大恶势力犯罪案件，每起分别加5分、2分，加分上限为15分",
    family: null,
    indicator: "打黑除恶加分",
    points: 40,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“对依法判决的黑社会性质组织、重大恶势力犯罪案件,每起分别加5分、2分,加分上限为…”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "被中央、省级有关部门通报批评的，每起分别扣10分、5分",
    family: null,
    indicator: "通报批评",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“被中央、省级有关部门通报批评的,每起分别扣10分、5分”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "抢劫、抢夺案件总量与本地上年相比，每上升一个百分点扣2分",
    family: null,
    indicator: "抢劫抢夺案件",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“抢劫、抢夺案件总量与本地上年相比,每上升1个百分点扣2分”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "入室盗窃案件与本地前三年平均数相比，每上升1个百分点，扣2分",
    family: null,
    indicator: "入室盗窃案件",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“入室盗窃案件与本地前三年平均数相比,每上升1个百分点,扣2分”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "所辖县（市、区）被列为全国毒品问题重点整治地区的，每个扣20分",
    family: "per-item",
    indicator: "毒品重点整治地区",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 0,
        explanation: "扣30分：发现2个×20分，共扣40分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 30,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "被省禁毒委列为整改单位的，每个扣10分",
    family: "per-item",
    indicator: "禁毒整改单位",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 10,
        explanation: "扣20分：发现2个×10分，共扣20分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 30,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "被通报批评的，每个扣5分（本项扣分以市级所辖县市区数平均值计算）",
    family: "per-item",
    indicator: "禁毒通报批评",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 20,
        explanation: "扣10分：发现2个×5分，共扣10分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 30,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "本省籍社区戒毒人员有效执行率低于80%、70%、60%的，分别扣1分、2分、3分",
    family: null,
    indicator: "社区戒毒执行率",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“本省籍社区戒毒人员有效执行率低于80%、70%、60%的,分别扣1分、2分、3分”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "吸毒成瘾者社区药物维持治疗工作按省禁毒办下达给各地的美沙酮维持治疗任务数进行考核，未完成任务的，每降低1个百分点扣1分",
    family: "steps",
    indicator: "美沙酮维持治疗任务",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: "75%", status: "deducted", score: 5,
        explanation: "扣25分：75%，较100%低25个百分点，每1个百分点扣1分，计25档",
        why: "percentage points below where the steps start, whole points",
      },
      {
        actual: "90%", status: "deducted", score: 20,
        explanation: "扣10分：90%，较100%低10个百分点，每1个百分点扣1分，计10档",
        why: "at or above where they start (or fewer steps)",
      },
    ],
  },
  {
    text: "打击网络赌博、违法犯罪、打击拐卖妇女儿童犯罪、打击盗窃破坏“三电”、输油气管道安全保护等工作不力的，酌情扣分，每项最高扣10分",
    family: null,
    indicator: "专项打击整治工作",
    points: 60,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“打击网络赌博、违法犯罪、打击拐卖妇女儿童犯罪、打击盗窃破坏\"三电\"、输油气管道安…”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "“网格化管理，组团式服务”、“和谐促进工程”等基层平安创建载体未能实现村（居）、社区、规模企业全覆盖的，扣3分",
    family: "composite",
    indicator: "平安创建载体覆盖",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "deducted", score: 27,
        explanation: "扣3分：\"网格化管理组团式服务\"、\"和谐促进工程…1处×3分，共扣3分",
        why: "the situation happened once: its deduction",
      },
      {
        actual: "无", status: "full", score: 30,
        explanation: "满分：未发现问题",
        why: "无: it did not happen, full",
      },
    ],
  },
  {
    text: "未落实运行维护机制，建立相应制度的，扣3分",
    family: "composite",
    indicator: "视频监控运行维护",
    points: 20,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "deducted", score: 17,
        explanation: "扣3分：未落实运行维护机制建立相应制度1处×3分，共扣3分",
        why: "the situation happened once: its deduction",
      },
      {
        actual: "无", status: "full", score: 20,
        explanation: "满分：未发现问题",
        why: "无: it did not happen, full",
      },
    ],
  },
  {
    text: "辅助光源建设未达标，图像质量不符合相关标准要求，正常有效运行的监控点少于90%的，扣2分",
    family: null,
    indicator: "视频监控点运行",
    points: 20,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“辅助光源建设未达标,图像质量不符合相关标准要求,正常有效运行的监控点少于90%的…”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "治安信息员、治安巡防员等群防群治队伍不健全，工作不经常的，扣3分",
    family: "composite",
    indicator: "群防群治队伍",
    points: 20,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "deducted", score: 17,
        explanation: "扣3分：治安信息员、治安巡防员等群防群治队伍不健…1处×3分，共扣3分",
        why: "the situation happened once: its deduction",
      },
      {
        actual: "无", status: "full", score: 20,
        explanation: "满分：未发现问题",
        why: "无: it did not happen, full",
      },
    ],
  },
  {
    text: "发生从业单位或个人不按规定生产、经营、运输、存储、携带、使用枪支弹药、爆炸物品、特定种类危险化学品、剧毒化学品、放射性物品、管制刀具等物品，导致非法流失或发生重大案件的，每起扣5分；造成严重后果的，每起扣10分；",
    family: "per-item",
    indicator: "危险物品管理",
    points: 20,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: "1,1", status: "deducted", score: 5,
        explanation: "扣15分：发生从业单位或个人不按规定生产、经营、运…1处×5分，造成严重后果1处×10分，共扣15分",
        why: "one of each kind: 5 + 10 off",
      },
      {
        actual: 2, status: "error", score: null,
        explanation: "评分标准有2种扣分情形且扣分不同，请在G2按顺序分别填写各情形的个数（如“1,0”）。",
        why: "two kinds at different rates: one count cannot say which",
      },
    ],
  },
  {
    text: "各类事故死亡人数超过上级政府下达的控制指标，每超过1人扣5分",
    family: "per-item",
    indicator: "事故死亡人数",
    points: 50,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 40,
        explanation: "扣10分：发现2个×5分，共扣10分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 50,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "生产安全事故死亡人数与上年相比，绝对数下降幅度超过15%以上的，每少死亡1人加1分；超过50%以上的，每少死亡1人加2分；",
    family: null,
    indicator: "事故死亡人数下降",
    points: 50,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“生产安全事故死亡人数与上年相比,绝对数下降幅度超过15%以上的,每少死亡1人加1…”、“超过50%以上的,每少死亡1人加2分”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "各类事故起数与上年相比，每增加1起扣2分",
    family: null,
    indicator: "事故起数",
    points: 50,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“各类事故起数与上年相比,每增加1起扣2分”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "较大事故起数超过上级下达的控制指标，每超过1起扣3分",
    family: "per-item",
    indicator: "较大事故起数",
    points: 50,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 44,
        explanation: "扣6分：发现2个×3分，共扣6分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 50,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "各类事故经济损失与上年按同口径相比，每增加20万元扣1分",
    family: null,
    indicator: "事故经济损失",
    points: 50,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“各类事故经济损失与上年按同口径相比,每增加20万元扣1分”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "再次发生同类事故的，每起加扣10分",
    family: "per-item",
    indicator: "同类事故再发生",
    points: 50,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 30,
        explanation: "扣20分：发现2个×10分，共扣20分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 50,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "发生一次死亡10人以上的各类生产安全事故每起扣30分",
    family: "per-item",
    indicator: "重特大生产安全事故",
    points: 50,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 0,
        explanation: "扣50分：发现2个×30分，共扣60分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 50,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "农村公路超限率超过4.5%、卸载率低于82%，县道、乡道、村道交通标志标线完好率分别低于75%、55%、35%的，每项扣5分",
    family: "per-item",
    indicator: "农村公路安全指标",
    points: 50,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 40,
        explanation: "扣10分：发现2个×5分，共扣10分",
        why: "the number of measures below their line: 2 × 5 off",
      },
    ],
  },
  {
    text: "“三合一”场所、居住出租房屋消防安全未得到有效整治，消防控制室值班人员未持证上岗或不能熟练操作的，属于人员密集场所的消防重点单位消除火灾隐患、扑救初起火灾、组织人员疏散和消防宣传教育“四个能力”建设不达标的，每项每发现一家扣3分",
    family: "per-item",
    indicator: "消防安全整治",
    points: 50,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 44,
        explanation: "扣6分：发现2个×3分，共扣6分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 50,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "未按规定配备市级综治办主任、副主任的，扣5分",
    family: "composite",
    indicator: "综治办主任配备",
    points: 100,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "deducted", score: 95,
        explanation: "扣5分：未按规定配备市级综治办主任、副主任1处×5分，共扣5分",
        why: "the situation happened once: its deduction",
      },
      {
        actual: "无", status: "full", score: 100,
        explanation: "满分：未发现问题",
        why: "无: it did not happen, full",
      },
    ],
  },
  {
    text: "乡镇（街道）综治工作中心及城市社区、较大村（常住人口在1000人以上，登记在册暂住人口在100人以上，乡镇人民政府所在地，或者位于县市区城乡结合部的行政村）、规模企业（职工人数在200人以上的企业）综治工作室（站）规范化建成率低于100%的，每项每降低1个百分点扣2分",
    family: null,
    indicator: "综治工作室规范化建成率",
    points: 100,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“乡镇(街道)综治工作中心及城市社区、较大村(常住人口在1000人以上,登记在册暂…”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "乡镇（街道）综治工作中心首问责任制、工作例会、情况报告、督查督办、值班制度不落实的，每项扣1分",
    family: "per-item",
    indicator: "乡镇综治中心制度",
    points: 100,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 98,
        explanation: "扣2分：发现2个×1分，共扣2分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 100,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "排查出来的矛盾纠纷和问题隐患未登记建档的，未落实责任单位和责任人的，每项扣2分",
    family: "per-item",
    indicator: "矛盾隐患登记建档",
    points: 100,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 96,
        explanation: "扣4分：发现2个×2分，共扣4分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 100,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "未组织开展基层综治干部轮训的，扣10分",
    family: "composite",
    indicator: "综治干部轮训",
    points: 100,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "deducted", score: 90,
        explanation: "扣10分：未组织开展基层综治干部轮训1处×10分，共扣10分",
        why: "the situation happened once: its deduction",
      },
      {
        actual: "无", status: "full", score: 100,
        explanation: "满分：未发现问题",
        why: "无: it did not happen, full",
      },
    ],
  },
  {
    text: "流动人口服务管理工作（40分），由省综治委流动人口治安管理工作领导小组办公室制定",
    family: null,
    indicator: "流动人口服务管理",
    points: 40,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "定性指标：请在G2填写评价结论（达成/部分达成/未达成）或直接填写得分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "召开综治委全体会议少于2次的，每少1次扣2.5分",
    family: "steps",
    indicator: "综治委全体会议",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "deducted", score: 27.5,
        explanation: "扣2.5分：1，较2次低1次，每1次扣2.5分，计1档",
        why: "the meetings held, counted from 2 in steps of one: one short",
      },
      {
        actual: 0, status: "deducted", score: 25,
        explanation: "扣5分：0，较2次低2次，每1次扣2.5分，计2档",
        why: "none held: two steps short",
      },
    ],
  },
  {
    text: "未按规定落实综治检查督导和成员单位述职、联系点、联席会议等制度并及时上报情况的，每项扣5分",
    family: "per-item",
    indicator: "综治工作制度落实",
    points: 30,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 20,
        explanation: "扣10分：发现2个×5分，共扣10分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 30,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "组织开展“综治宣传月”活动、参加政法综治优秀新闻作品评选活动不积极、效果不明显的，酌情扣分，最高扣5分",
    family: null,
    indicator: "综治宣传",
    points: 60,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“组织开展\"综治宣传月\"活动、参加政法综治优秀新闻作品评选活动不积极、效果不明显的…”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "未完成中央和省综治委（办）年内部署的专项斗争工作和其他工作任务的，每项扣2至5分",
    family: null,
    indicator: "专项斗争任务",
    points: 60,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“未完成中央和省综治委(办)年内部署的专项斗争工作和其他工作任务的,每项扣2至5分”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "省、市统计部门的群众安全感数据与随机问卷调查的安全感测评数据按一定比例测算后，与省统计局调查的全省群众安全感相比，每降低1个百分点扣2分",
    family: null,
    indicator: "群众安全感",
    points: 40,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“省、市统计部门的群众安全感数据与随机问卷调查的安全感测评数据按一定比例测算后,与…”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "发生影响干扰统计部门正常开展群众安全感调查工作，经查证属实的，每起扣5分",
    family: "per-item",
    indicator: "干扰安全感调查",
    points: 40,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 30,
        explanation: "扣10分：发现2个×5分，共扣10分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 40,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "情节严重的每起加扣5分",
    family: "per-item",
    indicator: "干扰调查情节严重",
    points: 40,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 2, status: "deducted", score: 30,
        explanation: "扣10分：发现2个×5分，共扣10分",
        why: "two occurrences at the rule's rate, within the points",
      },
      {
        actual: 0, status: "full", score: 40,
        explanation: "满分：未发现问题",
        why: "none: full",
      },
    ],
  },
  {
    text: "经验做法得到中央领导批示肯定的，每次加1分；得到省委省政府主要领导、分管领导或省综治委领导批示肯定的，每次加0.5分；或在全国、全省性政法综治会上介绍推广的，每次分别加1分、0.5分",
    family: null,
    indicator: "经验做法推广",
    points: 10,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“经验做法得到中央领导批示肯定的,每次加1分”、“得到省委省政府主要领导、分管领导或省综治委领导批示肯定的,每次加0.5分”、“或在全国、全省性政法综治会上介绍推广的,每次分别加1分、0.5分”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "在《中央综治动态》上刊发的，每次加0.5分",
    family: null,
    indicator: "综治动态刊发",
    points: 10,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“在《中央综治动态》上刊发的,每次加0.5分”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: "省委、省综治委召开现场会推广典型经验的，加5分",
    family: null,
    indicator: "现场会推广",
    points: 10,
    seen: "浙江省社会治安综合治理（平安建设）考核评分细则（“浙江省矛盾纠纷排查调处工作规程”“浙江海事局”“上海世博会”条款，年份推断为2010；见于一个平安建设考核系统公开源码的初始化数据 com.tianque.init.impl.ExamineScoreInitialization，代码索引未带仓库名） · 浙江 · 2010 · unavailable: code-corpus hit without a repository name, file com/tianque/init/impl/ExamineScoreInitialization.java (index id 46889695172)",
    cases: [
      {
        actual: 1, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“省委、省综治委召开现场会推广典型经验的,加5分”，需人工评分。",
        why: "needs a person's judgement (another method, a bonus, a range, a share, a figure the rule does not give, or a discretion): never scored, quoted",
      },
    ],
  },
  {
    text: ">=2个",
    in: "target",
    family: "target",
    indicator: "当年获得宁德市级以上确认的人才驿站数量",
    points: 10,
    seen: "宁德市 人才驿站补助资金 项目支出绩效自评（评价内容表与得分原因，转载页） · 福建 · 2023 · https://0477ly.com/newsdetail/news661681.html",
    cases: [
      {
        actual: "0个", status: "deducted", score: 0,
        explanation: "扣10分：实际0个，未达到目标≥2个，10×0/2=0",
        why: "none of the 2: 10 × 0/2 = 0",
      },
      {
        actual: "2个", status: "full", score: 10,
        explanation: "满分：实际2个，达到目标≥2个",
        why: "met",
      },
    ],
  },
  {
    text: ">=28次",
    in: "target",
    family: "target",
    indicator: "当年人才驿站组织活动数量",
    points: 10,
    seen: "宁德市 人才驿站补助资金 项目支出绩效自评（评价内容表与得分原因，转载页） · 福建 · 2023 · https://0477ly.com/newsdetail/news661681.html",
    cases: [
      {
        actual: "40次", status: "full", score: 10,
        explanation: "满分：实际40次，达到目标≥28次",
        why: "40 ≥ 28: met, full",
      },
      {
        actual: "21次", status: "deducted", score: 7.5,
        explanation: "扣2.5分：实际21次，未达到目标≥28次，10×21/28=7.5",
        why: "10 × 21/28 = 7.5",
      },
    ],
  },
  {
    text: ">=500人",
    in: "target",
    family: "target",
    indicator: "每年人才驿站服务人次",
    points: 10,
    seen: "宁德市 人才驿站补助资金 项目支出绩效自评（评价内容表与得分原因，转载页） · 福建 · 2023 · https://0477ly.com/newsdetail/news661681.html",
    cases: [
      {
        actual: "1700人", status: "full", score: 10,
        explanation: "满分：实际1700人，达到目标≥500人",
        why: "1700 ≥ 500: met (the office's 10 of 10)",
      },
      {
        actual: "1700人次", status: "error", score: null,
        explanation: "G2的实际值“1700人次”与目标值“≥500人”单位不同，请统一单位。",
        why: "another unit than the target's: an error, not a guess",
      },
    ],
  },
  {
    text: ">=95%",
    in: "target",
    family: "target",
    indicator: "各类人才对我市人才政策的知晓率",
    points: 10,
    seen: "宁德市 人才驿站补助资金 项目支出绩效自评（评价内容表与得分原因，转载页） · 福建 · 2023 · https://0477ly.com/newsdetail/news661681.html",
    cases: [
      {
        actual: "98%", status: "full", score: 10,
        explanation: "满分：实际98%，达到目标≥95%",
        why: "met",
      },
      {
        actual: "105%", status: "error", score: null,
        explanation: "G2的“各类人才对我市人才政策的知晓率”为105%，该比率不能超过100%，请核对。",
        why: "a 知晓率 cannot exceed 100%: an error",
      },
    ],
  },
  {
    text: ">=100%",
    in: "target",
    family: "target",
    indicator: "人才驿站补助资金到位率",
    points: 10,
    seen: "宁德市 人才驿站补助资金 项目支出绩效自评（评价内容表与得分原因，转载页） · 福建 · 2023 · https://0477ly.com/newsdetail/news661681.html",
    cases: [
      {
        actual: "100%", status: "full", score: 10,
        explanation: "满分：实际100%，达到目标≥100%",
        why: "met",
      },
      {
        actual: "80%", status: "deducted", score: 8,
        explanation: "扣2分：实际80%，未达到目标≥100%，10×80/100=8",
        why: "10 × 80/100 = 8",
      },
    ],
  },
  {
    text: "到位及时率大于90%得满分",
    family: null,
    indicator: "资金到位率",
    points: 3,
    seen: "宁德市 人才驿站补助资金 项目支出绩效自评（得分原因所引评分标准，转载页） · 福建 · 2023 · https://0477ly.com/newsdetail/news661681.html",
    cases: [
      {
        actual: "95%", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“到位及时率大于90%得满分”，需人工评分。",
        why: "only the full-marks case is given; what 90% or less gets is not said: a person's judgement",
      },
    ],
  },
  {
    text: "资金使用率大于95%的得满分",
    family: null,
    indicator: "预算执行率",
    points: 3,
    seen: "宁德市 人才驿站补助资金 项目支出绩效自评（得分原因所引评分标准，转载页） · 福建 · 2023 · https://0477ly.com/newsdetail/news661681.html",
    cases: [
      {
        actual: "98%", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“资金使用率大于95%的得满分”，需人工评分。",
        why: "only the full-marks case is given: a person's judgement below it",
      },
    ],
  },
  {
    text: "严格落实党管机构编制原则（1.5分）。是否通过下发文件、召开会议、签订责任书、资金分配、项目审批、工作考核、评比表彰等方式干预下级机构设置、职能配置和编制配备；是否未经征求机构编制部门意见，在制定规范性文件、起草市领导讲话材料或提交市委市政府研究的专项工作汇报中对机构编制提出明确要求的。发现一次的，扣0.5分；发现有两次及以上的，此项不得分",
    family: "counted-table",
    indicator: "落实党管机构编制",
    points: 1.5,
    seen: "某市机构编制资源使用效益评估表·市级部门（市委组织部一页的“评分方法”列；见于一个评估系统公开源码的演示数据，市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/64/64d4e47f0502560cb2ba411ab91990fa7c73e383.svn-base",
    cases: [
      {
        actual: 0, status: "full", score: 1.5,
        explanation: "满分：填报0次",
        why: "none found: full marks (the office scored 1.5)",
      },
      {
        actual: 1, status: "deducted", score: 1,
        explanation: "扣0.5分：填报1次",
        why: "once: 0.5 off",
      },
      {
        actual: 2, status: "deducted", score: 0,
        explanation: "扣1.5分：填报2次",
        why: "twice or more: no points — not 2×0.5 (per-item read it so before)",
      },
      {
        actual: 3, status: "deducted", score: 0,
        explanation: "扣1.5分：填报3次",
        why: "more than the rule lists take its last figure: no points",
      },
      {
        actual: null, typed: 0, status: "deducted", score: 0,
        explanation: "保留填写得分0分（未核算：在G2填写实际完成值后可核算；按评分标准可得此分）",
        why: "a typed 0 without its count: kept, and a score the rule can give",
      },
      {
        actual: null, typed: 0.5, status: "deducted", score: 0.5,
        explanation: "保留填写得分0.5分（未核算：在G2填写实际完成值后可核算；按评分标准只能得0分、1分或1.5分，填写0.5分）",
        why: "a typed 0.5 without its count: kept, but the rule gives only 0, 1 or 1.5",
      },
    ],
  },
  {
    text: "全日制研究生人数占比达到20%以上的，得1分；每低1%，扣0.1分",
    family: "steps",
    indicator: "研究生以上占比",
    points: 1,
    seen: "某市机构编制资源使用效益评估表·市级部门（市委组织部一页的“评分方法”列；见于一个评估系统公开源码的演示数据，市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/64/64d4e47f0502560cb2ba411ab91990fa7c73e383.svn-base",
    cases: [
      {
        actual: "29.1%", status: "full", score: 1,
        explanation: "满分：29.1%，以20%为标准，不扣分",
        why: "the office’s own 29.1%: above 20%, full marks (it scored 1)",
      },
      {
        actual: "15%", status: "deducted", score: 0.5,
        explanation: "扣0.5分：15%，较20%低5个百分点，每1个百分点扣0.1分，计5档",
        why: "5 points short: 5 × 0.1",
      },
    ],
  },
  {
    text: "新进人员中全日制研究生占比不低于50%，得1分；每低1%，扣0.1分",
    family: "steps",
    indicator: "新进研究生以上占比",
    points: 1,
    seen: "某市机构编制资源使用效益评估表·市级部门（市委组织部一页的“评分方法”列；见于一个评估系统公开源码的演示数据，市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/64/64d4e47f0502560cb2ba411ab91990fa7c73e383.svn-base",
    cases: [
      {
        actual: "50%", status: "full", score: 1,
        explanation: "满分：50%，以50%为标准，不扣分",
        why: "the office’s own 50%: exactly the bound, full marks (it scored 1)",
      },
      {
        actual: "46%", status: "deducted", score: 0.6,
        explanation: "扣0.4分：46%，较50%低4个百分点，每1个百分点扣0.1分，计4档",
        why: "4 points short: 4 × 0.1",
      },
    ],
  },
  {
    text: "单个内设机构实际人员配置数不低于内设机构人员平均数的1/2，得1.5分；每有1个内设机构实际人员配置数达不到要求的，扣0.5分",
    family: "per-item",
    indicator: "未到平均数1/2的内设机构数",
    points: 1.5,
    seen: "某市机构编制资源使用效益评估表·市级部门（市委组织部一页的“评分方法”列；见于一个评估系统公开源码的演示数据，市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/64/64d4e47f0502560cb2ba411ab91990fa7c73e383.svn-base",
    cases: [
      {
        actual: 0, status: "full", score: 1.5,
        explanation: "满分：未发现问题",
        why: "the office’s own 0: none short, full marks (it scored 1.5)",
      },
      {
        actual: 2, status: "deducted", score: 0.5,
        explanation: "扣1分：发现2个×0.5分，共扣1分",
        why: "two offices short: 2 × 0.5",
      },
    ],
  },
  {
    text: "业务办理（1分）。未按规定进行用编用职审核的，每例扣0.1分；未及时维护实名制系统的，每例扣0.1分；未在规定时间内办理统一社会信用代码赋码的，每例扣0.1分；未在规定时间内办理事业单位登记或变更登记的，每例扣0.1分",
    family: "per-item",
    indicator: "机构编制业务办理",
    points: 1,
    seen: "某市机构编制资源使用效益评估表·市级部门（市委组织部一页的“评分方法”列；见于一个评估系统公开源码的演示数据，市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/64/64d4e47f0502560cb2ba411ab91990fa7c73e383.svn-base",
    cases: [
      {
        actual: "1,0,2,0", status: "deducted", score: 0.7,
        explanation: "扣0.3分：未按规定进行用编用职审核1处×0.1分，未在规定时间内办理统一社会信用代码赋码2处×0.1分，共扣0.3分",
        why: "one case of the first fault and two of the third: 3 × 0.1",
      },
      {
        actual: 0, status: "full", score: 1,
        explanation: "满分：未发现问题",
        why: "none: full marks",
      },
    ],
  },
  {
    text: "严格执行部门“三定”规定和机构编制部门批复（1.5分）。是否有效落实机构编制调整的，一经发现未有效落实的，扣0.5分；是否擅自变相增设机构，加挂机构牌子或者变更机构名称、规格、性质、职责的，一经发现扣1分",
    family: "composite",
    indicator: "执行机构编制文件",
    points: 1.5,
    seen: "某市机构编制资源使用效益评估表·市级部门（市委组织部一页的“评分方法”列；见于一个评估系统公开源码的演示数据，市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/64/64d4e47f0502560cb2ba411ab91990fa7c73e383.svn-base",
    cases: [
      {
        actual: 0, status: "full", score: 1.5,
        explanation: "满分：未发现问题",
        why: "neither found: full marks",
      },
      {
        actual: "0,1", status: "deducted", score: 0.5,
        explanation: "扣1分：是否擅自变相增设机构加挂机构牌子或者变更…1处×1分，共扣1分",
        why: "the second fault: 1 off",
      },
      {
        actual: "1,1", status: "deducted", score: 0,
        explanation: "扣1.5分：是否有效落实机构编制调整的一经发现未有效…1处×0.5分，是否擅自变相增设机构加挂机构牌子或者变更…1处×1分，共扣1.5分",
        why: "both: 0.5 + 1",
      },
    ],
  },
  {
    text: "对全省各市对应部门编制总量进行加权平均处理后的排名，排名倒数第1名、第2名、第3名的分别计2分、1.9分、1.8分，倒数第4名及以上的，每进1名扣0.1分。",
    family: null,
    indicator: "加权后编制数",
    points: 2,
    seen: "某市机构编制资源使用效益评估表·市级部门（市委组织部一页的“评分方法”列；见于一个评估系统公开源码的演示数据，市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/64/64d4e47f0502560cb2ba411ab91990fa7c73e383.svn-base",
    cases: [
      {
        actual: 5, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“对全省各市对应部门编制总量进行加权平均处理后的排名,排名倒数第1名、第2名、第3…”，需人工评分。",
        why: "a table of ranks against other cities’ figures: a judgement (per-item read 每进1名 as occurrences before)",
      },
    ],
  },
  {
    text: "引用市委市政府对市级单位考核的“工作绩效”考核得分，相应进行折算",
    family: null,
    indicator: "“工作绩效”考核得分",
    points: 60,
    seen: "某市机构编制资源使用效益评估表·市级部门（市委组织部一页的“评分方法”列；见于一个评估系统公开源码的演示数据，市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/64/64d4e47f0502560cb2ba411ab91990fa7c73e383.svn-base",
    cases: [
      {
        actual: null, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“引用市委市政府对市级单位考核的\"工作绩效\"考核得分,相应进行折算”，需人工评分。",
        why: "another assessment’s score converted: a judgement",
      },
    ],
  },
  {
    text: "专项测评（自评）和谈话",
    family: null,
    indicator: "“专家评测”考核得分",
    points: 10,
    seen: "某市机构编制资源使用效益评估表·市级部门（市委组织部一页的“评分方法”列；见于一个评估系统公开源码的演示数据，市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/64/64d4e47f0502560cb2ba411ab91990fa7c73e383.svn-base",
    cases: [
      {
        actual: null, status: "manual", score: null,
        explanation: "定性指标：请在G2填写评价结论（达成/部分达成/未达成）或直接填写得分。",
        why: "a review and interviews: a judgement, the score typed by a person",
      },
    ],
  },
  {
    text: "未新进人员，涉及新进人员指标按市级部门平均分得分",
    family: null,
    indicator: "无新进人员取均值",
    points: 1,
    seen: "某市机构编制资源使用效益评估表·市级部门（市委组织部一页的“评分方法”列；见于一个评估系统公开源码的演示数据，市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/64/64d4e47f0502560cb2ba411ab91990fa7c73e383.svn-base",
    cases: [
      {
        actual: null, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“未新进人员,涉及新进人员指标按市级部门平均分得分”，需人工评分。",
        why: "the average of other departments’ scores: not in the sheet, a judgement",
      },
    ],
  },
  {
    text: "引用市委市政府对区县工作绩效和综合评价考核得分及排名，在全市排名1-5名的依次赋予60分、57分、54分、51分、48分",
    family: null,
    indicator: "工作绩效",
    points: 60,
    seen: "某市机构编制资源使用效益评估表·区县（同一系统的区县一页；市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/58/586f44a4ba6596d9ec39900778d840a432deae1f.svn-base",
    cases: [
      {
        actual: 2, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“引用市委市政府对区县工作绩效和综合评价考核得分及排名,在全市排名1-5名的依次赋…”，需人工评分。",
        why: "points by rank among the districts: a table of ranks, not bands on a figure",
      },
    ],
  },
  {
    text: "按各地区编制资源总量/所辖村（社区）总数进行排名，第1名得6分，第2-5名按第1名的比例得分",
    family: null,
    indicator: "编制总量",
    points: 6,
    seen: "某市机构编制资源使用效益评估表·区县（同一系统的区县一页；市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/58/586f44a4ba6596d9ec39900778d840a432deae1f.svn-base",
    cases: [
      {
        actual: 2, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“按各地区编制资源总量/所辖村(社区)总数进行排名,第1名得6分,第2-5名按第1…”，需人工评分。",
        why: "in proportion to the first-ranked district’s figure, which the sheet does not hold: a judgement",
      },
    ],
  },
  {
    text: "2.根据近三年学生数的增减情况，实行动态调整的，得1分；未实行动态调整的，或“逆向”减少中小学教职工编制的，扣1分。",
    family: "yes-no",
    alsoReadBy: ["categorical","composite"],
    indicator: "中小学教职工编制动态调整",
    points: 1,
    seen: "某市机构编制资源使用效益评估表·区县（同一系统的区县一页；市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/58/586f44a4ba6596d9ec39900778d840a432deae1f.svn-base",
    cases: [
      {
        actual: "是", status: "full", score: 1,
        explanation: "满分：按“2.根据近三年学生数的增减情况实行动态调…/未实行动态调整的或逆向减少中小学教职工编…”评分：是，计1分",
        why: "adjusted: 1",
      },
      {
        actual: "否", status: "deducted", score: 0,
        explanation: "扣1分：按“2.根据近三年学生数的增减情况实行动态调…/未实行动态调整的或逆向减少中小学教职工编…”评分：否，扣1分",
        why: "not adjusted: 1 off",
      },
      {
        actual: null, status: "error", score: null,
        explanation: "缺少输入：请在G2填写“是”或“否”。",
        why: "no answer: an error asking for 是 or 否",
      },
    ],
  },
  {
    text: "1.按照国家规定的中小学教职工编制标准，根据现有学生数，足额保障本地区中小学教职工编制的，得2分。若保障不到位的，每少1%，扣0.1分；但本地区中小学教职工编制总量与地区事业编制总量的占比高于各地区平均占比加5%的，可不扣分。",
    family: null,
    indicator: "中小学教职工编制保障",
    points: 2,
    seen: "某市机构编制资源使用效益评估表·区县（同一系统的区县一页；市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/58/586f44a4ba6596d9ec39900778d840a432deae1f.svn-base",
    cases: [
      {
        actual: "95%", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“若保障不到位的,每少1%,扣0.1分”、“但本地区中小学教职工编制总量与地区事业编制总量的占比高于各地区平均占比加5%的,…”、“1.按照国家规定的中小学教职工编制标准,根据现有学生数,足额保障本地区中小学教职…”，需人工评分。",
        why: "the exemption turns on every district’s average share: a judgement",
      },
    ],
  },
  {
    text: "1.按各地区乡镇（街道）编制和部门派驻下沉到乡镇（街道）人员编制的总和占地区编制资源总量配比的平均值为基准，不低于平均值的得2分；每低1%，扣0.1分。",
    family: null,
    indicator: "乡镇（街道）编制配比",
    points: 2,
    seen: "某市机构编制资源使用效益评估表·区县（同一系统的区县一页；市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/58/586f44a4ba6596d9ec39900778d840a432deae1f.svn-base",
    cases: [
      {
        actual: "30%", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“1.按各地区乡镇(街道)编制和部门派驻下沉到乡镇(街道)人员编制的总和占地区编制…”，需人工评分。",
        why: "the base is the districts’ average, not stated: a judgement",
      },
    ],
  },
  {
    text: "2.评估期内，对比上年度，保持基层人员编制稳定的，得1.5分；推动区县部门人员力量下沉的，对比上年度，每增加1名人员编制的，加0.05分，加分不超过0.5分；对比上年度，每减少1名人员编制的，扣0.1分，扣分不超过2分。",
    family: null,
    indicator: "基层人员编制稳定",
    points: 2,
    seen: "某市机构编制资源使用效益评估表·区县（同一系统的区县一页；市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/58/586f44a4ba6596d9ec39900778d840a432deae1f.svn-base",
    cases: [
      {
        actual: 2, status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“推动区县部门人员力量下沉的,对比上年度,每增加1名人员编制的,加0.05分,加分…”、“对比上年度,每减少1名人员编制的,扣0.1分,扣分不超过2分”、“2.评估期内,对比上年度,保持基层人员编制稳定的,得1.5分”，需人工评分。",
        why: "counted against last year and with bonus points: a judgement",
      },
    ],
  },
  {
    text: "金融、数字化、法学等紧缺专业干部总数占干部总数的比例，高于平均数的，得2分；每低1%，扣0.1分。",
    family: null,
    indicator: "紧缺专业干部占比",
    points: 2,
    seen: "某市机构编制资源使用效益评估表·区县（同一系统的区县一页；市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/58/586f44a4ba6596d9ec39900778d840a432deae1f.svn-base",
    cases: [
      {
        actual: "10%", status: "manual", score: null,
        explanation: "F2的评分标准有未能识别的部分：“金融、数字化、法学等紧缺专业干部总数占干部总数的比例,高于平均数的,得2分”，需人工评分。",
        why: "the average it is measured from is not given: a judgement",
      },
    ],
  },
  {
    text: "本地区是否落实机构编制年度报告制度，办理机构编制调整事项程序、请示主体是否合规，每例扣1.5分",
    family: "per-item",
    indicator: "机构编制法治化",
    points: 3,
    seen: "某市机构编制资源使用效益评估表·区县（同一系统的区县一页；市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/58/586f44a4ba6596d9ec39900778d840a432deae1f.svn-base",
    cases: [
      {
        actual: 1, status: "deducted", score: 1.5,
        explanation: "扣1.5分：发现1个×1.5分，共扣1.5分",
        why: "one case: 1.5 off",
      },
      {
        actual: 0, status: "full", score: 3,
        explanation: "满分：未发现问题",
        why: "none: full marks",
      },
    ],
  },
  {
    text: "贯彻执行中央、省市部署的专项体制改革任务，存在搞变通、打折扣的，每例扣0.5分",
    family: "per-item",
    indicator: "专项体制改革任务",
    points: 2,
    seen: "某市机构编制资源使用效益评估表·区县（同一系统的区县一页；市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/58/586f44a4ba6596d9ec39900778d840a432deae1f.svn-base",
    cases: [
      {
        actual: 3, status: "deducted", score: 0.5,
        explanation: "扣1.5分：发现3个×0.5分，共扣1.5分",
        why: "three cases: 3 × 0.5",
      },
      {
        actual: 0, status: "full", score: 2,
        explanation: "满分：未发现问题",
        why: "none: full marks",
      },
    ],
  },
  {
    text: "1.存在自定编制未消化、严重超编进人、擅自增设机构、擅自加挂机构牌子或者变更机构名称、规格、性质、职责，每例扣0.5分,共1分。2.落实全市年度机构编制重点任务情况（0.5分）。根据推进“四个十”工作体系总体情况，未完成的每项扣0.1分。",
    family: "per-item",
    indicator: "机构编制纪律",
    points: 1.5,
    seen: "某市机构编制资源使用效益评估表·区县（同一系统的区县一页；市名、省份、年份均未注明） · 省份未注明 · 年份未注明 · https://github.com/nima001/syqdemo/blob/626ddb72a9f23d4dc51e5eac6a0f160f40025b77/.svn/pristine/58/586f44a4ba6596d9ec39900778d840a432deae1f.svn-base",
    cases: [
      {
        actual: "1,2", status: "deducted", score: 0.8,
        explanation: "扣0.7分：存在自定编制未消化、严重超编进人、擅自增…1处×0.5分，根据推进\"4个十\"工作体系总体情况未完成2处×0.1分，共扣0.7分",
        why: "one breach (0.5) and two tasks not done (2 × 0.1)",
      },
      {
        actual: "3,0", status: "deducted", score: 0.5,
        explanation: "扣1分：存在自定编制未消化、严重超编进人、擅自增…3处×0.5分（扣分以1分为限），共扣1分",
        why: "three breaches: 1.5, but the part is worth 1 (共1分)",
      },
    ],
  },
];
