// The 改进措施 the report drafts for each kind of deduction. A phrase table for people to read and edit:
// each kind is named, recognised by words in the indicator's names, and given one measure in each
// language. The first kind whose words appear in the indicator's own name wins, then in its level-2
// name, then in its level-1 name; a deduction of no listed kind gets OTHER. Order matters where
// words overlap: “三公”经费控制率 is 三公经费, not 预算执行.

export interface Measure {
  /** The kind of deduction, as the report names it. */
  readonly kind: { readonly zh: string; readonly en: string };
  /** Words in an indicator's names that make its deduction this kind. */
  readonly words: readonly string[];
  /** The measure, one or two sentences, for the report's draft. */
  readonly zh: string;
  readonly en: string;
}

export const MEASURES: readonly Measure[] = [
  {
    kind: { zh: '三公经费', en: '“Three public expenses”' },
    words: ['三公', '公务接待', '公务用车', '因公出国'],
    zh: '严格控制“三公”经费，因公出国（境）、公务接待和公务用车支出按预算列支，确需超预算的事前按程序报批，定期对照预算检查支出进度。',
    en: 'Keep official travel abroad, official receptions and official vehicles within their budgets; approve any overrun in advance and check spending against the budget regularly.',
  },
  {
    kind: { zh: '政府采购', en: 'Government procurement' },
    words: ['采购'],
    zh: '规范政府采购管理，严格按规定的采购方式和程序组织采购，加强采购需求、采购文件和合同的审核，完整保存采购资料。',
    en: 'Follow the prescribed procurement methods and procedures, review requirements, tender documents and contracts, and keep complete procurement records.',
  },
  {
    kind: { zh: '资产管理', en: 'Asset management' },
    words: ['资产', '在用率'],
    zh: '加强资产管理，定期清查盘点固定资产，及时调剂或处置闲置资产，提高资产使用效率。',
    en: 'Take stock of fixed assets regularly, reallocate or dispose of idle assets promptly, and raise the rate of assets in use.',
  },
  {
    kind: { zh: '信息公开', en: 'Information disclosure' },
    words: ['公开'],
    zh: '按规定的时限和内容公开预算、决算和绩效信息，明确责任处室，公开前后逐项核对。',
    en: 'Publish budgets, final accounts and performance information on time and in full, with a responsible office and a check before and after publication.',
  },
  {
    kind: { zh: '预算执行', en: 'Budget execution' },
    words: ['执行', '支付进度', '支出进度', '结余', '结转', '下达'],
    zh: '加快预算执行，项目责任处室按月跟踪支出进度，财务部门定期分析执行情况并通报，避免前松后紧和资金结余。',
    en: 'Speed up budget execution: project offices track spending monthly, the finance office analyses and reports progress regularly, avoiding a late rush and unspent funds.',
  },
  {
    kind: { zh: '预算编制', en: 'Budget preparation' },
    words: ['预算编制', '预算安排', '预算配置', '预算调整', '调整率', '准确性', '编制'],
    zh: '提高预算编制的科学性和准确性，结合以前年度执行情况和当年工作计划测算支出需求，减少年中调整和结余注销。',
    en: 'Prepare budgets from past execution and this year’s work plan, so that fewer funds are adjusted mid-year or cancelled at year end.',
  },
  {
    kind: { zh: '目标管理', en: 'Performance targets' },
    words: ['绩效目标', '目标填报', '目标量化', '目标匹配', '目标设定', '目标管理'],
    zh: '完善绩效目标管理，按要求为专项资金和项目编制绩效目标，细化量化指标，并与部门职能职责相匹配。',
    en: 'Set performance targets for every special fund and project as required, quantify the indicators, and align them with the department’s duties.',
  },
  {
    kind: { zh: '财务管理', en: 'Financial management' },
    words: ['制度', '合规', '财务', '会计', '监控', '内控'],
    zh: '健全内部控制和财务管理制度，严格资金审批程序，加强财务监督检查，确保资金使用合规。',
    en: 'Strengthen internal control and financial rules, keep approval procedures strict, and check regularly that funds are used as the rules require.',
  },
  {
    kind: { zh: '满意度', en: 'Satisfaction' },
    words: ['满意'],
    zh: '分析满意度调查反映的问题，改进服务方式和流程，并向服务对象反馈整改情况。',
    en: 'Analyse what the satisfaction survey shows, improve the service and its procedures, and tell those served what was changed.',
  },
  {
    kind: { zh: '质量与时效', en: 'Quality and timeliness' },
    words: ['质量', '合格', '及时', '时效', '验收', '按期'],
    zh: '加强过程管理和验收，明确各环节的质量标准和完成时限，对滞后事项及时督办。',
    en: 'Manage work in progress and acceptance closely, set quality standards and deadlines for each step, and follow up delays promptly.',
  },
  {
    kind: { zh: '成本控制', en: 'Cost control' },
    words: ['成本', '费用', '单价'],
    zh: '加强成本核算和控制，对照预算和标准审核各项支出，控制单位成本。',
    en: 'Account for costs and control them, checking each expense against the budget and the standards.',
  },
  {
    kind: { zh: '任务完成', en: 'Task completion' },
    words: ['完成', '任务', '数量', '产出', '效益', '效果', '影响'],
    zh: '对未完成的任务和指标逐项分析原因，明确责任人和完成时限，确保年度绩效目标全面完成。',
    en: 'Analyse each task or indicator not reached, name who is responsible and by when, so that the year’s targets are met in full.',
  },
];

export const OTHER_MEASURE: Measure = {
  kind: { zh: '其他', en: 'Other' },
  words: [],
  zh: '针对扣分事项逐项分析原因，制定整改措施并跟踪落实。',
  en: 'Analyse the cause of each deduction, set a corrective measure for it and follow it up.',
};

/** The measure for a deduction on this indicator. */
export function measureFor(names: { readonly indicator: string; readonly level2: string; readonly level1: string }): Measure {
  for (const name of [names.indicator, names.level2, names.level1]) {
    const found = MEASURES.find((m) => m.words.some((w) => name.includes(w)));
    if (found) return found;
  }
  return OTHER_MEASURE;
}
