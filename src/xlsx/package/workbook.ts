// xl/workbook.xml: its sheets (to find a sheet's part, to add or take away the backup sheet), its
// defined names (a sheet's print titles and print area), and calcPr, where fullCalcOnLoad asks Excel
// to recalculate every formula when the file is opened — the 合计 and whatever else depends on the
// scores we wrote.
import { REL_NS, relationshipId } from './rels';
import { applySplices, attributePrefix, elementsOf, escapeAttribute, prefixOf, scanXml, setAttributes, withAttributes } from './xml';
import type { Splice, XmlElement } from './xml';

export interface SheetEntry {
  readonly name: string;
  readonly relId: string;
  readonly el: XmlElement;
}

// The children of CT_Workbook that follow calcPr, and those that follow definedNames (ECMA-376 §18.2.27).
const AFTER_CALC_PR = new Set(['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst', 'AlternateContent']);
const AFTER_DEFINED_NAMES = new Set(['calcPr', ...AFTER_CALC_PR]);

/** A defined name: the element the file has (null for one added), and its text now (null once removed). */
interface NameAt {
  readonly el: XmlElement | null;
  text: string | null;
}

export class WorkbookPart {
  readonly sheets: SheetEntry[] = [];
  private sheetsEl!: XmlElement;
  private calcPr: XmlElement | undefined;
  private readonly rootChildren: XmlElement[] = [];
  private readonly names: NameAt[] = [];
  private definedNamesEl: XmlElement | undefined;
  /** How the list is written once it holds no name, when known (null: not at all). */
  private namesWhenEmpty: string | null | undefined;
  private readonly views: XmlElement[] = [];
  private root!: XmlElement;
  private readonly splices: Splice[] = [];
  /** The sheetIds of sheets added in this run (the parsed list holds only the input's). */
  private readonly addedIds: number[] = [];
  private dates1904 = false;
  private locked = false;

  constructor(private readonly xml: string) {
    scanXml(xml, (el) => {
      if (el.local === 'sheet' && el.parent?.local === 'sheets') {
        this.sheets.push({ name: el.attributes.name, relId: relationshipId(el) ?? '', el });
      } else if (el.local === 'definedName') this.names.push({ el, text: xml.slice(el.start, el.end) });
      else if (el.local === 'workbookView') this.views.push(el);
      else if (el.local === 'workbookPr') this.dates1904 = ['1', 'true'].includes(el.attributes.date1904 ?? '');
      else if (el.parent === null) this.root = el;
      else if (el.parent.parent === null) {
        this.rootChildren.push(el);
        if (el.local === 'sheets') this.sheetsEl = el;
        if (el.local === 'calcPr') this.calcPr = el;
        if (el.local === 'definedNames') this.definedNamesEl = el;
        if (el.local === 'workbookProtection') this.locked = ['1', 'true'].includes(el.attributes.lockStructure ?? '');
      }
    });
  }

  /** The workbook's structure is protected (no sheet may be added, moved or removed in Excel). */
  get structureLocked(): boolean {
    return this.locked;
  }

  /** Dates count from 1904 (workbooks from old Mac Excel), not 1900. */
  get date1904(): boolean {
    return this.dates1904;
  }

  sheet(name: string): SheetEntry | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Adds a sheet after the others: very hidden (the backup), or visible (a sheet for people, the 评价结论). */
  addSheet(name: string, relId: string, state: 'veryHidden' | 'visible'): void {
    const ids = this.sheets.map((s) => Number(s.el.attributes.sheetId) || 0);
    const p = prefixOf(this.sheetsEl.name);
    // Declared on the element itself where the workbook declares it only on each sheet (openpyxl).
    const r = attributePrefix(this.sheetsEl, REL_NS, 'r');
    const shown = state === 'veryHidden' ? ' state="veryHidden"' : '';
    const id = Math.max(0, ...ids, ...this.addedIds) + 1;
    this.addedIds.push(id);
    const text = `<${p}sheet${r.declaration} name="${escapeAttribute(name)}" sheetId="${id}"${shown} ${r.prefix}:id="${relId}"/>`;
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
    for (const n of this.names) {
      const el = n.text === null ? null : elementsOf(n.text)[0];
      const scope = Number(el?.attributes.localSheetId);
      if (el && el.attributes.localSheetId !== undefined && scope > index) n.text = withAttributes(n.text!, el, { localSheetId: String(scope - 1) });
    }
    for (const v of this.views) {
      const active = Number(v.attributes.activeTab);
      if (v.attributes.activeTab !== undefined && active > index) this.splices.push(setAttributes(v, { activeTab: String(active - 1) }));
    }
  }

  /** A defined name scoped to a sheet (`_xlnm.Print_Titles`; Excel's names ignore case), as its element's text, or null. */
  definedName(name: string, sheetIndex: number): string | null {
    return this.nameAt(name, sheetIndex)?.text ?? null;
  }

  /**
   * Sets a sheet's name to `text` (a whole `<definedName>` in this part's prefix), adding it when
   * missing, or removes it (null).
   */
  setDefinedName(name: string, sheetIndex: number, text: string | null): void {
    const at = this.nameAt(name, sheetIndex);
    if (at) at.text = text;
    else if (text !== null) this.names.push({ el: null, text });
  }

  /** The `<definedNames>` as written while it holds no name (openpyxl writes `<definedNames/>`), null when there is none; undefined while it holds names. */
  emptyNames(): string | null | undefined {
    if (this.names.some((n) => n.text !== null)) return undefined;
    const list = this.definedNamesEl;
    return list ? this.xml.slice(list.start, list.end) : null;
  }

  /** Writes the list so (null: not at all) should it be left without a name: as the file had it before a name was added. */
  whenNoNames(text: string | null): void {
    this.namesWhenEmpty = text;
  }

  get prefix(): string {
    return prefixOf(this.root.name);
  }

  private nameAt(name: string, sheetIndex: number): NameAt | undefined {
    return this.names.find((n) => {
      const el = n.text === null ? null : elementsOf(n.text)[0];
      return el && el.attributes.name?.toLowerCase() === name.toLowerCase() && el.attributes.localSheetId === String(sheetIndex);
    });
  }

  /** The splices of the defined names changed, first: a definedNames added goes before a calcPr added at the same place. */
  private nameSplices(): Splice[] {
    const changed = this.names.some((n) => (n.el ? n.text !== this.xml.slice(n.el.start, n.el.end) : n.text !== null));
    if (!changed) return [];
    const kept = this.names.filter((n) => n.text !== null);
    const list = this.definedNamesEl;
    if (list && (kept.length === 0 || list.selfClosing)) {
      // Left without names: as the file had it before a name was added, if known; else it goes, unless the file had it so.
      const empty = this.namesWhenEmpty !== undefined ? (this.namesWhenEmpty ?? '') : this.names.some((n) => n.el) ? '' : this.xml.slice(list.start, list.end);
      const text = kept.length ? `<${list.name}>${kept.map((n) => n.text).join('')}</${list.name}>` : empty;
      return [{ from: list.start, to: list.end, text }];
    }
    const added = kept.filter((n) => n.el === null).map((n) => n.text).join('');
    if (!list) {
      const p = this.prefix;
      const before = this.rootChildren.find((el) => AFTER_DEFINED_NAMES.has(el.local));
      const at = before ? before.start : this.root.end - `</${this.root.name}>`.length;
      return [{ from: at, to: at, text: `<${p}definedNames>${added}</${p}definedNames>` }];
    }
    const splices: Splice[] = this.names
      .filter((n) => n.el && n.text !== this.xml.slice(n.el.start, n.el.end))
      .map((n) => ({ from: n.el!.start, to: n.el!.end, text: n.text ?? '' }));
    const end = list.end - `</${list.name}>`.length;
    if (added) splices.push({ from: end, to: end, text: added });
    return splices;
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

  toXml(): string {
    return applySplices(this.xml, [...this.nameSplices(), ...this.splices]);
  }
}
