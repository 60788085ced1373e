// A new workbook holding one table (the command line's 汇总.xlsx): a bold header row that stays in
// view when scrolling, column widths, text and figures, and a number format per column. Written
// directly as the few parts such a workbook needs, so that writing it does not load a spreadsheet
// library into a process that has none loaded otherwise.
import { columnLetters } from '../core/address';
import { writeZip } from './patch/zip';
import { escapeAttribute, escapeSheetText } from './patch/xml';

export interface TableColumn {
  readonly header: string;
  /** In characters, as Excel measures column widths. */
  readonly width: number;
  /** `0.00` (the only format used so far), or none. */
  readonly format?: '0.00';
}

export type TableValue = string | number | null;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Cell formats of the style sheet below: 0 plain, 1 the header's bold, 2 figures in 0.00 (built-in format 2). */
const STYLE = { plain: 0, header: 1, twoDecimals: 2 } as const;

const STYLES =
  `${DECLARATION}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function cellXml(ref: string, value: TableValue, style: number): string {
  const s = style === STYLE.plain ? '' : ` s="${style}"`;
  if (value === null) return style === STYLE.plain ? '' : `<c r="${ref}"${s}/>`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeSheetText(value)}</t></is></c>`;
}

function sheetXml(columns: readonly TableColumn[], rows: readonly (readonly TableValue[])[]): string {
  const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
  const header = columns.map((c, i) => cellXml(`${columnLetters(i)}1`, c.header, STYLE.header)).join('');
  const body = rows.map((row, r) => {
    const cells = columns.map((c, i) => cellXml(`${columnLetters(i)}${r + 2}`, row[i] ?? null, c.format ? STYLE.twoDecimals : STYLE.plain));
    return `<row r="${r + 2}">${cells.join('')}</row>`;
  });
  const view = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>';
  return `${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${view}<cols>${cols}</cols><sheetData><row r="1">${header}</row>${body.join('')}</sheetData></worksheet>`;
}

/** The workbook's file bytes: one sheet named `sheet` holding the table. */
export function tableWorkbook(sheet: string, columns: readonly TableColumn[], rows: readonly (readonly TableValue[])[]): Buffer {
  const parts = new Map<string, string>([
    [
      '[Content_Types].xml',
      `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ],
    ['_rels/.rels', `${DECLARATION}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    [
      'xl/workbook.xml',
      `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets><sheet name="${escapeAttribute(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${DECLARATION}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', STYLES],
    ['xl/worksheets/sheet1.xml', sheetXml(columns, rows)],
  ]);
  return writeZip([], new Map(), new Map([...parts].map(([name, text]) => [name, Buffer.from(text, 'utf8')])));
}
