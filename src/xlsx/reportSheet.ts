// The 评价结论 sheet the command line adds to a scored workbook: each scored table's report (评价结论,
// 存在问题, 改进措施, as the report writes them), a paragraph a row in one wide wrapped column, 宋体, each
// row as tall as its text, printing on A4 one page wide. The backup records it with a digest of its
// cells' texts: scoring again replaces it where it stands and restore removes it while they are as
// written — also after Excel, openpyxl or LibreOffice saved the file again (which rewrites the part,
// not the texts); a sheet a person changed since, or one of theirs under the name, stays (a new name
// is taken). Cells are inline strings, so no other part than the style sheet (its formats) and the
// lists of parts changes.
import { platform } from './platform';
import { BACKUP_SHEET, columnLetters, freeSheetName, rowHeight, wrappedLines, WORDS } from '../core';
import type { AddedSheet, Lang, Report } from '../core';
import { readStore, writeStore } from './backup';
import type { XlsxPackage } from './package/package';
import { escapeSheetText } from './package/xml';

/** One scored table's report, and the sheet it comes from (named when the workbook has several). */
export interface SheetReport {
  readonly sheet: string;
  readonly report: Report;
}

const NAMES: Readonly<Record<Lang, string>> = { zh: '评价结论', en: 'Conclusion' };
const SHEET_HEADING: Readonly<Record<Lang, (sheet: string, title: string | null) => string>> = {
  zh: (s, t) => `工作表“${s}”${t ? `：${t}` : ''}`,
  en: (s, t) => `Sheet “${s}”${t ? `: ${t}` : ''}`,
};

/** The column, in characters: about 38 CJK characters a line, printing on A4 portrait at 100%. */
const WIDTH = 80;
const FONT = '宋体';
const SIZE = 11;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A digest of a sheet's texts, cell by cell (where each stands, and what it says). */
function digest(values: readonly (readonly unknown[])[]): string {
  return platform.sha256(
    values.flatMap((row, r) => row.flatMap((v, c) => (v !== null && v !== undefined && v !== '' ? [`${r}:${c}:${JSON.stringify(v)}\n`] : []))),
  );
}

type Kind = 'title' | 'heading' | 'body' | 'note';

/**
 * The rows of the sheet: the title, who, the note that it is a draft, then each report's sections —
 * under a heading naming its sheet (and its own title, for tables of different projects) when there
 * are several.
 */
function rowsOf(reports: readonly SheetReport[], lang: Lang): { text: string; kind: Kind }[] {
  const w = WORDS[lang];
  const first = reports[0].report;
  const oneTitle = reports.every((r) => r.report.title === first.title);
  const oneUnit = reports.every((r) => r.report.unit === first.unit);
  const rows: { text: string; kind: Kind }[] = [{ text: oneTitle ? first.title : NAMES[lang], kind: 'title' }];
  if (first.unit && oneUnit) rows.push({ text: first.unit, kind: 'body' });
  rows.push({ text: first.note, kind: 'note' });
  for (const { sheet, report } of reports) {
    if (reports.length > 1) rows.push({ text: SHEET_HEADING[lang](sheet, oneTitle ? null : report.title), kind: 'heading' });
    report.sections.forEach((s, i) => {
      rows.push({ text: `${w.sectionNumber(i)}${s.heading}`, kind: 'heading' });
      for (const p of s.paragraphs) rows.push({ text: p, kind: 'body' });
    });
  }
  return rows;
}

function sheetXml(rows: readonly { text: string; kind: Kind }[], style: Record<Kind, number>): string {
  const size: Record<Kind, number> = { title: 14, heading: SIZE, body: SIZE, note: 9 };
  const cells = rows.map((r, i) => {
    const ref = `${columnLetters(0)}${i + 1}`;
    const height = rowHeight(wrappedLines(r.text, WIDTH, size[r.kind]), size[r.kind]);
    return `<row r="${i + 1}" ht="${height}" customHeight="1"><c r="${ref}" s="${style[r.kind]}" t="inlineStr"><is><t xml:space="preserve">${escapeSheetText(r.text)}</t></is></c></row>`;
  });
  // CT_Worksheet's order: sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, pageMargins, pageSetup. Paper 9 is A4.
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:A${rows.length}"/>` +
    `<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>` +
    `<cols><col min="1" max="1" width="${WIDTH}" customWidth="1"/></cols>` +
    `<sheetData>${cells.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/></worksheet>'
  );
}

/** Whether the sheet the backup records still says what scoring wrote, in the same cells. */
function unchanged(wb: XlsxPackage, sheet: string, recorded: string): boolean {
  if (wb.worksheetText(sheet) === null) return false;
  const grid = wb.sheet(sheet)?.grid();
  return grid !== undefined && digest(grid.values) === recorded;
}

/**
 * Puts the reports into the workbook's 评价结论 sheet (none: takes away an earlier one of ours, which
 * would now be stale), replacing ours from an earlier scoring while it is as written. Returns the
 * sheet's name, or null when none was written.
 */
export function writeReportSheet(wb: XlsxPackage, reports: readonly SheetReport[], lang: Lang): string | null {
  const store = readStore(wb);
  const earlier = store.added;
  // Ours as written is replaced where it stands (or goes); changed since, it is a person's and stays.
  const ours = earlier && unchanged(wb, earlier.sheet, earlier.digest) ? earlier.sheet : null;
  const { added: _, ...without } = store;
  if (reports.length === 0) {
    if (ours !== null) wb.removeWorksheet(ours);
    if (earlier) writeStore(wb, without);
    return null;
  }
  const font = (bold: boolean, size: number) => ({ name: FONT, size, bold });
  const styles = wb.styles;
  const style: Record<Kind, number> = {
    title: styles.ownFormat({ font: font(true, 14), border: false, wrap: true, horizontal: 'center' }),
    heading: styles.ownFormat({ font: font(true, SIZE), border: false, wrap: true }),
    body: styles.ownFormat({ font: font(false, SIZE), border: false, wrap: true }),
    note: styles.ownFormat({ font: font(false, 9), border: false, wrap: true }),
  };
  const rows = rowsOf(reports, lang);
  const xml = sheetXml(rows, style);
  const name = ours ?? freeSheetName(NAMES[lang], [...wb.workbook.sheets.map((s) => s.name), BACKUP_SHEET]);
  if (ours !== null) wb.replaceWorksheet(ours, xml);
  else wb.addWorksheet(name, xml, 'visible');
  writeStore(wb, { ...without, added: { sheet: name, digest: digest(rows.map((r) => [r.text])) } });
  return name;
}

/** Restore: the sheet scoring added goes while it is as written (a changed one is a person's now, and stays). */
export function removeAddedSheet(wb: XlsxPackage, added: AddedSheet): void {
  if (unchanged(wb, added.sheet, added.digest)) wb.removeWorksheet(added.sheet);
}
