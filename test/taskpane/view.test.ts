import { toView } from '../../src/taskpane/toView';
import { loadView, saveView, forgetView } from '../../src/taskpane/view';
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
  const view = toView(handResult(), new Date('2026-01-02T03:04:05Z'));

  test('figures are exact decimal text, groups named as a report names them, with the points lost', () => {
    expect(view.total).toBe('11.75');
    expect(view.maxTotal).toBe('14');
    expect(view.grade).toBeNull();
    expect(view.groups).toEqual([
      { name: '预算管理', score: '9.75', points: '10', lost: '0.25', complete: true },
      { name: '部门管理', score: '2', points: '4', lost: '2', complete: false },
    ]);
  });

  test('deductions, errors and manual rows each name their cell (an error the input to fix); sheet-wide errors too', () => {
    expect(view.deductions).toEqual([
      { cell: 'I4', indicator: '预算安排准确性', lost: '0.25', text: '扣0.25分：(3184.21-73.69-83.46)/3184.21×5=4.75' },
    ]);
    expect(view.errors.map((e) => [e.sheet ?? '', e.cell, e.indicator])).toEqual([
      ['', 'H10', '资金使用合规性'],
      ['基础数据', 'B7', ''],
    ]);
    expect(view.manual.map((m) => m.cell)).toEqual(['I9']);
  });

  test('warnings leave out the manual-score notices already listed as manual rows', () => {
    expect(view.warnings.map((w) => w.cell)).toEqual(['C16']);
  });

  test('the conclusion comes with the view', () => {
    expect(view.conclusion.split('\n')[1]).toContain('暂不评定等级');
    expect(view.conclusion).toContain('1. 预算管理方面');
  });

  test('the last view is kept per document and can be forgotten', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    saveView(storage, 'book-a.xlsx', view);
    expect(loadView(storage, 'book-a.xlsx')).toEqual(view);
    expect(loadView(storage, 'book-b.xlsx')).toBeNull();
    forgetView(storage, 'book-a.xlsx');
    expect(loadView(storage, 'book-a.xlsx')).toBeNull();
    storage.setItem('jixiao-pingfen:last-result:book-c.xlsx', '{not json');
    expect(loadView(storage, 'book-c.xlsx')).toBeNull();
    expect(loadView(undefined, 'book-a.xlsx')).toBeNull();
  });
});
