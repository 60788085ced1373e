// Every rule family of SPEC §3, from real phrasings (SPEC §6), with its boundaries.
import { n, scoreOne } from '../support/table';

describe('formula: 指标得分=…*指标分值', () => {
  const rule =
    '指标得分=(预算资金总来源-中期评估调整取消资金-预算结余注销资金)/预算资金总来源*指标分值,预算资金总来源是指年初预算与执行中追加预算总和';
  const basic: [string, number, string][] = [
    ['预算资金总来源', 3184.21, '万元'],
    ['中期评估调整取消资金', 73.69, '万元'],
    ['预算结余注销资金', 83.46, '万元'],
  ];

  test('evaluates named inputs from 基础数据 and shows the arithmetic', () => {
    const r = scoreOne(rule, null, 5, { basic });
    expect(r.family).toBe('formula');
    expect(n(r.score)).toBe(4.75);
    expect(n(r.deduction)).toBe(0.25);
    expect(r.explanation).toBe('扣0.25分：(3184.21-73.69-83.46)/3184.21×5=4.75');
  });

  test('labels match across full-width brackets and spaces', () => {
    const r = scoreOne('得分＝（预算资金 总来源－预算结余注销资金）÷预算资金总来源×分值', null, 10, { basic });
    expect(n(r.score)).toBe(9.74); // 3100.75/3184.21×10 = 9.7379…
  });

  test('a label the rule names but 基础数据 lacks is an error naming the rule cell', () => {
    const r = scoreOne(rule, null, 5, { basic: basic.slice(0, 2) });
    expect(r.status).toBe('error');
    expect(r.explanation).toContain('预算结余注销资金');
    expect(r.result.issues.find((i) => i.code === 'missing-label')?.cell).toBe('F2');
  });

  test('a divisor of zero is an error, not a score', () => {
    const r = scoreOne(rule, null, 5, { basic: [['预算资金总来源', 0], ['中期评估调整取消资金', 0], ['预算结余注销资金', 0]] });
    expect(r.status).toBe('error');
    expect(r.result.issues[0].code).toBe('division-by-zero');
  });

  const taskRule = '得分=分值×实际完成任务量/绩效目标设定任务量×100%。实际完成任务量大于绩效目标设定任务量得满分。';

  test('A/B not in 基础数据: the row’s 实际完成值 is the rate', () => {
    expect(n(scoreOne(taskRule, '100%', 10).score)).toBe(10);
    const partial = scoreOne(taskRule, '87.5%', 10);
    expect(n(partial.score)).toBe(8.75);
    expect(partial.explanation).toBe('扣1.25分：实际完成率87.5%，10×87.5%=8.75');
  });

  test('大于…得满分: above the target caps at the points', () => {
    const r = scoreOne(taskRule, '120%', 10);
    expect(n(r.score)).toBe(10);
    expect(r.status).toBe('full');
  });

  test('with neither the rate nor its figures, the row is an error, never a zero', () => {
    const r = scoreOne(taskRule, null, 10);
    expect(r.status).toBe('error');
    expect(r.score).toBeNull();
    expect(r.explanation).toContain('G2');
  });

  test('the row’s own value wins over 基础数据, with a warning when they disagree', () => {
    const r = scoreOne(taskRule, '90%', 10, { basic: [['实际完成任务量', 8], ['绩效目标设定任务量', 10]] });
    expect(n(r.score)).toBe(9);
    expect(r.result.issues.some((i) => i.code === 'input-disagrees' && i.cell === 'G2')).toBe(true);
  });
});

describe('rate tiers: 达96%以上,不扣分;达92%以上,按80%打分;…', () => {
  const rule =
    '部门总体执行进度达96%以上,不扣分;达92%以上,按80%打分;达88%以上,按60%打分;未达到88%,不得分。 部门总体执行进度=财政拨款执行数÷财政拨款调整预算数';

  test.each([
    ['96%', 5],
    ['95.995%', 5], // rounds half-up to 96.00% before the comparison
    ['95.99%', 4],
    ['92%', 4], // 以上 includes the bound
    ['91.99%', 3],
    ['88%', 3],
    ['87.99%', 0], // 未达到 excludes it
  ])('%s → %d', (actual, score) => {
    const r = scoreOne(rule, actual, 5);
    expect(r.family).toBe('rate-tiers');
    expect(n(r.score)).toBe(score);
  });

  test('computes the rate from 基础数据 by the rule’s definition, rounded to two decimals', () => {
    const r = scoreOne(rule, null, 5, { basic: [['财政拨款执行数', 3100.75], ['财政拨款调整预算数', 3184.21]] });
    expect(n(r.score)).toBe(5);
    expect(r.explanation).toContain('3100.75÷3184.21=97.38%');
  });

  test('national phrasing: 得分系数 tiers with 计满分', () => {
    const r = scoreOne('执行率达到95%以上的，计满分；达到85%以上的，按满分的70%计分；低于85%的，不得分', '90%', 10);
    expect(n(r.score)).toBe(7);
  });
});

describe('range tiers (Hunan): ≥90%，计5分；80%（含）-90%，计4分；…', () => {
  const rule = '≥90%，计5分；80%（含）-90%，计4分；70%（含）-80%，计3分；60%（含）-70%，计2分；低于60%不得分';
  test.each([
    ['90%', 5],
    ['89.99%', 4],
    ['80%', 4], // （含） closes the lower end
    ['79.99%', 3],
    ['60%', 2],
    ['59.99%', 0],
  ])('%s → %d', (actual, score) => {
    const r = scoreOne(rule, actual, 5);
    expect(r.family).toBe('range-tiers');
    expect(n(r.score)).toBe(score);
  });

  const variance = '=0，计3分；0-10%（含），计2分；10%-30%（含），计1分；大于30%不得分';
  test.each([
    ['0', 3],
    ['0.01%', 2], // 0 itself belongs to =0: the lower end of 0-10%（含） is open
    ['10%', 2], // （含） closes the upper end
    ['10.01%', 1],
    ['30%', 1],
    ['30.01%', 0],
  ])('预算差异率 %s → %d', (actual, score) => {
    expect(n(scoreOne(variance, actual, 3).score)).toBe(score);
  });
});

describe('per-item deduction', () => {
  test('发现1个项目扣0.5分…直至扣完', () => {
    const rule = '未按要求申报绩效目标,发现1个项目扣0.5分;填报内容不规范,发现1处扣0.5分。直至扣完';
    expect(n(scoreOne(rule, 0, 2).score)).toBe(2);
    const r = scoreOne(rule, 3, 2);
    expect(n(r.score)).toBe(0.5);
    expect(r.explanation).toBe('扣1.5分：发现3个×0.5分，共扣1.5分');
    expect(n(scoreOne(rule, 10, 2).score)).toBe(0); // never below 0
  });

  test.each([
    ['采购方式、程序中每一点不规范,扣0.5分,直至扣完。', 1, 0.5],
    ['一项公开工作未完成的扣1分,直至扣完。', 1, 0],
    ['发现一个问题点扣0.25分。', 3, 0.25],
    ['每发现一处扣0.2分', 2, 0.6],
    ['每出现一个专项未按进度完成资金下达扣0.5分，扣完为止', 2, 0],
    ['以上情况每出现一例不符合要求的扣1分，扣完为止', 1, 0],
  ])('%s with %d found', (rule, count, score) => {
    const r = scoreOne(rule, count, 1);
    expect(r.family).toBe('per-item');
    expect(n(r.score)).toBe(score);
  });

  test('扣满N分为止 caps the deduction', () => {
    expect(n(scoreOne('每发现一处问题扣1分，扣满3分为止', 5, 10).score)).toBe(7);
  });

  test('kinds at different rates take one count each, in order', () => {
    const rule = '发现1个项目未申报扣1分;发现1处填报不规范扣0.5分';
    expect(n(scoreOne(rule, '1,2', 5).score)).toBe(3);
    const single = scoreOne(rule, 2, 5);
    expect(single.status).toBe('error');
    expect(single.explanation).toContain('G2');
  });

  test('无 reads as none found; a count must be a whole number ≥ 0', () => {
    expect(n(scoreOne('发现一个问题点扣0.25分', '无', 1).score)).toBe(1);
    expect(scoreOne('发现一个问题点扣0.25分', -1, 1).result.issues[0].code).toBe('negative-value');
    expect(scoreOne('发现一个问题点扣0.25分', 1.5, 1).result.issues[0].code).toBe('not-a-count');
    expect(scoreOne('发现一个问题点扣0.25分', '若干', 1).result.issues[0].code).toBe('not-a-number');
  });
});

describe('counted table: “三公” 一项超预算扣0.5分,两项扣1分', () => {
  const rule = '部门“三公”经费决算数一项超预算扣0.5分,两项扣1分。';
  const basic = (trip: number, hosting: number, cars: number): [string, number, string][] => [
    ['因公出国（境）经费预算数', 6, '万元'],
    ['因公出国（境）经费决算数', trip, '万元'],
    ['公务接待费预算数', 10, '万元'],
    ['公务接待费决算数', hosting, '万元'],
    ['公务用车购置及运行维护费预算数', 8, '万元'],
    ['公务用车购置及运行维护费决算数', cars, '万元'],
  ];

  test('reads each item’s 预算 and 决算 from 基础数据 and explains the item over budget', () => {
    const r = scoreOne(rule, null, 1, { basic: basic(8.68, 3.15, 0.63) });
    expect(r.family).toBe('counted-table');
    expect(n(r.score)).toBe(0.5);
    expect(r.explanation).toBe('扣0.5分：因公出国（境）经费决算8.68万元超预算6万元（1项超预算）');
  });

  test('决算 equal to 预算 is not over; two over take 1; more than listed take the last figure', () => {
    expect(n(scoreOne(rule, null, 1, { basic: basic(6, 10, 8) }).score)).toBe(1);
    expect(n(scoreOne(rule, null, 1, { basic: basic(7, 11, 8) }).score)).toBe(0);
    expect(n(scoreOne(rule, null, 2, { basic: basic(7, 11, 9) }).score)).toBe(1);
  });

  test('a count in 实际完成值 is used as given', () => {
    expect(n(scoreOne(rule, 1, 1).score)).toBe(0.5);
  });

  test('missing 基础数据 labels are an error naming them', () => {
    const r = scoreOne(rule, null, 1, { basic: basic(1, 1, 1).slice(0, 4) });
    expect(r.status).toBe('error');
    expect(r.explanation).toContain('公务用车');
  });
});

describe('threshold with steps', () => {
  const rule = '固定资产在用率=(实际在用固定资产总额/所有固定资产总额)×100%。固定资产在用率达到95%以上得满分。相较95%,每降低5个百分点扣1分,直至扣完。';
  test.each([
    ['95%', 2],
    ['93%', 2], // 2 points short: no complete step
    ['90.01%', 2], // 4.99 short of a 5-point step
    ['90%', 1], // exactly one step
    ['89.99%', 1],
    ['80%', 0], // three steps, floored at 0
  ])('%s → %d', (actual, score) => {
    const r = scoreOne(rule, actual, 2);
    expect(r.family).toBe('steps');
    expect(n(r.score)).toBe(score);
  });

  test('explains the reading', () => {
    expect(scoreOne(rule, '89.99%', 2).explanation).toBe('扣1分：89.99%，较95%低5.01个百分点，每5个百分点扣1分，计1档');
  });

  test('the rate from 基础数据 by the definition', () => {
    const r = scoreOne(rule, null, 2, { basic: [['实际在用固定资产总额', 60], ['所有固定资产总额', 67.05]] });
    expect(n(r.score)).toBe(1); // 89.49%: 5.51 short → 1 step
  });

  test('Hunan excess: ≦100%，计5分；每超过一个百分点扣0.5分', () => {
    const over = '以100%为标准。≦100%，计5分；每超过一个百分点扣0.5分，扣完为止';
    expect(n(scoreOne(over, '103.5%', 5).score)).toBe(3.5);
    expect(n(scoreOne(over, '100%', 5).score)).toBe(5);
    expect(n(scoreOne('≦0，计5分；>0，每超过一个百分点扣0.5分', '2.5%', 5).score)).toBe(4);
  });

  test('100%计满分，每低于5%扣2分; 与计划每相差3%，扣1分', () => {
    expect(n(scoreOne('100%计满分，每低于5%扣2分，扣完为止', '94%', 5).score)).toBe(3);
    expect(n(scoreOne('实际完成情况与计划每相差3%，扣1分', '106%', 5).score)).toBe(3);
    expect(n(scoreOne('每低1个百分点扣0.5分', '97.5%', 5).score)).toBe(4);
  });
});

describe('checklist: ①…得1分;②…得1分', () => {
  const rule = '对部门内部、下属单位、分配的专项资金①制定明确的财务监控监督措施,得1分;②监控、监督措施执行有效,得1分。';
  test.each([
    ['是,是', 2],
    ['是，否', 1],
    ['否、否', 0],
    ['①', 1],
    ['①②', 2],
    [1, 1],
  ])('%s → %d', (actual, score) => {
    const r = scoreOne(rule, actual, 2);
    expect(r.family).toBe('checklist');
    expect(n(r.score)).toBe(score);
  });

  test('more answers than criteria is an error naming the cell', () => {
    const r = scoreOne(rule, '是,是,否', 2);
    expect(r.status).toBe('error');
    expect(r.result.issues[0]).toMatchObject({ cell: 'G2', code: 'too-many-answers' });
  });

  test('Hunan: ①…，1分；②…，1分；③…，1分', () => {
    const r = scoreOne('①制度健全，1分；②执行有效，1分；③资料完整，1分', '是;是;否', 3);
    expect(n(r.score)).toBe(2);
    expect(r.explanation).toBe('扣1分：①是（1分）；②是（1分）；③否（0分）');
  });
});

describe('target (quantitative KPI)', () => {
  test.each([
    ['≥90%', '90%', 10, 10],
    ['≥90%', '85%', 10, 9.44],
    ['不少于150项', '192项', 5, 5],
    ['不少于150项', '120项', 5, 4],
    ['≥50个', '50个', 5, 5],
    ['≤5天', '6天', 5, 4.17],
    ['100%', '100%', 5, 5],
    ['培训合格率参训人员培训合格率达100%', '98%', 5, 4.9],
    ['注册用户数不少于200万', '400万', 5, 5],
  ])('target %s, actual %s', (targetText, actual, points, score) => {
    const r = scoreOne('', actual, points, { target: targetText });
    expect(r.family).toBe('target');
    expect(n(r.score)).toBe(score);
  });

  test('a rate that cannot exceed 100% above it is an error', () => {
    const r = scoreOne('', '105%', 10, { target: '≥90%', name: '服务对象满意度' });
    expect(r.status).toBe('error');
    expect(r.result.issues[0]).toMatchObject({ cell: 'G2', code: 'rate-above-100' });
  });

  test('different units are an error, not a guess', () => {
    expect(scoreOne('', '150个', 5, { target: '不少于150项' }).result.issues[0].code).toBe('unit-mismatch');
  });
});

describe('proportional', () => {
  test('按完成比例计算得分，满分为止', () => {
    const rule = '按完成比例计算得分，满分为止';
    expect(n(scoreOne(rule, '150项', 10, { target: '200项' }).score)).toBe(7.5);
    expect(n(scoreOne(rule, '250项', 10, { target: '200项' }).score)).toBe(10);
  });

  test('完成指标值的记全部分值，未完成的按完成值与指标值的比例记分', () => {
    const rule = '完成指标值的记全部分值，未完成的按完成值与指标值的比例记分';
    const r = scoreOne(rule, 45, 6, { target: '≥60' });
    expect(r.family).toBe('proportional');
    expect(n(r.score)).toBe(4.5);
    expect(n(scoreOne(rule, '80%', 5).score)).toBe(4); // no target figure: the actual is the completion rate
  });
});

describe('qualitative', () => {
  test('定性评价 keeps a typed score within the points', () => {
    const r = scoreOne('相关管理制度是否得到有效执行。定性评价。', null, 1, { score: 0.8 });
    expect(r.family).toBe('qualitative');
    expect(n(r.score)).toBe(0.8);
    expect(r.status).toBe('deducted');
  });

  test('a kept score is said to be kept, never shown as a checked full mark', () => {
    const r = scoreOne('定性评价', null, 5, { score: 5 });
    expect(r).toMatchObject({ status: 'full', kept: { because: 'judgement', possible: true }, explanation: '保留填写得分5分（定性评价，未核算）' });
    expect(scoreOne('定性评价', '达成', 5)).toMatchObject({ status: 'full', kept: null });
  });

  test('full marks typed beside a verdict short of 达成 contradict it: the row needs review', () => {
    for (const verdict of ['部分达成', '未达成', '基本达成']) {
      const r = scoreOne('', verdict, 5, { target: '效果明显', score: 5 });
      expect(r).toMatchObject({ status: 'manual', review: true });
      expect(r.explanation).toBe(`实际完成情况为“${verdict}”，而H2填写的是满分5分，二者矛盾：请核对后人工评分。`);
      // Its warning says what it is, so every list can show it as a contradiction, not a plain manual score.
      expect(r.result.issues.map((i) => [i.cell, i.code])).toContainEqual(['H2', 'verdict-contradicts']);
      expect(r.result.issues.map((i) => i.code)).not.toContain('manual-score-needed');
    }
    expect(scoreOne('定性评价', null, 5)).toMatchObject({ status: 'manual', review: false });
    // A typed score below full marks beside 部分达成 is the person's judgement, kept as typed.
    expect(scoreOne('', '部分达成', 5, { target: '效果明显', score: 3 })).toMatchObject({ status: 'deducted', kept: { because: 'judgement', possible: true } });
  });

  test('a typed score outside 0…points is counted within them and warned on the 得分 cell', () => {
    const r = scoreOne('定性评价', null, 1, { score: 3 });
    expect(r).toMatchObject({ status: 'full', kept: { because: 'judgement', possible: false } });
    expect(n(r.score)).toBe(1);
    expect(r.result.issues.find((i) => i.code === 'score-above-points')?.cell).toBe('H2');
  });

  test('达成 gives full points; 部分达成 without a score needs a manual score', () => {
    expect(n(scoreOne('', '达成', 5, { target: '建立项目推广、长效宣传、运维保障机制' }).score)).toBe(5);
    const partial = scoreOne('', '部分达成', 5, { target: '效果明显' });
    expect(partial.status).toBe('manual');
    expect(partial.score).toBeNull();
    expect(partial.result.issues.map((i) => i.code)).toContain('manual-score-needed');
    expect(partial.result.complete).toBe(false);
    expect(partial.result.grade).toBeNull();
  });

  test('a verdict always reads as qualitative, even against a figure target', () => {
    expect(scoreOne('', '达成', 5, { target: '不少于150项' }).family).toBe('qualitative');
  });

  test('a target listing several items is qualitative', () => {
    const r = scoreOne('', '达成', 5, { target: '1、依据居民需求上线优质服务; 2、服务项目不少于150项; 3、注册用户数不少于200万。' });
    expect(r.family).toBe('qualitative');
  });
});

describe('unrecognised rules are never guessed', () => {
  test('manual, score null, warning manual-score-needed', () => {
    const r = scoreOne('由评价组综合考量后酌情确定', 3, 5);
    expect(r.family).toBeNull();
    expect(r.status).toBe('manual');
    expect(r.score).toBeNull();
    expect(r.result.issues).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'manual-score-needed', cell: 'H2' }));
  });
});

describe('English', () => {
  test('explanations and messages follow the language', () => {
    const r = scoreOne('发现一个问题点扣0.25分', 2, 1, { lang: 'en' });
    expect(r.explanation).toBe('−0.5: 2 found × 0.25: 0.5 in all');
    const bad = scoreOne('发现一个问题点扣0.25分', '若干', 1, { lang: 'en' });
    expect(bad.explanation).toBe('G2 needs the actual value (实际完成值), but holds "若干"; enter a number.');
  });
});
