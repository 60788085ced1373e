// What the office typed, on the command line (SPEC §2.3, §5): a finished self-evaluation with no
// 实际完成值 column reads as the office's — its total and grade, every row kept and said so — and the
// counts say what happened: `核算 N 项，保留填写得分 M 项` per sheet, `已评分` only for files with a row
// computed, and a file with none says `未能核算：缺少实际完成值列` in the terminal, 汇总.xlsx and the JSON.
import { promises as fs } from 'fs';
import path from 'path';
import { TABLES, writeTable } from '../fixtures/real';
import { sampleCopy, tempDir } from '../fixtures/xlsx';
import { json, runInProcess } from '../hard/support/cli';
import { readSummary } from '../support/summary';

jest.setTimeout(60_000);

const HUNAN = TABLES.find((t) => t.id === 'hunan-yueyang-glj-excerpt')!;

let dir: string;
beforeAll(async () => {
  dir = await tempDir('jixiao-typed-');
});

test('one file without inputs: the office’s total and grade, every row kept, and nothing computed, said', async () => {
  const file = await writeTable(HUNAN, dir);
  const r = await runInProcess([file, '--out', path.join(dir, 'one')]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('合计 36.00 / 36');
  expect(r.stdout).toContain('等级 优');
  expect(r.stdout).toContain('核算 0 项，保留填写得分 9 项；扣分项 0，错误 0');
  expect(r.stdout).toContain('未能核算：缺少实际完成值列');
  expect(r.stdout).not.toContain('数据有误');
  const row = r.stdout.split('\n').find((l) => l.startsWith('支付进度'))!;
  expect(row).toContain('保留填写得分3分（未核算：增加“实际完成值”列并填写后可核算；按评分标准可得此分）');

  const doc = json(await runInProcess([file, '--out', path.join(dir, 'one-json'), '--json']));
  const f = doc.files[0];
  expect(f).toMatchObject({ total: 36, grade: '优', complete: true, rowsComputed: 0, rowsKept: 9 });
  expect(f.rows.every((x) => x.kept && x.keptBecause === 'unverified' && x.typedScorePossible === true)).toBe(true);
  expect(f.issues.filter((i) => i.code === 'nothing-computed')).toEqual([{ severity: 'warning', cell: '', sheet: '评分表', code: 'nothing-computed', message: '未能核算：缺少实际完成值列' }]);
});

describe('a folder: a file computed, one without inputs, one unreadable', () => {
  let folder: string;
  beforeAll(async () => {
    folder = path.join(dir, 'folder');
    await fs.mkdir(folder);
    await sampleCopy(folder, 'a-社治委.xlsx');
    await writeTable(HUNAN, folder);
    await fs.writeFile(path.join(folder, 'c-坏.xlsx'), 'a,b\n1,2\n');
  });

  test('the terminal: 已评分 counts the file with a row computed; the other says it computed none', async () => {
    const r = await runInProcess([folder, '--out', path.join(dir, 'folder-out')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('共 3 个文件，已评分 1 个，未能核算 1 个（只保留了填写得分，见备注），未能评分 1 个。');
    const line = r.stdout.split('\n').find((l) => l.includes('hunan-yueyang'))!;
    expect(line).toMatch(/36\.00\s+优\s+0\s+0\s+0\s+9\s+未能核算：缺少实际完成值列/);
    const en = await runInProcess([folder, '--out', path.join(dir, 'folder-en'), '--lang', 'en']);
    expect(en.stdout).toContain('3 files: 1 scored, 1 with nothing computed (typed scores only kept, see the note), 1 not scored.');
  });

  test('汇总.xlsx: computed and kept counted on each line, and the note says nothing was computed', async () => {
    const out = path.join(dir, 'folder-xlsx');
    await runInProcess([folder, '--out', out]);
    const { lines } = await readSummary(path.join(out, '汇总.xlsx'));
    const hunan = lines.find((l) => l['文件'] === `${HUNAN.id}.xlsx`)!;
    expect([hunan['复核得分'], hunan['等级（自评/复核）'], hunan['核算'], hunan['保留未核算'], hunan['备注']]).toEqual([36, '优/优', 0, 9, '未能核算：缺少实际完成值列']);
    const sample = lines.find((l) => l['文件'] === 'a-社治委.xlsx')!;
    expect([sample['复核得分'], sample['核算'], sample['保留未核算'], sample['备注']]).toEqual([99.25, 17, 5, null]);
  });
});
