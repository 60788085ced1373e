// Nothing lost (SPEC §4): each workbook of the fidelity corpus — made by the real writers, each
// carrying a feature a finance office's file has — is scored, and the scored file is compared with
// its input part by part: only the parts scoring writes differ, each only where it wrote (the cells,
// and the print setup: every corpus sheet has none of its own), and restoring (library and command
// line) gives every cell and the print setup back exactly as the file held them.
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { loadXlsx, readStore, restoreXlsx, saveXlsx } from '../../src/xlsx';
import { REL, RelsPart, relsPathOf } from '../../src/xlsx/package/rels';
import { WorkbookPart } from '../../src/xlsx/package/workbook';
import type { RawCell } from '../../src/xlsx/package/cells';
import type { XmlElement } from '../../src/xlsx/package/xml';
import { BACKUP_SHEET, toA1 } from '../../src/core';
import { openThroughView } from '../support/exceljs-view';
import { makeCorpus, recalculatedCells, writersAvailable } from '../support/fidelity';
import type { CorpusFile } from '../support/fidelity';
import { changedRowHeights, childTexts, elements, hollowed, partsOf, textOf, without, withoutRowHeights } from '../support/package-diff';
import { malformedParts } from '../support/wellFormed';
import { json, runInProcess } from '../hard/support/cli';
import { snapshot, tempDir } from '../fixtures/xlsx';

jest.setTimeout(120_000);

const SHEET = '指标体系';
const STYLES = 'xl/styles.xml';
const WORKBOOK = 'xl/workbook.xml';

/** Each corpus file, the writer it needs, and what it carries. */
const CORPUS: readonly { name: string; needs: 'python' | 'libreoffice' }[] = [
  'xw-chart.xlsx',
  'xw-textbox.xlsx',
  'xw-sparklines.xlsx',
  'xw-macros.xlsm',
  'xw-properties.xlsx',
  'xw-hyperlinks.xlsx',
  'xw-dynamic-array.xlsx',
  'xw-notes.xlsx',
  'xw-cf-dv.xlsx',
  'xw-column-style.xlsx',
  'xw-external-link.xlsx',
  'xw-threaded.xlsx',
  'xw-formulas.xlsx',
  'xw-shared-formulas.xlsx',
  'op-notes.xlsx',
  'op-image.xlsx',
  'op-chart.xlsx',
  'op-table.xlsx',
]
  .map((name): { name: string; needs: 'python' | 'libreoffice' } => ({ name, needs: 'python' }))
  .concat([
    { name: 'lo-notes.xlsx', needs: 'libreoffice' },
    { name: 'lo-formulas.xlsx', needs: 'libreoffice' },
  ]);

const available = writersAvailable();
let dir: string;
let made: Map<string, CorpusFile>;
beforeAll(async () => {
  dir = await tempDir('jixiao-fidelity-');
  made = new Map((await makeCorpus(path.join(dir, 'in'))).map((f) => [path.basename(f.file), f]));
});

/** The parts of a workbook that belong to a sheet: its part, rels, notes and drawing of notes. */
function sheetParts(parts: ReadonlyMap<string, string>, sheet: string) {
  const workbook = new WorkbookPart(parts.get(WORKBOOK)!);
  const rels = new RelsPart(WORKBOOK, parts.get(relsPathOf(WORKBOOK)) ?? null);
  const entry = workbook.sheet(sheet);
  const part = entry ? rels.byId(entry.relId)?.part : undefined;
  if (!entry || !part) return null;
  const sheetRels = new RelsPart(part, parts.get(relsPathOf(part)) ?? null);
  const legacy = elements(parts.get(part)!).find((el) => el.local === 'legacyDrawing');
  const vmlId = legacy ? Object.entries(legacy.attributes).find(([k]) => k.endsWith(':id'))?.[1] : undefined;
  return {
    part,
    rels: relsPathOf(part),
    comments: sheetRels.find(REL.comments)?.part,
    vml: vmlId ? sheetRels.byId(vmlId)?.part : undefined,
  };
}

/** A sheet's XML without the given cells, without `spans` hints, and without our legacyDrawing. */
function sheetSkeleton(xml: string, cells: ReadonlySet<string>, dropLegacyDrawing: boolean): string {
  const stripped = without(xml, (el) => (el.local === 'c' && cells.has(el.attributes.r)) || (dropLegacyDrawing && el.local === 'legacyDrawing'));
  return elements(stripped)
    .filter((el) => el.local === 'row' && el.attributes.spans !== undefined)
    .reverse()
    .reduce((text, el) => text.slice(0, el.start) + text.slice(el.start, el.openEnd).replace(/ spans="[^"]*"/, '') + text.slice(el.openEnd), stripped);
}

/** The worksheet's own print elements, which scoring sets when the sheet has no print setup of its own. */
const isPrintElement = (el: XmlElement) => (el.local === 'sheetPr' || el.local === 'pageSetup') && el.parent?.parent === null;

/** A sheet's print setup: its pageSetup's attributes, its pageSetUpPr's, and the rest of its sheetPr (attributes, other children as written). */
function printSetup(xml: string) {
  const all = elements(xml);
  const sheetPr = all.find((el) => el.local === 'sheetPr' && el.parent?.parent === null);
  const inSheetPr = all.filter((el) => el.parent === sheetPr && sheetPr !== undefined);
  return {
    pageSetup: all.find((el) => el.local === 'pageSetup' && el.parent?.parent === null)?.attributes ?? {},
    fit: inSheetPr.find((el) => el.local === 'pageSetUpPr')?.attributes ?? {},
    sheetPr: { ...sheetPr?.attributes, children: inSheetPr.filter((el) => el.local !== 'pageSetUpPr').map((el) => textOf(xml, el)) },
  };
}

/** workbook.xml with calcPr emptied (dropped where scoring added it): restore keeps asking Excel to recalculate. */
function withoutCalcPr(xml: string, input: string): string {
  const had = elements(input).some((el) => el.local === 'calcPr');
  return hollowed(without(xml, (el) => el.local === 'calcPr' && !had), (el) => el.local === 'calcPr');
}

/**
 * The same without what else scoring adds: the backup sheet, the 评价结论 sheet and the print titles (no corpus file has a
 * defined name: the definedNames holding them is emptied, or dropped where scoring added it).
 */
function scoredWorkbookSkeleton(xml: string, input: string): string {
  const had = elements(input).some((el) => el.local === 'definedNames');
  const ours = (el: XmlElement) =>
    (el.local === 'sheet' && (el.attributes.name === BACKUP_SHEET || el.attributes.name === REPORT_SHEET)) ||
    (el.local === 'definedName' && el.attributes.name === '_xlnm.Print_Titles') ||
    (el.local === 'definedNames' && !had);
  return hollowed(withoutCalcPr(without(xml, ours), input), (el) => el.local === 'definedNames');
}

/** Every cell a scoring wrote, from the backup it left: the cells and the clones of their shared formulas. */
async function writtenCells(scored: string): Promise<Set<string>> {
  const store = readStore(await loadXlsx(scored));
  const cells = new Set<string>();
  for (const b of store.backups) {
    for (const e of b.entries as readonly { row: number; col: number; xlsx?: RawCell }[]) {
      cells.add(toA1(e.row, e.col));
      for (const c of e.xlsx?.clones ?? []) cells.add(toA1(c.row, c.col));
    }
  }
  return cells;
}

/** What a person sees in every sheet: cells (values, formulas, formats, fills, notes) and merges. */
async function everything(file: string): Promise<Record<string, unknown>> {
  // Read by ExcelJS, a reader independent of ours; through a view, as plain ExcelJS cannot open openpyxl's files at all.
  const wb = await openThroughView(file);
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) out[ws.name] = { cells: [...snapshot(ws)], merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort() };
  return out;
}

/** The 评价结论 sheet the command line adds (issue 23): a part of its own, taken away by restore. */
const REPORT_SHEET = '评价结论';

const outputName = (name: string) => name.replace(/\.(xlsx|xlsm)$/i, '.scored.$1');

describe.each(CORPUS)('$name', ({ name, needs }) => {
  const run = available[needs] ? describe : describe.skip;
  run('scored and restored', () => {
    let input: string;
    let scored: string;
    let before: Map<string, string>;
    let after: Map<string, string>;
    let written: Set<string>;
    beforeAll(async () => {
      input = made.get(name)!.file;
      const r = await runInProcess([input, '--out', path.join(dir, 'out'), '--json']);
      expect(r.code).toBe(0);
      const file = json(r).files[0];
      expect(file.total).toBe(18.25);
      scored = file.output!;
      expect(path.basename(scored)).toBe(outputName(name));
      before = await partsOf(input);
      after = await partsOf(scored);
      written = await writtenCells(scored);
    });

    it('writes every part as well-formed XML, every prefix declared (read by a namespace-aware parser)', async () => {
      expect(malformedParts(await fs.readFile(input))).toEqual([]);
      expect(malformedParts(await fs.readFile(scored))).toEqual([]);
    });

    it('changes only the parts scoring writes, and copies every other part byte for byte', () => {
      const a = sheetParts(before, SHEET)!;
      const b = sheetParts(after, SHEET)!;
      const backup = sheetParts(after, BACKUP_SHEET)!;
      const report = sheetParts(after, REPORT_SHEET)!;
      const mayChange = new Set([a.part, b.rels, b.comments, b.vml, STYLES, WORKBOOK, relsPathOf(WORKBOOK), '[Content_Types].xml']);
      const mayAdd = new Set([backup.part, report.part, b.rels, b.comments, b.vml]);
      for (const [part, text] of before) {
        expect(after.has(part)).toBe(true);
        if (!mayChange.has(part)) expect([part, after.get(part) === text]).toEqual([part, true]);
      }
      for (const part of after.keys()) if (!before.has(part)) expect([part, mayAdd.has(part)]).toEqual([part, true]);
    });

    it('changes the scored sheet only in the cells it wrote and its print setup', () => {
      const a = sheetParts(before, SHEET)!;
      const hadDrawing = a.vml !== undefined;
      const inputSheet = before.get(a.part)!;
      const outputSheet = after.get(a.part)!;
      expect(written.size).toBeGreaterThan(0);
      // Rows made taller for the text written into them: only raised, only rows holding a cell written.
      const raised = changedRowHeights(inputSheet, outputSheet);
      const writtenRows = new Set([...written].map((a) => Number(/\d+$/.exec(a)![0])));
      for (const [n, h] of raised) expect([n, h.now > h.was, writtenRows.has(n)]).toEqual([n, true, true]);
      const rows = new Set(raised.keys());
      expect(sheetSkeleton(without(withoutRowHeights(outputSheet, rows), isPrintElement), written, !hadDrawing)).toBe(
        sheetSkeleton(without(withoutRowHeights(inputSheet, rows), isPrintElement), written, false),
      );
      // Landscape on A4 at a scale (one page wide, the type at 9 points or more), as many tall as it takes; every other print setting as the writer left it.
      const was = printSetup(inputSheet);
      const now = printSetup(outputSheet);
      expect(now.pageSetup).toEqual({ ...was.pageSetup, orientation: 'landscape', scale: expect.stringMatching(/^\d{2,3}$/), paperSize: '9' });
      expect(now.fit).toEqual(was.fit);
      expect(now.sheetPr).toEqual(was.sheetPr);
    });

    it('appends to the style sheet and changes nothing already there', () => {
      const lists = (xml: string, parent: string, child: string) => childTexts(xml, parent, child);
      for (const [parent, child] of [['numFmts', 'numFmt'], ['fonts', 'font'], ['fills', 'fill'], ['borders', 'border'], ['cellXfs', 'xf']]) {
        const was = lists(before.get(STYLES)!, parent, child);
        expect(lists(after.get(STYLES)!, parent, child).slice(0, was.length)).toEqual(was);
      }
      const skeleton = (xml: string) => hollowed(without(xml, (el) => el.local === 'numFmts'), (el) => ['fonts', 'fills', 'borders', 'cellXfs'].includes(el.local));
      expect(skeleton(after.get(STYLES)!)).toBe(skeleton(before.get(STYLES)!));
    });

    it('adds the very hidden backup sheet, the 评价结论 sheet and the sheet’s title rows, and asks Excel to recalculate on opening, nothing else in the workbook part', () => {
      const out = after.get(WORKBOOK)!;
      const calcPr = elements(out).find((el) => el.local === 'calcPr')!;
      expect(calcPr.attributes.fullCalcOnLoad).toBe('1');
      const backup = elements(out).find((el) => el.local === 'sheet' && el.attributes.name === BACKUP_SHEET)!;
      expect(backup.attributes.state).toBe('veryHidden');
      const titles = elements(out, ['definedName']).filter((el) => el.local === 'definedName');
      expect(titles.map((el) => [el.attributes.name, el.attributes.localSheetId, el.text])).toEqual([['_xlnm.Print_Titles', '0', `'${SHEET}'!$1:$2`]]);
      expect(scoredWorkbookSkeleton(out, before.get(WORKBOOK)!)).toBe(scoredWorkbookSkeleton(before.get(WORKBOOK)!, before.get(WORKBOOK)!));
      for (const rels of [relsPathOf(WORKBOOK), '[Content_Types].xml']) {
        for (const el of elements(before.get(rels)!).filter((e) => e.parent !== null)) expect(after.get(rels)).toContain(textOf(before.get(rels)!, el));
      }
    });

    it('keeps every note it did not write word for word (author, size and shape), and theirs above ours where it did', () => {
      const a = sheetParts(before, SHEET)!;
      const b = sheetParts(after, SHEET)!;
      if (!a.comments) return;
      const was = before.get(a.comments)!;
      const now = after.get(b.comments!)!;
      expect(childTexts(now, 'authors', 'author').slice(0, childTexts(was, 'authors', 'author').length)).toEqual(childTexts(was, 'authors', 'author'));
      const nowByRef = new Map(elements(now).filter((el) => el.local === 'comment').map((el) => [el.attributes.ref, textOf(now, el)]));
      for (const el of elements(was).filter((e) => e.local === 'comment')) {
        const mine = nowByRef.get(el.attributes.ref)!;
        expect(mine).toBeDefined();
        if (!written.has(el.attributes.ref)) expect(mine).toBe(textOf(was, el));
        else for (const run of elements(textOf(was, el)).filter((e) => e.local === 'r')) expect(mine).toContain(textOf(textOf(was, el), run));
      }
      for (const el of elements(before.get(a.vml!)!).filter((e) => e.local === 'shape')) expect(after.get(b.vml!)).toContain(textOf(before.get(a.vml!)!, el));
    });

    it.each(['library', 'command line'])('restores every cell exactly (%s)', async (how) => {
      let back: string;
      if (how === 'library') {
        const wb = await loadXlsx(scored);
        expect(restoreXlsx(wb)).toBeGreaterThan(0);
        back = path.join(dir, 'back', name);
        await fs.mkdir(path.dirname(back), { recursive: true });
        await saveXlsx(wb, back);
      } else {
        const copy = path.join(dir, 'cli-restore', path.basename(scored));
        await fs.mkdir(path.dirname(copy), { recursive: true });
        await fs.copyFile(scored, copy);
        const r = await runInProcess(['restore', copy]);
        expect([r.code, r.stderr]).toEqual([0, '']);
        back = path.join(path.dirname(copy), name.replace(/\.(xlsx|xlsm)$/i, '.restored.$1'));
        expect(r.stdout).toContain(path.basename(back));
      }
      expect(malformedParts(await fs.readFile(back))).toEqual([]);
      const restored = await partsOf(back);
      const a = sheetParts(before, SHEET)!;
      expect(sheetParts(restored, BACKUP_SHEET)).toBeNull();
      expect(sheetParts(restored, REPORT_SHEET)).toBeNull();
      expect([...restored.keys()].sort()).toEqual([...before.keys()].sort());
      // The sheet's XML is the input's, cell element for cell element, print setup and all; the title rows are gone.
      expect(sheetSkeleton(restored.get(a.part)!, new Set(), a.vml === undefined)).toBe(sheetSkeleton(before.get(a.part)!, new Set(), false));
      expect(withoutCalcPr(restored.get(WORKBOOK)!, before.get(WORKBOOK)!)).toBe(withoutCalcPr(before.get(WORKBOOK)!, before.get(WORKBOOK)!));
      const r = sheetParts(restored, SHEET)!;
      const comments = (xml: string | undefined) => (xml ? elements(xml).filter((el) => el.local === 'comment').map((el) => textOf(xml, el)) : []);
      expect(comments(r.comments && restored.get(r.comments))).toEqual(comments(a.comments && before.get(a.comments)));
      for (const [part, text] of before) {
        if (![a.part, a.rels, a.comments, a.vml, STYLES, WORKBOOK, relsPathOf(WORKBOOK), '[Content_Types].xml'].includes(part)) expect([part, restored.get(part) === text]).toEqual([part, true]);
      }
      expect(await everything(back)).toEqual(await everything(input));
    });
  });
});

describe('the 合计 and the formulas over the scores', () => {
  const run = available.python ? it : it.skip;
  run('keeps the 合计 formula, asks Excel to recalculate on opening, and the recalculated 合计 is the new total', async () => {
    const input = made.get('xw-chart.xlsx')!.file;
    const r = await runInProcess([input, '--out', path.join(dir, 'total'), '--json']);
    const scored = json(r).files[0].output!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(scored);
    expect(wb.getWorksheet(SHEET)!.getCell('G7').value).toEqual({ formula: 'SUM(G3:G6)', result: 20 });
    expect(elements((await partsOf(scored)).get(WORKBOOK)!).find((el) => el.local === 'calcPr')!.attributes.fullCalcOnLoad).toBe('1');
    const cells = await recalculatedCells(scored, path.join(dir, 'recalc'));
    if (cells) expect(cells[6][6]).toBe('18.25');
  });
});

describe('a threaded comment', () => {
  const run = available.python ? it : it.skip;
  run('keeps its thread and its stand-in note whole; the explanation is reported instead', async () => {
    const input = made.get('xw-threaded.xlsx')!.file;
    const r = await runInProcess([input, '--out', path.join(dir, 'threaded'), '--json']);
    const file = json(r).files[0];
    expect(file.issues).toContainEqual(expect.objectContaining({ severity: 'warning', cell: 'G5', code: 'note-beside-thread' }));
    expect(file.rows.find((row) => row.cell === 'G5')!.explanation).toContain('扣0.5分');
    const before = await partsOf(input);
    const after = await partsOf(file.output!);
    const g5 = (parts: Map<string, string>) => {
      const xml = parts.get(sheetParts(parts, SHEET)!.comments!)!;
      return textOf(xml, elements(xml).find((el) => el.local === 'comment' && el.attributes.ref === 'G5')!);
    };
    expect(g5(after)).toBe(g5(before));
    expect(after.get('xl/threadedComments/threadedComment1.xml')).toBe(before.get('xl/threadedComments/threadedComment1.xml'));
  });
});
