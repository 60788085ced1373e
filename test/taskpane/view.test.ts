import { toView, withoutCell } from '../../src/taskpane/toView';
import { loadAppendReason, loadView, saveAppendReason, saveView, forgetView, partitioned } from '../../src/taskpane/view';
import { conclusionSheet, detailSheet } from '../../src/taskpane/exports';
import { STRINGS } from '../../src/taskpane/strings/all';
import { handResult } from './fixtures';

class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
}

describe('the pane view of a result', () => {
  const view = toView(handResult(), { otherSheets: ['自评表2'], print: { kind: 'set', titleRows: '$1:$3' }, reasonColumn: 'none' }, new Date('2026-01-02T03:04:05Z'));

  test('every score with two decimals; points as written; groups named as a report names them', () => {
    expect([view.total, view.maxTotal, view.gradedOn, view.grade]).toEqual(['17.25', '24', '71.88', null]);
    expect(view.groups).toEqual([
      { name: '预算管理', score: '9.75', points: '10', lost: '0.25', complete: true, kept: false },
      { name: '部门管理', score: '2.50', points: '4', lost: '1.50', complete: false, kept: false },
      { name: '履职效能', score: '5.00', points: '10', lost: '5.00', complete: false, kept: true },
    ]);
    expect(view.deductions.map((x) => [x.cell, x.lost])).toEqual([
      ['I4', '0.25'],
      ['I12', '0.50'],
    ]);
  });

  test('a typed score that differs from the computed one is a list of its own, typed and computed', () => {
    expect(view.changed).toEqual([{ cell: 'I12', indicator: '“三公”经费控制', typed: '1.00', computed: '0.50', text: expect.stringContaining('因公出国') }]);
  });

  test('a typed score kept as typed is listed as kept (保留填写得分), never as a checked full mark', () => {
    expect(view.kept).toEqual([{ cell: 'I23', indicator: '社会效益指标', score: '5.00', text: '保留填写得分5分（定性评价，未核算）', unverified: false, possible: true }]);
    expect(view.deductions.map((x) => x.cell)).not.toContain('I23');
  });

  test('a contradiction is a manual row to review; no message repeats its cell', () => {
    expect(view.manual).toEqual([
      { cell: 'I9', indicator: '管理制度健全性', text: '定性评价，请在得分栏填写分数', review: false },
      { cell: 'I24', indicator: '可持续影响指标', text: expect.stringContaining('二者矛盾'), review: true },
    ]);
    expect(view.errors.map((e) => [e.sheet ?? '', e.cell, e.text])).toEqual([
      ['', 'H10', '“若干”不是数字，请填写发现的问题个数'],
      ['基础数据', 'B7', '基础数据中缺少“预算结余注销资金”'],
    ]);
    expect(view.warnings).toEqual([{ cell: 'C16', indicator: '', text: '重点任务一出现两次（C16、C21）' }]);
    expect(withoutCell('H12：H12中是公式', 'H12')).toBe('H12中是公式');
    expect(withoutCell('H12: the typed score', 'H12')).toBe('the typed score');
  });

  test('the adapter’s findings come with the view: other sheets, print, the 扣分原因 column', () => {
    expect(view.otherSheets).toEqual(['自评表2']);
    expect(view.print).toEqual({ kind: 'set', titleRows: '$1:$3' });
    expect(view.reasonColumn).toBe('none');
    expect(view.conclusion.split('\n')[1]).toContain('暂不评定等级');
    expect(view.notes).toEqual([]);
    const noted = toView(handResult(), { notesSkipped: ['I4'], notesLeft: ['I12'] });
    expect(noted.notes.map((n) => [n.kind, n.cell, n.indicator])).toEqual([
      ['skipped', 'I4', '预算安排准确性'],
      ['left', 'I12', '“三公”经费控制'],
    ]);
    expect(noted.notes[1].text).toContain('因公出国（境）经费决算8.68万元超预算6万元');
  });

  test('扣分明细: errors first, then deductions; numbers as numbers, a link to each cell; one page wide, header repeated', () => {
    const sheet = detailSheet(view, STRINGS.zh);
    expect(sheet).toMatchObject({ name: '扣分明细', headerRows: 1, borders: true, orientation: 'Landscape' });
    expect(sheet.rows[0]).toEqual(['一级指标', '指标', '类型', '分值', '得分', '扣分', '原因', '单元格']);
    expect(sheet.rows.slice(1).map((r) => [r[2], r[1], r[3], r[4], r[5], r[7]])).toEqual([
      ['错误', '资金使用合规性', 1, null, null, { text: 'H10', link: { sheet: '指标体系', cell: 'H10' } }],
      ['错误', '', null, null, null, { text: '基础数据!B7', link: { sheet: '基础数据', cell: 'B7' } }],
      ['扣分', '预算安排准确性', 5, 4.75, 0.25, { text: 'I4', link: { sheet: '指标体系', cell: 'I4' } }],
      ['扣分', '“三公”经费控制', 1, 0.5, 0.5, { text: 'I12', link: { sheet: '指标体系', cell: 'I12' } }],
    ]);
    expect(sheet.columns.find((_, i) => sheet.rows[0][i] === '原因')).toEqual({ width: 330, wrap: true });
  });

  test('评价结论 sheet: a paragraph a row, headings bold, one wide wrapped column', () => {
    const sheet = conclusionSheet(view, STRINGS.zh);
    expect(sheet.name).toBe('评价结论');
    expect(sheet.rows.map((r) => r[0])).toEqual(view.conclusion.split('\n'));
    expect(sheet.boldRows?.map((i) => sheet.rows[i][0])).toEqual(expect.arrayContaining(['（一）评价结论', '（二）存在问题']));
    expect(sheet.columns).toEqual([{ width: 640, wrap: true }]);
  });

  test('the last view is kept per document and can be forgotten; a view of an older shape is not shown', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    saveView(storage, 'book-a.xlsx', [view]);
    expect(loadView(storage, 'book-a.xlsx')).toEqual([view]);
    expect(loadView(storage, 'book-b.xlsx')).toBeNull();
    forgetView(storage, 'book-a.xlsx');
    expect(loadView(storage, 'book-a.xlsx')).toBeNull();
    storage.setItem('jixiao-pingfen:last-result:book-c.xlsx', '{not json');
    expect(loadView(storage, 'book-c.xlsx')).toBeNull();
    storage.setItem('jixiao-pingfen:last-result:book-d.xlsx', JSON.stringify([{ ...view, version: undefined }]));
    expect(loadView(storage, 'book-d.xlsx')).toBeNull();
    expect(loadView(undefined, 'book-a.xlsx')).toBeNull();
    expect(loadAppendReason(storage, 'book-a.xlsx')).toBe(false);
    saveAppendReason(storage, 'book-a.xlsx', true);
    expect(loadAppendReason(storage, 'book-a.xlsx')).toBe(true);
  });

  test('every key the pane keeps is under Office.context.partitionKey where the host has one, and as before where it has none', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    const inPartition = partitioned(storage, 'contoso|');
    saveView(inPartition, 'book-a.xlsx', [view]);
    saveAppendReason(inPartition, 'book-a.xlsx', true);
    const keys = () => Array.from({ length: storage.length }, (_, i) => storage.key(i)!).sort();
    expect(keys()).toEqual(['contoso|jixiao-pingfen:append-reason:book-a.xlsx', 'contoso|jixiao-pingfen:last-result:book-a.xlsx']);
    expect(loadView(inPartition, 'book-a.xlsx')).toEqual([view]);
    // Another partition (another site embedding Office) sees none of it.
    expect(loadView(partitioned(storage, 'fabrikam|'), 'book-a.xlsx')).toBeNull();
    expect(loadAppendReason(partitioned(storage, 'fabrikam|'), 'book-a.xlsx')).toBe(false);
    forgetView(inPartition, 'book-a.xlsx');
    expect(keys()).toEqual(['contoso|jixiao-pingfen:append-reason:book-a.xlsx']);
    expect(partitioned(storage, undefined)).toBe(storage);
  });
});
