// Small indicator sheets written in tests the way finance offices lay them out.
import { scoreWorkbook } from '../../src/core';
import type { CellValue, Lang, RowResult, ScoreResult, SheetGrid } from '../../src/core';

export const HEADER = ['一级指标', '二级指标', '三级指标', '分值', '指标解释', '评分标准', '实际完成值', '得分'];

export interface RowSpec {
  l1?: CellValue;
  l2?: CellValue;
  name: CellValue;
  points: CellValue;
  target?: CellValue;
  rule?: CellValue;
  actual?: CellValue;
  score?: CellValue;
}

export function indicatorSheet(rows: RowSpec[], name = '指标体系'): SheetGrid {
  return {
    name,
    values: [
      HEADER,
      ...rows.map((r) => [r.l1 ?? null, r.l2 ?? null, r.name, r.points, r.target ?? null, r.rule ?? null, r.actual ?? null, r.score ?? null]),
    ],
  };
}

export function basicDataSheet(pairs: [string, CellValue, string?][]): SheetGrid {
  return { name: '基础数据', values: [['项目', '数值', '单位'], ...pairs.map(([l, v, u]) => [l, v, u ?? null])] };
}

export function scoreTable(rows: RowSpec[], basic?: [string, CellValue, string?][], lang: Lang = 'zh'): ScoreResult {
  return scoreWorkbook({ indicatorSheet: indicatorSheet(rows), basicData: basic ? basicDataSheet(basic) : undefined }, { lang });
}

/** Scores one indicator (row 2 of the sheet, 得分 in H2) by a rule text and an actual value. */
export function scoreOne(
  rule: string,
  actual: CellValue,
  points: CellValue = 5,
  more: { target?: string; basic?: [string, CellValue, string?][]; score?: CellValue; name?: string; lang?: Lang } = {},
): RowResult & { result: ScoreResult } {
  const result = scoreTable(
    [{ l1: '测试', name: more.name ?? '测试指标', points, rule, actual, target: more.target, score: more.score }],
    more.basic,
    more.lang,
  );
  return Object.assign({}, result.rows[0], { result });
}

export const n = (d: { toString(): string } | null): number | null => (d === null ? null : Number(d.toString()));

/** What a person sees of a scored row: the family that read its rule, its status, score and explanation. */
export const briefly = (r: RowResult) => ({ family: r.family, status: r.status, score: n(r.score), explanation: r.explanation });
