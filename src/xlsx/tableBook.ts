// A new workbook of tables (the command line's 汇总.xlsx and its 扣分明细): each sheet an optional
// title row over a bold header row that stays in view when scrolling and carries filters, column
// widths, text and figures, a number format and text wrap per column, every cell of the table
// bordered, 宋体 11 pt, each row as tall as its wrapped text (estimated, CJK counted double), and set
// to print — landscape on A4, the header row on every page, at the scale that puts it one page wide
// while the type stays at 9 pt or more (else at that, its first columns repeated on the pages to the
// right: core/print's zoomFor, as for a scored sheet). Written directly
// as the few parts such a workbook needs, so that writing it does not load a spreadsheet library
// into a process that has none loaded otherwise.
import { columnLetters } from '../core/address';
import { sheetAddress } from '../core/cells';
import { A4_LANDSCAPE_WIDTH, rowHeight, wrappedLines, zoomFor } from '../core/print';
import { deflatedPieces, writeZip } from './package/zip';
import { dosTime } from './package/zipTime';
import { escapeAttribute, escapeSheetText, escapeText } from './package/xml';

export interface TableColumn {
  readonly header: string;
  /** In characters, as Excel measures column widths. */
  readonly width: number;
  /** `0.00`, a share as `0.00%`, or none. */
  readonly format?: '0.00' | '0.00%';
  /** Long text: wrapped in the column's width. */
  readonly wrap?: boolean;
}

export type TableValue = string | number | null;

export interface TableSheet {
  readonly name: string;
  /** A line above the header, across the table (`绩效自评复核汇总（2024-03-01）`). */
  readonly title?: string;
  /** Columns repeated left of every page when the table prints wider than a page (the row's name). */
  readonly keyColumns?: number;
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
const STYLE = { headerRow: 1, header: 2, text: 3, wrapped: 4, twoDecimals: 5, share: 6, title: 7 } as const;

/** The body's type, in points; the title's. */
const SIZE = 11;
const TITLE_SIZE = 14;

const TOP = '<alignment vertical="top"/>';
const TOP_WRAPPED = '<alignment vertical="top" wrapText="1"/>';
const BORDERED = 'borderId="1" xfId="0" applyBorder="1" applyAlignment="1"';

const STYLES =
  `${DECLARATION}<styleSheet xmlns="${MAIN}">` +
  `<fonts count="3"><font><sz val="${SIZE}"/><name val="宋体"/><charset val="134"/></font><font><b/><sz val="${SIZE}"/><name val="宋体"/><charset val="134"/></font>` +
  `<font><b/><sz val="${TITLE_SIZE}"/><name val="宋体"/><charset val="134"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  `<xf numFmtId="0" fontId="1" fillId="0" ${BORDERED} applyFont="1">${TOP_WRAPPED}</xf>` +
  `<xf numFmtId="0" fontId="0" fillId="0" ${BORDERED}>${TOP}</xf>` +
  `<xf numFmtId="0" fontId="0" fillId="0" ${BORDERED}>${TOP_WRAPPED}</xf>` +
  `<xf numFmtId="2" fontId="0" fillId="0" ${BORDERED} applyNumberFormat="1">${TOP}</xf>` +
  `<xf numFmtId="10" fontId="0" fillId="0" ${BORDERED} applyNumberFormat="1">${TOP}</xf>` +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="left" vertical="center"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function cellXml(ref: string, value: TableValue, style: number): string {
  if (value === null) return `<c r="${ref}" s="${style}"/>`;
  if (typeof value === 'number') return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeSheetText(value)}</t></is></c>`;
}

const bodyStyle = (c: TableColumn): number => (c.format === '0.00' ? STYLE.twoDecimals : c.format === '0.00%' ? STYLE.share : c.wrap ? STYLE.wrapped : STYLE.text);

/** Points a row needs: its tallest wrapped cell's lines (at least one line). */
function heightOf(columns: readonly TableColumn[], row: readonly TableValue[], size: number, all = false): number {
  let lines = 1;
  columns.forEach((c, i) => {
    const v = row[i];
    if ((c.wrap || all) && typeof v === 'string') lines = Math.max(lines, wrappedLines(v, c.width, size));
  });
  return rowHeight(lines, size);
}

/** The columns' widths in points: a digit of the default font 7 pixels, 5 pixels of padding a column, ¾ point a pixel. */
const widthsOf = (columns: readonly TableColumn[]): number[] => columns.map((c) => (c.width * 7 + 5) * 0.75);

/** The scale the sheet prints at, and whether its columns then run on past one page wide. */
function printScale(columns: readonly TableColumn[]): { scale: number; wider: boolean } {
  const widths = widthsOf(columns);
  const scale = zoomFor({ widths, fontSize: SIZE }).scale ?? 100;
  return { scale, wider: (widths.reduce((s, w) => s + w, 0) * scale) / 100 > A4_LANDSCAPE_WIDTH };
}

/** A sheet's XML in pieces, a row at a time: a summary of many workbooks is never one string. */
function* sheetXml({ columns, rows, title }: TableSheet): Generator<string> {
  const head = title === undefined ? 1 : 2;
  const last = columnLetters(columns.length - 1);
  const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
  const headers = columns.map((c) => c.header);
  const header = columns.map((c, i) => cellXml(`${columnLetters(i)}${head}`, c.header, STYLE.header)).join('');
  const view = `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${head}" topLeftCell="A${head + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`;
  // CT_Worksheet's order: sheetViews, cols, sheetData, autoFilter, mergeCells, pageMargins, pageSetup. Paper 9 is A4.
  yield `${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${view}<cols>${cols}</cols><sheetData>` +
    (title === undefined ? '' : `<row r="1" ht="${rowHeight(1, TITLE_SIZE)}" customHeight="1">${cellXml('A1', title, STYLE.title)}</row>`) +
    `<row r="${head}" s="${STYLE.headerRow}" customFormat="1" ht="${heightOf(columns, headers, SIZE, true)}" customHeight="1">${header}</row>`;
  let r = head + 1;
  for (const row of rows) {
    const cells = columns.map((c, i) => cellXml(`${columnLetters(i)}${r}`, row[i] ?? null, bodyStyle(c)));
    yield `<row r="${r}" ht="${heightOf(columns, row, SIZE)}" customHeight="1">${cells.join('')}</row>`;
    r++;
  }
  yield `</sheetData><autoFilter ref="A${head}:${last}${Math.max(head, r - 1)}"/>` +
    (title === undefined ? '' : `<mergeCells count="1"><mergeCell ref="A1:${last}1"/></mergeCells>`) +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" scale="${printScale(columns).scale}" orientation="landscape"/></worksheet>`;
}

/** The header row repeated on every printed page of sheet `index`, and its key columns where it prints wider than a page. */
function printTitles(s: TableSheet, index: number): string {
  const head = s.title === undefined ? 1 : 2;
  const keys = printScale(s.columns).wider && s.keyColumns ? `${sheetAddress(s.name, `$A:$${columnLetters(s.keyColumns - 1)}`)},` : '';
  return `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeText(`${keys}${sheetAddress(s.name, `$${head}:$${head}`)}`)}</definedName>`;
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
        `</sheets><definedNames>${sheets.map((s, i) => printTitles(s, i)).join('')}</definedNames></workbook>`,
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
