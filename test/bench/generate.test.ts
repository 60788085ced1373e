// The benchmark's generated sheets must be real work for the scorer: every row read and scored as
// the sample's own row is, merged cells continued, nothing falling into errors or manual scores.
import { scoreWorkbook } from '../../src/core';
import { generateWorkbook, loadSample, type SampleParts } from '../../bench/generate';

let sample: SampleParts;
beforeAll(async () => {
  sample = await loadSample();
});

test('a generated sheet has exactly the rows asked for, cut mid-block, and all of them score', () => {
  const rows = sample.body.length * 2 + 7;
  const result = scoreWorkbook(generateWorkbook(sample, rows));
  expect(result.rows).toHaveLength(rows);
  expect(result.rows.filter((r) => r.status === 'error' || r.status === 'manual')).toEqual([]);
  expect(result.layout?.totalRow).toBe(sample.head.length + rows);
});

test('each block scores row for row as the sample does, except the counts of problems that cycle 0, 1, 2', () => {
  const size = sample.body.length;
  const one = scoreWorkbook(generateWorkbook(sample, size)).rows;
  const three = scoreWorkbook(generateWorkbook(sample, size * 3)).rows;
  expect(one.map((r) => r.score?.toNumber())).toEqual(three.slice(0, size).map((r) => r.score?.toNumber()));
  expect(one.reduce((s, r) => s + r.score!.toNumber(), 0)).toBe(99.25);
  // Block 2 finds one problem where the sample found none: 目标填报 loses 0.5, 资金使用合规性 0.25.
  const second = three.slice(size, size * 2);
  const byName = (rows: typeof one, name: string) => rows.find((r) => r.indicator === name)!;
  expect(byName(second, '目标填报').deduction?.toNumber()).toBe(0.5);
  expect(byName(second, '资金使用合规性').deduction?.toNumber()).toBe(0.25);
  // The merged 二级指标 and level-1 cells continue down each block.
  expect(second.map((r) => r.level1)).toEqual(one.map((r) => r.level1));
  expect(byName(second, '管理机制').level2).toBe('重点任务3 (市民云服务平台专项工作)');
});
