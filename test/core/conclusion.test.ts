// The 评价结论及措施 (SPEC §4; issue 13): the text a person pastes into section 五 of the report, compared
// with texts written out by hand for the sample and two published tables, then the rules it follows.
import { fromA1, isBasicDataSheetName, scoreWorkbook } from '../../src/core';
import type { CellValue, GroupTotal, RowResult, ScoreResult, SheetGrid } from '../../src/core';
import { conclusion } from '../../src/core/conclusion';
import { measureFor, MEASURES, OTHER_MEASURE } from '../../src/core/measures';
import { causeOf } from '../../src/core/report/prose';
import { subjectOf } from '../../src/core/report/subject';
import { sampleSheets } from '../browser/sample-cells';
import hunan from '../fixtures/real/tables/hunan-yueyang-glj-excerpt';
import zhongjiang from '../fixtures/real/tables/sichuan-zhongjiang-shuibiaochi-2022';
import type { SheetSpec } from '../fixtures/xlsx';
import { d, row } from '../support/results';

/** A corpus sheet as the core reads it, with some cells changed (the answers a person filled in). */
function gridOf(spec: SheetSpec, edits: Record<string, CellValue> = {}): SheetGrid {
  const values = spec.rows.map((r) => Array.from(r, (c) => (c === undefined ? null : (c as CellValue))));
  for (const [address, value] of Object.entries(edits)) {
    const p = fromA1(address)!;
    while (values[p.row].length <= p.col) values[p.row].push(null);
    values[p.row][p.col] = value;
  }
  const merges = (spec.merges ?? []).map((m) => {
    const [a, b] = m.split(':').map((x) => fromA1(x)!);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
  return { name: spec.name, values, merges };
}

async function sample(lang: 'zh' | 'en'): Promise<ScoreResult> {
  const sheets = await sampleSheets();
  return scoreWorkbook({ indicatorSheet: sheets.find((s) => s.name === '指标体系')!, basicData: sheets.find((s) => isBasicDataSheetName(s.name)) }, { lang });
}

describe('the 评价结论 of the sample (examples/2019-shezhiwei.xlsx)', () => {
  test('in Chinese, as a report states it', async () => {
    expect(conclusion(await sample('zh')).split('\n')).toEqual([
      '（一）评价结论',
      '根据评分标准，中共成都市委城乡社区发展治理委员会2019年度部门整体支出绩效自评得分为99.25分，评价等级为“优”。具体情况如下：',
      '1. 预算管理方面，预算安排准确性得4.75分，部门总体执行进度得5.00分，共计得分9.75分；预算安排准确性扣0.25分：预算资金总来源3184.21万元、中期评估调整取消资金73.69万元、预算结余注销资金83.46万元。',
      '2. 目标管理方面，目标填报得2.00分，目标量化得3.00分，目标匹配得5.00分，共计得分10.00分，无扣分项目。',
      '3. 部门管理方面，基础管理得4.00分，其中管理制度健全性得1.00分、资金使用合规性得1.00分、财务监控有效性得2.00分；“三公”经费控制得0.50分；采购规范性得1.00分；固定资产在用率得2.00分；信息公开得2.00分，共计得分9.50分（其中管理制度健全性为保留的填写得分，未核算）；“三公”经费控制扣0.50分：因公出国（境）经费决算8.68万元超预算6万元（1项超预算）。',
      '4. 履职效能方面，重点任务一 (市民云服务平台专项工作)得35.00分，重点任务一 (2019年度市级示范培训)得35.00分，共计得分70.00分（其中社会影响力逐步提升、管理机制、社会效益指标、可持续影响指标为保留的填写得分，未核算），无扣分项目。',
      '（二）存在问题',
      '预算管理方面：',
      '1. 预算安排准确性扣0.25分：预算资金总来源3184.21万元、中期评估调整取消资金73.69万元、预算结余注销资金83.46万元。',
      '部门管理方面：',
      '2. “三公”经费控制扣0.50分：因公出国（境）经费决算8.68万元超预算6万元（1项超预算）。',
      '（三）改进措施（草稿：按扣分项自动起草，请结合本单位实际修改）',
      '1. 预算编制：提高预算编制的科学性和准确性，结合以前年度执行情况和当年工作计划测算支出需求，减少年中调整和结余注销（针对预算安排准确性）。',
      '2. 三公经费：严格控制“三公”经费，因公出国（境）、公务接待和公务用车支出按预算列支，确需超预算的事前按程序报批，定期对照预算检查支出进度（针对“三公”经费控制）。',
    ]);
  });

  test('in English when the UI is English', async () => {
    expect(conclusion(await sample('en')).split('\n')).toEqual([
      '(1) Conclusion',
      'Under the scoring standard, the 2019 overall expenditure performance self-evaluation of 中共成都市委城乡社区发展治理委员会 scores 99.25 out of 100, grade “优” (excellent). In detail:',
      '1. 预算管理: 预算安排准确性 4.75, 部门总体执行进度 5.00; subtotal 9.75; 预算安排准确性 lost 0.25: 预算资金总来源 3184.21 万元, 中期评估调整取消资金 73.69 万元, 预算结余注销资金 83.46 万元.',
      '2. 目标管理: 目标填报 2.00, 目标量化 3.00, 目标匹配 5.00; subtotal 10.00, no deductions.',
      '3. 部门管理: 基础管理 4.00 (管理制度健全性 1.00, 资金使用合规性 1.00, 财务监控有效性 2.00); “三公”经费控制 0.50; 采购规范性 1.00; 固定资产在用率 2.00; 信息公开 2.00; subtotal 9.50 (管理制度健全性: typed scores kept, not checked); “三公”经费控制 lost 0.50: 因公出国（境）经费, spent 8.68万元 over budget 6万元 (1 over budget).',
      '4. 履职效能: 重点任务一 (市民云服务平台专项工作) 35.00, 重点任务一 (2019年度市级示范培训) 35.00; subtotal 70.00 (社会影响力逐步提升, 管理机制, 社会效益指标, 可持续影响指标: typed scores kept, not checked), no deductions.',
      '(2) Problems found',
      '预算管理:',
      '1. 预算安排准确性 lost 0.25: 预算资金总来源 3184.21 万元, 中期评估调整取消资金 73.69 万元, 预算结余注销资金 83.46 万元.',
      '部门管理:',
      '2. “三公”经费控制 lost 0.50: 因公出国（境）经费, spent 8.68万元 over budget 6万元 (1 over budget).',
      '(3) Improvement measures (DRAFT, drafted from the deductions: revise before use)',
      '1. Budget preparation: Prepare budgets from past execution and this year’s work plan, so that fewer funds are adjusted mid-year or cancelled at year end (for 预算安排准确性).',
      '2. “Three public expenses”: Keep official travel abroad, official receptions and official vehicles within their budgets; approve any overrun in advance and check spending against the budget regularly (for “三公”经费控制).',
    ]);
  });
});

describe('the 评价结论 of a project table (中江县, 2022) with some actuals changed', () => {
  // Published with full marks everywhere; here 水标尺宽度 reached 40厘米 of ≥50厘米, satisfaction 90% of
  // ≥95%, and 群众生产生活条件改善状况 says 部分达成 beside its typed full marks.
  const edits = { G13: '40厘米', G21: '90%', G20: '部分达成' };
  const result = (lang: 'zh' | 'en') => scoreWorkbook({ indicatorSheet: gridOf(zhongjiang.sheets[0], edits) }, { lang });

  test('names the project, its department and the year; a contradiction is to review, and no grade is given', () => {
    expect(conclusion(result('zh')).split('\n')).toEqual([
      '（一）评价结论',
      '根据评分标准，中江县水利局“中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装项目”2022年度项目支出绩效已评指标得分为97.47分（满分110分），1项指标的完成情况与填写得分矛盾、需复核，暂不评定等级。已评情况如下：',
      '1. 预算执行率方面，预算执行率得10.00分，共计得分10.00分，无扣分项目。',
      '2. 产出指标方面，数量指标得18.00分，其中安装坡面水标尺得10.00分、水标尺宽度得8.00分；项目(工程)验收合格率得20.00分；时效指标得20.00分，其中及时(按期)开工率得10.00分、及时(按期)完工率得10.00分；项目计划总投资得10.00分，共计得分68.00分；水标尺宽度扣2.00分：实际40厘米，未达到目标≥50厘米。',
      '3. 效益指标方面，受益脱贫(含监测对象)户人口数得10.00分，群众生产生活条件改善状况的完成情况与填写得分矛盾、需复核，已评指标共计得分10.00分。',
      '4. 满意度指标方面，受益脱贫(含监测对象)户满意度得9.47分，共计得分9.47分；受益脱贫(含监测对象)户满意度扣0.53分：实际90%，未达到目标≥95%。',
      '（二）存在问题',
      '产出指标方面：',
      '1. 水标尺宽度扣2.00分：实际40厘米，未达到目标≥50厘米。',
      '满意度指标方面：',
      '2. 受益脱贫(含监测对象)户满意度扣0.53分：实际90%，未达到目标≥95%。',
      '另有1项指标尚未评分，其问题待评分后补充。',
      '（三）改进措施（草稿：按扣分项自动起草，请结合本单位实际修改）',
      '1. 任务完成：对未完成的任务和指标逐项分析原因，明确责任人和完成时限，确保年度绩效目标全面完成（针对水标尺宽度）。',
      '2. 满意度：分析满意度调查反映的问题，改进服务方式和流程，并向服务对象反馈整改情况（针对受益脱贫(含监测对象)户满意度）。',
    ]);
  });

  test('as published, complete: graded on the share of 110 points, no problems, no measures', () => {
    const text = conclusion(scoreWorkbook({ indicatorSheet: gridOf(zhongjiang.sheets[0]) }, { lang: 'zh' })).split('\n');
    expect(text[1]).toBe(
      '根据评分标准，中江县水利局“中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装项目”2022年度项目支出绩效自评得分为110.00分（各指标分值合计110分，按得分占分值的比例折合百分制100.00分），评价等级为“优”。具体情况如下：',
    );
    expect(text.slice(-4)).toEqual(['（二）存在问题', '本次自评无扣分项目。', '（三）改进措施（草稿：按扣分项自动起草，请结合本单位实际修改）', '本次自评无扣分项目，暂无针对性的改进措施。']);
  });

  test('in English, the cause of each deduction without its arithmetic', () => {
    const text = conclusion(result('en'));
    expect(text).toContain('1. 水标尺宽度 lost 2.00: actual 40厘米 misses the target ≥50厘米.');
    expect(text).toContain('3. 效益指标: 受益脱贫(含监测对象)户人口数 10.00, 群众生产生活条件改善状况 needs review; subtotal of the scored indicators 10.00.');
    expect(text).not.toMatch(/[×÷=]/);
  });
});

describe('the 评价结论 of a Hunan 评分表 (岳阳, 2019) with its answers filled in', () => {
  // The excerpt has no 实际完成值 column; here one is inserted before 自评得分 and filled in as an office
  // would, under a title and a 单位名称 row.
  const spec = hunan.sheets[0] as SheetSpec;
  const answers = ['103.5%', '-5%', '85%', '8%', '1', '无结余', '100%', '是,是,否', '0'];
  const rows = spec.rows.map((r, i) => {
    const cells = Array.from({ length: 7 }, (_, c) => r[c]);
    return [...cells.slice(0, 5), i === 0 ? '实际完成值' : answers[i - 1], ...cells.slice(5)];
  });
  const sheet: SheetSpec = {
    name: '评分表',
    rows: [['岳阳市某局2019年度部门整体支出绩效评价评分表'], ['单位名称：岳阳市某局'], ...rows],
    merges: ['A4:A6', 'B4:B6', 'A7:A12', 'B7:B10', 'B11:B12'],
  };

  test('each deduction with its figure; measures by kind, one per kind', () => {
    expect(conclusion(scoreWorkbook({ indicatorSheet: gridOf(sheet) }, { lang: 'zh' })).split('\n')).toEqual([
      '（一）评价结论',
      '根据评分标准，岳阳市某局2019年度部门整体支出绩效自评得分为31.00分（各指标分值合计36分，按得分占分值的比例折合百分制86.11分），评价等级为“良”。具体情况如下：',
      '1. 投入方面，财政供养人员控制率得3.50分，“三公经费”变动率得5.00分，重点支出安排率得4.00分，共计得分12.50分，扣2.50分：财政供养人员控制率为103.5%，较100%高3.5个百分点，扣1.50分；重点支出安排率为85%，80%(含)-90%，扣1.00分。',
      '2. 过程方面，预算执行得13.50分，其中预算调整率得2.00分、支付进度得2.50分、资金结余得3.00分、“三公经费”控制率得6.00分；预算管理得5.00分，其中管理制度健全性得2.00分、资金使用合规性得3.00分，共计得分18.50分，扣2.50分：预算调整率为8%，0-10%(含)，扣1.00分；支付进度扣0.50分：发现1个；管理制度健全性扣1.00分：第③项未达到。',
      '（二）存在问题',
      '投入方面：',
      '1. 财政供养人员控制率为103.5%，较100%高3.5个百分点，扣1.50分。',
      '2. 重点支出安排率为85%，80%(含)-90%，扣1.00分。',
      '过程方面：',
      '3. 预算调整率为8%，0-10%(含)，扣1.00分。',
      '4. 支付进度扣0.50分：发现1个。',
      '5. 管理制度健全性扣1.00分：第③项未达到。',
      '（三）改进措施（草稿：按扣分项自动起草，请结合本单位实际修改）',
      '1. 预算编制：提高预算编制的科学性和准确性，结合以前年度执行情况和当年工作计划测算支出需求，减少年中调整和结余注销（针对财政供养人员控制率、重点支出安排率、预算调整率）。',
      '2. 预算执行：加快预算执行，项目责任处室按月跟踪支出进度，财务部门定期分析执行情况并通报，避免前松后紧和资金结余（针对支付进度）。',
      '3. 财务管理：健全内部控制和财务管理制度，严格资金审批程序，加强财务监督检查，确保资金使用合规（针对管理制度健全性）。',
    ]);
  });
});

describe('the rules the text follows', () => {
  function result(rows: RowResult[], groups: GroupTotal[]): ScoreResult {
    const complete = rows.every((r) => r.score !== null);
    const total = rows.reduce((s, r) => s.plus(r.score ?? 0), d(0));
    return {
      lang: 'zh',
      sheet: '指标体系',
      titleRows: [],
      rows,
      total,
      maxTotal: rows.reduce((s, r) => s.plus(r.points ?? 0), d(0)),
      gradedOn: null,
      grade: null,
      complete,
      level1: groups,
      issues: [],
    };
  }

  test('no formula reaches the prose: an arithmetic explanation gives way to the 基础数据 figures in words', () => {
    const r = row(4, '预算管理', '预算安排准确性', 5, 'deducted', '4.75', '扣0.25分：(3184.21-73.69-83.46)/3184.21×5=4.75', {
      figures: [
        { label: '预算资金总来源', value: '3184.21', unit: '万元' },
        { label: '中期评估调整取消资金', value: '73.69', unit: '万元' },
        { label: '预算结余注销资金', value: '83.46', unit: '万元' },
      ],
    });
    expect(causeOf(r as never, 'zh')).toBe('预算资金总来源3184.21万元、中期评估调整取消资金73.69万元、预算结余注销资金83.46万元');
    expect(causeOf(r as never, 'en')).toBe('预算资金总来源 3184.21 万元, 中期评估调整取消资金 73.69 万元, 预算结余注销资金 83.46 万元');
  });

  test('a count keeps its words and loses its rate; a missed criterion is named', () => {
    expect(causeOf(row(9, '部门管理', '采购规范性', 1, 'deducted', '0', '扣1分：发现2个×0.5分，共扣1分') as never, 'zh')).toBe('发现2个');
    expect(causeOf(row(9, '部门管理', '财务监控', 2, 'deducted', '1', '扣1分：①是（1分）；②否（0分）') as never, 'zh')).toBe('第②项未达到');
  });

  test('a typed score kept as typed is never shown as checked; a contradiction is to review, not a manual score from nothing', () => {
    const rows = [
      row(4, '履职效能', '社会效益', 5, 'deducted', '3', '保留填写得分3分（定性评价，未核算）', { kept: { because: 'judgement', possible: true }, typed: '3' }),
      row(5, '履职效能', '可持续影响', 5, 'manual', null, '实际完成情况为“部分达成”，而I5填写的是满分5分，二者矛盾：请核对后人工评分。', { review: true }),
      row(6, '履职效能', '质量指标', 5, 'error', null, 'H6应填写实际完成值，现为“若干”，请改为数字。'),
    ];
    const text = conclusion(result(rows, [{ name: '履职效能', points: d(15), score: d(3), complete: false }]));
    expect(text.split('\n')[1]).toBe('根据评分标准，本单位部门整体支出绩效已评指标得分为3.00分（满分15分），1项指标的完成情况与填写得分矛盾、需复核，1项指标数据有误，暂不评定等级。已评情况如下：');
    expect(text).toContain(
      '1. 履职效能方面，社会效益得3.00分，可持续影响的完成情况与填写得分矛盾、需复核，质量指标因数据有误未能评分，已评指标共计得分3.00分（其中社会效益为保留的填写得分，未核算）；社会效益扣2.00分：保留填写得分3.00分，未核算。',
    );
  });

  test('the unit and year come from the title rows, written `label：value` or as a label cell beside its value', () => {
    const base = result([], []);
    expect(subjectOf({ ...base, titleRows: [['2019年度部门整体支出绩效评价指标自评表'], ['单位：中共成都市委城乡社区发展治理委员会            金额单位：万元']] })).toEqual({
      unit: '中共成都市委城乡社区发展治理委员会',
      project: null,
      year: '2019',
      kind: 'department',
    });
    expect(subjectOf({ ...base, titleRows: [['单位名称:塘湖镇政府'], ['填报日期：2021.5.18']] })).toMatchObject({ unit: '塘湖镇政府', year: null });
    expect(subjectOf({ ...base, titleRows: [['(2022年度)'], ['项目名称', '水标尺项目', '项目负责人及电话', '谢凯'], ['主管部门', '中江县水利局', '实施单位', '中江县水利局']] })).toEqual({
      unit: '中江县水利局',
      project: '水标尺项目',
      year: '2022',
      kind: 'project',
    });
  });

  test('the measures are a table a person can read: each kind named in both languages, found by its words', () => {
    for (const m of [...MEASURES, OTHER_MEASURE]) {
      expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(m.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(measureFor({ indicator: '“三公经费”控制率', level2: '预算执行', level1: '过程' }).kind.zh).toBe('三公经费');
    expect(measureFor({ indicator: '预算安排准确性', level2: '预算编制', level1: '预算管理' }).kind.zh).toBe('预算编制');
    expect(measureFor({ indicator: '固定资产在用率', level2: '资产管理', level1: '部门管理' }).kind.zh).toBe('资产管理');
    expect(measureFor({ indicator: '某某指标', level2: '', level1: '其他' })).toBe(OTHER_MEASURE);
  });
});
