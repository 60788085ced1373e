// A package read and patched in memory (src/xlsx/package/package.ts, cells.ts): its sheets found through
// its relationships, cells written into it and put back, the parts it adds and takes away, and the
// zip it gives — every part it did not change copied as stored.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { inspectXlsx } from '../../../src/xlsx/guard';
import type { GuardPass } from '../../../src/xlsx/guard';
import { putBackCell, rawCell, writeCellState } from '../../../src/xlsx/package/cells';
import { XlsxPackage } from '../../../src/xlsx/package/package';
import { NOTE_AUTHOR } from '../../../src/xlsx/package/notes';
import type { CellState } from '../../../src/core';

const M = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;

/** A workbook of these parts, the usual ones added (content types, root and workbook relationships). */
function pkg(parts: Record<string, string | Uint8Array>, options: { sheets?: string; rels?: string } = {}): XlsxPackage {
  const sheets = options.sheets ?? '<sheet name="表" sheetId="1" r:id="rId1"/>';
  const all: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
    '_rels/.rels': strToU8(`<Relationships xmlns="${PKG}">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`),
    'xl/workbook.xml': strToU8(`<workbook xmlns="${M}" xmlns:r="${R}"><sheets>${sheets}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="${PKG}">${options.rels ?? rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}</Relationships>`),
  };
  for (const [name, data] of Object.entries(parts)) all[name] = typeof data === 'string' ? strToU8(data) : data;
  const pass = inspectXlsx(Buffer.from(zipSync(all)));
  if (!pass.ok) throw new Error(pass.problem);
  return new XlsxPackage(pass);
}

const sheetXml = (data: string, after = '') => `<worksheet xmlns="${M}" xmlns:r="${R}"><sheetData>${data}</sheetData>${after}</worksheet>`;
const parts = (p: XlsxPackage) => {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(p.toBuffer()))) out[name] = Buffer.from(data).toString('utf8');
  return out;
};
const state = (s: Partial<CellState> = {}): CellState => ({ value: null, formula: null, numberFormat: null, fill: null, note: null, ...s });
const STYLES = `<styleSheet xmlns="${M}"><fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs></styleSheet>`;

describe('the package’s sheets', () => {
  test('worksheets in the workbook’s order, found through the relationships wherever stored; chart sheets and missing parts are none', () => {
    const p = pkg(
      { 'xl/ws/a.xml': sheetXml(''), 'xl/worksheets/sheet2.xml': sheetXml(''), 'xl/chartsheets/sheet1.xml': '<chartsheet/>' },
      {
        sheets: '<sheet name="图" sheetId="3" r:id="rId3"/><sheet name="乙" sheetId="2" r:id="rId2"/><sheet name="甲" sheetId="1" r:id="rId1"/><sheet name="无" sheetId="4" r:id="rId4"/><sheet name="外" sheetId="5" r:id="rId5"/>',
        rels: `${rel('rId1', 'worksheet', 'ws/a.xml')}${rel('rId2', 'worksheet', 'worksheets/sheet2.xml')}${rel('rId3', 'chartsheet', 'chartsheets/sheet1.xml')}${rel('rId4', 'worksheet', 'worksheets/none.xml')}<Relationship Id="rId5" Type="${R}/worksheet" Target="http://x/" TargetMode="External"/>`,
      },
    );
    expect(p.worksheets.map((w) => [w.name, w.part])).toEqual([
      ['乙', 'xl/worksheets/sheet2.xml'],
      ['甲', 'xl/ws/a.xml'],
    ]);
    expect(p.sheet('甲')).toBe(p.sheet('甲'));
    expect([p.sheet('图'), p.sheet('无'), p.sheet('外'), p.sheet('丁')]).toEqual([null, null, null, null]);
    expect(p.sheetNames.get('xl/ws/a.xml')).toBe('甲');
  });

  test('a sheet’s text as read (its empty tail cut) and as it will be written (whole)', () => {
    // The loading step's pass, made by hand: the sheet's part as read (cut) and as it was (whole).
    const whole = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" s="1"/></row><row r="3"><c r="A3" s="1"/></row>');
    const cut = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" s="1"/></row>');
    const p = pkg({ 'xl/worksheets/sheet1.xml': whole });
    const pass = (p as unknown as { input: GuardPass }).input;
    const trimmed = new XlsxPackage({
      ...pass,
      parts: new Map([...pass.parts].map(([k, v]) => [k, k === 'xl/worksheets/sheet1.xml' ? Buffer.from(cut) : v])),
      untrimmed: new Map([['xl/worksheets/sheet1.xml', Buffer.from(whole)]]),
      trimmed: [{ part: 'xl/worksheets/sheet1.xml', firstRow: 3, rows: 1 }],
    });
    expect(trimmed.isTrimmed('xl/worksheets/sheet1.xml')).toBe(true);
    expect(p.isTrimmed('xl/worksheets/sheet1.xml')).toBe(false);
    expect(trimmed.trimmed).toEqual([{ part: 'xl/worksheets/sheet1.xml', firstRow: 3, rows: 1 }]);
    expect(trimmed.readText('xl/worksheets/sheet1.xml')).toBe(cut);
    expect(trimmed.text('xl/worksheets/sheet1.xml')).toBe(whole);
    expect(p.readText('xl/worksheets/sheet1.xml')).toBe(whole);
    expect(trimmed.readText('xl/none.xml')).toBeNull();
    const ws = trimmed.sheet('表')!;
    expect(ws.grid().values).toEqual([[1]]);
    writeCellState(trimmed, ws, 0, 1, ws.state(0, 1), state({ value: 2 }));
    expect(parts(trimmed)['xl/worksheets/sheet1.xml']).toBe(whole.replace('<v>1</v></c></row>', '<v>1</v></c><c r="B1"><v>2</v></c></row>'));
  });

  test('what cells are read against: shared strings by their relationship, no style sheet, the 1904 system', () => {
    const p = pkg(
      { 'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>2</v></c></row>'), 'xl/strs.xml': `<sst xmlns="${M}"><si><t>甲</t></si></sst>` },
      { rels: `${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}${rel('rId2', 'sharedStrings', 'strs.xml')}` },
    );
    expect(p.readContext.strings()).toEqual(['甲']);
    expect(p.readContext.styles()).toBeNull();
    expect(p.readContext.date1904).toBe(false);
    expect(p.sheet('表')!.state(0, 1)).toEqual(state({ value: 2 }));
    const none = pkg({ 'xl/worksheets/sheet1.xml': sheetXml('') });
    expect(none.readContext.strings()).toEqual([]);
  });
});

describe('cells written and put back', () => {
  const base = () =>
    pkg({
      'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="A1"><v>5</v></c><c r="B1" s="1"><v>1</v></c><c r="C1"><f t="shared" si="0" ref="C1:C2">A1*2</f><v>10</v></c></row><row r="2"><c r="C2"><f t="shared" si="0"/><v>0</v></c></row>'),
      'xl/styles.xml': STYLES,
    });

  test('a value, a number format and a fill: the cell rewritten, a format appended; only a style change keeps the content', () => {
    const p = base();
    const ws = p.sheet('表')!;
    const outcome = writeCellState(p, ws, 0, 0, ws.state(0, 0), state({ value: 4.75, numberFormat: '0.00', fill: '#FFEB9C' }));
    expect(outcome).toEqual({ noteKept: false, formulaChanged: false });
    writeCellState(p, ws, 0, 1, ws.state(0, 1), state({ value: 1, fill: '#FFEB9C' }));
    writeCellState(p, ws, 0, 3, ws.state(0, 3), state({ value: 'a<b' }), true);
    writeCellState(p, ws, 1, 0, ws.state(1, 0), state({ value: true }));
    writeCellState(p, ws, 1, 1, ws.state(1, 1), state({ value: { error: '#N/A' } }));
    writeCellState(p, ws, 1, 3, ws.state(1, 3), state());
    const out = parts(p);
    expect(out['xl/worksheets/sheet1.xml']).toContain('<c r="A1" s="2"><v>4.75</v></c><c r="B1" s="3"><v>1</v></c>');
    expect(out['xl/worksheets/sheet1.xml']).toContain('<c r="D1" s="1" t="inlineStr"><is><t xml:space="preserve">a&lt;b</t></is></c>');
    expect(out['xl/worksheets/sheet1.xml']).toContain('<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="e"><v>#N/A</v></c><c r="C2">');
    expect(out['xl/worksheets/sheet1.xml']).not.toContain('D2');
    expect(out['xl/styles.xml']).toContain('<cellXfs count="4">');
  });

  test('a formula overwritten: its clones get the formula as they read it, and the calculation chain goes', () => {
    const p = pkg(
      {
        'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="C1"><f t="shared" si="0" ref="C1:C2">A1*2</f><v>10</v></c></row><row r="2"><c r="C2"><f t="shared" si="0"/><v>0</v></c></row>'),
        'xl/calcChain.xml': '<calcChain/>',
      },
      { rels: `${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}${rel('rId9', 'calcChain', 'calcChain.xml')}` },
    );
    const ws = p.sheet('表')!;
    const raw = rawCell(ws, 0, 2);
    expect(raw).toEqual({ cell: '<c r="C1"><f t="shared" si="0" ref="C1:C2">A1*2</f><v>10</v></c>', comment: null, clones: [{ row: 1, col: 2, cell: '<c r="C2"><f t="shared" si="0"/><v>0</v></c>' }] });
    expect(writeCellState(p, ws, 0, 2, ws.state(0, 2), state({ value: 3 })).formulaChanged).toBe(true);
    writeCellState(p, ws, 2, 2, ws.state(2, 2), state({ value: 'x', formula: '=A1' }));
    p.dropCalcChain();
    const out = parts(p);
    expect(out['xl/worksheets/sheet1.xml']).toBe(sheetXml('<row r="1"><c r="C1"><v>3</v></c></row><row r="2"><c r="C2"><f>A2*2</f><v>0</v></c></row><row r="3"><c r="C3" t="str"><f>A1</f><v>x</v></c></row>'));
    expect(out['xl/calcChain.xml']).toBeUndefined();
    expect(out['xl/_rels/workbook.xml.rels']).not.toContain('calcChain');
  });

  test('notes: ours added with its part, its drawing and their relationships', () => {
    const p = base();
    const ws = p.sheet('表')!;
    expect(ws.existingNotes()).toBeNull();
    writeCellState(p, ws, 0, 0, ws.state(0, 0), state({ value: 5, note: '扣1分' }));
    expect(ws.state(0, 0).note).toBeNull();
    const out = parts(p);
    expect(out['xl/comments1.xml']).toContain(`<author>${NOTE_AUTHOR}</author>`);
    expect(out['xl/comments1.xml']).toContain('<comment ref="A1" authorId="0" shapeId="0"><text><r><t xml:space="preserve">扣1分</t></r></text></comment>');
    expect(out['xl/drawings/vmlDrawing1.vml']).toContain('<x:Row>0</x:Row><x:Column>0</x:Column>');
    expect(out['xl/worksheets/_rels/sheet1.xml.rels']).toContain('Target="../comments1.xml"');
    expect(out['xl/worksheets/sheet1.xml']).toContain('<legacyDrawing r:id="rId2"/></worksheet>');
    expect(out['[Content_Types].xml']).toContain('<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>');
  });

  test('a note on a cell with a threaded comment is kept as the thread’s stand-in', () => {
    const p = pkg(
      {
        'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'),
        'xl/worksheets/_rels/sheet1.xml.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threaded/t1.xml"/></Relationships>`,
        'xl/threaded/t1.xml': '<ThreadedComments xmlns="urn:t"><threadedComment ref="A1" id="1"/></ThreadedComments>',
      },
    );
    const ws = p.sheet('表')!;
    expect([...ws.threaded]).toEqual(['A1']);
    expect(writeCellState(p, ws, 0, 0, ws.state(0, 0), state({ value: 1, note: 'x' })).noteKept).toBe(true);
    expect(parts(p)['xl/comments1.xml']).toBeUndefined();
  });

  test('restore: a cell and its clones put back as they were, its note put back, and the notes parts scoring added taken away once empty', () => {
    const p = base();
    const ws = p.sheet('表')!;
    writeCellState(p, ws, 0, 0, ws.state(0, 0), state({ value: 5, note: '扣1分' }));
    const scored = Buffer.from(p.toBuffer());
    const back = new XlsxPackage(inspectXlsx(scored) as Exclude<ReturnType<typeof inspectXlsx>, { ok: false }>);
    const editor = back.sheet('表')!;
    expect(editor.state(0, 0).note).toBe('扣1分');
    putBackCell(editor, 0, 0, { cell: '<c r="A1"><v>5</v></c>', comment: null });
    putBackCell(editor, 0, 2, { cell: '<c r="C1"><f t="shared" si="0" ref="C1:C2">A1*2</f><v>10</v></c>', comment: null, clones: [{ row: 1, col: 2, cell: '<c r="C2"><f t="shared" si="0"/><v>0</v></c>' }] });
    editor.dropEmptiedNotes();
    const out = parts(back);
    expect(Object.keys(out).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(out['xl/worksheets/sheet1.xml']).toBe(sheetXml('<row r="1"><c r="A1"><v>5</v></c><c r="B1" s="1"><v>1</v></c><c r="C1"><f t="shared" si="0" ref="C1:C2">A1*2</f><v>10</v></c></row><row r="2"><c r="C2"><f t="shared" si="0"/><v>0</v></c></row>'));
    expect(out['[Content_Types].xml']).not.toContain('comments1');
  });

  test('a person’s note put back in place of ours, and a shape drawn for it; a note part with a person’s author stays', () => {
    const p = pkg({
      'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', '<legacyDrawing r:id="rId2"/>'),
      'xl/worksheets/_rels/sheet1.xml.rels': `<Relationships xmlns="${PKG}">${rel('rId1', 'comments', '../comments1.xml')}${rel('rId2', 'vmlDrawing', '../drawings/vmlDrawing1.vml')}</Relationships>`,
      'xl/comments1.xml': `<comments xmlns="${M}"><authors><author>张</author></authors><commentList><comment ref="A1" authorId="0"><text><t>他的</t></text></comment></commentList></comments>`,
      'xl/drawings/vmlDrawing1.vml': '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"/>',
    });
    const ws = p.sheet('表')!;
    expect(rawCell(ws, 0, 0)).toEqual({ cell: '<c r="A1"><v>1</v></c>', comment: '<comment ref="A1" authorId="0"><text><t>他的</t></text></comment>' });
    putBackCell(ws, 0, 1, { cell: null, comment: '<comment ref="B1" authorId="0"><text><t>原来的</t></text></comment>' });
    ws.dropEmptiedNotes();
    const out = parts(p);
    expect(out['xl/comments1.xml']).toContain('<comment ref="B1" authorId="0"><text><t>原来的</t></text></comment>');
    expect(out['xl/drawings/vmlDrawing1.vml']).toContain('<x:Row>0</x:Row><x:Column>1</x:Column>');
  });
});

describe('the package as a whole', () => {
  test('a part it did not change is copied as stored; one changed keeps its encoding; the workbook asked to recalculate', () => {
    const sheet = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet, 'utf16le')]);
    const p = pkg({ 'xl/worksheets/sheet1.xml': utf16, 'xl/media/x.png': new Uint8Array([1, 2, 3]) });
    const ws = p.sheet('表')!;
    writeCellState(p, ws, 0, 0, ws.state(0, 0), state({ value: 2 }));
    p.recalculateOnOpen();
    const zip = p.toBuffer();
    const out = unzipSync(zip);
    const written = Buffer.from(out['xl/worksheets/sheet1.xml']);
    expect([...written.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(written.subarray(2).toString('utf16le')).toBe(sheet.replace('<v>1</v>', '<v>2</v>'));
    expect(Buffer.from(out['xl/workbook.xml']).toString()).toContain('<calcPr fullCalcOnLoad="1"/></workbook>');
    expect([...out['xl/media/x.png']]).toEqual([1, 2, 3]);
    const same = pkg({ 'xl/worksheets/sheet1.xml': sheet });
    same.put('xl/worksheets/sheet1.xml', sheet);
    const copied = unzipSync(same.toBuffer());
    expect(Object.keys(copied)).toContain('xl/worksheets/sheet1.xml');
  });

  test('a package without a style sheet gets one, named in its relationships and content types, when a format is added', () => {
    const p = pkg({ 'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') });
    const before = p.digests();
    expect(before.styles).toBeNull();
    const ws = p.sheet('表')!;
    writeCellState(p, ws, 0, 0, ws.state(0, 0), state({ value: 1, numberFormat: '0.00' }));
    const saved = p.digests(true);
    expect(saved.styles).not.toBeNull();
    const out = parts(p);
    expect(out['xl/styles.xml']).toContain('<cellXfs count="2">');
    expect(out['xl/_rels/workbook.xml.rels']).toContain(`Type="${R}/styles" Target="styles.xml"/>`);
    expect(out['[Content_Types].xml']).toContain('<Override PartName="/xl/styles.xml"');
  });

  test('fresh names and shape blocks no part has; the backup sheet added very hidden, replaced, and removed with its relationships', () => {
    const p = pkg({
      'xl/worksheets/sheet1.xml': sheetXml(''),
      'xl/comments1.xml': '<comments/>',
      'xl/drawings/vmlDrawing1.vml': '<xml xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="4"/></o:shapelayout></xml>',
    });
    expect(p.freshName('xl/comments', '.xml')).toBe('xl/comments2.xml');
    expect(p.freshName('xl/comments', '.xml')).toBe('xl/comments3.xml');
    expect(p.freshShapeBlock()).toBe(5);
    expect(p.freshShapeBlock()).toBe(6);
    p.writeBackupSheet('备份', (d) => [`{"s":"${d.styles}"}`, 'b_x']);
    const added = parts(p);
    expect(added['xl/workbook.xml']).toContain('<sheet name="备份" sheetId="2" state="veryHidden" r:id="rId2"/>');
    expect(added['xl/worksheets/sheet2.xml']).toBe(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${M}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">{"s":"null"}</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">b\\u005fx</t></is></c></row></sheetData></worksheet>`,
    );
    expect(added['[Content_Types].xml']).toContain('<Override PartName="/xl/worksheets/sheet2.xml"');
    const again = new XlsxPackage(inspectXlsx(Buffer.from(zipSync(Object.fromEntries(Object.entries(added).map(([k, v]) => [k, strToU8(v)]))))) as never);
    again.writeBackupSheet('备份', () => ['x']);
    expect(parts(again)['xl/worksheets/sheet2.xml']).toContain('>x</t>');
    const gone = new XlsxPackage(inspectXlsx(Buffer.from(zipSync(Object.fromEntries(Object.entries(added).map(([k, v]) => [k, strToU8(v)]))))) as never);
    gone.writeBackupSheet('备份', () => []);
    const removed = parts(gone);
    expect(removed['xl/worksheets/sheet2.xml']).toBeUndefined();
    expect(removed['xl/workbook.xml']).not.toContain('备份');
    expect(removed['xl/_rels/workbook.xml.rels']).not.toContain('sheet2.xml');
    expect(removed['[Content_Types].xml']).not.toContain('sheet2.xml');
    const nothing = pkg({ 'xl/worksheets/sheet1.xml': sheetXml('') });
    nothing.writeBackupSheet('备份', () => []);
    expect(parts(nothing)['xl/workbook.xml']).toBe(`<workbook xmlns="${M}" xmlns:r="${R}"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  });

  test('a merged area’s covered cells and an array’s cells are named for what holds them', () => {
    const p = pkg({ 'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="A1"><f t="array" ref="A1:A2">B1:B2</f><v>1</v></c></row>', '<mergeCells><mergeCell ref="C1:D2"/></mergeCells>') });
    const ws = p.sheet('表')!;
    expect([ws.coveredBy(1, 3), ws.coveredBy(0, 2), ws.coveredBy(5, 5)]).toEqual(['C1:D2', undefined, undefined]);
    expect([ws.arrayOf(1, 0), ws.arrayOf(0, 0), ws.arrayOf(2, 0)]).toEqual(['A1:A2', 'A1:A2', undefined]);
  });
});
