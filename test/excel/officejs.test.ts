// The adapter's batches go through the real office.js client (test/support/office-js), the stand-in as
// its host: the client's own checks fail a batch as they would in Excel, and request sizes are those
// of the requests office.js builds.
import { scoreActiveSheet, type ScoreOutcome } from '../../src/excel';
import { MARK_FILLS as FILLS } from '../../src/core';
import { FakeExcel } from '../support/fake-excel';
import { OFFICE_JS_VERSION } from '../support/office-js';
import { sampleSheets } from './sample';

const SHEET = '指标体系';

function scored(out: ScoreOutcome) {
  if (out.kind !== 'scored') throw new Error(`expected scored, got ${out.kind}`);
  return out;
}

const small = () => new FakeExcel({ sheets: [{ name: 'S', rows: [['a', 1], ['b', 2]] }], apiVersion: '1.10' });

describe(`the client is office.js ${OFFICE_JS_VERSION}, its own checks included`, () => {
  test('a property read before load and sync fails with PropertyNotLoaded', async () => {
    const xl = small();
    await expect(
      xl.host().run(async (context: Excel.RequestContext) => {
        const range = context.workbook.worksheets.getItem('S').getRange('A1:B2');
        range.load('values');
        return range.values;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  test("a ClientResult's value read before the sync that fills it fails", async () => {
    const xl = small();
    await expect(
      xl.host().run(async (context: Excel.RequestContext) => {
        const count = context.workbook.worksheets.getCount();
        return count.value;
      }),
    ).rejects.toMatchObject({ code: 'ValueNotLoaded' });
  });

  test('an API above the host’s requirement sets is refused (ApiNotFound) and nothing of its batch is applied after it', async () => {
    const xl = small();
    await expect(
      xl.host().run(async (context: Excel.RequestContext) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.notes.add('A1', 'a note');
        sheet.getRange('B1').values = [[9]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(xl.cell('S', 'B1').value).toBe(1);
  });

  test('an array the size of another range is refused by the host with InvalidArgument', async () => {
    const xl = small();
    await expect(
      xl.host().run(async (context: Excel.RequestContext) => {
        context.workbook.worksheets.getItem('S').getRange('A1:B2').values = [[1, 2, 3]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(xl.cell('S', 'A1').value).toBe('a');
  });
});

describe('request sizes are those office.js sends', () => {
  // Below ExcelApi 1.9 a mark is `format.fill.color`, the heaviest command the adapter sends (about 750
  // bytes at five-digit rows and object ids). A host whose limit is the adapter's own budget (4 MB)
  // refuses any batch the estimate (COMMAND_BYTES a command) put under it wrongly.
  test('no batch the adapter sized is refused when the limit is its own budget (ExcelApi 1.8, 6,000 deductions)', async () => {
    const [indicator, basic] = await sampleSheets();
    const rows = indicator.rows!;
    const body = Array.from({ length: 6000 }, (_, i) => {
      const r = [...rows[11]];
      r[2] = `“三公”经费控制${i + 1}`;
      return r;
    });
    const xl = new FakeExcel({ sheets: [{ name: SHEET, rows: [rows[0], rows[1], [...rows[2], '扣分原因'], ...body] }, basic], apiVersion: '1.8', payloadLimit: 4 * 1024 * 1024 });
    const out = scored(await scoreActiveSheet({ lang: 'zh' }, xl.host()));
    expect(out.notesVia).toBe('reason-column');
    const writes = xl.stats.batches.filter((b) => b.requestBytes > 1024 * 1024);
    expect(writes.length).toBeGreaterThan(1);
    expect(xl.stats.batches.filter((b) => b.error === 'RequestPayloadSizeLimitExceeded')).toEqual([]);
    expect(xl.cell(SHEET, 'H6003')).toMatchObject({ value: 0.5, fill: FILLS.deducted });
  }, 120000);
});
