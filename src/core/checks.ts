// Structural checks on the indicator system (warnings; scoring goes on): points that add up, and the
// key-task guidance — 任务完成率 + 满意度 take 40% of a task's points, its KPIs 60%, at least 2 KPIs with
// at least one quantitative — and no two key tasks with the same name or number.
import { formatDecimal, formatPercent, round2, ZERO, type Dec } from './numbers';
import type { LevelName } from './sheet/table';
import type { RuleFamily } from './types';
import type { Warnings } from './warnings';

export interface CheckedRow {
  readonly level1: LevelName | null;
  readonly level2: LevelName | null;
  readonly indicator: string;
  readonly points: Dec | null;
  readonly family: RuleFamily | null;
}

const sum = (rows: readonly CheckedRow[]) => rows.reduce((s, r) => (r.points ? s.plus(r.points) : s), ZERO);

function groupBy(rows: readonly CheckedRow[], level: (r: CheckedRow) => LevelName | null): Map<string, { name: LevelName; rows: CheckedRow[] }> {
  const groups = new Map<string, { name: LevelName; rows: CheckedRow[] }>();
  for (const r of rows) {
    const name = level(r);
    if (!name) continue;
    const g = groups.get(name.cell) ?? { name, rows: [] };
    g.rows.push(r);
    groups.set(name.cell, g);
  }
  return groups;
}

const TASK = /重点任务|重点工作/;
const TASK_NUMBER = /(?:重点任务|重点工作)\s*([一二三四五六七八九十\d]+)/;
const COMMON = /完成率|满意度|满意率/;

export function structuralChecks(rows: readonly CheckedRow[], warn: Warnings, totalCell: string): void {
  for (const level of [(r: CheckedRow) => r.level1, (r: CheckedRow) => r.level2]) {
    for (const { name, rows: members } of groupBy(rows, level).values()) {
      const total = sum(members);
      if (name.points && !name.points.equals(total)) {
        warn.pointsMismatch(name.cell, name.name, formatDecimal(name.points), formatDecimal(total));
      }
    }
  }
  const all = sum(rows);
  if (rows.length && !all.equals(100)) warn.totalNot100(totalCell, formatDecimal(all));

  const seen = new Map<string, string>();
  for (const { name, rows: members } of groupBy(rows, (r) => r.level2).values()) {
    const underTasks = members.some((r) => r.level1 && /履职效能/.test(r.level1.name));
    if (!TASK.test(name.name) && !underTasks) continue;
    const number = TASK_NUMBER.exec(name.name)?.[1];
    const keys = number ? [name.name, `#${number}`] : [name.name];
    const first = keys.map((k) => seen.get(k)).find((c) => c !== undefined);
    if (first) warn.duplicateTask(name.cell, name.name, first);
    for (const k of keys) if (!seen.has(k)) seen.set(k, name.cell);

    const points = sum(members);
    const common = members.filter((r) => COMMON.test(r.indicator));
    const kpis = members.filter((r) => !COMMON.test(r.indicator));
    const commonPoints = sum(common);
    if (points.greaterThan(0) && !commonPoints.div(points).equals(0.4)) {
      const kpiPoints = sum(kpis);
      warn.taskShare(
        name.cell,
        name.name,
        formatDecimal(commonPoints),
        formatDecimal(points),
        formatPercent(round2(commonPoints.div(points).times(100))),
        formatDecimal(kpiPoints),
        formatPercent(round2(kpiPoints.div(points).times(100))),
      );
    }
    if (kpis.length < 2) warn.taskKpiCount(name.cell, name.name, kpis.length);
    else if (!kpis.some((r) => r.family !== null && r.family !== 'qualitative')) {
      warn.taskNoQuantitative(name.cell, name.name);
    }
  }
}
