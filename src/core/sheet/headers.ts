// What a header cell means, by the key words it carries (SPEC §2.1): `指标名称`, `三级指标` and `评价内容` are
// the indicator; `年初指标值`, `年度指标值` and `目标值` the target; `全年完成值` and `实际完成情况` the
// actual; `指标权重（分）` the points. Units, brackets, spaces and line breaks are removed first. The
// meanings are tried in order, the narrower first, so `评分标准` is a rule before `评分` is a score and
// `得分系数` is a share before `得分` is a score. Of the columns that give reasons, only 扣分原因/扣分说明
// are ours to write; 偏差原因分析及改进措施, 未完成原因… are the office's reasoning, which the form asks
// it to write (SPEC §2.1): known, so that the header is read as before, and never written. Columns of
// background beside the figures — 上年完成值, 指标值设置依据, 佐证资料, 完成率 — are known too, and not read:
// last year's value is not this year's actual, nor the target's basis a target.
import { compactText } from '../text';
import type { Columns } from '../types';

/**
 * Header meanings: the columns, 得分系数 (a score column kept as a percentage of the points), a unit,
 * and the office's reasoning (`remarks`).
 */
export type HeaderKey = keyof Omit<Columns, 'initialTarget' | 'targetParts' | 'level1Points' | 'level2Points'> | 'scoreShare' | 'unit' | 'remarks' | 'context';

interface Meaning {
  readonly key: HeaderKey;
  /** The whole header is one of these: a sure match. */
  readonly exact: RegExp;
  /** The header carries these words: a match unless a sure one says otherwise. */
  readonly carries?: RegExp;
}

const MEANINGS: readonly Meaning[] = [
  { key: 'level1', exact: /^一级(?:指标)?$/, carries: /一级指标/ },
  { key: 'level2', exact: /^二级(?:指标)?$/, carries: /二级指标/ },
  { key: 'scoreShare', exact: /^(?:得分系数|得分率|得分比例)$/, carries: /得分系数/ },
  { key: 'reason', exact: /^(?:扣分原因|扣分说明)$/, carries: /扣分原因|扣分说明/ },
  { key: 'remarks', exact: /^(?:扣分理由|扣分情况|扣分依据|偏差原因分析|偏差原因|原因分析|偏差原因分析及改进措施|未完成原因|存在问题)$/, carries: /扣分理由|偏差原因|原因分析|改进措施|未完成原因/ },
  { key: 'rule', exact: /^(?:评分标准|评分规则|计分方法|评分方法|评分细则|评分办法|评价标准|评价标准及依据|评分依据|计分标准|计分规则|考核标准|评分说明|评价方法|评分要点|评价细则|赋分规则|指标赋分规则|赋分标准)$/, carries: /评分标准|评分规则|评分细则|评分办法|评分方法|计分方法|计分标准|计分规则|评价标准|考核标准|评分说明|评分依据|赋分规则|赋分标准/ },
  { key: 'context', exact: /^(?:上年完成值|上年实际完成值|上年实际值|上年指标值|指标值设置依据|指标值确定依据|佐证资料|佐证材料|完成率)$/, carries: /^上年|设置依据|佐证/ },
  { key: 'explanation', exact: /^(?:指标解释|指标说明|指标内涵|指标释义|指标定义|评价要点|指标解释及说明)$/, carries: /指标解释|指标说明|指标内涵|指标释义|指标定义/ },
  { key: 'actual', exact: /^(?:实际完成值|全年完成值|全年实际完成值|实际值|完成值|实际完成情况|评价数据|完成情况|实际完成|实际完成数|实际数|实际执行情况|年度实际完成值|全年实际值|实际完成指标值)$/, carries: /实际完成|完成值|实际值|全年完成/ },
  { key: 'target', exact: /^(?:年度指标值|年初指标值|预期指标值|目标值|指标值|年度目标值|年度目标|绩效目标值|全年指标值|计划值|预期目标值|指标目标值|调整后指标值|年度指标值调整后|年初目标值)$/, carries: /指标值|目标值/ },
  { key: 'unit', exact: /^(?:计量单位|度量单位|单位|指标单位)$/ },
  { key: 'points', exact: /^(?:分值|标准分值|权重|指标权重|指标分值|标准分|满分|权重分|权重分值|指标分|分数|权重值)$/, carries: /分值|权重/ },
  { key: 'score', exact: /^(?:得分|自评得分|自评分|评价得分|指标得分|评分|实际得分|考核得分|得分值|自评分值|评价分值|单位自评得分|部门自评得分)$/, carries: /得分$|自评分$/ },
  { key: 'indicator', exact: /^(?:三级指标|指标名称|评价指标|评价内容|考核内容|指标内容|三级|具体指标|绩效指标名称|三级指标名称|考核指标|评价项目|指标)$/, carries: /三级指标|指标名称/ },
];

/** A header as typed (`得  分（分）`, `分值\n(分)`, `指标权重(%)`) to its bare words. */
export function headerWords(text: string): string {
  return compactText(text)
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, '')
    .replace(/^[\d.、]+/, '')
    .replace(/[:：*＊]+$/g, '')
    .replace(/[/／](?:分|%|万元|元)$/, '');
}

export interface HeaderMatch {
  readonly key: HeaderKey;
  /** The whole header is one of the key's names, rather than merely carrying its words. */
  readonly sure: boolean;
}

/** What a header cell means, or null. Headers longer than a phrase (a title, a note) mean nothing. */
export function headerMeaning(text: string): HeaderMatch | null {
  const words = headerWords(text);
  if (words === '' || words.length > 16) return null;
  for (const m of MEANINGS) if (m.exact.test(words)) return { key: m.key, sure: true };
  for (const m of MEANINGS) if (m.carries?.test(words)) return { key: m.key, sure: false };
  return null;
}
