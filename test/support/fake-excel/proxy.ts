// The proxies' machinery, as office.js's: a property read before its load and sync throws
// PropertyNotLoaded; a null object's properties read as undefined, and a change to one fails; a collection
// loads its items; a ClientResult is read only after the sync that fills it.
import { clone, maxVersion, versionAtLeast } from './batch';
import type { FakeRequestContext } from './context';
import { FakeExcelError } from './errors';

type LoadArg = string | string[] | { select?: string; expand?: string } | undefined;

function loadPaths(arg: LoadArg): string[][] | null {
  if (arg === undefined) return null;
  let list: string[];
  if (typeof arg === 'string') list = arg.split(',');
  else if (Array.isArray(arg)) list = arg;
  else list = (arg.select ?? '').split(',');
  return list.map((p) => p.trim()).filter((p) => p !== '').map((p) => p.split('/'));
}

export abstract class ProxyBase<T> {
  private target: T | null | undefined = undefined;
  private resolvedIn = -1;
  private loaded = new Map<string, unknown>();
  private nullState: boolean | undefined = undefined;
  private navCache = new Map<string, ProxyBase<any>>();
  constructor(
    readonly ctx: FakeRequestContext,
    private readonly resolver: () => T | null,
    readonly path: string,
    readonly needs: string,
  ) {}

  /** Scalar properties: name → [api version, read]. */
  protected abstract scalars(): Record<string, [string, (t: T) => unknown]>;
  /** Navigation properties that `load` may go through. */
  protected navs(): Record<string, () => ProxyBase<any>> {
    return {};
  }

  /**
   * The object this proxy stands for, found again in every batch until it has been loaded: office-js
   * sends an object's path (getActiveWorksheet(), getItemAt(3) …) with each request, so a proxy can mean
   * another sheet once the person has clicked another tab between two syncs; a loaded object is kept
   * by the reference Excel returned for it (assumed: README.md).
   */
  resolve(): T | null {
    const serial = this.ctx.excel.syncSerial;
    if (this.target === undefined || (this.resolvedIn !== serial && this.nullState === undefined)) {
      this.target = this.resolver();
      this.resolvedIn = serial;
    }
    return this.target;
  }
  /** The target, for a command that changes it: a null object cannot be changed. */
  must(): T {
    const t = this.resolve();
    if (t === null) throw new FakeExcelError('ItemNotFound', `${this.path} does not exist (null object).`);
    return t;
  }
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject', this.path);
    return this.nullState;
  }
  protected read<V>(name: string): V {
    if (this.nullState === true) return undefined as V;
    if (!this.loaded.has(name)) throw notLoaded(name, this.path);
    return this.loaded.get(name) as V;
  }
  protected setLocal(name: string, v: unknown): void {
    this.loaded.set(name, v);
  }
  protected nav<P extends ProxyBase<any>>(name: string, make: () => P): P {
    let p = this.navCache.get(name) as P | undefined;
    if (!p) {
      p = make();
      this.navCache.set(name, p);
    }
    return p;
  }
  protected queueSet(version: string, name: string, value: unknown, apply: (t: T) => void): void {
    this.ctx.queue(maxVersion(version, this.needs), { o: this.path, set: name, v: value }, () => apply(this.must()));
  }
  protected queueCall(version: string, name: string, args: unknown[], apply: (t: T) => void): void {
    this.ctx.queue(maxVersion(version, this.needs), { o: this.path, m: name, a: args }, () => apply(this.must()));
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg);
    this.ctx.queue(this.needs, { o: this.path, load: arg ?? '*' }, () => this.loadNow(paths));
    return this;
  }

  /**
   * Reads the requested properties now; the returned commit fills them in once the sync succeeds. The
   * response is what Excel sends back for a query, as office.js reads it: property names as on the wire
   * (`Values`, `RowIndex`), a collection as `{ _Items: [...] }`, a null object as null.
   */
  loadNow(paths: string[][] | null): { response: unknown; commit: () => void } {
    const t = this.resolve();
    if (t === null) return { response: null, commit: () => void (this.nullState = true) };
    const scalars = this.scalars();
    const navs = this.navs();
    const values: Record<string, unknown> = {};
    const commits: (() => void)[] = [];
    const byNav = new Map<string, string[][]>();
    const wanted = paths ?? Object.keys(scalars).map((k) => [k]);
    for (const p of wanted) {
      const [head, ...rest] = p;
      if (rest.length === 0 && head in scalars) {
        const [version, get] = scalars[head];
        if (!versionAtLeast(this.ctx.excel.apiVersion, version)) {
          throw new FakeExcelError('ApiNotFound', `${head} needs ExcelApi ${version}.`);
        }
        values[head] = clone(get(t));
      } else if (head in navs) {
        byNav.set(head, [...(byNav.get(head) ?? []), ...(rest.length ? [rest] : [])]);
      } else {
        throw new FakeExcelError('PropertyNotFound', `${this.path} has no property ${p.join('/')}.`);
      }
    }
    const responses: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) responses[wireName(k)] = v;
    for (const [name, rest] of byNav) {
      const child = navs[name]();
      const r = child.loadNow(rest.length ? rest : null);
      responses[wireName(name)] = r.response;
      commits.push(r.commit);
    }
    return {
      response: responses,
      commit: () => {
        this.nullState = false;
        for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
        for (const c of commits) c();
      },
    };
  }

  toJSON(): unknown {
    return Object.fromEntries(this.loaded);
  }
}

/** A property's name in a request or a response (`rowIndex` → `RowIndex`), as office.js sends it. */
export const wireName = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function notLoaded(name: string, path: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${name}' of ${path} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** A collection: `load('items/x')` or `load('x')` loads x on every item. */
export abstract class CollectionProxy<T, I extends ProxyBase<any>> extends ProxyBase<T> {
  private itemProxies: I[] | undefined;
  protected abstract itemsOf(t: T): unknown[];
  protected abstract makeItem(item: unknown, index: number): I;
  /** An item proxy whose target `find` gives when a command runs. */
  protected abstract itemProxy(find: () => any, path: string): I;
  /**
   * The item standing at `index` when the command that reaches it runs (GetItemAt). office.js addresses
   * the items of a loaded collection this way when they carry no id (ranges of an area, notes), so an
   * index names whatever stands there by then: deleting an earlier item in the same batch shifts it.
   */
  getItemAt(index: number): I {
    return this.itemProxy(() => {
      const items = this.itemsOf(this.must());
      if (!Number.isInteger(index) || index < 0 || index >= items.length) throw new FakeExcelError('ItemNotFound', `No item at index ${index} of ${this.path}.`);
      return this.makeItem(items[index], index).resolve();
    }, `${this.path}[@${index}]`);
  }
  /**
   * A collection's getCount, for a subclass whose reference page has one, at the requirement set that page
   * gives (not every collection has getCount, nor at the collection's own set): the items getItemAt reaches.
   */
  protected queueCount(version: string): ClientResult<number> {
    const r = new ClientResult<number>();
    this.ctx.queue(maxVersion(version, this.needs), { o: this.path, m: 'getCount' }, () => {
      const n = this.itemsOf(this.must()).length;
      return { response: n, commit: () => r.fill(n) };
    });
    return r;
  }
  protected scalars(): Record<string, [string, (t: T) => unknown]> {
    return {};
  }
  get items(): I[] {
    if (this.itemProxies === undefined) throw notLoaded('items', this.path);
    return this.itemProxies;
  }
  override loadNow(paths: string[][] | null): { response: unknown; commit: () => void } {
    const t = this.resolve();
    if (t === null) return super.loadNow(paths);
    const itemPaths = paths?.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0);
    const items = this.itemsOf(t).map((it, i) => this.makeItem(it, i));
    const loads = items.map((p) => p.loadNow(itemPaths && itemPaths.length ? itemPaths : null));
    const base = super.loadNow([]);
    return {
      response: { _Items: loads.map((l) => l.response) },
      commit: () => {
        base.commit();
        this.itemProxies = items;
        for (const l of loads) l.commit();
      },
    };
  }
}

export class ClientResult<V> {
  private v: V | undefined;
  private set = false;
  get value(): V {
    if (!this.set) throw notLoaded('value', 'ClientResult');
    return this.v as V;
  }
  fill(v: V): void {
    this.v = v;
    this.set = true;
  }
}
