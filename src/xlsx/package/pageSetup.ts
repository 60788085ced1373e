// A sheet's print setup as the file states it: the `<sheetPr>`'s `<pageSetUpPr fitToPage>`, its
// `<pageSetup>` and its `_xlnm.Print_Titles` name in workbook.xml — read as the core reads a setup
// (PageRead), written as the core sets one, and put back element for element as the file held them.
import { sheetAddress, titleRowsOf } from '../../core';
import type { PageRead, PageSetup } from '../../core';
import type { XlsxPackage } from './package';
import type { SheetEditor } from './sheetEditor';
import { applySplices, elementsOf, escapeText, isTrue, setAttributes, startTag } from './xml';
import type { XmlElement } from './xml';

const PRINT_TITLES = '_xlnm.Print_Titles';
const PRINT_AREA = '_xlnm.Print_Area';

/** A sheet's print elements as the file holds them; null where it has none. */
export interface PageXml {
  readonly sheetPr: string | null;
  readonly pageSetup: string | null;
  /** Its `_xlnm.Print_Titles` defined name. */
  readonly titles: string | null;
}

/** The page setup's elements before scoring and after, and workbook.xml's `<definedNames>` before when it held no name (null: none). */
export interface PageXmls {
  readonly original: PageXml;
  readonly written: PageXml;
  readonly names?: string | null;
}

/** One sheet of the package: its part, and its place among the sheets (a defined name's localSheetId). */
export interface PageTarget {
  readonly pkg: XlsxPackage;
  readonly editor: SheetEditor;
  readonly index: number;
}

export const pageTarget = (pkg: XlsxPackage, editor: SheetEditor): PageTarget => ({ pkg, editor, index: pkg.workbook.sheets.findIndex((s) => s.name === editor.name) });

/** The sheet's print elements as they stand now. */
export function pageXml(t: PageTarget): PageXml {
  return { sheetPr: t.editor.sheet.childXml('sheetPr'), pageSetup: t.editor.sheet.childXml('pageSetup'), titles: t.pkg.workbook.definedName(PRINT_TITLES, t.index) };
}

export const samePageXml = (a: PageXml, b: PageXml): boolean => a.sheetPr === b.sheetPr && a.pageSetup === b.pageSetup && a.titles === b.titles;

/** The `<pageSetUpPr>` inside a `<sheetPr>`, if any. */
function pageSetUpPrOf(sheetPr: string | null): XmlElement | undefined {
  if (sheetPr === null) return undefined;
  const [root, ...children] = elementsOf(sheetPr);
  return children.find((el) => el.local === 'pageSetUpPr' && el.parent === root);
}

/** Whether a reference names several areas (`'表'!$A:$A,'表'!$1:$3`): a comma outside a quoted sheet name. */
function severalAreas(ref: string): boolean {
  let quoted = false;
  for (const ch of ref) {
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) return true;
  }
  return false;
}

/** The title rows as the core compares them (`$1:$3`); titles of several areas (columns too) stay as written: the sheet's own. */
function titleRowsIn(name: string): string {
  const ref = elementsOf(name, { textOf: new Set(['definedName']) })[0].text;
  return severalAreas(ref) ? ref : titleRowsOf(ref)!;
}

/** The setup as Excel reports it: a scale or pages to fit, as fitToPage says (ECMA-376 §18.3.1.65, §18.3.1.63). */
export function pageRead(t: PageTarget, xml: PageXml): PageRead {
  const setup = xml.pageSetup === null ? {} : elementsOf(xml.pageSetup)[0].attributes;
  const count = (v: string | undefined, absent: number) => (v === undefined ? absent : Number(v));
  return {
    // ST_Orientation's `default` is portrait.
    orientation: setup.orientation === 'landscape' ? 'Landscape' : 'Portrait',
    zoom: isTrue(pageSetUpPrOf(xml.sheetPr)?.attributes.fitToPage)
      ? { horizontalFitToPages: count(setup.fitToWidth, 1), verticalFitToPages: count(setup.fitToHeight, 1) }
      : { scale: count(setup.scale, 100) },
    titleRows: xml.titles === null ? null : titleRowsIn(xml.titles),
    printArea: t.pkg.workbook.definedName(PRINT_AREA, t.index) !== null,
  };
}

/** An element's text with attributes set (null removes one), or a new empty element when there is none. */
function withChanges(xml: string | null, name: string, changes: Readonly<Record<string, string | null>>): string {
  if (xml !== null) return applySplices(xml, [setAttributes(elementsOf(xml)[0], changes)]);
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(changes)) if (v !== null) attributes[k] = v;
  return startTag(name, attributes, true);
}

/** The `<sheetPr>` with fitToPage set (or removed), its other attributes and children kept. */
function sheetPrWith(sheetPr: string | null, p: string, fit: boolean): string | null {
  const fitToPage = fit ? '1' : null;
  const child = `<${p}pageSetUpPr fitToPage="1"/>`;
  if (sheetPr === null) return fit ? `<${p}sheetPr>${child}</${p}sheetPr>` : null;
  const pr = pageSetUpPrOf(sheetPr);
  // A fitToPage already off (LibreOffice writes `false`) stays as written.
  if (pr && !fit && !isTrue(pr.attributes.fitToPage)) return sheetPr;
  if (pr) return applySplices(sheetPr, [setAttributes(pr, { fitToPage })]);
  if (!fit) return sheetPr;
  // pageSetUpPr is the last child of CT_SheetPr (after tabColor and outlinePr).
  const root = elementsOf(sheetPr)[0];
  if (root.selfClosing) return `${startTag(root.name, root.attributes)}${child}</${root.name}>`;
  const at = root.end - `</${root.name}>`.length;
  return applySplices(sheetPr, [{ from: at, to: at, text: child }]);
}

/**
 * Sets the page setup as stated: orientation, a scale or pages to fit, and the title rows (or none);
 * `paper`, the paper size as ST_PaperSize numbers it (9: A4), or null to leave it as it is.
 */
export function writePage(t: PageTarget, page: PageSetup, paper: string | null = null): void {
  const sheet = t.editor.sheet;
  const p = sheet.elementPrefix;
  const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = page.zoom;
  const fit = wide != null || tall != null;
  const setup: Record<string, string | null> = { orientation: page.orientation === 'Landscape' ? 'landscape' : 'portrait' };
  if (paper !== null) setup.paperSize = paper;
  if (fit) Object.assign(setup, { fitToWidth: String(wide ?? 1), fitToHeight: String(tall ?? 1) });
  if (scale != null) setup.scale = String(scale);
  sheet.setChild('pageSetup', withChanges(sheet.childXml('pageSetup'), `${p}pageSetup`, setup));
  sheet.setChild('sheetPr', sheetPrWith(sheet.childXml('sheetPr'), p, fit));
  const wp = t.pkg.workbook.prefix;
  const titles =
    page.titleRows === null
      ? null
      : `<${wp}definedName name="${PRINT_TITLES}" localSheetId="${t.index}">${escapeText(sheetAddress(t.editor.name, page.titleRows))}</${wp}definedName>`;
  t.pkg.workbook.setDefinedName(PRINT_TITLES, t.index, titles);
}

/** Puts the print elements back as the file held them before scoring. */
export function putPage(t: PageTarget, raw: PageXmls): void {
  t.editor.sheet.setChild('sheetPr', raw.original.sheetPr);
  t.editor.sheet.setChild('pageSetup', raw.original.pageSetup);
  t.pkg.workbook.setDefinedName(PRINT_TITLES, t.index, raw.original.titles);
  if (raw.names !== undefined) t.pkg.workbook.whenNoNames(raw.names);
}

/** ST_PaperSize's A4. */
export const A4 = '9';

/** The paper a `<pageSetup>` names, or the schema's default (1: Letter) where it names none. */
export const paperOf = (pageSetup: string | null): string => (pageSetup === null ? '1' : (elementsOf(pageSetup)[0].attributes.paperSize ?? '1'));
