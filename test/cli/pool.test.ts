// Scoring a folder's files in order (src/cli/pool.ts): on one thread a large workbook is still scored
// on a worker of its own, ended after it, so that this thread's heap does not keep what it took.
import { LARGE, scoreInOrder, WorkerPool } from '../../src/cli/pool';
import type { Handler } from '../../src/cli/pool';
import { fileFailed } from '../../src/cli/fileFailed';
import { scoreFile } from '../../src/cli/scoreFile';
import type { FileDone, FileJob } from '../../src/cli/job';
import { SAMPLE } from '../fixtures/xlsx';

/** Jobs go out as they are; a job not finished is said so, plainly, for the test to see. */
const handler: Handler = {
  prepare: async (j) => j,
  stopped: (j, why) => fileFailed(j.shown, j.file, JSON.stringify(why), 'stopped'),
};

const job = (shown: string): FileJob => ({
  file: SAMPLE,
  shown,
  lang: 'zh',
  overwriteFormulas: false,
  sheet: null,
  reportSheet: true,
  docxAt: null,
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
    handler,
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

describe('bounded workers: a file past its time or memory bound is stopped, said, and the next file scored afresh', () => {
  const run = async (bounds: { ms: number; heapMb: number; rssMb: number }, sizes: number[]) => {
    const pool = new WorkerPool(1, bounds);
    const taken: FileDone[] = [];
    try {
      await scoreInOrder(
        sizes.map((size, i) => ({ size, job: job(`第${i + 1}个.xlsx`) })),
        pool,
        () => Promise.reject(new Error('a bounded pool scores on its workers')),
        async (done) => {
          taken.push(done);
        },
        handler,
      );
    } finally {
      await pool.close();
    }
    return taken.map((d) => [d.shown, d.exit, d.exit === 2 ? d.messages[0] : d.sheets[0].json.total]);
  };

  test('time: a bound no file can meet stops each, and each is reported in order', async () => {
    expect(await run({ ms: 1, heapMb: 768, rssMb: 4096 }, [1000, 1000])).toEqual([
      ['第1个.xlsx', 2, '{"stopped":"time"}'],
      ['第2个.xlsx', 2, '{"stopped":"time"}'],
    ]);
  }, 60_000);

  test('within the bounds every file is scored', async () => {
    expect(await run({ ms: 60_000, heapMb: 768, rssMb: 4096 }, [1000, 1000])).toEqual([
      ['第1个.xlsx', 0, 99.25],
      ['第2个.xlsx', 0, 99.25],
    ]);
  }, 60_000);

  test('memory: a worker whose heap runs out is ended (not the process), and the file reported', async () => {
    expect(await run({ ms: 60_000, heapMb: 4, rssMb: 4096 }, [1000])).toEqual([['第1个.xlsx', 2, '{"stopped":"memory"}']]);
  }, 60_000);

  test('memory: a resident-memory bound the process is already past stops the file being scored', async () => {
    expect(await run({ ms: 60_000, heapMb: 768, rssMb: 1 }, [1000])).toEqual([['第1个.xlsx', 2, '{"stopped":"memory"}']]);
  }, 60_000);
});
