// Layouts a person reads the same way read the same (issue 21): every table of the corpus, and the
// Chengdu sample, is laid out otherwise by test/support/variants — a label column merged down from the
// header, levels merged or repeated, title/unit/signature/conclusion rows, extra and moved columns,
// reworded headers, figures typed as text, a two-row header, the target in one cell or three, the
// budget block's points in its label, the table stacked again below itself (a second project) — alone
// and combined, seeded; each table of each variant must give the same indicator rows (levels, family,
// status, score, explanation), total, grade and issues as its original, or the same refusal, and no
// variant may hold more tables or fewer than it was made with. A variant that reads otherwise is
// printed as a small table. VARIANT_SEED picks other variants; VARIANT_COUNT makes more
// of them a table; VARIANT_REPORT=1 prints how many variants used each transformation.
import { scoreTables } from '../../src/core';
import type { Workbook } from '../../src/core';
import { tableWorkbook } from '../fixtures/real/grid';
import { TABLES } from '../fixtures/real/tables';
import { loadSample } from '../support/arbitraries';
import { variantsOf, type Made } from '../support/variants/generate';
import { differences, readingOf } from '../support/variants/reading';
import { rolesOf } from '../support/variants/roles';
import { TRANSFORMATIONS } from '../support/variants/transforms';
import { WorkSheet } from '../support/variants/workSheet';

const SEED = Number(process.env.VARIANT_SEED ?? 21);
const COUNT = Number(process.env.VARIANT_COUNT ?? 24);

interface Subject {
  readonly id: string;
  readonly workbook: Workbook;
  /** The row (1-based) that names 得分. */
  readonly headerRow: number;
  readonly seed: number;
}

const subjects: Subject[] = TABLES.map((t, i) => ({ id: t.id, workbook: tableWorkbook(t), headerRow: t.headerRow, seed: SEED * 100 + i }));
const sample = async (): Promise<Subject> => ({ id: '2019-shezhiwei', workbook: await loadSample(), headerRow: 3, seed: SEED * 100 + 99 });

/** The variants of a sheet's first table (the others on the sheet come along as they are). */
function variantsFor(subject: Subject) {
  const originals = scoreTables(subject.workbook);
  const roles = rolesOf(subject.workbook.indicatorSheet, originals[0], subject.headerRow);
  return { originals, variants: variantsOf(WorkSheet.fromGrid(subject.workbook.indicatorSheet), roles, subject.seed, { total: COUNT }) };
}

function check(subject: Subject): void {
  const { originals, variants } = variantsFor(subject);
  // Each table as the original reads; a copy stacked below the sheet reads as the first.
  const wants = originals.map((r) => readingOf(r, null));
  const failures: string[] = [];
  for (const made of variants) {
    const results = scoreTables({ ...subject.workbook, indicatorSheet: made.sheet.toGrid() });
    const tables = originals.length + made.tables - 1;
    const diff = results.length === tables ? [] : [`  tables: want ${tables}, got ${results.length}`];
    results.forEach((result, i) => {
      const copy = i >= originals.length;
      const lines = differences(copy ? wants[0] : wants[i] ?? wants[0], readingOf(result, made.sheet, copy));
      diff.push(...lines.map((d) => (i > 0 ? `  (table ${i + 1})${d}` : d)));
    });
    if (diff.length) failures.push(report(subject.id, made, diff));
  }
  expect(variants.length).toBeGreaterThanOrEqual(20);
  if (failures.length) throw new Error(`${failures.length} of ${variants.length} variants read otherwise:\n\n${failures.slice(0, 3).join('\n\n')}`);
}

function report(id: string, made: Made, diff: readonly string[]): string {
  return [`${id}: ${made.steps.join(' · ')}`, made.sheet.render(), 'reads otherwise:', ...diff.slice(0, 12)].join('\n');
}

describe.each(subjects.map((s) => [s.id, s] as const))('%s', (_id, subject) => {
  test('every variant of its layout reads as the original does', () => check(subject));
});

test('the Chengdu sample: every variant of its layout reads as the original does', async () => check(await sample()));

test('every transformation is made alone and in combination', async () => {
  const used = new Map<string, { alone: number; combined: number }>();
  for (const subject of [...subjects, await sample()]) {
    for (const made of variantsFor(subject).variants) {
      for (const name of made.names) {
        const u = used.get(name) ?? { alone: 0, combined: 0 };
        if (made.names.length === 1) u.alone++;
        else u.combined++;
        used.set(name, u);
      }
    }
  }
  if (process.env.VARIANT_REPORT) console.log([...used].map(([name, u]) => `${name}: ${u.alone} alone, ${u.combined} combined`).join('\n'));
  for (const t of TRANSFORMATIONS) {
    const u = used.get(t.name);
    expect({ name: t.name, alone: (u?.alone ?? 0) > 0, combined: (u?.combined ?? 0) > 0 }).toEqual({ name: t.name, alone: true, combined: true });
  }
});
