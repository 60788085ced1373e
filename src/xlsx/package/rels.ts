// Relationship parts (`_rels/*.rels`) and [Content_Types].xml: read, added to, taken from.
import path from 'path';
import { appendChildren, applySplices, escapeAttribute, namespaceAt, prefixOf, scanXml, setAttributes, startTag } from './xml';
import type { Splice, XmlElement } from './xml';

export const REL = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  threadedComment: 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
} as const;

/** The namespace of relationship ids (`r:id`) in the parts that name other parts. */
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The relationship id an element names: its `id` attribute in the relationships namespace, whatever its prefix. */
export function relationshipId(el: XmlElement): string | undefined {
  for (const [key, value] of Object.entries(el.attributes)) {
    const colon = key.indexOf(':');
    if (colon > 0 && key.slice(colon + 1) === 'id' && key.slice(0, colon) !== 'xmlns' && namespaceAt(el, key.slice(0, colon)) === REL_NS) return value;
  }
  return undefined;
}

/** A worksheet's relationship type, transitional or strict (`…/officeDocument/2006/relationships/worksheet`, `http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet`). */
export function isWorksheet(type: string): boolean {
  return type.endsWith('/relationships/worksheet');
}

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it points to, as a package path (`xl/comments1.xml`); external targets as written. */
  readonly part: string;
  readonly external: boolean;
}

/** The rels part of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);
}

/** A target relative to the part that names it, as a package path. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(source), target));
}

/** A package path as a target relative to the source part. */
function relativeTarget(source: string, part: string): string {
  return path.posix.relative(path.posix.dirname(source), part);
}

const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export class RelsPart {
  readonly relationships: Relationship[] = [];
  private readonly elements = new Map<string, XmlElement>();
  private root!: XmlElement;
  private readonly splices: Splice[] = [];
  private readonly added: string[] = [];
  private readonly xml: string;

  /** `source` is the part these relationships belong to; `xml` null when it has none yet. */
  constructor(
    private readonly source: string,
    xml: string | null,
  ) {
    this.xml = xml ?? EMPTY_RELS;
    scanXml(this.xml, (el) => {
      if (el.local === 'Relationship') {
        const a = el.attributes;
        const external = a.TargetMode === 'External';
        this.relationships.push({ id: a.Id, type: a.Type, part: external ? a.Target : resolveTarget(source, a.Target), external });
        this.elements.set(a.Id, el);
      } else if (el.parent === null) this.root = el;
    });
  }

  find(type: string): Relationship | undefined {
    return this.relationships.find((r) => r.type === type);
  }

  byId(id: string): Relationship | undefined {
    return this.relationships.find((r) => r.id === id);
  }

  add(type: string, part: string): string {
    const ids = new Set(this.relationships.map((r) => r.id));
    let n = this.relationships.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.relationships.push({ id, type, part, external: false });
    this.added.push(startTag(`${prefixOf(this.root.name)}Relationship`, { Id: id, Type: type, Target: relativeTarget(this.source, part) }, true));
    return id;
  }

  remove(id: string): void {
    const el = this.elements.get(id);
    if (el) this.splices.push({ from: el.start, to: el.end, text: '' });
    const at = this.relationships.findIndex((r) => r.id === id);
    if (at >= 0) this.relationships.splice(at, 1);
  }

  get changed(): boolean {
    return this.splices.length + this.added.length > 0;
  }

  /**
   * The same relationships with some targets changed: `target` gives a relationship's new target
   * (as written in the part), or null to leave it.
   */
  retargeted(target: (r: Relationship) => string | null): string | null {
    const splices: Splice[] = [];
    for (const [id, el] of this.elements) {
      const r = this.byId(id);
      const changed = r ? target(r) : null;
      if (changed !== null) splices.push(setAttributes(el, { Target: changed }));
    }
    return splices.length ? applySplices(this.xml, splices) : null;
  }

  /** A package path as a target written in this part. */
  targetOf(part: string): string {
    return relativeTarget(this.source, part);
  }

  toXml(): string {
    const splices = this.added.length ? [...this.splices, appendChildren(this.root, this.added.join(''))] : this.splices;
    return applySplices(this.xml, splices);
  }
}

export class ContentTypesPart {
  private readonly defaults = new Set<string>();
  private readonly overrides = new Map<string, XmlElement>();
  private root!: XmlElement;
  private readonly splices: Splice[] = [];
  private readonly added: string[] = [];

  constructor(private readonly xml: string) {
    scanXml(xml, (el) => {
      if (el.local === 'Default') this.defaults.add((el.attributes.Extension ?? '').toLowerCase());
      else if (el.local === 'Override') this.overrides.set(el.attributes.PartName, el);
      else if (el.parent === null) this.root = el;
    });
  }

  ensureDefault(extension: string, type: string): void {
    if (this.defaults.has(extension.toLowerCase())) return;
    this.defaults.add(extension.toLowerCase());
    this.added.push(`<${prefixOf(this.root.name)}Default Extension="${escapeAttribute(extension)}" ContentType="${escapeAttribute(type)}"/>`);
  }

  addOverride(part: string, type: string): void {
    this.added.push(`<${prefixOf(this.root.name)}Override PartName="/${escapeAttribute(part)}" ContentType="${escapeAttribute(type)}"/>`);
  }

  removeOverride(part: string): void {
    const el = this.overrides.get(`/${part}`);
    if (el) this.splices.push({ from: el.start, to: el.end, text: '' });
  }

  toXml(): string {
    const splices = this.added.length ? [...this.splices, appendChildren(this.root, this.added.join(''))] : this.splices;
    return applySplices(this.xml, splices);
  }
}
