// Output safety (SPEC §5): the command line never writes over an input of the run or a file it
// did not write, never through a symbolic link, says where it wrote instead, and writes atomically:
// two runs into one folder never make a damaged file, and a run killed at any moment leaves the
// previous good output whole.
import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { isOurUnchangedFile, loadXlsx, writeFileAtomic } from '../../src/xlsx';
import { json, ROOT, runInProcess, shippedCli } from '../hard/support/cli';
import { sampleCopy, tempDir } from '../fixtures/xlsx';

jest.setTimeout(180_000);

let dir: string;
beforeAll(async () => {
  dir = await tempDir('jixiao-safety-');
});
// The killed writers leave their temporary files (up to 256 MB each) behind.
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function folder(name: string): Promise<string> {
  const d = path.join(dir, name);
  await fs.mkdir(d, { recursive: true });
  return d;
}

const bytes = (file: string) => fs.readFile(file);
const names = async (d: string) => (await fs.readdir(d)).sort();

describe('never over an input of the run', () => {
  it('an input named 汇总.xlsx: the summary goes to 汇总-2.xlsx, and says so', async () => {
    const d = await folder('summary-input');
    const summaryInput = await sampleCopy(d, '汇总.xlsx');
    const other = await sampleCopy(d, 'b.xlsx');
    const before = await bytes(summaryInput);
    const r = await runInProcess([summaryInput, other]);
    expect(r.code).toBe(0);
    expect(await bytes(summaryInput)).toEqual(before);
    expect(r.stdout).toContain(`汇总表已写出：${path.join(d, '汇总-2.xlsx')}（汇总.xlsx 已存在且不是本程序写出的原样文件，未改动）`);
    expect(await names(d)).toEqual(['b.scored.xlsx', 'b.xlsx', '汇总-2.xlsx', '汇总.scored.xlsx', '汇总.xlsx']);
  });

  it('an input that is another input’s output is read, not written over', async () => {
    const d = await folder('output-input');
    const x = await sampleCopy(d, 'x.xlsx');
    const xScored = await sampleCopy(d, 'x.scored.xlsx');
    const before = await bytes(xScored);
    const r = await runInProcess([x, xScored, '--json']);
    expect(r.code).toBe(0);
    const files = json(r).files;
    expect(files.map((f) => [path.basename(f.file), path.basename(f.output!)])).toEqual([
      ['x.xlsx', 'x-2.scored.xlsx'],
      // A scored file scored again keeps its name (x.scored.xlsx), which is an input here: the next free one.
      ['x.scored.xlsx', 'x-3.scored.xlsx'],
    ]);
    expect(files[1].total).toBe(99.25);
    expect(await bytes(xScored)).toEqual(before);
  });
});

describe('never over a file it did not write', () => {
  it('a person’s own 汇总.xlsx in the folder is scored like any workbook and kept; the summary takes another name', async () => {
    const d = await folder('own-summary');
    await sampleCopy(d, 'a.xlsx');
    const own = await sampleCopy(d, '汇总.xlsx');
    const before = await bytes(own);
    const r = await runInProcess([d, '--json']);
    const doc = json(r);
    expect(doc.files.map((f) => path.basename(f.file)).sort()).toEqual(['a.xlsx', '汇总.xlsx']);
    expect(doc.summary).toBe(path.join(d, '汇总-2.xlsx'));
    expect(await bytes(own)).toEqual(before);
    // Run again: our own 汇总-2.xlsx is recognised and replaced in place, the person’s still kept.
    const again = json(await runInProcess([d, '--json']));
    expect(again.summary).toBe(path.join(d, '汇总-2.xlsx'));
    expect(again.files.map((f) => path.basename(f.file)).sort()).toEqual(['a.xlsx', '汇总.xlsx']);
    expect(await bytes(own)).toEqual(before);
  });

  it('an existing .scored.xlsx edited since is kept, the new one gets a fresh name; --force replaces it', async () => {
    const d = await folder('edited-output');
    const input = await sampleCopy(d, 'a.xlsx');
    const first = json(await runInProcess([input, '--json'])).files[0].output!;
    expect(await isOurUnchangedFile(first)).toBe(true);
    // Scoring again replaces our own unchanged output.
    expect(json(await runInProcess([input, '--json'])).files[0].output).toBe(first);
    expect(await names(d)).toEqual(['a.scored.xlsx', 'a.xlsx']);
    // A person edits it (any byte): it is theirs now.
    const edited = await bytes(first);
    edited[100] ^= 1;
    await fs.writeFile(first, edited);
    const r = await runInProcess([input]);
    expect(r.stdout).toContain('已写出：' + path.join(d, 'a-2.scored.xlsx') + '（a.scored.xlsx 已存在且不是本程序写出的原样文件，未改动；用 --force 可替换）');
    expect(await bytes(first)).toEqual(edited);
    const forced = json(await runInProcess([input, '--json', '--force'])).files[0].output;
    expect(forced).toBe(first);
    expect(await isOurUnchangedFile(first)).toBe(true);
  });

  it('never writes through a symbolic link: the file it points to stays, the link is replaced only with --force', async () => {
    const d = await folder('symlink');
    const input = await sampleCopy(d, 'a.xlsx');
    const elsewhere = path.join(await folder('symlink-target'), 'precious.xlsx');
    await fs.writeFile(elsewhere, 'precious');
    await fs.symlink(elsewhere, path.join(d, 'a.scored.xlsx'));
    const r = json(await runInProcess([input, '--json']));
    expect(path.basename(r.files[0].output!)).toBe('a-2.scored.xlsx');
    expect(await fs.readFile(elsewhere, 'utf8')).toBe('precious');
    json(await runInProcess([input, '--json', '--force']));
    expect(await fs.readFile(elsewhere, 'utf8')).toBe('precious');
    expect((await fs.lstat(path.join(d, 'a.scored.xlsx'))).isFile()).toBe(true);
  });

  it('--force never replaces an input', async () => {
    const d = await folder('force-input');
    const x = await sampleCopy(d, 'x.xlsx');
    const xScored = await sampleCopy(d, 'x.scored.xlsx');
    const before = await bytes(xScored);
    await runInProcess([x, xScored, '--force']);
    expect(await bytes(xScored)).toEqual(before);
  });
});

describe('atomic writing', () => {
  it('two runs into one folder at once both finish, and every file they wrote opens', async () => {
    const d = await folder('concurrent');
    const inputs = await folder('concurrent-in');
    for (const n of ['a', 'b', 'c', 'd']) await sampleCopy(inputs, `${n}.xlsx`);
    const [one, two] = await Promise.all([runInProcess([inputs, '--out', d, '--json']), runInProcess([inputs, '--out', d, '--json'])]);
    expect([one.code, two.code]).toEqual([0, 0]);
    const written = await names(d);
    expect(written.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    for (const n of written) {
      expect(await isOurUnchangedFile(path.join(d, n))).toBe(true);
      await expect(loadXlsx(path.join(d, n))).resolves.toBeTruthy();
    }
  });

  it('a writer killed in the middle of writing leaves the previous file whole', async () => {
    const d = await folder('killed-writer');
    const target = path.join(d, 'out.bin');
    const previous = Buffer.alloc(1024, 7);
    await writeFileAtomic(target, previous, { replace: true });
    // A child writes 256 MB over it the same way; it is killed at several moments of the write.
    shippedCli();
    const script = `const { writeFileAtomic } = require(${JSON.stringify(path.join(ROOT, 'lib/xlsx/safeWrite.js'))});
      process.stdout.write('start\\n'); writeFileAtomic(${JSON.stringify(target)}, Buffer.alloc(256 * 1024 * 1024, 1), { replace: true }).then(() => process.stdout.write('done\\n'));`;
    for (const afterMs of [5, 50, 150, 400]) {
      const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      // Listened for from the start: on a quiet disk the write may finish, and the child end, before the kill.
      const exited = new Promise((r) => child.on('exit', r));
      let out = '';
      await new Promise<void>((resolve) => child.stdout.on('data', (c: Buffer) => ((out += c), out.includes('start') && resolve())));
      await new Promise((r) => setTimeout(r, afterMs));
      child.kill('SIGKILL');
      await exited;
      const now = await bytes(target);
      // Either the previous file, whole, or (had it finished) the new one, whole: never a part.
      expect(now.equals(previous) || (out.includes('done') && now.length === 256 * 1024 * 1024)).toBe(true);
      await writeFileAtomic(target, previous, { replace: true });
    }
  });

  it('the command line killed at any moment leaves the previous good output whole', async () => {
    const d = await folder('killed-cli');
    const input = await sampleCopy(d, 'a.xlsx');
    const main = shippedCli();
    // The exit is listened for from the start: a child may end before it is killed.
    const run = () => {
      const child = spawn(process.execPath, [main, input, '--json'], { cwd: ROOT, stdio: 'ignore' });
      return { child, exited: new Promise((r) => child.on('exit', r)) };
    };
    await run().exited;
    const output = path.join(d, 'a.scored.xlsx');
    const good = await bytes(output);
    const started = Date.now();
    await run().exited;
    const whole = Date.now() - started;
    for (const fraction of [0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98]) {
      const { child, exited } = run();
      await new Promise((r) => setTimeout(r, whole * fraction));
      child.kill('SIGKILL');
      await exited;
      // Our mark is a SHA-256 of the whole file: only a whole output of ours carries a matching one.
      expect(await isOurUnchangedFile(output)).toBe(true);
      expect((await bytes(output)).length).toBeGreaterThan(good.length / 2);
    }
    expect((await names(d)).filter((n) => !n.startsWith('.'))).toEqual(['a.scored.xlsx', 'a.xlsx']);
  });
});
