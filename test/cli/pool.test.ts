// Scoring a folder's files in order (src/cli/pool.ts): on one thread a large workbook is still scored
// on a worker of its own, ended after it, so that this thread's heap does not keep what it took.
import { LARGE, scoreInOrder } from '../../src/cli/pool';
import { scoreFile, type FileDone, type FileJob } from '../../src/cli/scoreFile';
import { SAMPLE } from '../fixtures/xlsx';

const job = (shown: string): FileJob => ({
  file: SAMPLE,
  shown,
  lang: 'zh',
  overwriteFormulas: false,
  sheet: null,
  explainColumn: false,
  converter: null,
  report: false,
});

test('one thread: small files here, a large one on a worker; results in the files’ order and alike', async () => {
  const here: string[] = [];
  const taken: { index: number; done: FileDone }[] = [];
  const jobs = [
    { size: 1000, job: job('小.xlsx') },
    { size: LARGE, job: job('大.xlsx') },
    { size: 2000, job: job('又一个.xlsx') },
  ];
  await scoreInOrder(
    jobs,
    null,
    (j) => {
      here.push(j.shown);
      return scoreFile(j);
    },
    async (done, index) => {
      taken.push({ index, done });
    },
  );
  expect(here).toEqual(['小.xlsx', '又一个.xlsx']);
  expect(taken.map((t) => [t.index, t.done.shown, t.done.exit])).toEqual([
    [0, '小.xlsx', 0],
    [1, '大.xlsx', 0],
    [2, '又一个.xlsx', 0],
  ]);
  const json = (d: FileDone) => d.sheets.map((s) => ({ ...s.json, file: null }));
  expect(json(taken[1].done)).toEqual(json(taken[0].done));
  expect(Buffer.from(taken[1].done.bytes!)).toEqual(Buffer.from(taken[0].done.bytes!));
}, 60_000);
