// The hosts the add-in runs on, each as the stand-in with its requirement sets (README, "Which Excel
// gets what"): scoring, a sheet to hand in and restore work on every one, and what a host lacks is
// left out before the batch, never found by a half-made sheet.
import { addReportSheet, restoreActiveSheet, scoreActiveSheet, type ScoreOutcome } from '../../src/excel';
import { FakeExcel } from '../support/fake-excel';
import { sampleSheets } from './sample';

const SHEET = '指标体系';

/** ExcelApi level → the host it stands for, and where the explanations go there. */
const HOSTS = [
  { api: '1.4', host: 'the manifest’s minimum (no perpetual Office stops here: Office 2016 has 1.1 only)', notes: 'reason-column', leftOut: ['links', 'print'] },
  { api: '1.8', host: 'Office 2019', notes: 'reason-column', leftOut: ['print'] },
  { api: '1.17', host: 'Office 2024', notes: 'comments', leftOut: [] },
  { api: '1.18', host: 'Microsoft 365, Excel on the web', notes: 'notes', leftOut: [] },
] as const;

const handIn = {
  name: '扣分明细',
  columns: [{ width: 120, wrap: true }, { width: 40, wrap: false }, { width: 60, wrap: false }],
  rows: [['指标', '扣分', '单元格'], ['“三公”经费控制', 0.5, { text: 'H12', link: { sheet: SHEET, cell: 'H12' } }]],
  headerRows: 1,
  borders: true,
  orientation: 'Landscape' as const,
};

function scored(out: ScoreOutcome) {
  if (out.kind !== 'scored') throw new Error(`expected scored, got ${out.kind}`);
  return out;
}

describe.each(HOSTS)('ExcelApi $api ($host)', ({ api, notes, leftOut }) => {
  test('score, hand in, restore: the sample scores 99.25 (优), the sheet is added whole, restore is exact', async () => {
    const xl = new FakeExcel({ sheets: await sampleSheets(), apiVersion: api });
    const before = xl.dump(SHEET);
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(out.result.total.toFixed(2)).toBe('99.25');
    expect(out.result.grade).toBe('优');
    expect(out.notesVia).toBe(notes);
    expect(xl.cell(SHEET, 'H12').value).toBe(0.5);
    expect(out.print.kind).toBe(api === '1.4' || api === '1.8' ? 'unsupported' : 'set');

    const added = await addReportSheet(handIn, xl.host());
    expect(added).toEqual({ name: '扣分明细', leftOut });
    // Every batch went through: nothing was refused half-way.
    expect(xl.stats.batches.filter((b) => b.error)).toEqual([]);
    expect(xl.cell('扣分明细', 'C2').value).toBe('H12');
    expect(xl.format('扣分明细', 'C2').link ?? null).toEqual(api === '1.4' ? null : { documentReference: `'${SHEET}'!H12`, textToDisplay: 'H12' });

    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'restored' });
    expect(xl.dump(SHEET)).toEqual(before);
  });
});
