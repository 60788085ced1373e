// What a header cell means (src/core/sheet/headers.ts), by the words it carries.
import { headerMeaning, headerWords } from '../../../src/core/sheet/headers';

test.each([
  ['得  分（分）', '得分'],
  ['分值\n(分)', '分值'],
  ['指标权重(%)', '指标权重'],
  ['1.评分标准：', '评分标准'],
  ['分值/分', '分值'],
  ['年度指标值（A）', '年度指标值'],
  ['得分*', '得分'],
  ['得分：*', '得分'],
  ['分值（满分10分）', '分值'],
  ['得分[百分制]', '得分'],
  ['单价/元', '单价'],
  // Only brackets, leading numbering and trailing marks or units go; the words in between stay.
  ['单价/元每人', '单价/元每人'],
  ['完成值：年度', '完成值:年度'],
  ['第1季度完成值', '第1季度完成值'],
])('%p reads as %s', (text, words) => expect(headerWords(text)).toBe(words));

test.each([
  ['一级指标', 'level1', true],
  ['一级', 'level1', true],
  ['绩效指标一级指标', 'level1', false],
  ['二级指标', 'level2', true],
  ['三级指标', 'indicator', true],
  ['指标名称', 'indicator', true],
  ['评价内容', 'indicator', true],
  ['三级指标名称', 'indicator', true],
  ['分值', 'points', true],
  ['标准分值', 'points', true],
  ['指标权重（分）', 'points', true],
  ['权重', 'points', true],
  ['年度指标值', 'target', true],
  ['年初指标值', 'target', true],
  ['目标值', 'target', true],
  ['年度指标值调整', 'target', false],
  ['指标解释', 'explanation', true],
  ['指标说明', 'explanation', true],
  ['评分标准', 'rule', true],
  ['评价标准及依据', 'rule', true],
  ['评分细则', 'rule', true],
  ['计分方法', 'rule', true],
  ['指标说明及评分标准', 'rule', false],
  ['实际完成值', 'actual', true],
  ['全年完成值', 'actual', true],
  ['实际完成情况', 'actual', true],
  ['全年实际值（B）', 'actual', true],
  ['得分', 'score', true],
  ['自评得分', 'score', true],
  ['自评分', 'score', true],
  ['指标得分（分）', 'score', true],
  ['评分', 'score', true],
  ['得分系数（%）', 'scoreShare', true],
  // Only 扣分原因/扣分说明 are ours to write; the office's reasoning is known, never written.
  ['扣分原因', 'reason', true],
  ['扣分说明', 'reason', true],
  ['扣分原因和其他说明', 'reason', false],
  ['偏差原因分析及改进措施', 'remarks', true],
  ['未完成原因', 'remarks', true],
  ['未完成原因及拟采取的改进措施', 'remarks', false],
  ['偏差及原因分析', 'remarks', false],
  ['偏差大或目标未完成原因分析', 'remarks', false],
  ['计量单位', 'unit', true],
  // Up to 16 characters is a header; longer is a title or a note.
  ['本单位二〇二三年度项目实际完成值', 'actual', false],
])('%p means %s', (text, key, sure) => expect(headerMeaning(text)).toEqual({ key, sure }));

test.each(['序号', '备注', '绩效指标', '指标性质', '2021年度部门整体支出绩效自评表（单位：万元）', '', '（分）', '是否核心指标', '本单位二〇二三年度项目的实际完成值'])('%p means none of the columns', (text) => {
  expect(headerMeaning(text)).toBeNull();
});
