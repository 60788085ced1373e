// Comparing two packages part by part, and one part's XML element by element, for the fidelity
// test: what may differ is named, and everything else must be byte for byte the same.
import { promises as fs } from 'fs';
import { inspectXlsx } from '../../src/xlsx/guard';
import { applySplices, scanXml } from '../../src/xlsx/package/xml';
import type { Splice, XmlElement } from '../../src/xlsx/package/xml';

/** Every part of an .xlsx, unpacked, by name. */
export async function partsOf(file: string): Promise<Map<string, string>> {
  const checked = inspectXlsx(await fs.readFile(file));
  if (!checked.ok) throw new Error(`${file}: ${checked.problem}`);
  const out = new Map<string, string>();
  for (const [name, data] of checked.parts) out.set(name, (checked.untrimmed.get(name) ?? data).toString('utf8'));
  return out;
}

/** The elements of a part, in document order of their start, with their text. */
export function elements(xml: string, textOf: readonly string[] = []): XmlElement[] {
  const list: XmlElement[] = [];
  scanXml(xml, (el) => list.push(el), { textOf: new Set(textOf) });
  return list.sort((a, b) => a.start - b.start);
}

export const textOf = (xml: string, el: XmlElement): string => xml.slice(el.start, el.end);

/** The part with the elements `drop` chooses taken out (outermost only). */
export function without(xml: string, drop: (el: XmlElement) => boolean): string {
  const splices: Splice[] = [];
  let coveredTo = -1;
  for (const el of elements(xml)) {
    if (el.start < coveredTo) continue;
    if (drop(el)) {
      splices.push({ from: el.start, to: el.end, text: '' });
      coveredTo = el.end;
    }
  }
  return applySplices(xml, splices);
}

/** The part with the content of the elements `empty` chooses emptied and their attributes dropped. */
export function hollowed(xml: string, empty: (el: XmlElement) => boolean): string {
  const splices: Splice[] = [];
  let coveredTo = -1;
  for (const el of elements(xml)) {
    if (el.start < coveredTo || !empty(el)) continue;
    splices.push({ from: el.start, to: el.end, text: `<${el.name}/>` });
    coveredTo = el.end;
  }
  return applySplices(xml, splices);
}

/** The texts of the elements with this local name whose parent has that local name. */
export function childTexts(xml: string, parent: string, child: string): string[] {
  return elements(xml)
    .filter((el) => el.local === child && el.parent?.local === parent)
    .map((el) => textOf(xml, el));
}

/**
 * The rows of a scored sheet whose height scoring changed (by row number), each with its height before
 * and after (`ht`; the sheet's default row height where a row has none): scoring may only raise a row.
 */
export function changedRowHeights(before: string, after: string): Map<number, { was: number; now: number }> {
  const heights = (xml: string) => {
    const all = elements(xml);
    const standard = Number(all.find((el) => el.local === 'sheetFormatPr' && el.parent?.parent === null)?.attributes.defaultRowHeight) || 15;
    const rows = all.filter((el) => el.local === 'row').map((el, i) => [Number(el.attributes.r ?? i + 1), el.attributes] as const);
    return new Map(rows.map(([n, a]) => [n, { ht: a.ht === undefined ? standard : Number(a.ht), custom: a.customHeight }]));
  };
  const was = heights(before);
  const out = new Map<number, { was: number; now: number }>();
  for (const [n, now] of heights(after)) {
    const old = was.get(n);
    if (old && (old.ht !== now.ht || old.custom !== now.custom)) out.set(n, { was: old.ht, now: now.ht });
  }
  return out;
}

/** The sheet's XML with the height (`ht`, `customHeight`) taken out of the rows numbered in `rows`. */
export function withoutRowHeights(xml: string, rows: ReadonlySet<number>): string {
  const splices: Splice[] = elements(xml)
    .filter((el) => el.local === 'row' && rows.has(Number(el.attributes.r)))
    .map((el) => ({ from: el.start, to: el.openEnd, text: xml.slice(el.start, el.openEnd).replace(/ (?:ht|customHeight)="[^"]*"/g, '') }));
  return applySplices(xml, splices);
}
