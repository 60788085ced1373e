// The fake Excel must be no looser than Excel: these are the rules the adapter tests rely on.
import { FakeExcel, FakeExcelError } from '../support/fake-excel';

const book = (apiVersion = '1.18') =>
  new FakeExcel({
    apiVersion,
    sheets: [
      { name: 'S', rows: [['a', 1], [{ formula: '=B1*2' }, '']], notes: { A1: 'n' }, merges: ['A2:B2'] },
      { name: 'T', rows: [['x']] },
    ],
  });

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return (e as FakeExcelError).code ?? String(e);
  }
}

describe('fake Excel', () => {
  test('a property is readable only after load and sync', async () => {
    const xl = book();
    await xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:B2');
      expect(() => r.values).toThrow(/not available/);
      r.load('values');
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([['a', 1], [2, '']]);
      expect(() => r.formulas).toThrow(/not available/);
    });
  });

  test('null objects: isNullObject after sync, properties undefined, writes fail', async () => {
    const xl = book();
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject('missing');
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('values');
      expect(() => ws.isNullObject).toThrow();
      ws.load('name');
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      expect(ws.name).toBeUndefined();
      used.values = [['x']];
      expect(await code(ctx.sync())).toBe('ItemNotFound');
    });
  });

  test('a missing item from a non-null method fails the sync', async () => {
    const xl = book();
    expect(await code(xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('nope').load('name');
      await ctx.sync();
    }))).toBe('ItemNotFound');
  });

  test('APIs above the host requirement set are refused at sync', async () => {
    const xl = book('1.10');
    expect(xl.host().isSetSupported('ExcelApi', '1.10')).toBe(true);
    expect(xl.host().isSetSupported('ExcelApi', '1.18')).toBe(false);
    expect(await code(xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').notes.load('items/content');
      await ctx.sync();
    }))).toBe('ApiNotFound');
    expect(await code(xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getUsedRange().getMergedAreasOrNullObject().load('address');
      await ctx.sync();
    }))).toBe('ApiNotFound');
    expect(await code(book('1.8').run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getUsedRange().getCellProperties({ format: { fill: { color: true } } });
      await ctx.sync();
    }))).toBe('ApiNotFound');
  });

  test('text is converted as Excel converts it; an apostrophe keeps it text', async () => {
    const xl = book();
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('T').getRange('A1:A6').values = [['97%'], ['1,200'], ["'001"], ['TRUE'], ['=1+2'], ['2019-05-01']];
      await ctx.sync();
    });
    expect(xl.cell('T', 'A1')).toMatchObject({ value: 0.97, numberFormat: '0%' });
    expect(xl.cell('T', 'A2').value).toBe(1200);
    expect(xl.cell('T', 'A3').value).toBe('001');
    expect(xl.cell('T', 'A4').value).toBe(true);
    expect(xl.cell('T', 'A5')).toMatchObject({ formula: '=1+2', value: 3 });
    expect(xl.cell('T', 'A6').numberFormat).toBe('yyyy/m/d');
  });

  test('a batch is not transactional: commands before a failure stay applied', async () => {
    const xl = book();
    xl.setProtected('S', true);
    expect(await code(xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('T').getRange('B1').values = [['done']];
      ctx.workbook.worksheets.getItem('S').getRange('B1').values = [[5]];
      await ctx.sync();
    }))).toBe('AccessDenied');
    expect(xl.cell('T', 'B1').value).toBe('done');
    expect(xl.cell('S', 'B1').value).toBe(1);
  });

  test('one note per cell; a second fails', async () => {
    const xl = book();
    expect(await code(xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').notes.add('A1', 'second');
      await ctx.sync();
    }))).toBe('InvalidArgument');
    expect(xl.cell('S', 'A1').note).toBe('n');
  });

  test('shape of a 2-D write must match the range', async () => {
    const xl = book();
    expect(await code(xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('T').getRange('A1:B1').values = [['only one']];
      await ctx.sync();
    }))).toBe('InvalidArgument');
  });

  test('payloads above the limit are refused and measured', async () => {
    const xl = new FakeExcel({ sheets: [{ name: 'S', rows: [['x'.repeat(2000)]] }], payloadLimit: 1000 });
    expect(await code(xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await ctx.sync();
    }))).toBe('ResponsePayloadSizeLimitExceeded');
    expect(await code(xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('B1').values = [['y'.repeat(2000)]];
      await ctx.sync();
    }))).toBe('RequestPayloadSizeLimitExceeded');
    expect(xl.cell('S', 'B1').value).toBe('');
    expect(xl.stats.batches[0].responseBytes).toBeGreaterThan(2000);
    expect(xl.stats.batches[1].requestBytes).toBeGreaterThan(2000);
  });

  test("ClientResult and merged areas; above 512 merged areas no result, a null object (learn.microsoft.com/javascript/api/excel/excel.range#getMergedAreasOrNullObject)", async () => {
    const xl = book();
    await xl.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem('S').getUsedRange();
      const props = used.getCellProperties({ format: { fill: { color: true } } });
      const merged = used.getMergedAreasOrNullObject();
      merged.load('address');
      expect(() => props.value).toThrow();
      await ctx.sync();
      expect(props.value[0][0]).toEqual({ format: { fill: { color: '#FFFFFF' } } });
      expect(merged.address).toBe('S!A2:B2');
    });
    const many = new FakeExcel({ sheets: [{ name: 'M', rows: [['x']], merges: Array.from({ length: 513 }, (_, i) => `A${2 * i + 1}:A${2 * i + 2}`) }] });
    const isNull = await many.host().run(async (ctx: Excel.RequestContext) => {
      const areas = ctx.workbook.worksheets.getItem('M').getRange('A1:A1026').getMergedAreasOrNullObject();
      areas.load('areaCount');
      await ctx.sync();
      return areas.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  test('only the merged areas whose top-left cell lies in the range asked, each whole (OfficeDev/office-js#3611)', async () => {
    const xl = new FakeExcel({ sheets: [{ name: 'M', rows: [['x']], merges: ['A1:A4', 'B3:C6', 'D5:D6'] }] });
    const addresses = await xl.host().run(async (ctx: Excel.RequestContext) => {
      const areas = ctx.workbook.worksheets.getItem('M').getRange('A3:D6').getMergedAreasOrNullObject();
      areas.load('areas/items/address');
      await ctx.sync();
      return areas.areas.items.map((r) => r.address);
    });
    expect(addresses).toEqual(['M!B3:C6', 'M!D5:D6']);
  });
});

describe('fake Excel follows the documented refusals', () => {
  test('Worksheet.delete on a VeryHidden sheet fails with InvalidOperation (learn.microsoft.com/javascript/api/excel/excel.worksheet#delete)', async () => {
    const xl = new FakeExcel({ sheets: [{ name: 'S' }, { name: 'H', visibility: 'VeryHidden' }] });
    expect(await code(xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('H').delete();
      await ctx.sync();
    }))).toBe('InvalidOperation');
    expect(xl.sheetNames()).toEqual(['S', 'H']);
    await xl.run(async (ctx) => {
      const h = ctx.workbook.worksheets.getItem('H');
      h.visibility = 'Hidden';
      h.delete();
      await ctx.sync();
    });
    expect(xl.sheetNames()).toEqual(['S']);
  });
});

describe('fake Excel: page layout and formats (each as the reference has it)', () => {
  test('pageLayout: orientation and zoom as set, a zoom is one object within 10…400 or pages to fit, title rows span whole rows', async () => {
    const xl = book();
    await xl.run(async (ctx) => {
      const layout = ctx.workbook.worksheets.getItem('S').pageLayout;
      layout.load('orientation,zoom');
      const titles = layout.getPrintTitleRowsOrNullObject().load('address');
      await ctx.sync();
      expect([layout.orientation, layout.zoom, titles.isNullObject]).toEqual(['Portrait', { scale: 100 }, true]);
      layout.orientation = 'Landscape';
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows('$1:$2');
      await ctx.sync();
    });
    expect(xl.pageLayout('S')).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, titleRows: '$1:$2', printArea: null });
    for (const bad of [{ scale: 5 }, { scale: 100, horizontalFitToPages: 1 }, { horizontalFitToPages: -1 }]) {
      expect(await code(xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').pageLayout.zoom = bad;
        await ctx.sync();
      }))).toBe('InvalidArgument');
    }
    // No documented call removes title rows: an empty text, or part of a row, is refused.
    for (const bad of ['', 'A1:B2']) {
      expect(await code(xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').pageLayout.setPrintTitleRows(bad);
        await ctx.sync();
      }))).toBe('InvalidArgument');
    }
    expect(await code(book('1.8').run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').pageLayout.load('orientation');
      await ctx.sync();
    }))).toBe('ApiNotFound');
  });

  test('column width (points, null when the columns differ), wrap, bold, borders by edge, hyperlinks to an existing sheet', async () => {
    const xl = book();
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('T');
      const next = ws.getRange('A1:A2').getColumnsAfter(1).format.load('columnWidth,wrapText');
      await ctx.sync();
      expect([next.columnWidth, next.wrapText]).toEqual([48, false]);
      const range = ws.getRange('A1:B2');
      range.format.columnWidth = 120;
      ws.getRange('B1').format.wrapText = true;
      range.format.font.bold = true;
      range.format.borders.getItem('InsideHorizontal').style = 'Continuous';
      ws.getRange('C1').hyperlink = { documentReference: "'S'!A1", textToDisplay: 'A1' };
      const mixed = ws.getRange('A1:C1').format.load('columnWidth,wrapText');
      await ctx.sync();
      expect([mixed.columnWidth, mixed.wrapText]).toEqual([null, null]);
    });
    expect(xl.columnWidth('T', 'B')).toBe(120);
    expect(xl.format('T', 'A1')).toMatchObject({ bold: true, borders: { EdgeBottom: 'Continuous' } });
    expect(xl.format('T', 'A2').borders).toBeUndefined();
    expect(xl.format('T', 'C1').link).toEqual({ documentReference: "'S'!A1", textToDisplay: 'A1' });
    expect(xl.cell('T', 'C1').value).toBe('A1');
    expect(await code(xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('T').getRange('D1').hyperlink = { documentReference: "'Nope'!A1" };
      await ctx.sync();
    }))).toBe('InvalidArgument');
    expect(await code(xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('T').getRange('D1').format.borders.getItem('Diagonal').style = 'Continuous';
      await ctx.sync();
    }))).not.toBe('resolved');
  });
});
