// Worksheet.notes for the office.js client of the npm package. @microsoft/office-js 1.1.110's Excel
// client knows the requirement sets up to ExcelApi 1.15 (its excel-web-16.00.debug.js checks no later
// set); notes came with ExcelApi 1.18. So the two classes the adapter uses, Note and NoteCollection, are
// added here as office.js declares its own (CommentCollection and Comment are the model): built with the
// client's own helpers, so that their requests, their checks (a property read before load, a set
// unsupported) and the handling of their results are office.js's. Their shape is the reference's
// (https://learn.microsoft.com/javascript/api/excel/excel.notecollection, excel.note); the wire names
// follow the client's rule for every other member (`content` is `Content`, `getItem` an indexer).
/* eslint-disable @typescript-eslint/no-explicit-any */

export function addNotes(Excel: any, OfficeExtension: any): void {
  if (Excel.NoteCollection) return;
  const api = OfficeExtension.BatchApiHelper;
  const util = OfficeExtension.Utility;
  const requireSet = (name: string) => util.throwIfApiNotSupported(name, 'ExcelApi', '1.18', 'Excel');

  class Note extends OfficeExtension.ClientObject {
    _C: string | undefined;
    _A: string | undefined;
    get _className() {
      return 'Note';
    }
    get _scalarPropertyNames() {
      return ['content', 'authorName'];
    }
    get _scalarPropertyOriginalNames() {
      return ['Content', 'AuthorName'];
    }
    get _scalarPropertyUpdateable() {
      return [true, false];
    }
    get content(): string {
      util.throwIfNotLoaded('content', this._C, 'Note', this._isNull);
      return this._C!;
    }
    set content(value: string) {
      this._C = value;
      api.invokeSetProperty(this, 'Content', value, 0);
    }
    get authorName(): string {
      util.throwIfNotLoaded('authorName', this._A, 'Note', this._isNull);
      return this._A!;
    }
    delete(): void {
      api.invokeMethod(this, 'Delete', 0, [], 0, 0);
    }
    getLocation(): unknown {
      return api.createMethodObject(Excel.Range, this, 'GetLocation', 1, [], false, true, null, 4);
    }
    load(options?: unknown) {
      return util.load(this, options);
    }
    _handleResult(value: any) {
      super._handleResult(value);
      if (value === null || value === undefined) return;
      util.fixObjectPathIfNecessary(this, value);
      if (value.Content !== undefined) this._C = value.Content;
      if (value.AuthorName !== undefined) this._A = value.AuthorName;
    }
  }

  class NoteCollection extends OfficeExtension.ClientObject {
    m__items: Note[] | undefined;
    get _className() {
      return 'NoteCollection';
    }
    get _isCollection() {
      return true;
    }
    get items(): Note[] {
      util.throwIfNotLoaded('items', this.m__items, 'NoteCollection', this._isNull);
      return this.m__items!;
    }
    add(cellAddress: unknown, content: string): Note {
      return api.createMethodObject(Note, this, 'Add', 0, [cellAddress, content], false, true, null, 0);
    }
    getCount(): unknown {
      return api.invokeMethod(this, 'GetCount', 1, [], 4, 0);
    }
    getItem(key: string): Note {
      return api.createIndexerObject(Note, this, [key]);
    }
    getItemAt(index: number): Note {
      return api.createMethodObject(Note, this, 'GetItemAt', 1, [index], false, false, null, 4);
    }
    load(options?: unknown) {
      return util.load(this, options);
    }
    _handleResult(value: any) {
      super._handleResult(value);
      if (value === null || value === undefined) return;
      util.fixObjectPathIfNecessary(this, value);
      const data = value[OfficeExtension.Constants.items];
      if (data !== null && data !== undefined) {
        this.m__items = data.map((d: unknown, i: number) => {
          const item = api.createChildItemObject(Note, true, this, d, i);
          item._handleResult(d);
          return item;
        });
      }
    }
  }

  Excel.Note = Note;
  Excel.NoteCollection = NoteCollection;
  Object.defineProperty(Excel.Worksheet.prototype, 'notes', {
    get(this: any) {
      requireSet('Worksheet.notes');
      if (!this.m_notes) this.m_notes = api.createPropertyObject(NoteCollection, this, 'Notes', true, 4);
      return this.m_notes;
    },
    configurable: true,
  });
}
