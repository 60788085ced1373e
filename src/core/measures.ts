// What the report says of each kind of deduction: the problem's heading in 存在问题, and the 改进措施 —
// a heading and what to do. A phrase table for people to read and edit. Each kind is recognised by words
// in the indicator's names: the first kind whose words appear in the indicator's own name wins, then in
// its level-2 name, then in its level-1 name; a deduction of no listed kind gets OTHER. Order matters
// where words overlap: “三公”经费控制率 is 三公经费, not 预算执行.
//
// In the texts, `{names}` is the indicators that lost points (`水标尺宽度、受益户满意度`) and `{items}`
// what they lost them on, where the report can say (the budget items over their budget, the funds
// cancelled or unspent); without that, `items` gives the words to use.

export interface MeasureText {
  /** The problem, as 存在问题 heads it. */
  readonly problem: string;
  /** The measure's heading. */
  readonly title: string;
  /** What to do: one or two sentences. */
  readonly text: string;
  /** `{items}` when the report has nothing more specific. */
  readonly items: string;
}

export interface Measure {
  /** The kind of deduction, as a person names it. */
  readonly kind: { readonly zh: string; readonly en: string };
  /** Words in an indicator's names that make its deduction this kind. */
  readonly words: readonly string[];
  readonly zh: MeasureText;
  readonly en: MeasureText;
}

export const MEASURES: readonly Measure[] = [
  {
    kind: { zh: '三公经费', en: 'Three public expenses' },
    words: ['三公', '公务接待', '公务用车', '因公出国'],
    zh: {
      problem: '“三公”经费超预算',
      title: '严格控制“三公”经费',
      text: '{items}严格按预算列支，确需超预算的事前按程序报批，定期对照预算检查支出进度。',
      items: '因公出国（境）、公务接待和公务用车支出',
    },
    en: {
      problem: 'The “three public expenses” exceeded their budget',
      title: 'Keep the “three public expenses” within budget',
      text: 'Spend on {items} only within its budget, approve any overrun in advance, and check spending against the budget regularly.',
      items: 'official travel abroad, receptions and vehicles',
    },
  },
  {
    kind: { zh: '政府采购', en: 'Government procurement' },
    words: ['采购'],
    zh: {
      problem: '政府采购不够规范',
      title: '规范政府采购管理',
      text: '严格按规定的采购方式和程序组织采购，加强采购需求、采购文件和合同的审核，完整保存采购资料。',
      items: '',
    },
    en: {
      problem: 'Procurement did not follow the rules in full',
      title: 'Follow the procurement rules',
      text: 'Use the prescribed procurement methods and procedures, review requirements, tender documents and contracts, and keep complete records.',
      items: '',
    },
  },
  {
    kind: { zh: '资产管理', en: 'Asset management' },
    words: ['资产', '在用率'],
    zh: {
      problem: '资产使用效率有待提高',
      title: '加强资产管理',
      text: '定期清查盘点固定资产，及时调剂或处置闲置资产，提高{names}。',
      items: '',
    },
    en: {
      problem: 'Assets were not used to the full',
      title: 'Manage assets more closely',
      text: 'Take stock of fixed assets regularly and reallocate or dispose of idle ones, to raise {names}.',
      items: '',
    },
  },
  {
    kind: { zh: '信息公开', en: 'Information disclosure' },
    words: ['公开'],
    zh: {
      problem: '信息公开不够及时完整',
      title: '做好信息公开',
      text: '按规定的时限和内容公开预算、决算和绩效信息，明确责任处室，公开前后逐项核对。',
      items: '',
    },
    en: {
      problem: 'Information was not published on time or in full',
      title: 'Publish information as required',
      text: 'Publish budgets, final accounts and performance information on time and in full, with a responsible office and a check before and after publication.',
      items: '',
    },
  },
  {
    kind: { zh: '预算执行', en: 'Budget execution' },
    // Not a bare 执行: 制度执行有效性 is a rule followed, not a budget spent.
    words: ['预算执行', '资金执行', '执行率', '执行进度', '支付进度', '支出进度', '结余', '结转', '下达', '资金金额'],
    zh: {
      problem: '预算执行进度有待加快',
      title: '加快预算执行进度',
      text: '项目责任处室按月跟踪支出进度，财务部门定期分析执行情况并通报，避免前松后紧和资金结余。',
      items: '',
    },
    en: {
      problem: 'Spending fell behind the budget',
      title: 'Spend the budget on schedule',
      text: 'Project offices track spending monthly; the finance office analyses and reports progress regularly, avoiding a late rush and unspent funds.',
      items: '',
    },
  },
  {
    kind: { zh: '预算编制', en: 'Budget preparation' },
    words: ['预算编制', '预算安排', '预算配置', '预算调整', '调整率', '准确性', '测算', '编制'],
    zh: {
      problem: '预算编制的准确性有待提高',
      title: '提高预算编制的准确性',
      text: '结合以前年度执行情况和当年工作计划测算支出需求，减少{items}。',
      items: '年中调整和结余注销',
    },
    en: {
      problem: 'The budget was not prepared accurately enough',
      title: 'Prepare the budget more accurately',
      text: 'Estimate spending from past execution and this year’s work plan, so as to reduce {items}.',
      items: 'mid-year adjustments and cancelled funds',
    },
  },
  {
    kind: { zh: '目标管理', en: 'Performance targets' },
    words: ['绩效目标', '目标填报', '目标量化', '目标匹配', '目标设定', '目标管理'],
    zh: {
      problem: '绩效目标管理不够规范',
      title: '完善绩效目标管理',
      text: '按要求为专项资金和项目编制绩效目标，细化量化指标，并与部门职能职责相匹配。',
      items: '',
    },
    en: {
      problem: 'Performance targets were not set as required',
      title: 'Set performance targets as required',
      text: 'Set targets for every special fund and project, quantify the indicators, and align them with the department’s duties.',
      items: '',
    },
  },
  {
    kind: { zh: '财务管理', en: 'Financial management' },
    words: ['合规', '财务', '会计', '监控', '内控'],
    zh: {
      problem: '财务管理有待加强',
      title: '健全财务管理和内部控制',
      text: '严格资金审批程序，加强财务监督检查，确保资金使用合规。',
      items: '',
    },
    en: {
      problem: 'Financial management fell short',
      title: 'Strengthen financial management and internal control',
      text: 'Keep approval procedures strict and check regularly that funds are used as the rules require.',
      items: '',
    },
  },
  {
    // After 财务管理: a 财务制度 is financial management; any other rule, kept or followed, is this.
    kind: { zh: '制度建设', en: 'Rules and their enforcement' },
    words: ['制度'],
    zh: {
      problem: '管理制度不够健全或执行不到位',
      title: '健全管理制度并抓好执行',
      text: '梳理完善各项管理制度，明确执行责任，定期检查制度执行情况，发现偏差及时纠正。',
      items: '',
    },
    en: {
      problem: 'Rules were incomplete or not followed',
      title: 'Complete the rules and see that they are followed',
      text: 'Review and complete the internal rules, name who enforces each, check regularly that they are followed and correct any lapse.',
      items: '',
    },
  },
  {
    kind: { zh: '满意度', en: 'Satisfaction' },
    words: ['满意'],
    zh: {
      problem: '服务对象满意度未达到目标',
      title: '提升服务对象满意度',
      text: '分析{names}调查反映的问题，改进服务方式和流程，并向服务对象反馈整改情况。',
      items: '',
    },
    en: {
      problem: 'Satisfaction fell short of its target',
      title: 'Raise satisfaction',
      text: 'Analyse what the survey behind {names} shows, improve the service and its procedures, and tell those served what was changed.',
      items: '',
    },
  },
  {
    kind: { zh: '质量与时效', en: 'Quality and timeliness' },
    words: ['质量', '合格', '及时', '时效', '验收', '按期', '更新'],
    zh: {
      problem: '部分工作的质量或进度未达到目标',
      title: '加强过程管理',
      text: '明确{names}的质量标准和完成时限，加强检查验收，对滞后事项及时督办。',
      items: '',
    },
    en: {
      problem: 'Some work missed its quality or time target',
      title: 'Manage work in progress more closely',
      text: 'Set quality standards and deadlines for {names}, check and accept the work closely, and follow up delays promptly.',
      items: '',
    },
  },
  {
    kind: { zh: '成本控制', en: 'Cost control' },
    words: ['成本', '费用', '单价'],
    zh: {
      problem: '成本控制不到位',
      title: '加强成本控制',
      text: '对照预算和标准审核各项支出，控制{names}。',
      items: '',
    },
    en: {
      problem: 'Costs were not kept under control',
      title: 'Control costs',
      text: 'Check each expense against the budget and the standards, keeping {names} under control.',
      items: '',
    },
  },
  {
    kind: { zh: '任务完成', en: 'Task completion' },
    words: ['完成', '任务', '数量', '产出', '效益', '效果', '影响'],
    zh: {
      problem: '部分绩效目标未完成',
      title: '确保绩效目标全面完成',
      text: '对{names}未达目标的情况逐项分析原因，明确责任人和完成时限，跟踪落实。',
      items: '',
    },
    en: {
      problem: 'Some performance targets were not reached',
      title: 'Reach every performance target',
      text: 'Analyse why {names} fell short, name who is responsible and by when, and follow it up.',
      items: '',
    },
  },
];

export const OTHER_MEASURE: Measure = {
  kind: { zh: '其他', en: 'Other' },
  words: [],
  zh: {
    problem: '部分指标未达到评分标准的要求',
    title: '针对扣分事项逐项整改',
    text: '对{names}扣分的原因逐项分析，制定整改措施并跟踪落实。',
    items: '',
  },
  en: {
    problem: 'Some indicators fell short of the scoring standard',
    title: 'Put right each point lost',
    text: 'Analyse why {names} lost points, set a corrective measure for each and follow it up.',
    items: '',
  },
};

/** The measure for a deduction on this indicator. */
export function measureFor(names: { readonly indicator: string; readonly level2: string; readonly level1: string }): Measure {
  for (const name of [names.indicator, names.level2, names.level1]) {
    const found = MEASURES.find((m) => m.words.some((w) => name.includes(w)));
    if (found) return found;
  }
  return OTHER_MEASURE;
}

/** A text of the table with its places filled: `{names}` and `{items}` (else the entry's own items). */
export function fillMeasure(text: string, names: string, items: string | null, fallback: string): string {
  return text.replace(/\{names\}/g, names).replace(/\{items\}/g, items ?? fallback);
}
