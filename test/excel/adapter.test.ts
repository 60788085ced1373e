import { restoreActiveSheet, scoreActiveSheet, selectCell, type ScoreOutcome } from '../../src/excel';
import { BACKUP_SHEET, MARK_FILLS as FILLS, toA1 } from '../../src/core';
import { readSheet } from '../../src/excel/read';
import { NOTE_MARKER, splitNote } from '../../src/core';
import { NOTE_LIMIT } from '../../src/excel/shortNotes';
import { FakeExcel, type CellSpec, type SheetSpec } from '../support/fake-excel';
import { sampleExcel, sampleSheets, twoProjectSheet } from './sample';
import { printMeasure } from '../support/measure';

const SHEET = '指标体系';

function scored(out: ScoreOutcome) {
  if (out.kind !== 'scored') throw new Error(`expected scored, got ${JSON.stringify(out)}`);
  return out;
}

/** Addresses whose cell, note or comment differs between two dumps of a sheet. */
function changedCells(before: any, after: any): string[] {
  const index = (d: any) => {
    const m = new Map<string, string>();
    for (const [a, c] of d.cells) m.set(a, JSON.stringify(['cell', c]));
    for (const [a, n] of d.notes) m.set(a, (m.get(a) ?? '') + JSON.stringify(['note', n]));
    for (const c of d.comments) m.set(c.at, (m.get(c.at) ?? '') + JSON.stringify(['comment', c]));
    return m;
  };
  const a = index(before);
  const b = index(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
}

describe('scoring the sample in Excel', () => {
  test('scores 99.25 (优), writes the 得分 column only, marks the deductions with notes, in 3 syncs (the claim on the workbook, the read, the write)', async () => {
    const xl = await sampleExcel();
    const before = xl.dump(SHEET);
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(out.result.total.toString()).toBe('99.25');
    expect(out.result.grade).toBe('优');
    expect(out.notesVia).toBe('notes');
    expect(out.formulaCells).toEqual([]);
    expect(xl.stats.syncs).toBe(3);

    // “三公” row: 0.5, highlighted, the note gives the arithmetic and the hand score it replaces.
    const h12 = xl.cell(SHEET, 'H12');
    expect(h12).toMatchObject({ value: 0.5, numberFormat: '0.00', fill: FILLS.deducted, formula: null });
    expect(h12.note).toContain(NOTE_MARKER);
    expect(h12.note).toContain('因公出国（境）经费决算8.68万元超预算6万元');
    expect(h12.note).toContain('原得分1，计算得分0.5');
    // 预算安排准确性: 4.75, a deduction of 0.25.
    expect(xl.cell(SHEET, 'H4')).toMatchObject({ value: 4.75, fill: FILLS.deducted });
    expect(xl.cell(SHEET, 'H4').note).toContain('(3184.21-73.69-83.46)/3184.21×5=4.75');
    // A full-marks row: the score and its format, no mark.
    expect(xl.cell(SHEET, 'H5')).toMatchObject({ value: 5, numberFormat: '0.00', fill: null, note: null });
    // 合计 receives the total.
    expect(xl.cell(SHEET, 'H26')).toMatchObject({ value: 99.25, numberFormat: '0.00' });

    // Exactly the expected writes: every score cell gets its figure formatted 0.00, only 4.75 → 4.75 and
    // 1 → 0.5 are marked, the total changes, and nothing outside the 得分 column is touched.
    const scoreCells = Array.from({ length: 23 }, (_, i) => `H${i + 4}`);
    expect(changedCells(before, xl.dump(SHEET))).toEqual([...scoreCells].sort());
    const after = scoreCells.map((a) => [a, xl.cell(SHEET, a)] as const);
    expect(after.filter(([, c]) => c.fill !== null).map(([a]) => a)).toEqual(['H4', 'H12']);
    expect(after.filter(([, c]) => c.note !== null).map(([a]) => a)).toEqual(['H4', 'H12']);
    expect(after.every(([, c]) => c.numberFormat === '0.00')).toBe(true);
    const beforeValues = new Map((before as any).cells.map(([a, c]: [string, any]) => [a, c.value]));
    expect(after.filter(([a, c]) => beforeValues.get(a) !== c.value).map(([a]) => a)).toEqual(['H12', 'H26']);
    // The backup sits in a very hidden sheet.
    expect(xl.sheetInfo(BACKUP_SHEET)).toEqual({ visibility: 'VeryHidden', protected: false });
    expect(String(xl.cell(BACKUP_SHEET, 'A1').value)).toMatch(/^\{"version":1/);
  });

  test('restore puts back every value, format, fill and note exactly and removes the backup (very hidden, so made Hidden before Worksheet.delete)', async () => {
    const xl = await sampleExcel();
    const before = xl.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(xl.dump(SHEET)).not.toEqual(before);
    xl.resetStats();
    const out = await restoreActiveSheet({ lang: 'zh' }, xl.host());
    // The print titles scoring set stay (no documented call removes them), and restore says so.
    expect(out).toEqual({ kind: 'restored', cells: expect.any(Number), titleRowsKept: '$1:$3' });
    expect(xl.stats.syncs).toBe(3);
    expect(xl.dump(SHEET)).toEqual(before);
    expect(xl.sheetInfo(BACKUP_SHEET)).toBeNull();
    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toEqual({ kind: 'nothing-to-restore' });
  });

  test('restore is exact after the workbook is closed and opened again', async () => {
    const xl = await sampleExcel();
    const before = xl.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    const reopened = FakeExcel.open(xl.save());
    expect(reopened.sheetInfo(BACKUP_SHEET)?.visibility).toBe('VeryHidden');
    expect((await restoreActiveSheet({ lang: 'zh' }, reopened.host())).kind).toBe('restored');
    expect(reopened.dump(SHEET)).toEqual(before);
  });

  test('scoring twice leaves the sheet as scoring once did, still in 3 syncs', async () => {
    const xl = await sampleExcel();
    const before = xl.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    const once = xl.dump(SHEET);
    const backupOnce = xl.cell(BACKUP_SHEET, 'A1').value;
    xl.resetStats();
    const again = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(again.result.total.toString()).toBe('99.25');
    expect(xl.dump(SHEET)).toEqual(once);
    expect(xl.cell(BACKUP_SHEET, 'A1').value).toEqual(backupOnce);
    expect(xl.stats.syncs).toBe(3);
    // The second scoring wrote nothing on the indicator sheet: only the backup was refreshed.
    await restoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(xl.dump(SHEET)).toEqual(before);
  });

  test('a mark removed when the row is fixed: no stale highlight or note', async () => {
    const xl = await sampleExcel();
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    // The accountant corrects the 因公出国 决算 in 基础数据 so no item is over budget.
    xl.edit('基础数据', 'B10', { value: 5.5 });
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(out.result.total.toString()).toBe('99.75');
    const h12 = xl.cell(SHEET, 'H12');
    expect(h12).toMatchObject({ value: 1, fill: null, note: null });
  });

  test('a score a person types after scoring is kept: rescoring notes the difference, restore returns to it', async () => {
    const xl = await sampleExcel();
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    xl.edit(SHEET, 'H12', { value: 0.8 });
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(xl.cell(SHEET, 'H12').value).toBe(0.5);
    expect(xl.cell(SHEET, 'H12').note).toContain('原得分0.8，计算得分0.5');
    await restoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(xl.cell(SHEET, 'H12')).toMatchObject({ value: 0.8, fill: null, note: null });
  });

  test('in English, the notes carry the English explanation', async () => {
    const xl = await sampleExcel();
    const out = scored(await scoreActiveSheet({ lang: 'en' }, xl.host()));
    const row = out.result.rows.find((r) => r.cell === 'H12')!;
    expect(row.explanation).not.toMatch(/[扣分]/);
    expect(xl.cell(SHEET, 'H12').note).toContain(row.explanation);
  });

  test("a person's note on a scored cell stays word for word; ours goes below it and leaves on restore", async () => {
    const sheets = await sampleSheets();
    sheets[0].notes = { H12: '请财务处核对决算数（王）' };
    const xl = new FakeExcel({ sheets });
    const before = xl.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    const note = xl.cell(SHEET, 'H12').note!;
    expect(note.startsWith('请财务处核对决算数（王）\n')).toBe(true);
    expect(note).toContain(NOTE_MARKER);
    expect(note).toContain('扣0.5分');
    // The person's note had to be located: one extra read.
    expect(xl.stats.syncs).toBe(4);
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(xl.cell(SHEET, 'H12').note).toBe(note);
    await restoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(xl.dump(SHEET)).toEqual(before);
    expect(xl.cell(SHEET, 'H12').note).toBe('请财务处核对决算数（王）');
  });

  test("on a host with comments only (ExcelApi 1.10), a person's comment is never touched", async () => {
    const sheets = await sampleSheets();
    sheets[0].comments = { H12: { content: '决算数是否含追加？', author: '李四', replies: ['已核对'] }, C4: '口径说明' };
    const xl = new FakeExcel({ sheets, apiVersion: '1.10' });
    const before = xl.dump(SHEET);
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(out.notesVia).toBe('comments');
    const h12 = xl.cell(SHEET, 'H12').comment!;
    expect(h12.content).toBe('决算数是否含追加？');
    expect(h12.author).toBe('李四');
    expect(h12.replies[0]).toEqual({ content: '已核对', author: '张三' });
    expect(h12.replies).toHaveLength(2);
    expect(h12.replies[1].content).toContain('扣0.5分');
    expect(xl.cell(SHEET, 'C4').comment).toEqual({ content: '口径说明', author: '张三', replies: [] });
    // A deduction on a cell without a comment gets our own thread.
    expect(xl.cell(SHEET, 'H4').comment?.content).toContain('扣0.25分');
    // Scoring again replaces our reply, never duplicates it.
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(xl.cell(SHEET, 'H12').comment!.replies).toHaveLength(2);
    await restoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(xl.dump(SHEET)).toEqual(before);
  });

  test('on a host without notes or comments (ExcelApi 1.8), the 扣分原因 column carries the explanation', async () => {
    const sheets = await sampleSheets();
    sheets[0].rows![2][8] = '扣分原因';
    const xl = new FakeExcel({ sheets, apiVersion: '1.8' });
    const before = xl.dump(SHEET);
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(out.notesVia).toBe('reason-column');
    // Below ExcelApi 1.13 Excel cannot report merged areas, so the 履职效能 guidance merged down F16:F25
    // stands in F16 alone; it says nothing about scoring, so row 16 still takes its 指标解释 formula.
    expect(out.result.rows.filter((r) => r.status === 'manual').map((r) => r.cell)).toEqual([]);
    expect(out.result.rows.find((r) => r.cell === 'H16')).toMatchObject({ family: 'formula', status: 'full' });
    expect(xl.cell(SHEET, 'I12').value).toContain('因公出国（境）经费决算8.68万元超预算6万元');
    expect(xl.cell(SHEET, 'H12')).toMatchObject({ value: 0.5, fill: FILLS.deducted, note: null, comment: null });
    await restoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(xl.dump(SHEET)).toEqual(before);
  });

  test('a protected sheet is refused with a clear message and nothing is written', async () => {
    const sheets = await sampleSheets();
    sheets[0].protected = true;
    const xl = new FakeExcel({ sheets });
    const before = xl.save();
    const out = await scoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(out.kind).toBe('refused');
    if (out.kind !== 'refused') return;
    expect(out.reason).toBe('protected');
    expect(out.message).toContain('指标体系');
    expect(out.message).toContain('撤销工作表保护');
    expect(out.result?.total.toString()).toBe('99.25');
    expect(xl.save()).toBe(before);
    // The claim on the workbook, the read, the claim taken away.
    expect(xl.stats.syncs).toBe(3);
    const en = await scoreActiveSheet({ lang: 'en' }, xl.host());
    expect(en.kind === 'refused' && en.message).toContain('is protected');
  });

  test('restore on a sheet protected since scoring is refused, nothing written', async () => {
    const xl = await sampleExcel();
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    xl.setProtected(SHEET, true);
    const before = xl.save();
    const out = await restoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(out).toMatchObject({ kind: 'refused', reason: 'protected' });
    expect(xl.save()).toBe(before);
  });

  test('a formula in 得分 is kept and reported; with consent it is overwritten; restore brings it back', async () => {
    const sheets = await sampleSheets();
    sheets[0].rows![4][7] = { formula: '=D5', value: 5 };
    sheets[0].rows![25][7] = { formula: '=SUM(H4:H25)', value: 99.75 };
    const xl = new FakeExcel({ sheets });
    const before = xl.dump(SHEET);
    const first = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(first.formulaCells).toEqual(['H5']);
    expect(xl.cell(SHEET, 'H5')).toMatchObject({ formula: '=D5', value: 5 });
    // The SUM total recomputes from the written scores.
    expect(xl.cell(SHEET, 'H26')).toMatchObject({ formula: '=SUM(H4:H25)', value: 99.25 });
    const second = scored(await scoreActiveSheet({ lang: 'zh', overwriteFormulas: true }, xl.host()));
    expect(second.formulaCells).toEqual([]);
    expect(xl.cell(SHEET, 'H5')).toMatchObject({ formula: null, value: 5, numberFormat: '0.00' });
    await restoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(xl.dump(SHEET)).toEqual(before);
  });

  test('a sheet without an indicator table is refused and left alone', async () => {
    const xl = await sampleExcel({ active: '基础数据' });
    const before = xl.save();
    const out = await scoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(out).toMatchObject({ kind: 'refused', reason: 'no-table' });
    expect(out.kind === 'refused' && out.message).toContain('基础数据');
    expect(xl.save()).toBe(before);
  });

  test('text that Excel would convert is restored as text; what the office typed in its 扣分原因 column is never written over', async () => {
    const sheets = await sampleSheets();
    sheets[0].rows![2][8] = '扣分原因';
    // Scored cells holding what Excel would convert: written, and restored as they were.
    sheets[0].rows![11][7] = '001';
    sheets[0].rows![3][7] = '=不是公式';
    sheets[0].rows![12][7] = { value: 43586, numberFormat: 'yyyy/m/d' };
    sheets[0].rows![12][6] = 1; // one irregular purchase: row 13 is deducted
    // Text starting with a letter that Excel reads as a date (a month's name before a figure).
    sheets[0].rows![5][7] = 'May 2019';
    sheets[0].rows![6][7] = 'Sep-20';
    // The office's own text beside two deductions: theirs; the third 扣分原因 cell is empty: ours.
    sheets[0].rows![11][8] = '001';
    sheets[0].rows![3][8] = '=不是公式';
    const xl = new FakeExcel({ sheets });
    const before = xl.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect([xl.cell(SHEET, 'H12').value, xl.cell(SHEET, 'H4').value, xl.cell(SHEET, 'H13').value]).toEqual([0.5, 4.75, 0.5]);
    expect(xl.cell(SHEET, 'I12').value).toBe('001');
    expect(xl.cell(SHEET, 'I4').value).toBe('=不是公式');
    expect(xl.cell(SHEET, 'I13').value).toContain('扣0.5分');
    await restoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(xl.dump(SHEET)).toEqual(before);
    expect(xl.cell(SHEET, 'H12').value).toBe('001');
    expect(xl.cell(SHEET, 'H13')).toMatchObject({ value: 43586, numberFormat: 'yyyy/m/d' });
    expect(xl.cell(SHEET, 'H4').value).toBe('=不是公式');
    expect([xl.cell(SHEET, 'H6').value, xl.cell(SHEET, 'H7').value]).toEqual(['May 2019', 'Sep-20']);
  });

  test('selectCell selects the cell on the active sheet', async () => {
    const xl = await sampleExcel();
    await selectCell('H12', xl.host());
    expect(xl.selection).toBe('指标体系!H12');
  });
});

/** The sample's 22 indicator rows repeated to make a large sheet, with its merges per block. */
async function bigSheets(blocks: number): Promise<SheetSpec[]> {
  const [indicator, basic] = await sampleSheets();
  const rows = indicator.rows!;
  const head = rows.slice(0, 3);
  const body = rows.slice(3, 25);
  const out = [...head];
  const merges: string[] = [];
  for (let b = 0; b < blocks; b++) {
    out.push(...body.map((r) => [...r]));
    for (const m of indicator.merges ?? []) {
      const [a, z] = m.split(':');
      const shift = (cell: string) => cell.replace(/\d+$/, (n) => String(Number(n) + b * 22));
      if (Number(a.replace(/\D/g, '')) >= 4) merges.push(`${shift(a)}:${shift(z)}`);
    }
  }
  out.push(['合计', null, null, null, null, null, null, null]);
  return [{ ...indicator, rows: out, merges: ['A1:H1', ...merges] }, basic];
}

describe('large sheets', () => {
  test('more than 512 merged areas (getMergedAreasOrNullObject fails above 512, learn.microsoft.com/javascript/api/excel/excel.range): read block by block, each area once, also those crossing a block', async () => {
    const blocks = 60;
    const sheets = await bigSheets(blocks);
    const xl = new FakeExcel({ sheets });
    const read = await xl.host().run((ctx) => readSheet(ctx, xl.host(), 'notes', true));
    const expected = sheets[0].merges!;
    expect(expected.length).toBeGreaterThan(512);
    // Blocks of at most 512 cells over 8 columns are 64 rows high: areas across their edges are there.
    const rowsOf = (m: string) => m.split(':').map((c) => Number(c.replace(/\D/g, '')) - 1);
    expect(expected.filter((m) => Math.floor(rowsOf(m)[0] / 64) !== Math.floor(rowsOf(m)[1] / 64)).length).toBeGreaterThan(10);
    const got = read.grid.merges!.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);
    expect([...got].sort()).toEqual([...expected].sort());
  });

  test('5,000 rows with 2,053 merged areas: the one-batch read finds none (over 512 areas: a null object), so they are read again in blocks, then one write — 4 syncs with the claim, each under 5 MB', async () => {
    const blocks = Math.ceil(5000 / 22);
    const xl = new FakeExcel({ sheets: await bigSheets(blocks) });
    const before = xl.dump(SHEET);
    const t0 = Date.now();
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    const ms = Date.now() - t0;
    expect(out.result.rows.length).toBe(blocks * 22);
    expect(out.result.rows.length).toBeGreaterThanOrEqual(5000);
    expect(xl.stats.syncs).toBe(4);
    const [, read, , write] = xl.stats.batches;
    for (const b of xl.stats.batches) {
      expect(b.requestBytes).toBeGreaterThan(0);
      expect(b.requestBytes).toBeLessThan(5 * 1024 * 1024);
      expect(b.responseBytes).toBeLessThan(5 * 1024 * 1024);
    }
    expect(read.responseBytes).toBeGreaterThan(1024 * 1024);
    // Every block's 三公 row is scored 0.5 and marked.
    const lastBlock = 3 + (blocks - 1) * 22;
    expect(xl.cell(SHEET, `H${lastBlock + 9}`)).toMatchObject({ value: 0.5, fill: FILLS.deducted });
    printMeasure(
      `5,000-row scoring: ${out.result.rows.length} rows, ${xl.stats.syncs} syncs, read request ${read.requestBytes} B / response ${read.responseBytes} B, write request ${write.requestBytes} B, ${ms} ms`,
    );
    // Restore's one-batch read (values, each cell's fill colour and pattern, the backup, our notes) is
    // above 5 MB here, so it is read in parts: refused read, sizes, two halves of the rows, the backup,
    // the notes, then the write.
    xl.resetStats();
    await restoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(xl.stats.syncs).toBe(9);
    expect(xl.stats.batches.slice(2).filter((b) => b.error)).toEqual([]);
    expect(xl.dump(SHEET)).toEqual(before);
  }, 60000);

  test('a write batch that would pass the payload limit is split, and restore is still exact', async () => {
    // Every row a deduction with a note and a 扣分原因 text: the writes weigh more than the reads.
    const [indicator, basic] = await sampleSheets();
    const rows = indicator.rows!;
    const header = [...rows[2], '扣分原因'];
    const body = Array.from({ length: 6000 }, (_, i) => {
      const r = [...rows[11]];
      r[2] = `“三公”经费控制${i + 1}`;
      return r;
    });
    const xl = new FakeExcel({ sheets: [{ name: SHEET, rows: [rows[0], rows[1], header, ...body] }, basic] });
    const before = xl.dump(SHEET);
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(out.result.rows).toHaveLength(6000);
    const sizes = xl.stats.batches.map((b) => b.requestBytes);
    expect(xl.stats.syncs).toBeGreaterThan(2);
    // The one-batch read is refused (its response passes 5 MB) and read again in parts.
    for (const b of xl.stats.batches.filter((x) => !x.error)) {
      expect(b.requestBytes).toBeLessThan(5 * 1024 * 1024);
      expect(b.responseBytes).toBeLessThan(5 * 1024 * 1024);
    }
    // The write estimate (COMMAND_BYTES a command) is never below what the request weighs: no write refused.
    expect(xl.stats.batches.filter((b) => b.error === 'RequestPayloadSizeLimitExceeded')).toEqual([]);
    expect(xl.cell(SHEET, 'H6003')).toMatchObject({ value: 0.5, fill: FILLS.deducted });
    expect(xl.cell(SHEET, 'I6003').value).toContain('扣0.5分');
    printMeasure(`6,000 deductions: ${xl.stats.syncs} syncs, request bytes ${sizes.join(' / ')}`);
    // Restore must read the notes, the 扣分原因 texts and a backup of 6,000 cells: more than 5 MB.
    // Excel refuses the one-batch read; the adapter reads again in parts, each under the limit.
    xl.resetStats();
    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'restored', cells: expect.any(Number) });
    const [, refused, ...rest] = xl.stats.batches;
    expect(refused.responseBytes).toBeGreaterThan(5 * 1024 * 1024);
    const over = rest.filter((b) => b.responseBytes > 5 * 1024 * 1024 || b.requestBytes > 5 * 1024 * 1024);
    expect(over).toEqual([]);
    printMeasure(`restore of 6,000 deductions: ${xl.stats.syncs} syncs, response bytes ${xl.stats.batches.map((b) => b.responseBytes).join(' / ')}`);
    expect(xl.dump(SHEET)).toEqual(before);
  }, 60000);
});

/** The sample's “三公” row repeated: every row a deduction with a note and a 扣分原因 text. */
async function deductionSheets(rows: number): Promise<SheetSpec[]> {
  const [indicator, basic] = await sampleSheets();
  const head = indicator.rows!;
  const body = Array.from({ length: rows }, (_, i) => {
    const r = [...head[11]];
    r[2] = `“三公”经费控制${i + 1}`;
    return r;
  });
  return [{ name: SHEET, rows: [head[0], head[1], [...head[2], '扣分原因'], ...body] }, basic];
}

describe('the request payload limit (RequestPayloadSizeLimitExceeded, Excel on the web)', () => {
  test('a write batch Excel refuses as too big is sent again in halves (an oversized request is refused whole, so nothing runs twice); restore is exact', async () => {
    // A host whose limit is far below the adapter's budget: every first try of a write is refused.
    const xl = new FakeExcel({ sheets: await deductionSheets(600), payloadLimit: 150 * 1024 });
    const before = xl.dump(SHEET);
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(out.result.rows).toHaveLength(600);
    const refused = xl.stats.batches.filter((b) => b.error === 'RequestPayloadSizeLimitExceeded');
    expect(refused.length).toBeGreaterThan(0);
    for (const b of xl.stats.batches.filter((x) => !x.error)) expect(b.requestBytes).toBeLessThanOrEqual(150 * 1024);
    for (let r = 4; r <= 603; r++) {
      expect(xl.cell(SHEET, `H${r}`)).toMatchObject({ value: 0.5, fill: FILLS.deducted });
      expect(xl.cell(SHEET, `H${r}`).note).toContain('扣0.5分');
      expect(xl.cell(SHEET, `I${r}`).value).toContain('扣0.5分');
    }
    // Scoring again changes nothing; restore puts everything back.
    const once = xl.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(xl.dump(SHEET)).toEqual(once);
    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'restored' });
    expect(xl.dump(SHEET)).toEqual(before);
  }, 60000);
});

describe('a sheet holding two tables (a page holding two projects)', () => {
  test('the outcome carries each table’s result, top down, both written, in 3 syncs as one table', async () => {
    const xl = new FakeExcel({ sheets: [twoProjectSheet()], active: '自评表' });
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(out.results.map((r) => [r.total.toString(), r.grade, r.rows.map((row) => row.cell)])).toEqual([
      ['20', '优', ['E4', 'E5']],
      ['18', '优', ['E11', 'E12']],
    ]);
    expect(out.result).toBe(out.results[0]);
    expect(['E4', 'E6', 'E11', 'E13'].map((a) => xl.cell('自评表', a).value)).toEqual([10, 20, 8, 18]);
    expect(xl.stats.syncs).toBe(3);
  });
});

describe('two indicator sheets in one workbook', () => {
  test('scoring the second keeps the first one restorable; each restore puts back its own sheet only', async () => {
    const sheets = await sampleSheets();
    const copy = { ...sheets[0], name: '指标体系(2)' };
    const xl = new FakeExcel({ sheets: [sheets[0], copy, ...sheets.slice(1)], active: SHEET });
    const first = xl.dump(SHEET);
    const second = xl.dump('指标体系(2)');

    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    xl.setActive('指标体系(2)');
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(xl.cell('指标体系(2)', 'H12')).toMatchObject({ value: 0.5, fill: FILLS.deducted });

    xl.setActive(SHEET);
    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'restored' });
    expect(changedCells(first, xl.dump(SHEET))).toEqual([]);
    expect(xl.cell('指标体系(2)', 'H12')).toMatchObject({ value: 0.5 }); // still scored
    expect(xl.sheetInfo(BACKUP_SHEET)).not.toBeNull(); // the second sheet's backup remains

    xl.setActive('指标体系(2)');
    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'restored' });
    expect(changedCells(second, xl.dump('指标体系(2)'))).toEqual([]);
    expect(xl.sheetInfo(BACKUP_SHEET)).toBeNull(); // nothing left to restore: the backup sheet is gone
  });
});

describe('the person keeps working while the add-in waits for Excel', () => {
  test('a click on another tab between the read and the write: the scores still land on the scored sheet (pinned by Worksheet.id)', async () => {
    const xl = await sampleExcel();
    const basic = xl.dump('基础数据');
    xl.beforeSync(3, () => xl.setActive('基础数据'));
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(xl.cell(SHEET, 'H12')).toMatchObject({ value: 0.5, fill: FILLS.deducted });
    expect(xl.dump('基础数据')).toEqual(basic);

    const before = xl.dump(SHEET);
    xl.setActive(SHEET);
    xl.beforeSync(3, () => xl.setActive('基础数据'));
    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'restored' });
    expect(xl.dump(SHEET)).not.toEqual(before);
    expect(xl.cell(SHEET, 'H12')).toMatchObject({ value: 1, fill: null, note: null });
    expect(xl.dump('基础数据')).toEqual(basic);
  });

  test('selecting a listed cell activates the sheet it is on, whichever sheet the person is looking at', async () => {
    const xl = await sampleExcel();
    xl.setActive('基础数据');
    await selectCell(`'${SHEET}'!H12`, xl.host());
    expect(xl.selection).toBe('指标体系!H12');
    await selectCell("'基础数据'!B7", xl.host());
    expect(xl.selection).toBe('基础数据!B7');
  });
});

describe('notes and threads as real Excel keeps them', () => {
  test("with notes (ExcelApi 1.18), a person's threaded comment on a deducted cell takes our explanation as a reply, and nothing fails (a cell holds a note or a thread, never both)", async () => {
    const sheets = await sampleSheets();
    sheets[0].comments = { H12: { content: '决算数是否含追加？', author: '李四' } };
    const xl = new FakeExcel({ sheets });
    const before = xl.dump(SHEET);
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(out.notesVia).toBe('notes');
    expect(out.notesSkipped).toBeUndefined();
    const h12 = xl.cell(SHEET, 'H12');
    expect(h12).toMatchObject({ value: 0.5, fill: FILLS.deducted, note: null });
    expect(h12.comment).toMatchObject({ content: '决算数是否含追加？', author: '李四' });
    expect(h12.comment!.replies).toHaveLength(1);
    expect(h12.comment!.replies[0].content).toContain('扣0.5分');
    expect(xl.cell(SHEET, 'H4').note).toContain('扣0.25分');
    // Scoring again replaces our reply; restore takes it away and leaves the person's thread as it was.
    const once = xl.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(xl.dump(SHEET)).toEqual(once);
    await restoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(xl.dump(SHEET)).toEqual(before);
  });

  test('on a Chinese Excel (localised error messages), a refused thread is told from a thread already added by the error code and by reading back, not by the English message', async () => {
    const sheets = await sampleSheets();
    sheets[0].notes = { H12: '请核对（王）' }; // a legacy note, invisible below ExcelApi 1.18
    const xl = new FakeExcel({ sheets, apiVersion: '1.10', messageLanguage: 'zh-CN' });
    const before = xl.dump(SHEET);
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(out.notesSkipped).toEqual(['H12']);
    expect(xl.cell(SHEET, 'H4').comment?.content).toContain('扣0.25分');
    expect(xl.cell(SHEET, 'H12')).toMatchObject({ value: 0.5, note: '请核对（王）', comment: null });
    await restoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(xl.dump(SHEET)).toEqual(before);
  });
});

/** The backup's record of one cell of the indicator sheet, as the backup sheet stores it. */
function backupEntry(xl: FakeExcel, address: string) {
  const store = JSON.parse(String(xl.cell(BACKUP_SHEET, 'A1').value));
  const at = { row: Number(address.slice(1)) - 1, col: address.charCodeAt(0) - 65 };
  return store.backups.find((b: any) => b.sheet === SHEET).entries.find((e: any) => e.row === at.row && e.col === at.col);
}

describe('two people score one workbook (another user’s comment or reply is refused to us: assumed, test/support/fake-excel/README.md)', () => {
  test('notes (ExcelApi 1.18): A’s explanation is a reply in a person’s thread; B rescoring with a changed explanation, then restoring, never fails: A’s reply stays and is named, everything else is exact; A can take it away later', async () => {
    const sheets = await sampleSheets();
    sheets[0].comments = { H12: { content: '决算数是否含追加？', author: '王五' } };
    const a = new FakeExcel({ sheets, userName: '张会计' });
    const before = a.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh' }, a.host()));
    const replyOfA = a.cell(SHEET, 'H12').comment!.replies[0];
    expect(replyOfA).toMatchObject({ author: '张会计', content: expect.stringContaining('8.68万元') });

    const b = FakeExcel.open(a.save(), { userName: '李会计' });
    b.edit('基础数据', 'B10', { value: 9 }); // still over budget: the explanation changes
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, b.host()));
    expect(out.notesLeft).toEqual(['H12']);
    expect(b.cell(SHEET, 'H12')).toMatchObject({ value: 0.5, fill: FILLS.deducted });
    expect(b.cell(SHEET, 'H12').comment!.replies).toEqual([replyOfA]);
    // The backup records what the cell holds (A's reply), not the text B could not post.
    expect(backupEntry(b, 'H12').written.note).toContain('8.68万元');

    const restored = await restoreActiveSheet({ lang: 'zh' }, b.host());
    expect(restored).toMatchObject({ kind: 'restored', notesLeft: ['H12'] });
    expect(changedCells(before, b.dump(SHEET))).toEqual(['H12']);
    expect(b.cell(SHEET, 'H12')).toMatchObject({ value: 1, fill: null, note: null, comment: { content: '决算数是否含追加？', replies: [replyOfA] } });

    // A, the reply's author, scores again and restores: the sheet is as it was.
    const a2 = FakeExcel.open(b.save(), { userName: '张会计' });
    expect(scored(await scoreActiveSheet({ lang: 'zh' }, a2.host())).notesLeft).toBeUndefined();
    expect(a2.cell(SHEET, 'H12').comment!.replies).toEqual([{ author: '张会计', content: expect.stringContaining('9万元') }]);
    const again = await restoreActiveSheet({ lang: 'zh' }, a2.host());
    expect(again.kind === 'restored' && again.notesLeft).toBeUndefined();
    expect(a2.dump(SHEET)).toEqual(before);
  });

  test.each(['GeneralException', 'InvalidOperation', 'NotImplemented'])('Excel refusing A’s reply to B with a code no document gives (%s): decided by reading back, B’s run still never fails', async (code) => {
    const sheets = await sampleSheets();
    sheets[0].comments = { H12: { content: '决算数是否含追加？', author: '王五' } };
    const a = new FakeExcel({ sheets, userName: '张会计' });
    scored(await scoreActiveSheet({ lang: 'zh' }, a.host()));
    const replyOfA = a.cell(SHEET, 'H12').comment!.replies[0];
    const b = FakeExcel.open(a.save(), { userName: '李会计', authorRefusalCode: code });
    b.edit('基础数据', 'B10', { value: 9 });
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, b.host()));
    expect(out.notesLeft).toEqual(['H12']);
    expect(b.cell(SHEET, 'H12').comment!.replies).toEqual([replyOfA]);
    expect(await restoreActiveSheet({ lang: 'zh' }, b.host())).toMatchObject({ kind: 'restored', notesLeft: ['H12'] });
  });

  test('A scores, B rescores with a changed explanation and A restores: the backup B left is exact', async () => {
    const sheets = await sampleSheets();
    sheets[0].comments = { H12: { content: '决算数是否含追加？', author: '王五' } };
    const a = new FakeExcel({ sheets, userName: '张会计' });
    const before = a.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh' }, a.host()));
    const b = FakeExcel.open(a.save(), { userName: '李会计' });
    b.edit('基础数据', 'B10', { value: 9 });
    scored(await scoreActiveSheet({ lang: 'zh' }, b.host()));
    const a2 = FakeExcel.open(b.save(), { userName: '张会计' });
    expect(await restoreActiveSheet({ lang: 'zh' }, a2.host())).toMatchObject({ kind: 'restored' });
    expect(a2.dump(SHEET)).toEqual(before);
  });

  test('comments only (ExcelApi 1.10): threads A started are A’s; B rescoring and restoring leaves them, named, and fails nothing', async () => {
    const a = new FakeExcel({ sheets: await sampleSheets(), apiVersion: '1.10', userName: '张会计' });
    const before = a.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh' }, a.host()));
    const b = FakeExcel.open(a.save(), { userName: '李会计' });
    b.edit('基础数据', 'B10', { value: 9 });
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, b.host()));
    expect(out.notesLeft).toEqual(['H12']);
    expect(b.cell(SHEET, 'H12').comment).toMatchObject({ author: '张会计', content: expect.stringContaining('8.68万元') });
    const restored = await restoreActiveSheet({ lang: 'zh' }, b.host());
    expect(restored.kind === 'restored' && [...(restored.notesLeft ?? [])].sort()).toEqual(['H12', 'H4']);
    expect(changedCells(before, b.dump(SHEET))).toEqual(['H12', 'H4']);
    expect(b.cell(SHEET, 'H4')).toMatchObject({ value: 4.75, fill: null, comment: { author: '张会计', content: expect.stringContaining('扣0.25分') } });
  });
});

describe('a workbook that takes no change is refused up front, nothing written', () => {
  // Below the DelayForCellEdit capability (assumed from ExcelApi 1.11: README) Excel cannot hold a batch
  // while a person types: the run is refused. Above it, it waits (below).
  test.each([
    ['structure protected (WorkbookProtection.protected, ExcelApi 1.7)', { structureProtected: true }, 'structure-protected', '撤销工作簿保护', '1.18'],
    ['open read-only (Workbook.readOnly, ExcelApi 1.8)', { readOnly: true }, 'read-only', '只读', '1.18'],
    ['a person typing in a cell (InvalidOperationInCellEditMode), on a host that cannot hold the batch', { cellEditMode: true }, 'cell-edit', '请先退出单元格编辑（按 Enter 或 Esc）', '1.10'],
    ['a dialog of Excel open (WriteNotSupportedWhenModalDialogOpen)', { modalDialog: true }, 'dialog', '请先关闭对话框', '1.18'],
  ] as const)('%s', async (_label, state, reason, words, apiVersion) => {
    const xl = await sampleExcel({ apiVersion });
    const before = xl.save();
    xl.setWorkbookState(state);
    const out = await scoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(out).toMatchObject({ kind: 'refused', reason });
    expect(out.kind === 'refused' && out.message).toContain(words);
    xl.setWorkbookState({ structureProtected: false, readOnly: false, cellEditMode: false, modalDialog: false });
    expect(xl.save()).toBe(before);
    const en = await (async () => {
      xl.setWorkbookState(state);
      return scoreActiveSheet({ lang: 'en' }, xl.host());
    })();
    expect(en.kind === 'refused' && en.message).toMatch(/nothing was written/);
  });

  test('restore too: a structure-protected workbook keeps its scores and backup until unprotected', async () => {
    const xl = await sampleExcel();
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    xl.setWorkbookState({ structureProtected: true });
    const before = xl.save();
    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'refused', reason: 'structure-protected' });
    expect(xl.save()).toBe(before);
    xl.setWorkbookState({ structureProtected: false });
    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'restored' });
  });

  test('a person typing where Excel answers InvalidOperation (the code the cell-edit page gives): told apart from other refusals by a read refused the same way', async () => {
    const xl = await sampleExcel({ apiVersion: '1.10', cellEditCode: 'InvalidOperation' });
    const before = xl.save();
    xl.setWorkbookState({ cellEditMode: true });
    const out = await scoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(out).toMatchObject({ kind: 'refused', reason: 'cell-edit' });
    xl.setWorkbookState({ cellEditMode: false });
    expect(xl.save()).toBe(before);
  });

  test('where Excel can hold a batch (DelayForCellEdit), a person typing makes scoring wait, not fail: it finishes once they leave the cell', async () => {
    const xl = await sampleExcel();
    xl.setWorkbookState({ cellEditMode: true });
    let finished = false;
    const run = scoreActiveSheet({ lang: 'zh' }, xl.host()).then((out) => {
      finished = true;
      return out;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(finished).toBe(false);
    expect(xl.stats.batches.filter((b) => b.waited)).toHaveLength(1);
    xl.setWorkbookState({ cellEditMode: false });
    expect(scored(await run).result.total.toFixed(2)).toBe('99.25');
    expect(xl.cell(SHEET, 'H12').value).toBe(0.5);
  });

  test('a person starting to type between the read and the write (a host that cannot hold the batch): refused with a message, nothing written', async () => {
    const xl = await sampleExcel({ apiVersion: '1.10' });
    const before = xl.dump(SHEET);
    xl.beforeSync(3, () => xl.setWorkbookState({ cellEditMode: true }));
    expect(await scoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'refused', reason: 'cell-edit' });
    expect(xl.dump(SHEET)).toEqual(before);
    expect(xl.sheetNames()).not.toContain(BACKUP_SHEET);
  });
});

describe('the backup sheet leaves with the last backup', () => {
  test('a rescore that leaves nothing to restore deletes the backup sheet (very hidden, so made Hidden before Worksheet.delete, in the same batch)', async () => {
    // One row, its typed score already full marks and formatted 0.00; a print setup of the sheet's own.
    const sheet: SheetSpec = {
      name: SHEET,
      rows: [
        ['一级指标', '三级指标', '分值', '评分标准', '实际完成值', '得分'],
        ['预算管理', '资金使用合规性', 2, '发现1个问题扣0.5分，扣完为止', 1, 2],
      ],
      numberFormats: { F2: '0.00' },
      pageLayout: { orientation: 'Landscape' },
    };
    const xl = new FakeExcel({ sheets: [sheet] });
    const before = xl.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(xl.cell(SHEET, 'F2')).toMatchObject({ value: 1.5, fill: FILLS.deducted });
    expect(xl.sheetInfo(BACKUP_SHEET)).toEqual({ visibility: 'VeryHidden', protected: false });
    // The problem is fixed: the score is the typed one again, unmarked, so there is nothing to restore.
    xl.edit(SHEET, 'E2', { value: 0 });
    const unchanged = { ...(before as any), cells: (before as any).cells.map(([a, c]: [string, any]) => (a === 'E2' ? [a, { ...c, value: 0 }] : [a, c])) };
    xl.resetStats();
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(xl.stats.syncs).toBe(3);
    expect(xl.sheetInfo(BACKUP_SHEET)).toBeNull();
    expect(xl.dump(SHEET)).toEqual(unchanged);
    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toEqual({ kind: 'nothing-to-restore' });
  });
});

/**
 * The sync, counted from now, that carries a run's last successful batch: found by a dry run on a copy
 * of the workbook, so a person can act just before it.
 */
async function lastBatch(xl: FakeExcel, run: (host: ReturnType<FakeExcel['host']>) => Promise<unknown>): Promise<number> {
  const dry = FakeExcel.open(xl.save());
  await run(dry.host());
  let n = dry.stats.batches.length;
  while (dry.stats.batches[n - 1].error) n--;
  return n;
}

describe('a write cut short between two batches (a big write goes in several)', () => {
  // A host that cannot hold a batch while a person types (below DelayForCellEdit), so typing cuts a write
  // short; one without comments, whose batch of their own would come last.
  const UNHELD = '1.9';
  const score = (lang: 'zh' | 'en') => (host: ReturnType<FakeExcel['host']>) => scoreActiveSheet({ lang }, host);
  const restore = (host: ReturnType<FakeExcel['host']>) => restoreActiveSheet({ lang: 'zh' }, host);

  test('a person starts typing before the last batch: the pane is told what was written and that 恢复 undoes it; it does, exactly', async () => {
    const xl = new FakeExcel({ sheets: await deductionSheets(600), payloadLimit: 150 * 1024, apiVersion: UNHELD });
    const before = xl.dump(SHEET);
    xl.beforeSync(await lastBatch(xl, score('zh')), () => xl.setWorkbookState({ cellEditMode: true }));
    const out = await scoreActiveSheet({ lang: 'zh' }, xl.host());
    if (out.kind !== 'partial') throw new Error(`expected partial, got ${out.kind}`);
    expect(out.reason).toBe('cell-edit');
    expect(out.written).toBeGreaterThan(0);
    expect(out.written).toBeLessThan(out.of);
    expect(out.message).toContain(`已写入 ${out.written} 个单元格（共 ${out.of} 个）`);
    expect(out.message).toContain('单击“恢复”可撤销');
    expect(out.message).not.toContain('未写入任何内容');
    expect(out.result.rows).toHaveLength(600);
    expect(xl.dump(SHEET)).not.toEqual(before);
    xl.setWorkbookState({ cellEditMode: false });
    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'restored' });
    expect(xl.dump(SHEET)).toEqual(before);
  }, 60000);

  test('in English too', async () => {
    const xl = new FakeExcel({ sheets: await deductionSheets(600), payloadLimit: 150 * 1024, apiVersion: UNHELD });
    xl.beforeSync(await lastBatch(xl, score('en')), () => xl.setWorkbookState({ cellEditMode: true }));
    const out = await scoreActiveSheet({ lang: 'en' }, xl.host());
    if (out.kind !== 'partial') throw new Error(`expected partial, got ${out.kind}`);
    expect(out.message).toContain(`${out.written} of ${out.of} cells were written`);
    expect(out.message).toContain('Restore to undo what was written');
    expect(out.message).not.toMatch(/nothing was written/);
  }, 60000);

  test('a rescore cut short after the scores changed: 恢复 still brings back the sheet as it was before the first scoring', async () => {
    const xl = new FakeExcel({ sheets: await deductionSheets(600), payloadLimit: 150 * 1024, apiVersion: UNHELD });
    const before = xl.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    // No item over budget any more: every row goes from 0.50, marked, to full marks.
    xl.edit('基础数据', 'B10', { value: 5.5 });
    xl.beforeSync(await lastBatch(xl, score('zh')), () => xl.setWorkbookState({ cellEditMode: true }));
    expect(await scoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'partial', reason: 'cell-edit' });
    // Some rows rescored (unmarked), some still as the first scoring left them.
    const marks = new Set(Array.from({ length: 600 }, (_, i) => xl.cell(SHEET, `H${i + 4}`).fill));
    expect(marks).toEqual(new Set([null, FILLS.deducted]));
    xl.setWorkbookState({ cellEditMode: false });
    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'restored' });
    expect(xl.dump(SHEET)).toEqual(before);
  }, 60000);

  test('the sheet protected between two batches: said so, with what was written; once unprotected, 恢复 undoes it', async () => {
    const xl = new FakeExcel({ sheets: await deductionSheets(600), payloadLimit: 150 * 1024, apiVersion: UNHELD });
    const before = xl.dump(SHEET);
    xl.beforeSync(await lastBatch(xl, score('zh')), () => xl.setProtected(SHEET, true));
    const out = await scoreActiveSheet({ lang: 'zh' }, xl.host());
    if (out.kind !== 'partial') throw new Error(`expected partial, got ${out.kind}`);
    expect(out.reason).toBe('protected');
    expect(out.message).toContain('工作表“指标体系”在写入时受到了保护');
    expect(out.message).toContain(`已写入 ${out.written} 个单元格（共 ${out.of} 个）`);
    xl.setProtected(SHEET, false);
    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'restored' });
    expect(xl.dump(SHEET)).toEqual(before);
  }, 60000);

  test('a restore cut short: it says how many cells are back, and 恢复 again finishes it exactly', async () => {
    const xl = new FakeExcel({ sheets: await deductionSheets(600), payloadLimit: 150 * 1024, apiVersion: UNHELD });
    const before = xl.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    xl.beforeSync(await lastBatch(xl, restore), () => xl.setWorkbookState({ cellEditMode: true }));
    const out = await restoreActiveSheet({ lang: 'zh' }, xl.host());
    if (out.kind !== 'partial') throw new Error(`expected partial, got ${out.kind}`);
    expect(out.message).toContain(`已恢复 ${out.written} 个单元格（共 ${out.of} 个）`);
    expect(out.message).toContain('再次单击“恢复”');
    xl.setWorkbookState({ cellEditMode: false });
    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'restored' });
    expect(xl.dump(SHEET)).toEqual(before);
    expect(xl.sheetInfo(BACKUP_SHEET)).toBeNull();
  }, 60000);
});

describe('得分 cells formatted as Text (@)', () => {
  test('the score goes in as a number (the 0.00 format is set before the value) and restore brings back the Text cell exactly', async () => {
    const sheets = await sampleSheets();
    sheets[0].numberFormats = { ...(sheets[0].numberFormats ?? {}), H4: '@', H12: '@' };
    sheets[0].rows![3][7] = '4.75'; // typed into a Text cell: text
    const xl = new FakeExcel({ sheets });
    const before = xl.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(xl.cell(SHEET, 'H4')).toMatchObject({ value: 4.75, numberFormat: '0.00' });
    expect(xl.cell(SHEET, 'H12')).toMatchObject({ value: 0.5, numberFormat: '0.00' });
    // The 合计 SUM over the column would skip text; the scores are numbers.
    expect(typeof xl.cell(SHEET, 'H4').value).toBe('number');
    await restoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(xl.dump(SHEET)).toEqual(before);
    expect(xl.cell(SHEET, 'H4')).toMatchObject({ value: '4.75', numberFormat: '@' });
  });
});

describe('fills come back exactly (getCellProperties / setCellProperties, ExcelApi 1.9)', () => {
  test('a tinted fill, a patterned fill with its pattern colour, and a deliberate white fill under our marks are restored as they were', async () => {
    const sheets = await sampleSheets();
    sheets[0].rows![12][6] = 1; // one irregular purchase: H13 is deducted too
    sheets[0].fills = {
      ...(sheets[0].fills ?? {}),
      H4: { color: '#4472C4', pattern: 'Solid', tintAndShade: 0.6 },
      H12: { color: '#FFFF00', pattern: 'Gray50', patternColor: '#FF0000' },
      H13: '#FFFFFF',
    };
    const xl = new FakeExcel({ sheets });
    const before = xl.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    for (const a of ['H4', 'H12', 'H13']) expect(xl.cell(SHEET, a).fill).toBe(FILLS.deducted);
    expect(xl.dump(SHEET)).not.toEqual(before);
    // Scoring again recognises its own marks; restore puts back every fill property.
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'restored' });
    expect(xl.dump(SHEET)).toEqual(before);
    expect(xl.cell(SHEET, 'H13').fill).toBe('#FFFFFF');
  });
});

describe('error values are told by Range.valueTypes (Error), not by how the text looks', () => {
  const withG13 = async (g13: CellSpec) => {
    const sheets = await sampleSheets();
    sheets[0].rows![12][6] = g13;
    const xl = new FakeExcel({ sheets });
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    return out.result.issues.find((i) => i.cell === 'G13');
  };

  test.each(['#BUSY!', '#CONNECT!', '#FIELD!', '#SPILL!'])('the error value %s is an error in its cell', async (error) => {
    const issue = await withG13({ error });
    expect(issue).toMatchObject({ severity: 'error', code: 'cell-error' });
    expect(issue!.message).toContain(error);
  });

  test('the text "#N/A" a person typed (behind an apostrophe) stays text: the core is handed text, and restore puts back text, not the error value', async () => {
    const sheets = await sampleSheets();
    sheets[0].rows![11][7] = '#N/A'; // H12, typed as '#N/A: text; H12 is scored, so it is written
    const xl = new FakeExcel({ sheets });
    const before = xl.dump(SHEET);
    const read = await xl.run((ctx) => readSheet(ctx as never, xl.host(), 'notes', true));
    expect(read.grid.values[11][7]).toBe('#N/A');
    scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(xl.cell(SHEET, 'H12').value).toBe(0.5);
    await restoreActiveSheet({ lang: 'zh' }, xl.host());
    expect(xl.dump(SHEET)).toEqual(before);
  });
});

describe('notes stay short (Excel does not size a note added by the API; Note.width/height are not in Excel on the web)', () => {
  test('a long explanation is cut in the note, with a pointer to the pane, and given whole in the result; scoring again and restore still know the note', async () => {
    const sheets = await sampleSheets();
    // All three “三公” items over budget: a long explanation on H12 (in English).
    sheets[1].rows![11][1] = 15;
    sheets[1].rows![13][1] = 9;
    const xl = new FakeExcel({ sheets });
    const before = xl.dump(SHEET);
    const out = scored(await scoreActiveSheet({ lang: 'en' }, xl.host()));
    const row = out.result.rows.find((r) => r.cell === 'H12')!;
    expect(row.explanation.length).toBeGreaterThan(NOTE_LIMIT);
    const ours = splitNote(xl.cell(SHEET, 'H12').note).ours!;
    expect([...ours].length).toBeLessThanOrEqual(NOTE_LIMIT);
    expect(ours).toContain('full explanation in the Performance Scorer pane');
    expect(row.explanation.startsWith(ours.slice(0, 40))).toBe(true);
    const once = xl.dump(SHEET);
    scored(await scoreActiveSheet({ lang: 'en' }, xl.host()));
    expect(xl.dump(SHEET)).toEqual(once);
    await restoreActiveSheet({ lang: 'en' }, xl.host());
    expect(xl.dump(SHEET)).toEqual(before);
  });
});
