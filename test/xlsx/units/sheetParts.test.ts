// The worksheet, style sheet and notes parts (src/xlsx/package/sheet.ts, styles.ts, notes.ts) on XML as
// writers lay it out: what each reads, and exactly what each writes.
import { CommentsPart, NOTE_AUTHOR, VmlPart } from '../../../src/xlsx/package/notes';
import { areaOf, SheetPart, widenedRef } from '../../../src/xlsx/package/sheet';
import { StylePart } from '../../../src/xlsx/package/styles';

const M = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheetOf = (data: string, around = '') => `<worksheet ${M}>${around}<sheetData>${data}</sheetData></worksheet>`;

describe('a worksheet part, read', () => {
  test('rows and cells with and without r, values, formulas and inline text (phonetic runs left out)', () => {
    const part = new SheetPart(
      sheetOf('<row r="2"><c r="B2" t="s"><v>3</v></c><c><f>A1</f><v>7</v></c></row><row><c r="A3" t="inlineStr"><is><r><t>甲</t></r><r><t>乙</t></r><rPh><t>jia</t></rPh></is></c></row>'),
    );
    const cells = [...part.cells()];
    expect(cells.map((c) => [c.row, c.col, c.value, c.formula?.text, c.inline])).toEqual([
      [1, 1, '3', undefined, undefined],
      [1, 2, '7', 'A1', undefined],
      [2, 0, undefined, undefined, '甲乙'],
    ]);
    expect(part.cell(1, 2)!.el.attributes).toEqual({});
    expect(part.cell(1, 3)).toBeUndefined();
    expect(part.cell(9, 0)).toBeUndefined();
    expect(part.cellXml(1, 1)).toBe('<c r="B2" t="s"><v>3</v></c>');
    expect(part.cellXml(0, 0)).toBeNull();
  });

  test('merged areas as written; array formulas over several cells by their range, one cell not one', () => {
    const part = new SheetPart(
      `<worksheet ${M}><sheetData><row r="1"><c r="A1"><f t="array" ref="A1:B2">C1:D2</f><v>1</v></c><c r="B1"><v>2</v></c><c r="E1"><f t="array" ref="E1">F1</f><v>3</v></c></row></sheetData><mergeCells><mergeCell ref="G1:H2"/><mergeCell/></mergeCells></worksheet>`,
    );
    expect(part.merges).toEqual(['G1:H2']);
    expect(part.arrayAt(0, 0)!.range).toBe('A1:B2');
    expect(part.arrayAt(1, 1)!.master.el.attributes.r).toBe('A1');
    expect(part.arrayAt(0, 2)).toBeUndefined();
    expect(part.arrayAt(2, 0)).toBeUndefined();
    expect(part.arrayAt(0, 4)).toBeUndefined();
  });

  test('protection, a worksheet without sheetData read as empty, and the legacy drawing’s id', () => {
    expect(new SheetPart(`<worksheet ${M}><sheetData/><sheetProtection sheet="1"/></worksheet>`).isProtected).toBe(true);
    expect(new SheetPart(`<worksheet ${M}><sheetData/><sheetProtection sheet="true"/></worksheet>`).isProtected).toBe(true);
    expect(new SheetPart(`<worksheet ${M}><sheetData/><sheetProtection objects="1"/></worksheet>`).isProtected).toBe(false);
    expect(new SheetPart(`<worksheet ${M}><sheetData/></worksheet>`).isProtected).toBe(false);
    const bare = new SheetPart(`<x:worksheet xmlns:x="urn:m"><x:sheetViews/></x:worksheet>`);
    expect([...bare.cells()]).toEqual([]);
    expect(bare.elementPrefix).toBe('x:');
    const drawn = new SheetPart(`<worksheet ${M} xmlns:r="urn:r"><sheetData/><legacyDrawing r:id="rId7"/></worksheet>`);
    expect(drawn.legacyDrawingId).toBe(undefined);
    const related = new SheetPart(`<worksheet ${M} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><legacyDrawing r:id="rId7"/></worksheet>`);
    expect(related.legacyDrawingId).toBe('rId7');
  });

  test('a shared formula’s group, its master by its ref', () => {
    const part = new SheetPart(sheetOf('<row r="1"><c r="A1"><f t="shared" si="4" ref="A1:A2">B1</f></c></row><row r="2"><c r="A2"><f t="shared" si="4"/></c><c r="B2"><f t="shared"/></c></row>'));
    expect(part.sharedGroup('4').map((c) => c.el.attributes.r)).toEqual(['A1', 'A2']);
    expect(part.sharedGroup('9')).toEqual([]);
    expect(part.sharedClones(part.cell(0, 0)!).map((c) => c.el.attributes.r)).toEqual(['A2']);
    expect(part.sharedClones(part.cell(1, 1)!)).toEqual([]);
  });

  test('the style a cell shows: its own, its custom row’s, its column’s, else 0', () => {
    const part = new SheetPart(
      `<worksheet ${M}><cols><col min="2" max="3" style="4"/><col min="5" max="5"/></cols><sheetData><row r="1" s="6" customFormat="1"><c r="A1" s="2"/></row><row r="2" s="6"/></sheetData></worksheet>`,
    );
    expect([part.styleAt(0, 0), part.styleAt(0, 1), part.styleAt(1, 1), part.styleAt(1, 3), part.styleAt(1, 4), part.styleAt(5, 2)]).toEqual([2, 6, 4, 0, 0, 4]);
  });
});

describe('a worksheet part, patched', () => {
  test('unchanged, it is its text; a cell replaced, removed, created in a self-closing sheetData', () => {
    const xml = sheetOf('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>');
    const same = new SheetPart(xml);
    expect([same.changed, same.toXml()]).toEqual([false, xml]);
    const part = new SheetPart(xml);
    part.setCell(0, 0, '<c r="A1"><v>9</v></c>');
    part.setCell(0, 1, null);
    part.setCell(4, 4, null);
    expect(part.changed).toBe(true);
    expect(part.toXml()).toBe(sheetOf('<row r="1"><c r="A1"><v>9</v></c></row>'));
    const empty = new SheetPart(`<worksheet ${M}><dimension ref="A1"/><sheetData/></worksheet>`);
    empty.setCell(2, 1, '<c r="B3"><v>1</v></c>');
    empty.setCell(0, 0, '<c r="A1"><v>0</v></c>');
    expect(empty.toXml()).toBe(`<worksheet ${M}><dimension ref="A1:B3"/><sheetData><row r="1"><c r="A1"><v>0</v></c></row><row r="3"><c r="B3"><v>1</v></c></row></sheetData></worksheet>`);
  });

  test('a worksheet without sheetData gets one where the schema puts it, in its prefix', () => {
    const part = new SheetPart(`<x:worksheet xmlns:x="urn:m"><x:sheetViews/><x:pageMargins left="1"/></x:worksheet>`);
    part.setCell(0, 0, '<x:c r="A1"><x:v>1</x:v></x:c>');
    expect(part.toXml()).toBe(`<x:worksheet xmlns:x="urn:m"><x:sheetViews/><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData><x:pageMargins left="1"/></x:worksheet>`);
  });

  test('a clone’s formula replaced alone, unless the clone itself is rewritten', () => {
    const xml = sheetOf('<row r="1"><c r="A1"><f t="shared" si="0" ref="A1:A2">B1</f><v>1</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>2</v></c><c r="B2"><v>5</v></c></row>');
    const part = new SheetPart(xml);
    part.setFormulaElement(part.cell(1, 0)!, '<f>B2</f>');
    part.setFormulaElement(part.cell(1, 1)!, '<f>X</f>');
    expect(part.toXml()).toBe(sheetOf('<row r="1"><c r="A1"><f t="shared" si="0" ref="A1:A2">B1</f><v>1</v></c></row><row r="2"><c r="A2"><f>B2</f><v>2</v></c><c r="B2"><v>5</v></c></row>'));
    const both = new SheetPart(xml);
    both.setFormulaElement(both.cell(1, 0)!, '<f>B2</f>');
    both.setCell(1, 0, '<c r="A2"><v>0</v></c>');
    expect(both.toXml()).toContain('<row r="2"><c r="A2"><v>0</v></c><c r="B2">');
  });

  test('spans widened only when a new cell falls outside them, and only when they parse', () => {
    const inside = new SheetPart(sheetOf('<row r="1" spans="1:5"><c r="A1"/></row>'));
    inside.setCell(0, 2, '<c r="C1"/>');
    expect(inside.toXml()).toContain('<row r="1" spans="1:5"><c r="A1"/><c r="C1"/></row>');
    const left = new SheetPart(sheetOf('<row r="1" spans="3:4"><c r="C1"/></row>'));
    left.setCell(0, 0, '<c r="A1"/>');
    expect(left.toXml()).toContain('<row r="1" spans="1:4"><c r="A1"/><c r="C1"/></row>');
    const odd = new SheetPart(sheetOf('<row r="1" spans="x"><c r="C1"/></row>'));
    odd.setCell(0, 5, '<c r="F1"/>');
    expect(odd.toXml()).toContain('<row r="1" spans="x"><c r="C1"/><c r="F1"/></row>');
  });

  test('children set whole, in schema order; a legacy drawing added declares r, removed goes', () => {
    const part = new SheetPart(`<worksheet ${M}><sheetData/><legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></worksheet>`);
    expect(part.childXml('pageSetup')).toBeNull();
    part.setChild('pageSetup', '<pageSetup scale="90"/>');
    expect(part.childXml('pageSetup')).toBe('<pageSetup scale="90"/>');
    part.removeLegacyDrawing();
    expect(part.changed).toBe(true);
    expect(part.toXml()).toBe(`<worksheet ${M}><sheetData/><pageSetup scale="90"/></worksheet>`);
    const added = new SheetPart(`<worksheet ${M}><sheetData/></worksheet>`);
    added.addLegacyDrawing('rId2');
    added.removeLegacyDrawing();
    expect(added.toXml()).toBe(`<worksheet ${M}><sheetData/></worksheet>`);
  });

  test('widenedRef and areaOf', () => {
    expect(widenedRef('A1:C3', 4, 1)).toBe('A1:C5');
    expect(widenedRef('B2:C3', 0, 0)).toBe('A1:C3');
    expect(widenedRef('A1:C3', 1, 1)).toBe('A1:C3');
    expect(widenedRef('B2', 2, 3)).toBe('B2:D3');
    expect(widenedRef('junk', 2, 3)).toBe('junk');
    expect(areaOf('C5:A1')).toEqual({ top: 0, left: 0, bottom: 4, right: 2 });
    expect(areaOf('B2')).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(areaOf('nope')).toBeNull();
  });
});

describe('the style sheet', () => {
  const styles = `<styleSheet ${M}><numFmts count="1"><numFmt numFmtId="170" formatCode="0.0&quot;分&quot;"/></numFmts><fonts count="1"><font/></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor theme="4" tint="0.5"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border/></borders><cellXfs count="4"><xf numFmtId="0" fillId="0"/><xf numFmtId="170" fillId="2"/><xf numFmtId="14"/><xf numFmtId="10" fillId="0"><alignment horizontal="left"/></xf></cellXfs><dxfs><dxf><fill><patternFill><bgColor rgb="FFFF0000"/></patternFill></fill></dxf></dxfs></styleSheet>`;

  test('reads each format’s number format and fill; a format missing reads as the default', () => {
    const part = new StylePart(styles);
    expect([part.numberFormatOf(0), part.numberFormatOf(1), part.numberFormatOf(2), part.numberFormatOf(3), part.numberFormatOf(9)]).toEqual([null, '0.0"分"', 'mm-dd-yy', '0.00%', null]);
    expect([part.showsDate(2), part.showsDate(1), part.showsDate(0)]).toEqual([true, false, false]);
    expect(part.fillOf(1)).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.5 }, bgColor: { indexed: 64 } });
    expect(part.fillOf(0)).toEqual({ type: 'pattern', pattern: 'none' });
    expect(part.partsOf(1)).toEqual({ numFmtId: 170, fillId: 2 });
    expect(part.partsOf(7)).toEqual({ numFmtId: 0, fillId: 0 });
    expect(part.cellFormats).toBe(4);
    expect(part.wraps(3)).toBe(false);
    expect(part.changed).toBe(false);
    expect(part.toXml()).toBe(styles);
  });

  test('adds a number format and a fill once, and the cell format combining them, counts updated', () => {
    const part = new StylePart(styles);
    expect(part.numberFormatId(null)).toBe(0);
    expect(part.numberFormatId('0.00')).toBe(2);
    expect(part.numberFormatId('0.0"分"')).toBe(170);
    expect(part.numberFormatId('#,##0.000')).toBe(171);
    expect(part.numberFormatId('#,##0.000')).toBe(171);
    const fill = part.fillId('#FFEB9C');
    expect(fill).toBe(3);
    expect(part.fillId('#FFEB9C')).toBe(3);
    expect(part.fillId(null)).toBe(0);
    expect(part.xfWith(0, { numFmtId: 0, fillId: 0 })).toBe(0);
    const xf = part.xfWith(0, { numFmtId: 171, fillId: fill });
    expect(xf).toBe(4);
    expect(part.xfWith(0, { numFmtId: 171, fillId: fill })).toBe(4);
    expect(part.xfWith(3, { numFmtId: 10, fillId: fill })).toBe(5);
    expect(part.changed).toBe(true);
    const out = part.toXml();
    expect(out).toContain('<numFmts count="2"><numFmt numFmtId="170" formatCode="0.0&quot;分&quot;"/><numFmt numFmtId="171" formatCode="#,##0.000"/></numFmts>');
    expect(out).toContain('<fills count="4">');
    expect(out).toContain('<fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/><bgColor indexed="64"/></patternFill></fill></fills>');
    expect(out).toContain('<cellXfs count="6">');
    expect(out).toContain('<xf numFmtId="171" fillId="3" applyNumberFormat="1" applyFill="1"/><xf numFmtId="10" fillId="3" applyFill="1"><alignment horizontal="left"/></xf></cellXfs>');
  });

  test('wraps a format: its own alignment set, or one added first; an identical format found, not added', () => {
    const part = new StylePart(styles);
    expect(part.withWrap(0, false)).toBe(0);
    const wrapped = part.withWrap(3, true);
    expect(part.wraps(wrapped)).toBe(true);
    expect(part.withWrap(wrapped, false)).toBe(3 + 2);
    const plain = part.withWrap(2, true);
    expect(part.toXml()).toContain('<xf numFmtId="10" fillId="0" applyAlignment="1"><alignment horizontal="left" wrapText="1"/></xf><xf numFmtId="10" fillId="0" applyAlignment="1"><alignment horizontal="left"/></xf><xf numFmtId="14" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs>');
    expect(plain).toBe(6);
  });

  test('a sheet without its lists, with <fills count="0"/>, or none at all gets Excel’s reserved items before ours', () => {
    const bare = new StylePart(`<styleSheet ${M}><fonts count="1"><font/></fonts><fills count="0"/><cellStyles/></styleSheet>`);
    bare.xfWith(0, { numFmtId: 2, fillId: bare.fillId('#FFEB9C') });
    expect(bare.toXml()).toBe(
      `<styleSheet ${M}><fonts count="1"><font/></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="2" fontId="0" fillId="2" borderId="0" applyNumberFormat="1" applyFill="1"/></cellXfs><cellStyles/></styleSheet>`,
    );
    const none = new StylePart(null);
    expect([none.numberFormatOf(0), none.fillOf(0), none.cellFormats, none.changed]).toEqual([null, undefined, 0, false]);
    none.xfWith(0, { numFmtId: 2, fillId: 0 });
    expect(none.toXml()).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    );
    const closed = new StylePart(`<x:styleSheet xmlns:x="urn:m"/>`);
    closed.numberFormatId('0.000');
    closed.fillId('#000000');
    expect(closed.toXml()).toBe(
      '<x:styleSheet xmlns:x="urn:m"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.000"/></x:numFmts><x:fills count="3"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill><x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FF000000"/><x:bgColor indexed="64"/></x:patternFill></x:fill></x:fills></x:styleSheet>',
    );
  });

  test('number formats: a self-closing list opened, numbering after the highest id', () => {
    const part = new StylePart(`<styleSheet ${M}><numFmts/><cellXfs count="1"><xf/></cellXfs></styleSheet>`);
    expect(part.numberFormatId('0.0')).toBe(164);
    expect(part.toXml()).toBe(`<styleSheet ${M}><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts><cellXfs count="1"><xf/></cellXfs></styleSheet>`);
    const high = new StylePart(`<styleSheet ${M}><numFmts count="1"><numFmt numFmtId="200" formatCode="0.0"/><numFmt numFmtId="201" formatCode="0.0"/></numFmts></styleSheet>`);
    expect(high.numberFormatId('0.0')).toBe(200);
    expect(high.numberFormatId('0')).toBe(1);
    expect(high.numberFormatId('0.00%')).toBe(10);
    expect(high.numberFormatId('#,##0.00')).toBe(4);
    expect(high.numberFormatId('@@')).toBe(202);
    expect(high.numberFormatOf(0)).toBeNull();
  });

  test('fills of every kind read into the model the backups encode: gradients by angle and by path, colours by rgb, theme, index', () => {
    const part = new StylePart(
      `<styleSheet ${M}><fills count="3"><fill><gradientFill degree="90"><stop position="0"><color rgb="FFFFFFFF"/></stop><stop position="1"><color theme="4"/></stop></gradientFill></fill><fill><gradientFill type="path" left="0.5" right="0.5" top="0.5" bottom="0.5"><stop position="0"><color indexed="9"/></stop></gradientFill></fill><fill><gradientFill type="path" left="0.1" right="0.2" top="0.3" bottom="0.4"/></fill><fill><gradientFill/></fill><fill><patternFill patternType="solid"><fgColor auto="1"/></patternFill></fill></fills><cellXfs count="5"><xf fillId="0"/><xf fillId="1"/><xf fillId="2"/><xf fillId="3"/><xf fillId="4"/></cellXfs></styleSheet>`,
    );
    expect(part.fillOf(0)).toEqual({ stops: [{ position: 0, color: { argb: 'FFFFFFFF' } }, { position: 1, color: { theme: 4 } }], gradient: 'angle', degree: 90, type: 'gradient' });
    expect(part.fillOf(1)).toEqual({ stops: [{ position: 0, color: { indexed: 9 } }], gradient: 'path', center: { left: 0.5, top: 0.5 }, type: 'gradient' });
    expect(part.fillOf(2)).toEqual({ stops: [], gradient: 'path', center: { left: 0.1, top: 0.3, right: 0.2, bottom: 0.4 }, type: 'gradient' });
    expect(part.fillOf(3)).toEqual({ stops: [], type: 'gradient' });
    expect(part.fillOf(4)).toEqual({ type: 'pattern', pattern: 'solid' });
    // Written back from its model, a fill is the very element the file has: found, not added.
    expect(part.fillId(JSON.stringify(part.fillOf(0)))).toBe(0);
    expect(part.fillId(JSON.stringify(part.fillOf(1)))).toBe(5);
    expect(part.toXml()).toContain('<fill><gradientFill type="path" left="0.5" top="0.5"><stop position="0"><color indexed="9"/></stop></gradientFill></fill></fills>');
    const path = new StylePart(`<styleSheet ${M}><fills count="0"></fills></styleSheet>`);
    path.fillId(JSON.stringify({ type: 'gradient', gradient: 'path', center: { left: 1, top: 2 }, stops: [{ position: 0.5, color: { theme: 1, tint: -0.25 } }] }));
    expect(path.toXml()).toContain('<fill><gradientFill type="path" left="1" top="2"><stop position="0.5"><color theme="1" tint="-0.25"/></stop></gradientFill></fill></fills>');
  });
});

describe('notes', () => {
  const comments = `<comments ${M}><authors><author>张会计</author></authors><commentList><comment ref="A1" authorId="0"><text><r><rPr><b/><sz val="9"/><rFont val="宋体"/></rPr><t>张会计：</t></r><r><rPr><color rgb="FFFF0000"/><sz val="10"/></rPr><t xml:space="preserve">核对_x000D_</t></r></text></comment><comment ref="B2" authorId="0"><text><t>plain</t></text></comment></commentList></comments>`;

  test('reads each note’s text (runs joined, escapes read), its element, the cells and authors', () => {
    const part = new CommentsPart(comments);
    expect(part.noteText('A1')).toBe('张会计：核对\r');
    expect(part.noteText('B2')).toBe('plain');
    expect(part.noteText('C3')).toBeNull();
    expect(part.commentXml('B2')).toBe('<comment ref="B2" authorId="0"><text><t>plain</t></text></comment>');
    expect(part.commentXml('C3')).toBeNull();
    expect(part.refs()).toEqual(['A1', 'B2']);
    expect(part.authorCount).toBe(1);
    expect(part.emptyOfOurs).toBe(false);
    expect(part.toXml()).toBe(comments);
  });

  test('sets a note: the person’s runs it starts with kept, a run cut where it differs, ours in their last face and size', () => {
    const part = new CommentsPart(comments);
    part.setText('A1', '张会计：核对\r\n—— 绩效评分助手 ——\n扣1分');
    expect(part.toXml()).toContain(
      '<comment ref="A1" authorId="0"><text><r><rPr><b/><sz val="9"/><rFont val="宋体"/></rPr><t>张会计：</t></r><r><rPr><color rgb="FFFF0000"/><sz val="10"/></rPr><t xml:space="preserve">核对_x000D_</t></r><r><rPr><sz val="10"/></rPr><t xml:space="preserve">\n—— 绩效评分助手 ——\n扣1分</t></r></text></comment>',
    );
    const cut = new CommentsPart(comments);
    cut.setText('A1', '张会计：核实');
    expect(cut.toXml()).toContain('<t>张会计：</t></r><r><rPr><color rgb="FFFF0000"/><sz val="10"/></rPr><t xml:space="preserve">核</t></r><r><rPr><sz val="10"/></rPr><t xml:space="preserve">实</t></r></text>');
    const same = new CommentsPart(comments);
    same.setText('B2', 'plain');
    expect(same.toXml()).toBe(comments);
  });

  test('adds a note under our author (added once), removes one, puts one back as it was', () => {
    const part = new CommentsPart(comments);
    part.setText('C3', '扣<1>分');
    part.setText('D4', '又一条');
    part.remove('B2');
    part.remove('Z9');
    part.putBack('A1', '<comment ref="A1" authorId="0"><text><t>原来的</t></text></comment>');
    part.putBack('E5', '<comment ref="E5" authorId="0"><text><t>新的</t></text></comment>');
    const out = part.toXml();
    expect(out).toContain(`<authors><author>张会计</author><author>${NOTE_AUTHOR}</author></authors>`);
    expect(out).toContain('<comment ref="A1" authorId="0"><text><t>原来的</t></text></comment></commentList>'.replace('</commentList>', ''));
    expect(out).not.toContain('ref="B2"');
    expect(out).toContain('<comment ref="C3" authorId="1" shapeId="0"><text><r><t xml:space="preserve">扣&lt;1&gt;分</t></r></text></comment><comment ref="D4" authorId="1" shapeId="0">');
    expect(out).toContain('<comment ref="E5" authorId="0"><text><t>新的</t></text></comment></commentList>');
  });

  test('an empty part made for our notes, and one emptied again, is ours to take away; a person’s is not', () => {
    const made = CommentsPart.empty();
    expect(made.emptyOfOurs).toBe(true);
    made.setText('A1', 'x');
    expect(made.emptyOfOurs).toBe(false);
    expect(made.toXml()).toBe(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${NOTE_AUTHOR}</author></authors><commentList><comment ref="A1" authorId="0" shapeId="0"><text><r><t xml:space="preserve">x</t></r></text></comment></commentList></comments>`,
    );
    const ours = new CommentsPart(`<comments ${M}><authors><author>${NOTE_AUTHOR}</author></authors><commentList><comment ref="A1" authorId="0"><text><t>x</t></text></comment></commentList></comments>`);
    ours.remove('A1');
    expect(ours.emptyOfOurs).toBe(true);
    const theirs = new CommentsPart(comments);
    theirs.remove('A1');
    theirs.remove('B2');
    expect(theirs.emptyOfOurs).toBe(false);
  });

  test('authors written where the part has none, or a self-closing list; notes into a self-closing list; a prefixed part keeps its prefix', () => {
    const noAuthors = new CommentsPart(`<x:comments xmlns:x="urn:m"><x:commentList/></x:comments>`);
    noAuthors.setText('A1', 'a');
    expect(noAuthors.toXml()).toBe(
      `<x:comments xmlns:x="urn:m"><x:authors><x:author>${NOTE_AUTHOR}</x:author></x:authors><x:commentList><x:comment ref="A1" authorId="0" shapeId="0"><x:text><x:r><x:t xml:space="preserve">a</x:t></x:r></x:text></x:comment></x:commentList></x:comments>`,
    );
    const closed = new CommentsPart(`<comments ${M}><authors/><commentList></commentList></comments>`);
    closed.setText('A1', 'a');
    expect(closed.toXml()).toContain(`<authors><author>${NOTE_AUTHOR}</author></authors><commentList><comment ref="A1"`);
  });

  const V = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';
  const vml = `<xml ${V}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="2,3"/></o:shapelayout><v:shapetype id="_x0000_t202"/><v:shape id="_x0000_s2050" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape><v:shape id="_x0000_s2051"><x:ClientData ObjectType="Button"><x:Row>5</x:Row><x:Column>5</x:Column></x:ClientData></v:shape></xml>`;

  test('a drawing: its id blocks, its note shapes by cell, any shape counted', () => {
    expect(VmlPart.idBlocks(vml)).toEqual([2, 3]);
    expect(VmlPart.idBlocks('<broken')).toEqual([]);
    const part = new VmlPart(vml, 0);
    expect([part.hasShape(0, 0), part.hasShape(5, 5), part.empty]).toEqual([true, false, false]);
    part.removeShape(0, 0);
    part.removeShape(3, 3);
    expect(part.hasShape(0, 0)).toBe(false);
    expect(part.empty).toBe(false);
    expect(part.toXml()).not.toContain('_x0000_s2050');
    const notes = new VmlPart(vml.replace(/<v:shape id="_x0000_s2051".*?<\/v:shape>/, ''), 0);
    notes.removeShape(0, 0);
    expect(notes.empty).toBe(true);
  });

  test('a note shape added after the highest id, hidden, anchored by the cell; the note type added where missing; our prefixes declared where the root does not', () => {
    const part = new VmlPart(vml, 0);
    part.addShape(4, 2, 3);
    part.addShape(4, 2, 3);
    part.addShape(0, 0, 3);
    const out = part.toXml();
    expect(out.match(/<v:shape /g)).toHaveLength(3);
    expect(out).toContain('<v:shape id="_x0000_s2052" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:260pt;height:56pt;z-index:2052;visibility:hidden"');
    expect(out).toContain('<x:Anchor>3, 15, 3, 10, 7, 15, 7, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>4</x:Row><x:Column>2</x:Column></x:ClientData></v:shape></xml>');
    expect(out).not.toContain('<v:shapetype id="_x0000_t202" coordsize');
    const fresh = VmlPart.empty(5);
    expect(fresh.empty).toBe(true);
    fresh.addShape(0, 0, 60);
    const first = fresh.toXml();
    expect(first).toContain('<o:idmap v:ext="edit" data="5"/>');
    expect(first).toContain('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"');
    expect(first).toContain('id="_x0000_s5121"');
    expect(first).toContain('height:560pt');
    expect(first).toContain('<x:Anchor>1, 15, 0, 10, 5, 15, 40, 4</x:Anchor>');
    const openpyxl = new VmlPart('<xml><ns0:shapelayout xmlns:ns0="urn:schemas-microsoft-com:office:office"/></xml>', 1);
    openpyxl.addShape(1, 1, 1);
    expect(openpyxl.toXml()).toContain(`<v:shape ${V} id="_x0000_s1025"`);
  });
});
