// A new workbook of tables (the command line's 汇总.xlsx and its 扣分明细): each sheet a bold header
// row that stays in view when scrolling, column widths, text and figures, a number format and text
// wrap per column, every cell of the table bordered, and set to print — landscape on A4, one page
// wide, the header row on every page. Written directly as the few parts such a workbook needs, so
// that writing it does not load a spreadsheet library into a process that has none loaded otherwise.
import { columnLetters } from '../core/address';
import { deflatedPieces, writeZip } from './patch/zip';
import { dosTime } from './patch/zipTime';
import { escapeAttribute, escapeSheetText, escapeText } from './patch/xml';

export interface TableColumn {
  readonly header: string;
  /** In characters, as Excel measures column widths. */
  readonly width: number;
  /** `0.00` (the only format used so far), or none. */
  readonly format?: '0.00';
  /** Long text: wrapped in the column's width. */
  readonly wrap?: boolean;
}

export type TableValue = string | number | null;

export interface TableSheet {
  readonly name: string;
  readonly columns: readonly TableColumn[];
  /** Iterated once, as the sheet is written: it may be made as it goes. */
  readonly rows: Iterable<readonly TableValue[]>;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Cell formats of the style sheet below: the header row's own (bold, for cells past the table), the
 * header's cells (bold, wrapped), and the body's — text, wrapped text, figures in 0.00 (built-in
 * format 2). All but the row's are bordered and aligned to the top, so that a wrapped neighbour
 * does not leave a figure at the bottom of a tall row.
 */
const STYLE = { headerRow: 1, header: 2, text: 3, wrapped: 4, twoDecimals: 5 } as const;

const TOP = '<alignment vertical="top"/>';
const TOP_WRAPPED = '<alignment vertical="top" wrapText="1"/>';
const BORDERED = 'borderId="1" xfId="0" applyBorder="1" applyAlignment="1"';

const STYLES =
  `${DECLARATION}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  `<xf numFmtId="0" fontId="1" fillId="0" ${BORDERED} applyFont="1">${TOP_WRAPPED}</xf>` +
  `<xf numFmtId="0" fontId="0" fillId="0" ${BORDERED}>${TOP}</xf>` +
  `<xf numFmtId="0" fontId="0" fillId="0" ${BORDERED}>${TOP_WRAPPED}</xf>` +
  `<xf numFmtId="2" fontId="0" fillId="0" ${BORDERED} applyNumberFormat="1">${TOP}</xf></cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function cellXml(ref: string, value: TableValue, style: number): string {
  if (value === null) return `<c r="${ref}" s="${style}"/>`;
  if (typeof value === 'number') return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeSheetText(value)}</t></is></c>`;
}

const bodyStyle = (c: TableColumn): number => (c.format ? STYLE.twoDecimals : c.wrap ? STYLE.wrapped : STYLE.text);

/** A sheet's XML in pieces, a row at a time: a summary of many workbooks is never one string. */
function* sheetXml({ columns, rows }: TableSheet): Generator<string> {
  const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
  const header = columns.map((c, i) => cellXml(`${columnLetters(i)}1`, c.header, STYLE.header)).join('');
  const view = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>';
  // CT_Worksheet's order: sheetPr, sheetViews, cols, sheetData, pageMargins, pageSetup. Paper 9 is A4.
  yield `${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>${view}<cols>${cols}</cols>` +
    `<sheetData><row r="1" s="${STYLE.headerRow}" customFormat="1">${header}</row>`;
  let r = 2;
  for (const row of rows) {
    const cells = columns.map((c, i) => cellXml(`${columnLetters(i)}${r}`, row[i] ?? null, bodyStyle(c)));
    yield `<row r="${r}">${cells.join('')}</row>`;
    r++;
  }
  yield '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>';
}

/** The header row repeated on every printed page of sheet `index`. */
function printTitles(name: string, index: number): string {
  return `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeText(`'${name.replace(/'/g, "''")}'!$1:$1`)}</definedName>`;
}

/** The workbook's file bytes: its sheets in order, each holding its table; its parts dated `at`. */
export function tableWorkbook(sheets: readonly TableSheet[], at: Date): Buffer {
  const modified = dosTime(at);
  const sheetPart = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;
  const parts = new Map<string, string>([
    [
      '[Content_Types].xml',
      `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets.map((_, i) => `<Override PartName="/${sheetPart(i)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ],
    ['_rels/.rels', `${DECLARATION}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    [
      'xl/workbook.xml',
      `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
        sheets.map((s, i) => `<sheet name="${escapeAttribute(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        `</sheets><definedNames>${sheets.map((s, i) => printTitles(s.name, i)).join('')}</definedNames></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${DECLARATION}<Relationships xmlns="${PKG_REL}">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', STYLES],
  ]);
  const deflated = [
    ...[...parts].map(([name, text]) => deflatedPieces(name, [text], modified)),
    ...sheets.map((s, i) => deflatedPieces(sheetPart(i), sheetXml(s), modified)),
  ];
  return writeZip(deflated, new Map(), new Map());
}
