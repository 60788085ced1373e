// xl/workbook.xml: its sheets (to find a sheet's part, to add or take away the backup sheet), and
// calcPr, where fullCalcOnLoad asks Excel to recalculate every formula when the file is opened —
// the 合计 and whatever else depends on the scores we wrote.
import { applySplices, escapeAttribute, prefixOf, scanXml, setAttributes } from './xml';
import type { Splice, XmlElement } from './xml';

export interface SheetEntry {
  readonly name: string;
  readonly relId: string;
  readonly el: XmlElement;
}

// The children of CT_Workbook that follow calcPr.
const AFTER_CALC_PR = new Set(['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst', 'AlternateContent']);

export class WorkbookPart {
  readonly sheets: SheetEntry[] = [];
  private sheetsEl!: XmlElement;
  private calcPr: XmlElement | undefined;
  private readonly rootChildren: XmlElement[] = [];
  private readonly definedNames: XmlElement[] = [];
  private readonly views: XmlElement[] = [];
  private root!: XmlElement;
  private readonly splices: Splice[] = [];
  private relPrefix = 'r';
  private dates1904 = false;

  constructor(private readonly xml: string) {
    scanXml(xml, (el) => {
      if (el.local === 'sheet' && el.parent?.local === 'sheets') {
        const key = Object.keys(el.attributes).find((k) => k.endsWith(':id'));
        if (key) this.relPrefix = key.slice(0, -3);
        this.sheets.push({ name: el.attributes.name, relId: key ? el.attributes[key] : '', el });
      } else if (el.local === 'definedName') this.definedNames.push(el);
      else if (el.local === 'workbookView') this.views.push(el);
      else if (el.local === 'workbookPr') this.dates1904 = ['1', 'true'].includes(el.attributes.date1904 ?? '');
      else if (el.parent === null) this.root = el;
      else if (el.parent.parent === null) {
        this.rootChildren.push(el);
        if (el.local === 'sheets') this.sheetsEl = el;
        if (el.local === 'calcPr') this.calcPr = el;
      }
    });
  }

  /** Dates count from 1904 (workbooks from old Mac Excel), not 1900. */
  get date1904(): boolean {
    return this.dates1904;
  }

  sheet(name: string): SheetEntry | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Adds a very hidden sheet after the others. */
  addHiddenSheet(name: string, relId: string): void {
    const ids = this.sheets.map((s) => Number(s.el.attributes.sheetId) || 0);
    const p = prefixOf(this.sheetsEl.name);
    const text = `<${p}sheet name="${escapeAttribute(name)}" sheetId="${Math.max(0, ...ids) + 1}" state="veryHidden" ${this.relPrefix}:id="${relId}"/>`;
    const at = this.sheetsEl.end - `</${this.sheetsEl.name}>`.length;
    this.splices.push({ from: at, to: at, text });
  }

  /**
   * Takes a sheet away. Names scoped to a later sheet (localSheetId counts sheets in order) and the
   * active tab are moved down by one so they keep pointing at the same sheet.
   */
  removeSheet(name: string): void {
    const index = this.sheets.findIndex((s) => s.name === name);
    if (index < 0) return;
    this.splices.push({ from: this.sheets[index].el.start, to: this.sheets[index].el.end, text: '' });
    for (const d of this.definedNames) {
      const scope = Number(d.attributes.localSheetId);
      if (d.attributes.localSheetId !== undefined && scope > index) this.splices.push(setAttributes(d, { localSheetId: String(scope - 1) }));
    }
    for (const v of this.views) {
      const active = Number(v.attributes.activeTab);
      if (v.attributes.activeTab !== undefined && active > index) this.splices.push(setAttributes(v, { activeTab: String(active - 1) }));
    }
  }

  /** Asks Excel to recalculate every formula when it opens the file. */
  recalculateOnOpen(): void {
    if (this.calcPr) {
      if (this.calcPr.attributes.fullCalcOnLoad !== '1') this.splices.push(setAttributes(this.calcPr, { fullCalcOnLoad: '1' }));
      return;
    }
    const p = prefixOf(this.root.name);
    const before = this.rootChildren.find((el) => AFTER_CALC_PR.has(el.local));
    const at = before ? before.start : this.root.end - `</${this.root.name}>`.length;
    this.splices.push({ from: at, to: at, text: `<${p}calcPr fullCalcOnLoad="1"/>` });
  }

  result(): string {
    return applySplices(this.xml, this.splices);
  }
}
