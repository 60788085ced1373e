// The patching parts on XML as real writers lay it out: cells created in column order, rows in row
// order, styles taken from a row or a column, prefixed names, style sheets appended to, notes merged.
import { SheetPart } from '../../src/xlsx/package/sheet';
import { StylePart } from '../../src/xlsx/package/styles';
import { WorkbookPart } from '../../src/xlsx/package/workbook';
import { CommentsPart, VmlPart } from '../../src/xlsx/package/notes';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

describe('a worksheet', () => {
  const xml = `<worksheet ${NS}><dimension ref="A1:C3"/><cols><col min="4" max="6" width="20" style="7"/></cols><sheetData><row r="1" spans="1:3"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c></row><row r="2" s="5" customFormat="1"/><row r="4"><c r="B4" s="2"><v>9</v></c></row></sheetData><pageMargins left="0.7"/><tableParts count="0"/></worksheet>`;

  it('creates a missing cell between its neighbours, widening the row’s spans hint', () => {
    const sheet = new SheetPart(xml);
    sheet.setCell(0, 1, '<c r="B1"><v>2</v></c>');
    expect(sheet.toXml()).toContain('<row r="1" spans="1:3"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>');
    const wide = new SheetPart(xml);
    wide.setCell(0, 4, '<c r="E1"><v>5</v></c>');
    const out = wide.toXml();
    expect(out).toContain('<row r="1" spans="1:5"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c><c r="E1"><v>5</v></c></row>');
    expect(out).toContain('<dimension ref="A1:E3"/>');
  });

  it('fills a self-closing row, and creates a missing row in row order', () => {
    const sheet = new SheetPart(xml);
    sheet.setCell(1, 0, '<c r="A2"><v>7</v></c>');
    sheet.setCell(2, 0, '<c r="A3"><v>8</v></c>');
    sheet.setCell(9, 0, '<c r="A10"><v>10</v></c>');
    const out = sheet.toXml();
    expect(out).toContain('<row r="2" s="5" customFormat="1"><c r="A2"><v>7</v></c></row><row r="3"><c r="A3"><v>8</v></c></row><row r="4">');
    expect(out).toContain('</row><row r="10"><c r="A10"><v>10</v></c></row></sheetData>');
    expect(out).toContain('<dimension ref="A1:C10"/>');
  });

  it('takes the style a cell shows: its own, else its row’s, else its column’s', () => {
    const sheet = new SheetPart(xml);
    expect(sheet.styleAt(3, 1)).toBe(2);
    expect(sheet.styleAt(1, 0)).toBe(5);
    expect(sheet.styleAt(0, 4)).toBe(7);
    expect(sheet.styleAt(0, 1)).toBe(0);
  });

  it('puts legacyDrawing where the schema wants it, before tableParts', () => {
    const sheet = new SheetPart(xml);
    sheet.addLegacyDrawing('rId9');
    expect(sheet.toXml()).toContain('<pageMargins left="0.7"/><legacyDrawing r:id="rId9"/><tableParts count="0"/>');
  });

  it('keeps a writer’s prefix, and reads cells without r in order', () => {
    const prefixed = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const sheet = new SheetPart(prefixed);
    expect(sheet.cellXml(0, 1)).toBe('<x:c><x:v>2</x:v></x:c>');
    expect(sheet.elementPrefix).toBe('x:');
    sheet.setCell(1, 0, '<x:c r="A2"><x:v>3</x:v></x:c>');
    expect(sheet.toXml()).toContain('</x:row><x:row r="2"><x:c r="A2"><x:v>3</x:v></x:c></x:row></x:sheetData>');
    // Without a relationships prefix on the root, our legacyDrawing declares its own.
    const drawn = new SheetPart(prefixed);
    drawn.addLegacyDrawing('rId1');
    expect(drawn.toXml()).toContain('<x:legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></x:worksheet>');
  });

  it('sets its print setup and columns whole, each where the schema wants it, every other child kept where it was', () => {
    const main = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const printed = `<x:worksheet ${main}><x:dimension ref="A1"/><x:sheetData/><y:unknown xmlns:y="urn:y"/><x:pageMargins left="0.7"/><x:headerFooter/><x:extLst/></x:worksheet>`;
    const sheet = new SheetPart(printed);
    sheet.setChild('pageSetup', '<x:pageSetup orientation="landscape"/>');
    sheet.setChild('sheetPr', '<x:sheetPr><x:pageSetUpPr fitToPage="1"/></x:sheetPr>');
    sheet.setChild('cols', '<x:cols><x:col min="2" max="2" width="9" style="7"/></x:cols>');
    sheet.addLegacyDrawing('rId3');
    // A cell written afterwards takes its column's new style.
    expect(sheet.styleAt(0, 1)).toBe(7);
    expect(sheet.toXml()).toBe(
      `<x:worksheet ${main}><x:sheetPr><x:pageSetUpPr fitToPage="1"/></x:sheetPr><x:dimension ref="A1"/><x:cols><x:col min="2" max="2" width="9" style="7"/></x:cols><x:sheetData/><y:unknown xmlns:y="urn:y"/><x:pageMargins left="0.7"/><x:pageSetup orientation="landscape"/><x:headerFooter/><x:legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId3"/><x:extLst/></x:worksheet>`,
    );
    const replaced = new SheetPart(xml);
    replaced.setChild('cols', null);
    replaced.setChild('pageSetup', '<pageSetup scale="80"/>');
    expect(replaced.toXml()).toContain('<dimension ref="A1:C3"/><sheetData>');
    expect(replaced.toXml()).toContain('<pageMargins left="0.7"/><pageSetup scale="80"/><tableParts count="0"/>');
  });

  it('knows a shared formula’s clones by the master', () => {
    const shared = `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1</f><v>1</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>2</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>3</v></c></row></sheetData></worksheet>`;
    const sheet = new SheetPart(shared);
    expect(sheet.sharedClones(sheet.cell(0, 0)!).map((c) => c.el.attributes.r)).toEqual(['A2', 'A3']);
    expect(sheet.sharedClones(sheet.cell(1, 0)!)).toEqual([]);
  });
});

describe('the style sheet', () => {
  const styles = `<styleSheet ${NS}><fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs></styleSheet>`;

  it('appends the formats a cell needs, once, keeping the base format’s alignment, and updates the counts', () => {
    const part = new StylePart(styles);
    const fill = part.fillId('#FFEB9C');
    const xf = part.xfWith(1, { numFmtId: part.numberFormatId('0.00'), fillId: fill });
    expect([fill, xf]).toEqual([2, 2]);
    expect(part.xfWith(1, { numFmtId: 2, fillId: fill })).toBe(2);
    expect(part.xfWith(1, part.partsOf(1))).toBe(1);
    const out = part.toXml();
    expect(out).toContain('<fills count="3">');
    expect(out).toContain('<fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/><bgColor indexed="64"/></patternFill></fill></fills>');
    expect(out).toContain('<cellXfs count="3">');
    expect(out).toContain('<xf numFmtId="2" fontId="0" fillId="2" xfId="0" applyAlignment="1" applyNumberFormat="1" applyFill="1"><alignment wrapText="1"/></xf></cellXfs>');
  });

  it('wraps a format’s text: an alignment added as its first child, or its own alignment set; an identical format found, not added', () => {
    const part = new StylePart(styles.replace('<xf numFmtId="0" fontId="0" fillId="0" xfId="0"/>', '<xf numFmtId="0" fontId="0" fillId="0" xfId="0"><protection locked="0"/></xf>'));
    expect([part.wraps(0), part.wraps(1)]).toEqual([false, true]);
    expect(part.withWrap(1, true)).toBe(1);
    expect(part.withWrap(0, true)).toBe(2);
    expect(part.withWrap(1, false)).toBe(3);
    expect(part.withWrap(3, true)).toBe(1);
    expect(part.wraps(2)).toBe(true);
    expect(part.toXml()).toContain(
      '<xf numFmtId="0" fontId="0" fillId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/><protection locked="0"/></xf><xf numFmtId="0" fontId="0" fillId="0" xfId="0" applyAlignment="1"><alignment/></xf></cellXfs>',
    );
  });

  it('adds a number format of its own from 164, as the style sheet’s first child when there are none', () => {
    const part = new StylePart(styles);
    expect(part.numberFormatId('0.0"分"')).toBe(164);
    expect(part.numberFormatId('0.0"分"')).toBe(164);
    expect(part.toXml()).toMatch(/^<styleSheet [^>]*><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;分&quot;"\/><\/numFmts><fonts/);
  });
});

describe('the workbook part’s defined names', () => {
  const workbook = (names: string) =>
    `<workbook ${NS}><sheets><sheet name="表" sheetId="1" r:id="rId1"/><sheet name="备份" sheetId="2" r:id="rId2"/><sheet name="后" sheetId="3" r:id="rId3"/></sheets>${names}<extLst/></workbook>`;
  const titles = (sheet: number) => `<definedName name="_xlnm.Print_Titles" localSheetId="${sheet}">'表'!$1:$3</definedName>`;

  it('adds a sheet’s name in a list of its own, before a calcPr added at the same place, and takes both away again', () => {
    const part = new WorkbookPart(workbook(''));
    expect(part.emptyNames()).toBeNull();
    part.setDefinedName('_xlnm.Print_Titles', 0, titles(0));
    part.recalculateOnOpen();
    expect(part.toXml()).toBe(workbook(`<definedNames>${titles(0)}</definedNames><calcPr fullCalcOnLoad="1"/>`));
    const back = new WorkbookPart(workbook(`<definedNames>${titles(0)}</definedNames>`));
    expect(back.definedName('_XLNM.PRINT_TITLES', 0)).toBe(titles(0));
    back.setDefinedName('_xlnm.Print_Titles', 0, null);
    back.whenNoNames(null);
    expect(back.toXml()).toBe(workbook(''));
  });

  it('keeps the other names, a later sheet’s name moved down when a sheet goes, and an emptied list as the file had it', () => {
    const area = '<definedName name="_xlnm.Print_Area" localSheetId="2">\'后\'!$A$1:$B$2</definedName>';
    const part = new WorkbookPart(workbook(`<definedNames>${titles(0)}${area}</definedNames>`));
    part.setDefinedName('_xlnm.Print_Titles', 0, null);
    part.removeSheet('备份');
    expect(part.toXml()).toContain(`<definedNames>${area.replace('localSheetId="2"', 'localSheetId="1"')}</definedNames>`);
    const openpyxl = new WorkbookPart(workbook('<definedNames/>'));
    expect(openpyxl.emptyNames()).toBe('<definedNames/>');
    openpyxl.setDefinedName('_xlnm.Print_Titles', 0, titles(0));
    expect(openpyxl.toXml()).toBe(workbook(`<definedNames>${titles(0)}</definedNames>`));
    const restored = new WorkbookPart(workbook(`<definedNames>${titles(0)}</definedNames>`));
    restored.setDefinedName('_xlnm.Print_Titles', 0, null);
    restored.whenNoNames('<definedNames/>');
    expect(restored.toXml()).toBe(workbook('<definedNames/>'));
  });
});

describe('notes', () => {
  const comments = `<comments ${NS}><authors><author>张会计</author></authors><commentList><comment ref="B2" authorId="0"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="宋体"/></rPr><t>张会计：</t></r><r><rPr><sz val="9"/><rFont val="宋体"/></rPr><t>已核对</t></r></text></comment></commentList></comments>`;

  it('keeps a person’s runs and author and adds our text in their face and size, not their weight or colour', () => {
    const part = new CommentsPart(comments);
    part.setText('B2', '张会计：已核对\n\n—— 绩效评分助手 ——\n扣0.5分');
    const out = part.toXml();
    expect(out).toContain('<comment ref="B2" authorId="0"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="宋体"/></rPr><t>张会计：</t></r><r><rPr><sz val="9"/><rFont val="宋体"/></rPr><t>已核对</t></r><r><rPr><sz val="9"/><rFont val="宋体"/></rPr><t xml:space="preserve">\n\n—— 绩效评分助手 ——\n扣0.5分</t></r></text></comment>');
  });

  it('adds a note of ours under our author, and control characters as Excel escapes them', () => {
    const part = new CommentsPart(comments);
    part.setText('C3', '扣1分\u001b');
    const out = part.toXml();
    expect(out).toContain('<authors><author>张会计</author><author>绩效评分助手</author></authors>');
    expect(out).toContain('<comment ref="C3" authorId="1" shapeId="0"><text><r><t xml:space="preserve">扣1分_x001B_</t></r></text></comment></commentList>');
  });

  it('adds a hidden note shape, and the note shape type when the drawing has none', () => {
    const vml = new VmlPart('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="3"/></o:shapelayout></xml>', 0);
    vml.addShape(4, 7, 3);
    const out = vml.toXml();
    expect(out).toContain('<v:shapetype id="_x0000_t202"');
    expect(out).toContain('<v:shape id="_x0000_s3073"');
    expect(out).toContain('visibility:hidden');
    expect(out).toContain('<x:Row>4</x:Row><x:Column>7</x:Column>');
  });
});
