// Who and what the report is about, read from the rows above the table: the unit (`单位：中共成都市委…`,
// a 主管部门 | 实施单位 cell beside its value), a project's name, and the budget year (`2019年度`).
import type { ScoreResult } from '../types';

export interface Subject {
  readonly unit: string | null;
  /** A project table's 项目名称; null for a department's table. */
  readonly project: string | null;
  readonly year: string | null;
  readonly kind: 'department' | 'project';
  /** The unit the form's amounts are in (万元, 元), or null. */
  readonly amountUnit: string | null;
}

/** Labels that name the unit, the most specific first: a 实施单位 is who spent the money. */
const UNIT_LABELS = ['项目实施单位', '实施单位', '单位名称', '部门（单位）名称', '部门名称', '评价部门名称', '预算单位', '填报单位', '主管部门', '单位'];
const PROJECT_LABELS = ['项目名称'];

const bare = (text: string) => text.replace(/[\s:：]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

/** `单位：中共成都市委…            金额单位：万元` → `中共成都市委…`. */
function valueAfter(text: string, label: string): string | null {
  const m = new RegExp(`^${label.replace(/[()（）]/g, '[（(]?')}\\s*[：:]\\s*(.+)$`).exec(text.trim());
  if (!m) return null;
  const value = m[1].split(/\s{2,}|金额单位|单位[：:]|填报日期/)[0].trim();
  return value === '' ? null : value;
}

/** The value of the first label found, written `label：value` in a cell or as a label cell beside its value. */
function labelled(rows: readonly (readonly string[])[], labels: readonly string[]): string | null {
  for (const label of labels) {
    for (const row of rows) {
      for (let i = 0; i < row.length; i++) {
        const inline = valueAfter(row[i], label);
        if (inline) return inline;
        const next = row[i + 1];
        if (bare(row[i]) === bare(label) && next !== undefined && !labels.some((l) => bare(next) === bare(l))) return next.trim();
      }
    }
  }
  return null;
}

/** `219001-池州市…`, `51000021R000000019951-工资性支出`: the budget system's code before a name is not part of it. */
const withoutCode = (name: string | null): string | null => (name === null ? null : name.replace(/^[0-9A-Z]{4,}\s*[-－—]\s*(?=\S)/, ''));

export function subjectOf(result: ScoreResult): Subject {
  const rows = result.titleRows;
  const all = rows.flat().join(' ');
  const year = /(\d{4})\s*年/.exec(all)?.[1] ?? null;
  const project = labelled(rows, PROJECT_LABELS);
  // A 整体支出 table names 项目支出 too (as a part of its spending): its title says what it is.
  const kind = !/整体支出/.test(all) && (project !== null || result.layout?.budget !== undefined || /项目支出|项目绩效/.test(all)) ? 'project' : 'department';
  return { unit: withoutCode(labelled(rows, UNIT_LABELS)), project: withoutCode(project), year, kind, amountUnit: result.amountUnit };
}
