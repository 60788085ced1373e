// What scoring writes into the sheet and how it is undone (SPEC §4), through the core's pure
// write-back API. An in-memory map of CellStates stands for the indicator sheet, the way an adapter
// holds what it read: scoring reads it, the planned writes are applied to it, the backup is stored
// as text between runs, exactly as the Excel and .xlsx adapters must do.
import type { CellWrite, Workbook } from '../../src/core';
import { backupFor, joinNote, NOTE_MARKER, parseStore, scoreForWriteback, splitNote, storeChunks, toA1, whileWriting, withBackup } from '../../src/core';
import fc from 'fast-check';
import { applyMutation, cellArb, FILLS, loadSample, MemorySheet, sampleMutationArb, textArb, workbookArb } from '../support/arbitraries';
let sample: Workbook;
beforeAll(async () => {
  sample = await loadSample();
});

const sheet = () => new MemorySheet(sample.indicatorSheet, sample.basicData);
const count = (text: string | null, part: string) => (text ?? '').split(part).length - 1;
const writeAt = (writes: readonly CellWrite[], address: string) => writes.find((w) => w.address === address);

describe('splitNote / joinNote', () => {
  test('a note we never wrote is all the person’s', () => {
    expect(splitNote('请财务科复核')).toEqual({ person: '请财务科复核', ours: null });
    expect(splitNote(null)).toEqual({ person: null, ours: null });
  });

  test('our part goes below the person’s note, after the marker, and splits back apart', () => {
    const joined = joinNote('张三：预算数已与决算表核对', '扣0.5分：因公出国（境）经费决算8.68万元超预算6万元（1项超预算）');
    expect(joined!.startsWith('张三：预算数已与决算表核对\n')).toBe(true);
    expect(joined!.indexOf(NOTE_MARKER)).toBeGreaterThan(joined!.indexOf('张三'));
    expect(splitNote(joined)).toEqual({
      person: '张三：预算数已与决算表核对',
      ours: '扣0.5分：因公出国（境）经费决算8.68万元超预算6万元（1项超预算）',
    });
  });

  test('without a person’s note the note is ours alone; without ours it is the person’s untouched', () => {
    expect(splitNote(joinNote(null, '扣0.25分'))).toEqual({ person: null, ours: '扣0.25分' });
    expect(joinNote('张三：已核', null)).toBe('张三：已核');
    expect(joinNote(null, null)).toBeNull();
  });

  test('multi-line notes on both sides survive a round trip', () => {
    const person = '第一行\n第二行：  缩进保留';
    const ours = '扣1分：发现2个×0.5分，共扣1分\n原得分1，计算得分0';
    expect(splitNote(joinNote(person, ours))).toEqual({ person, ours });
  });
});

describe('what one scoring writes', () => {
  test('every scored row gets its score as a number formatted 0.00, and 合计 the total', () => {
    const s = sheet();
    const { result, writes } = s.score();
    expect(result.complete).toBe(true);
    for (const r of result.rows) {
      const st = s.at(r.cell);
      expect(st.value).toBe(r.score!.toNumber());
      expect(st.numberFormat).toBe('0.00');
      expect(st.formula).toBeNull();
    }
    expect(s.at('H4').value).toBe(4.75);
    expect(s.at('H12').value).toBe(0.5);
    expect(s.at('H26')).toMatchObject({ value: 99.25, numberFormat: '0.00', formula: null });
    // Only 得分 cells are written: nothing outside column H, no input cell.
    expect(new Set(writes.map((w) => w.address.replace(/\d+$/, '')))).toEqual(new Set(['H']));
  });

  test('a deducted row is highlighted and its note carries the arithmetic; a full row gets neither', () => {
    const s = sheet();
    s.score();
    expect(s.at('H4').fill).toBe(FILLS.deducted);
    expect(splitNote(s.at('H4').note).ours).toBe('扣0.25分：(3184.21-73.69-83.46)/3184.21×5=4.75');
    expect(s.at('H5')).toMatchObject({ fill: null, note: null });
    expect(s.at('H16')).toMatchObject({ fill: null, note: null });
  });

  test('where the hand score differs, the note says both (原得分1，计算得分0.5)', () => {
    const s = sheet();
    s.score();
    const ours = splitNote(s.at('H12').note).ours!;
    expect(ours).toContain('扣0.5分：因公出国（境）经费决算8.68万元超预算6万元');
    expect(ours).toContain('原得分1，计算得分0.5');
  });

  test('in English the note is in English', () => {
    const s = sheet();
    s.score({ lang: 'en' });
    const ours = splitNote(s.at('H12').note).ours!;
    expect(ours).toContain('Typed score 1, computed score 0.5');
    expect(ours).not.toMatch(/扣0\.5分/);
  });

  test('a row in error keeps its 得分 cell, gets the error highlight and a note saying what to fix', () => {
    const s = sheet();
    s.set('G10', { value: '若干' });
    const { result } = s.score();
    expect(result.rows.find((r) => r.cell === 'H10')!.status).toBe('error');
    expect(s.at('H10')).toMatchObject({ value: 1, formula: null, numberFormat: null, fill: FILLS.error });
    expect(splitNote(s.at('H10').note).ours).toContain('G10');
    expect(splitNote(s.at('H10').note).ours).toContain('请改为数字');
  });

  test('a row needing a manual score keeps its cell and is marked as such', () => {
    const s = sheet();
    s.set('G19', { value: '部分达成' });
    s.set('H19', { value: null });
    const { result } = s.score();
    expect(result.rows.find((r) => r.cell === 'H19')!.status).toBe('manual');
    expect(s.at('H19')).toMatchObject({ value: null, fill: FILLS.manual });
    expect(splitNote(s.at('H19').note).ours).toContain('需人工评分');
  });

  test('a partial total is not written into 合计: it keeps the figure it had', () => {
    const s = sheet();
    s.set('G10', { value: '若干' });
    const { result, writes } = s.score();
    expect(result.complete).toBe(false);
    expect(formatNumber(result.total)).toBe('98.25');
    expect(s.at('H26')).toMatchObject({ value: 99.75, numberFormat: null });
    expect(writeAt(writes, 'H26')?.state.value ?? 99.75).toBe(99.75);
  });

  test('a total written earlier is withdrawn when the sheet becomes incomplete, not left standing', () => {
    const s = sheet();
    s.score();
    expect(s.at('H26').value).toBe(99.25);
    s.set('G10', { value: '若干' });
    s.score();
    expect(s.at('H26')).toMatchObject({ value: 99.75, numberFormat: null });
  });
});

function formatNumber(d: { toFixed(n: number): string }): string {
  return d.toFixed(2);
}

describe('scoring again', () => {
  test('is idempotent: the same writes, the same backup, no duplicated note text', () => {
    const s = sheet();
    s.set('H4', { note: '张三：预算数已与决算表核对' });
    const first = s.score();
    const afterFirst = s.snapshot();
    const second = s.score();
    expect(second.writes).toEqual(first.writes);
    expect(second.backup).toEqual(first.backup);
    expect(s.snapshot()).toEqual(afterFirst);
    const third = s.score();
    expect(third.writes).toEqual(first.writes);
    for (const st of Object.values(s.snapshot())) expect(count(st.note, NOTE_MARKER)).toBeLessThanOrEqual(1);
    expect(count(s.at('H4').note, '张三：预算数已与决算表核对')).toBe(1);
    expect(count(s.at('H12').note, '原得分1，计算得分0.5')).toBe(1);
  });

  test('reads the hand scores the person typed, not its own output', () => {
    // After the first scoring H12 holds 0.5; the second scoring must still compare with the typed 1.
    const s = sheet();
    s.score();
    const { result } = s.score();
    const h12 = result.rows.find((r) => r.cell === 'H12')!;
    expect(h12.previous).toBe(1);
    expect(result.issues.filter((i) => i.code === 'score-changed').map((i) => i.cell)).toEqual(['H12']);
  });

  test('a row that was deducted and is now fine loses our highlight and note', () => {
    const s = sheet();
    s.set('G13', { value: 1 });
    s.score();
    expect(s.at('H13')).toMatchObject({ value: 0.5, fill: FILLS.deducted });
    s.set('G13', { value: 0 });
    const { result } = s.score();
    expect(result.rows.find((r) => r.cell === 'H13')!.status).toBe('full');
    expect(s.at('H13')).toMatchObject({ value: 1, fill: null, note: null });
  });

  test('a row that was in error and is now fine loses the error highlight and note', () => {
    const s = sheet();
    s.set('G11', { value: '是,是,否' });
    s.score();
    expect(s.at('H11').fill).toBe(FILLS.error);
    s.set('G11', { value: '是,否' });
    s.score();
    expect(s.at('H11')).toMatchObject({ value: 1, fill: FILLS.deducted });
    expect(splitNote(s.at('H11').note).ours).not.toContain('G11填写了');
  });

  test('keeps a fill the person set before scoring under our highlight, and gives it back', () => {
    const s = sheet();
    s.set('H12', { fill: 'FF00B050' });
    s.score();
    expect(s.at('H12').fill).toBe(FILLS.deducted);
    s.score();
    s.restore();
    expect(s.at('H12').fill).toBe('FF00B050');
  });
});

describe('a person’s edits between scorings', () => {
  test('a hand score typed into a qualitative row after scoring is kept as its score', () => {
    const s = sheet();
    s.score();
    s.set('H9', { value: 0.8 });
    const { result } = s.score();
    const h9 = result.rows.find((r) => r.cell === 'H9')!;
    expect(h9.score!.toNumber()).toBe(0.8);
    expect(s.at('H9').value).toBe(0.8);
  });

  test('a new hand score over our computed one becomes the score the note compares with, and restore gives it back', () => {
    const s = sheet();
    s.score();
    s.set('H12', { value: 0.75 });
    s.score();
    expect(s.at('H12').value).toBe(0.5);
    expect(splitNote(s.at('H12').note).ours).toContain('原得分0.75，计算得分0.5');
    expect(count(s.at('H12').note, '原得分')).toBe(1);
    s.restore();
    expect(s.at('H12').value).toBe(0.75);
  });

  test('a note the person rewrote after scoring is kept word for word by rescoring and by restore', () => {
    const s = sheet();
    s.score();
    const mine = '李四 2020-03-02：\n三公经费超支已说明，见附件3。';
    s.set('H12', { note: mine });
    s.score();
    expect(splitNote(s.at('H12').note).person).toBe(mine);
    expect(s.at('H12').note!.startsWith(mine)).toBe(true);
    expect(count(s.at('H12').note, NOTE_MARKER)).toBe(1);
    s.restore();
    expect(s.at('H12').note).toBe(mine);
  });

  test('a note the person put above ours after scoring is kept by rescoring and by restore', () => {
    const s = sheet();
    s.score();
    const ours = splitNote(s.at('H4').note).ours;
    s.set('H4', { note: joinNote('复核意见：同意', ours) });
    s.score();
    expect(splitNote(s.at('H4').note)).toEqual({ person: '复核意见：同意', ours });
    s.restore();
    expect(s.at('H4').note).toBe('复核意见：同意');
  });

  // A reviewer often answers at the end of the comment, below our explanation: that line is theirs.
  test('a line the person typed below our explanation survives rescoring and restore', () => {
    const s = sheet();
    s.score();
    s.set('H4', { note: `${s.at('H4').note}\n王五：已核对，同意扣分。` });
    s.score();
    expect(count(s.at('H4').note, '王五：已核对，同意扣分。')).toBe(1);
    expect(count(s.at('H4').note, NOTE_MARKER)).toBe(1);
    expect(count(s.at('H4').note, '扣0.25分')).toBe(1);
    s.score();
    expect(count(s.at('H4').note, '王五：已核对，同意扣分。')).toBe(1);
    s.restore();
    expect(s.at('H4').note).toBe('王五：已核对，同意扣分。');
  });
});

describe('formulas in 得分', () => {
  const withFormulas = () => {
    const s = sheet();
    s.set('G10', { value: 2 }); // two problems: 1 − 2×0.25 = 0.5
    s.set('H10', { value: 1, formula: '=D10', numberFormat: '0.0' });
    s.set('H26', { value: 99.75, formula: '=SUM(H4:H25)' });
    return s;
  };

  test('are kept without overwriteFormulas, with a warning, and the row is still marked', () => {
    const s = withFormulas();
    const { result } = s.score();
    expect(s.at('H10')).toMatchObject({ value: 1, formula: '=D10', numberFormat: '0.0', fill: FILLS.deducted });
    expect(s.at('H26')).toMatchObject({ value: 99.75, formula: '=SUM(H4:H25)' });
    expect(result.issues.some((i) => i.code === 'formula-in-score' && i.cell === 'H10')).toBe(true);
  });

  test('are overwritten with overwriteFormulas, and restore puts the formulas back', () => {
    const s = withFormulas();
    const before = s.snapshot();
    s.score({ overwriteFormulas: true });
    expect(s.at('H10')).toMatchObject({ value: 0.5, formula: null, numberFormat: '0.00' });
    expect(s.at('H26')).toMatchObject({ value: 98.75, formula: null });
    s.score({ overwriteFormulas: true });
    s.restore();
    expect(s.snapshot()).toEqual(before);
  });
});

describe('restore', () => {
  test('after one scoring, every cell is exactly as before (value, formula, format, fill, note)', () => {
    const s = sheet();
    s.set('H4', { note: '张三：预算数已与决算表核对' });
    s.set('H12', { fill: 'FF00B050', numberFormat: '0.0' });
    s.set('G10', { value: '若干' });
    const before = s.snapshot();
    s.score();
    expect(s.snapshot()).not.toEqual(before);
    s.restore();
    expect(s.snapshot()).toEqual(before);
  });

  test('after two scorings with an input fixed in between, every cell is exactly as before', () => {
    const s = sheet();
    s.set('H4', { note: '张三：预算数已与决算表核对' });
    s.set('G10', { value: '若干' });
    const before = s.snapshot();
    s.score();
    s.set('G10', { value: 0 });
    s.score();
    s.restore();
    // The person's fix of G10 stays; every cell scoring wrote is back as it was before the first scoring.
    expect(s.snapshot()).toEqual({ ...before, G10: { ...before.G10, value: 0 } });
    expect(s.at('H26').value).toBe(99.75);
  });

  // Excel's own notes often end in a line break: the person's note comes back character for character.
  test('a person’s note ending in a line break comes back exactly', () => {
    const s = sheet();
    s.set('H4', { note: '张三：\n预算数已核对\n' });
    const before = s.snapshot();
    s.score();
    expect(splitNote(s.at('H4').note).person).toBe('张三：\n预算数已核对\n');
    s.restore();
    expect(s.snapshot()).toEqual(before);
  });

  test('after a rescore cut short (whileWriting’s backup stored first, then only some writes), every cell is exactly as before', () => {
    for (const ran of [0, 1, 2] as const) {
      const s = sheet();
      s.set('G10', { value: '若干' });
      const before = s.snapshot();
      s.score();
      s.set('G10', { value: 0 }); // fixed: H10 loses its error mark and note, and gets a score
      const previous = backupFor(parseStore(s.stored), sample.indicatorSheet.name);
      const { writeback } = scoreForWriteback(s.workbook(), (row, col) => s.at(toA1(row, col)), previous, { fills: FILLS });
      const pending = whileWriting(writeback.backup, previous, writeback.writes);
      expect(pending.entries.find((e) => toA1(e.row, e.col) === 'H10')?.was).toBeDefined();
      s.stored = storeChunks(withBackup(parseStore(s.stored), sample.indicatorSheet.name, pending)).join('');
      // None of the writes ran, every other one, or all of them (the last batch, with the final backup, did not).
      s.apply(writeback.writes.filter((_, i) => (ran === 0 ? false : ran === 1 ? i % 2 === 0 : true)));
      s.restore();
      expect(s.snapshot()).toEqual({ ...before, G10: { ...before.G10, value: 0 } });
    }
  });

  test('writes only the cells scoring touched', () => {
    const s = sheet();
    const { backup } = s.score();
    const writes = s.restore();
    expect(writes.map((w) => w.address).sort()).toEqual(backup.entries.map((e) => toA1(e.row, e.col)).sort());
    expect(writes.every((w) => w.address.startsWith('H'))).toBe(true);
  });
});

describe('properties over arbitrary tables and mutated samples (seeded)', () => {
  const SEED = Number(process.env.PROPERTY_SEED ?? 20190614);
  const SCALE = Number(process.env.PROPERTY_SCALE ?? 1);
  const runs = (n: number) => Math.max(1, Math.round(n * SCALE));

  // A person's note: any text but our marker (leading and trailing spaces and line breaks included).
  const personNote = textArb.filter((t) => t.trim() !== '' && !t.includes(NOTE_MARKER));
  const decorationArb = fc.array(
    fc.record({
      row: fc.nat({ max: 40 }),
      col: fc.nat({ max: 15 }),
      fill: fc.constantFrom<string | null>(null, 'FF00B050', 'FFFFFF00', FILLS.deducted),
      note: fc.option(personNote, { nil: null }),
      numberFormat: fc.constantFrom<string | null>(null, '0.0', '0.00%', '@'),
    }),
    { maxLength: 12 },
  );
  const workbookOrSample = fc.oneof(
    workbookArb,
    fc.array(sampleMutationArb, { minLength: 0, maxLength: 4 }).map((ms) => ms.reduce(applyMutation, sample)),
  );
  const optionsArb = fc.record({ lang: fc.constantFrom('zh' as const, 'en' as const), overwriteFormulas: fc.boolean() });

  const decorated = (wb: Workbook, decorations: readonly { row: number; col: number; fill: string | null; note: string | null; numberFormat: string | null }[]) => {
    const s = new MemorySheet(wb.indicatorSheet, wb.basicData);
    for (const d of decorations) s.set(toA1(d.row, d.col), { fill: d.fill, note: d.note, numberFormat: d.numberFormat });
    return s;
  };

  test('scoring twice writes the same cells in the same states as scoring once', () => {
    fc.assert(
      fc.property(workbookOrSample, decorationArb, optionsArb, (wb, decorations, options) => {
        const s = decorated(wb, decorations);
        const first = s.score(options);
        const once = s.snapshot();
        const second = s.score(options);
        expect(second.writes).toEqual(first.writes);
        expect(s.snapshot()).toEqual(once);
        for (const st of Object.values(once)) expect(count(st.note, NOTE_MARKER)).toBeLessThanOrEqual(1);
      }),
      { seed: SEED, numRuns: runs(200) },
    );
  });

  test('every scored row’s 得分 cell holds its score (a kept formula aside), formatted 0.00', () => {
    fc.assert(
      fc.property(workbookOrSample, decorationArb, optionsArb, (wb, decorations, options) => {
        const s = decorated(wb, decorations);
        const { result } = s.score(options);
        for (const r of result.rows) {
          if (r.score === null || (r.scoreIsFormula && !options.overwriteFormulas)) continue;
          expect(s.at(r.cell)).toMatchObject({ value: r.score.toNumber(), numberFormat: '0.00', formula: null });
        }
      }),
      { seed: SEED, numRuns: runs(100) },
    );
  });

  test('restore after one or two scorings, with inputs edited in between, gives every cell back', () => {
    fc.assert(
      fc.property(
        workbookOrSample,
        decorationArb,
        optionsArb,
        fc.array(fc.record({ row: fc.nat({ max: 40 }), col: fc.nat({ max: 15 }), value: cellArb }), { maxLength: 4 }),
        fc.boolean(),
        (wb, decorations, options, edits, twice) => {
          const s = decorated(wb, decorations);
          const expected = s.snapshot();
          const { backup } = s.score(options);
          if (twice) {
            // The person edits cells scoring did not write (inputs), then scores again.
            const written = new Set(backup.entries.map((e) => toA1(e.row, e.col)));
            for (const e of edits) {
              const address = toA1(e.row, e.col);
              if (written.has(address)) continue;
              s.set(address, { value: e.value, formula: null });
              const now = s.at(address);
              if (now.value === null && now.formula === null && now.numberFormat === null && now.fill === null && now.note === null) delete expected[address];
              else expected[address] = now;
            }
            s.score(options);
          }
          s.restore();
          expect(s.snapshot()).toEqual(expected);
        },
      ),
      { seed: SEED, numRuns: runs(200) },
    );
  });
});
