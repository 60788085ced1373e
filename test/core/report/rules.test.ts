// The rules the report follows on every table (issue 23), tested on the whole corpus and the sample and
// on variants a person reads the same way: no tool words, a kept score never shown as checked, 存在问题
// in words (never the conclusion's arithmetic again), measures numbered and naming their indicators,
// names without the template's numbering, the office's reasons used, the unit and year found.
import { isBasicDataSheetName, scoreWorkbook } from '../../../src/core';
import type { CellValue, GroupTotal, RowResult, ScoreResult, SheetGrid } from '../../../src/core';
import { buildReport, conclusion, reportText } from '../../../src/core/conclusion';
import { fillMeasure, measureFor, MEASURES, OTHER_MEASURE } from '../../../src/core/measures';
import { distinctNames, reportName } from '../../../src/core/report/names';
import { subjectOf } from '../../../src/core/report/subject';
import { sampleSheets } from '../../browser/sample-cells';
import { tableWorkbook } from '../../fixtures/real/grid';
import { TABLES } from '../../fixtures/real/tables';
import zhongjiang from '../../fixtures/real/tables/sichuan-zhongjiang-shuibiaochi-2022';
import { d, row } from '../../support/results';
import { scoreTable } from '../../support/table';

/** Words of the tool, not of a report: what was kept, computed, a cell, a draft. */
const TOOL_WORDS = /未核算|核算|保留|填写得分|计算得分|人工评分|针对|草稿|单元格|评分助手|\bkept\b|not checked|typed score|\bcells?\b/i;

async function sampleResult(lang: 'zh' | 'en', edit?: (values: CellValue[][]) => void): Promise<ScoreResult> {
  const sheets = await sampleSheets();
  const table = sheets.find((s) => s.name === '指标体系')!;
  const values = table.values.map((r) => [...r]);
  edit?.(values);
  return scoreWorkbook({ indicatorSheet: { ...table, values }, basicData: sheets.find((s) => isBasicDataSheetName(s.name)) }, { lang });
}

const corpus = (lang: 'zh' | 'en') =>
  TABLES.filter((t) => !t.refused).map((t) => ({ id: t.id, result: scoreWorkbook(tableWorkbook(t), { lang }) }));

describe('on every table of the corpus and the sample, in both languages', () => {
  const all = async (lang: 'zh' | 'en') => [...corpus(lang), { id: 'sample', result: await sampleResult(lang) }];

  test.each(['zh', 'en'] as const)('no tool words (%s)', async (lang) => {
    for (const { id, result } of await all(lang)) {
      const text = conclusion(result);
      expect({ id, text }).toEqual({ id, text: expect.any(String) });
      expect({ id, words: text.match(TOOL_WORDS) }).toEqual({ id, words: null });
    }
  });

  test('a kept score is never said as checked: each is named where the office\'s own scores are said', async () => {
    for (const { id, result } of await all('zh')) {
      const [said] = buildReport(result)!.sections;
      const text = said.paragraphs.join('\n');
      for (const r of result.rows) {
        if ((r.status !== 'full' && r.status !== 'deducted') || !r.kept) continue;
        const name = reportName(r.indicator);
        const as = r.status === 'deducted' ? `${name}自评得` : r.kept.because === 'judgement' ? '为定性指标，按自评得分计' : '按自评得分计，尚待核实';
        const sentence = text.split('。').find((s) => s.includes(name) && s.includes(as));
        expect({ id, cell: r.cell, sentence }).toEqual({ id, cell: r.cell, sentence: expect.any(String) });
      }
    }
  });

  test('存在问题 are in words, never the conclusion\'s arithmetic again; measures are numbered and name no 针对', async () => {
    for (const { id, result } of await all('zh')) {
      const [said, problems, measures] = buildReport(result)!.sections;
      const sentences = new Set(said.paragraphs.join('').split('。'));
      for (const p of problems.paragraphs) {
        expect({ id, p, arithmetic: /[×÷=]/.test(p) }).toEqual({ id, p, arithmetic: false });
        for (const s of p.split('。').slice(1)) if (s.length > 12) expect({ id, repeated: sentences.has(s) ? s : null }).toEqual({ id, repeated: null });
      }
      measures.paragraphs.forEach((m, i) => expect({ id, m: m.startsWith(`${i + 1}. `) }).toEqual({ id, m: true }));
    }
  });

  test('names are the report\'s: no template numbering, no points, no task label before the task', async () => {
    for (const { id, result } of await all('zh')) {
      const text = conclusion(result);
      expect({ id, found: text.match(/指标\d|任务\d\s*[:：]|重点任务一\s*[(（]|\(\d+分\)|（\d+分）|★/) }).toEqual({ id, found: null });
    }
  });
});

describe('the sample, as the issue asks', () => {
  test('its 评价结论 states the 97.38% execution and the 三公 overspend with figures', async () => {
    const [said] = buildReport(await sampleResult('zh'))!.sections;
    const text = said.paragraphs.join('\n');
    expect(text).toContain('部门总体执行进度为97.38%（3100.75÷3184.21）');
    expect(text).toContain('因公出国（境）经费预算6万元、决算8.68万元，超预算2.68万元，扣0.5分');
    expect(buildReport(await sampleResult('zh'))!.sections[1].paragraphs).toContain('2. “三公”经费超预算。“三公”经费控制：因公出国（境）经费决算8.68万元，超出预算2.68万元，超支44.67%，扣0.5分。');
    expect(text).toContain('(3184.21-73.69-83.46)/3184.21×5=4.75');
  });

  test('in English: the same report, its sections and figures', async () => {
    const report = buildReport(await sampleResult('en'))!;
    expect(report.sections.map((s) => s.heading)).toEqual(['Conclusion', 'Problems found', 'Improvement measures']);
    const text = reportText(report);
    expect(text).toContain('scores 99.25 out of 100, grade “优”');
    expect(text).toContain('部门总体执行进度: 97.38% (3100.75÷3184.21)');
    expect(text).toContain('因公出国（境）经费: budget 6万元, spent 8.68万元, 2.68万元 over, 0.5 lost');
    expect(text).toContain('因公出国（境）经费: spent 8.68万元, 2.68万元 (44.67%) over budget, 0.5 lost');
    expect(text).toContain('157.15 万元 in all, 4.94% of 预算资金总来源 3184.21 万元');
    expect(text.split('\n')[0]).toBe('(1) Conclusion');
  });

  test('a key task is named by the task, however its label is written; tasks whose names meet keep their numbers', async () => {
    const report = async (first: string, second: string) =>
      reportText(
        buildReport(
          await sampleResult('zh', (v) => {
            v[15][1] = first;
            v[20][1] = second;
          }),
        )!,
      );
    const written = await report('重点任务一 (市民云服务平台专项工作)', '重点任务一 (2019年度市级示范培训)');
    for (const [first, second] of [
      ['重点任务一（市民云服务平台专项工作）', '重点任务二（2019年度市级示范培训）'],
      ['重点任务1：市民云服务平台专项工作', '重点任务2：2019年度市级示范培训'],
      ['重点工作一 市民云服务平台专项工作', '重点工作二 2019年度市级示范培训'],
    ]) {
      expect(await report(first, second)).toBe(written);
    }
    expect(written).toContain('4. 履职效能方面，市民云服务平台专项工作得35分，2019年度市级示范培训得35分。市民云服务平台专项工作：任务完成率为100%');
    // Two tasks of one name stay two: told apart by their numbers.
    const same = await report('重点任务一 (专项工作)', '重点任务二 (专项工作)');
    expect(same).toContain('4. 履职效能方面，重点任务一 (专项工作)得35分，重点任务二 (专项工作)得35分。重点任务一 (专项工作)：任务完成率为100%');
  });
});

describe('the office\'s own reasons', () => {
  /** 中江 with 水标尺宽度 short of its target and the office's reasoning beside it, in its 未完成原因 column. */
  function zhongjiangShort(remark: string): ScoreResult {
    const wb = tableWorkbook(zhongjiang);
    const values = wb.indicatorSheet.values.map((r) => [...r]);
    values[12][6] = '40厘米';
    values[12][8] = remark;
    return scoreWorkbook({ indicatorSheet: { ...wb.indicatorSheet, values } as SheetGrid }, { lang: 'zh' });
  }

  test('a cause goes to 存在问题, a measure leads 改进措施; however the office punctuates it', () => {
    for (const remark of ['受地形限制，部分点位宽度不足。下一步加强施工监管。', '受地形限制,部分点位宽度不足；下一步加强施工监管', '受地形限制，部分点位宽度不足\n下一步加强施工监管']) {
      const [, problems, measures] = buildReport(zhongjiangShort(remark))!.sections;
      expect(problems.paragraphs).toContain('1. 部分绩效目标未完成。水标尺宽度为40厘米，距目标50厘米差10厘米，扣2分，原因是受地形限制，部分点位宽度不足。');
      expect(measures.paragraphs[0]).toBe('1. 确保绩效目标全面完成。下一步加强施工监管。对水标尺宽度未达目标的情况逐项分析原因，明确责任人和完成时限，跟踪落实。');
    }
  });

  test('a reasoning cell that says nothing (0, 无, /) is not a reason', () => {
    for (const remark of ['0', '无', '/', '—']) {
      const [, problems] = buildReport(zhongjiangShort(remark))!.sections;
      expect(problems.paragraphs[1]).toBe('1. 部分绩效目标未完成。水标尺宽度为40厘米，距目标50厘米差10厘米，扣2分。');
    }
  });
});

describe('a result not yet complete', () => {
  function result(rows: RowResult[], groups: GroupTotal[]): ScoreResult {
    return {
      lang: 'zh',
      sheet: '指标体系',
      titleRows: [],
      amountUnit: null,
      rows,
      total: rows.reduce((s, r) => s.plus(r.score ?? 0), d(0)),
      maxTotal: rows.reduce((s, r) => s.plus(r.points ?? 0), d(0)),
      gradedOn: null,
      grade: null,
      complete: rows.every((r) => r.score !== null),
      level1: groups,
      issues: [],
    };
  }

  test('no grade; what is open is named in the accountant\'s words, and its problems wait', () => {
    const rows = [
      row(4, '履职效能', '社会效益', 5, 'deducted', '3', '保留填写得分3分（定性评价，未核算）', { kept: { because: 'judgement', possible: true }, typed: '3' }),
      row(5, '履职效能', '可持续影响', 5, 'manual', null, '实际完成情况为“部分达成”，而I5填写的是满分5分，二者矛盾：请核对后人工评分。', { review: true }),
      row(6, '履职效能', '质量指标', 5, 'error', null, 'H6应填写实际完成值，现为“若干”，请改为数字。'),
    ];
    const [said, problems] = buildReport(result(rows, [{ name: '履职效能', points: d(15), score: d(3), complete: false }]))!.sections;
    expect(said.paragraphs).toEqual([
      '根据评分标准，本单位部门整体支出绩效已评指标得分为3分（满分15分），另有1项指标数据有误，1项指标的完成情况与自评得分不符、需复核，暂不评定等级。具体情况如下：',
      '1. 履职效能方面，社会效益得3分，可持续影响的完成情况与自评得分不符，需复核，质量指标数据有误，尚未评分。社会效益自评得3分，扣2分。已评指标共计得分3分。',
    ]);
    expect(problems.paragraphs.at(-1)).toBe('另有2项指标尚未评定：可持续影响（完成情况与自评得分不符）；质量指标（数据有误），评定后再补充。');
  });
});

describe('names', () => {
  test.each([
    ['指标1工程资金金额', '工程资金金额'],
    ['指标1：年度资金支付完成率100%', '年度资金支付完成率100%'],
    ['任务1:门诊住院人次', '门诊住院人次'],
    ['★补助鱼塘面积', '补助鱼塘面积'],
    ['重点任务一 (市民云服务平台专项工作)', '市民云服务平台专项工作'],
    ['重点工作2（2019年度市级示范培训）', '2019年度市级示范培训'],
    ['(10分) 预算管理', '预算管理'],
    ['投 入（15分）', '投入'],
    ['2019年度市级示范培训', '2019年度市级示范培训'],
  ])('%s → %s', (name, expected) => expect(reportName(name)).toBe(expected));

  test('names that would read the same are told apart by their place; others are left alone', () => {
    const nth = (n: string, k: number) => `${n}（${k}）`;
    expect(distinctNames(['重点任务一', '重点任务一', '数量指标'], nth)).toEqual(['重点任务一（1）', '重点任务一（2）', '数量指标']);
    expect(distinctNames(['', ''], nth)).toEqual(['', '']);
  });
});

describe('who and what the report is about', () => {
  const base = { lang: 'zh', sheet: '表', titleRows: [], amountUnit: null, rows: [], total: d(0), maxTotal: d(0), gradedOn: null, grade: null, complete: false, level1: [], issues: [] } as ScoreResult;

  test('the unit and year from the title rows, written `label：value` or as a label cell beside its value; a code before a name is not part of it', () => {
    expect(subjectOf({ ...base, titleRows: [['2019年度部门整体支出绩效评价指标自评表'], ['单位：中共成都市委城乡社区发展治理委员会            金额单位：万元']] })).toMatchObject({
      unit: '中共成都市委城乡社区发展治理委员会',
      project: null,
      year: '2019',
      kind: 'department',
    });
    expect(subjectOf({ ...base, titleRows: [['单位名称:塘湖镇政府'], ['填报日期：2021.5.18']] })).toMatchObject({ unit: '塘湖镇政府', year: null });
    expect(subjectOf({ ...base, titleRows: [['(2022年度)'], ['项目名称', '51000021R000000019951-工资性支出'], ['主管部门', '中江县水利局', '实施单位', '219001-中江县水利局']] })).toMatchObject({
      unit: '中江县水利局',
      project: '工资性支出',
      kind: 'project',
    });
    // A 整体支出 table lists 项目支出 as a part of its spending: it is still a department's.
    expect(subjectOf({ ...base, titleRows: [['蚕茶卫生院整体支出绩效自评表(2021年度)'], ['(2)项目支出']] })).toMatchObject({ kind: 'department' });
  });

  test('the amounts\' unit, stated above the table or in a budget block\'s label', () => {
    const unitOf = (rows: (string | null)[][]) =>
      scoreWorkbook({ indicatorSheet: { name: '表', values: [...rows, ['三级指标', '分值', '得分'], ['任务完成率', 10, 10]] } }).amountUnit;
    expect(unitOf([['单位：某局', null, '金额单位：万元']])).toBe('万元');
    expect(unitOf([['项目资金\n(万元)', '全年预算数']])).toBe('万元');
    expect(unitOf([['项目资金 (元)']])).toBe('元');
    expect(unitOf([['2019年度自评表']])).toBeNull();
  });
});

describe('the measures are a table a person can read and edit', () => {
  test('each kind in both languages, its places filled, found by its words', () => {
    for (const m of [...MEASURES, OTHER_MEASURE]) {
      for (const t of [m.zh.problem, m.zh.title, m.zh.text]) expect(t).toMatch(/[\u4e00-\u9fff]/);
      for (const t of [m.en.problem, m.en.title, m.en.text]) expect(t).not.toMatch(/[\u4e00-\u9fff]/);
      for (const lang of ['zh', 'en'] as const) expect(fillMeasure(m[lang].text, 'X', null, m[lang].items)).not.toMatch(/[{}]/);
    }
    expect(measureFor({ indicator: '“三公经费”控制率', level2: '预算执行', level1: '过程' }).kind.zh).toBe('三公经费');
    expect(measureFor({ indicator: '预算安排准确性', level2: '预算编制', level1: '预算管理' }).kind.zh).toBe('预算编制');
    // A rule followed is not a budget spent; a financial rule is financial management.
    expect(measureFor({ indicator: '制度执行有效性', level2: '预算管理', level1: '过程' }).kind.zh).toBe('制度建设');
    expect(measureFor({ indicator: '免费开放管理制度健全、执行有效性', level2: '质量指标', level1: '产出指标' }).kind.zh).toBe('制度建设');
    expect(measureFor({ indicator: '财务管理制度健全性', level2: '预算管理', level1: '过程' }).kind.zh).toBe('财务管理');
    expect(measureFor({ indicator: '资金执行率', level2: '', level1: '过程' }).kind.zh).toBe('预算执行');
    expect(measureFor({ indicator: '某某指标', level2: '', level1: '其他' })).toBe(OTHER_MEASURE);
  });
});

describe('a count typed for a table of items', () => {
  // `一项…扣0.5分，两项…扣1分` counts what the rule counts: over budget only where the rule says so (“三公”).
  const report = (rule: string) => {
    const result = scoreTable([{ l1: '管理', name: '制度执行', points: 5, rule, actual: 2 }]);
    return buildReport(result)!.sections.flatMap((s) => s.paragraphs).join('\n');
  };

  test.each(['一项不合格扣1分，两项扣2分', '检查发现一项问题扣1分，两项扣2分', '一项未完成扣1分,二项扣2分'])('is not said over budget when the rule counts something else: %p', (rule) => {
    expect(report(rule)).not.toContain('超预算');
    expect(report(rule)).toContain('制度执行：填报2项');
  });

  test.each(['部门“三公”经费决算数一项超预算扣0.5分,两项扣1分', '“三公”经费一项超预算扣1分，两项超预算扣2分'])('is said over budget when the rule counts items over budget: %p', (rule) => {
    expect(report(rule)).toContain('制度执行：2项超预算');
  });
});
