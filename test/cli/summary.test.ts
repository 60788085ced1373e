import { departmentOf } from '../../src/cli/summaryRow';
import type { SheetGrid } from '../../src/core';

const grid = (rows: (string | null)[][]): SheetGrid => ({ name: 'S', values: rows });

describe('departmentOf', () => {
  it('reads the unit line above the header, stopping before the money unit', () => {
    const g = grid([['2019年度部门整体支出绩效评价指标自评表'], ['填报单位：成都市民政局      金额单位：万元'], ['一级指标']]);
    expect(departmentOf(g, 2, '/x/a.xlsx')).toBe('成都市民政局');
  });

  it('reads the department from the title when there is no unit line', () => {
    const g = grid([['重庆市某某区财政局2020年度部门整体支出绩效自评表'], ['金额单位：万元'], ['指标名称']]);
    expect(departmentOf(g, 2, '/x/a.xlsx')).toBe('重庆市某某区财政局');
  });

  it('falls back on the file name for a title-less sheet', () => {
    expect(departmentOf(grid([['指标名称', '分值', '得分']]), 0, '/x/湖南某局.scored.xlsx')).toBe('湖南某局');
    expect(departmentOf(null, undefined, 'dir/某委.xlsx')).toBe('某委');
  });
});
