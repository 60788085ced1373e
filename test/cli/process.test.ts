// The real process, as `npm run score` and `npx jixiao-pingfen score` start it — compiled
// JavaScript, no transpiler: exit status and a stdout that holds only the JSON document.
import { execFile } from 'child_process';
import path from 'path';
import { SAMPLE, sampleCopy, tempDir } from '../fixtures/xlsx';
import { shippedCli } from '../hard/support/cli';

const ROOT = path.resolve(__dirname, '../..');

function exec(cmd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      const code = err ? ((err as { code?: number }).code ?? 1) : 0;
      resolve({ code: typeof code === 'number' ? code : 1, stdout, stderr });
    });
  });
}

jest.setTimeout(60000);

describe('the score command as a process', () => {
  let main: string;
  beforeAll(() => {
    main = shippedCli();
  });

  it('prints only JSON on stdout and exits 0', async () => {
    const out = await tempDir('jixiao-proc-');
    const r = await exec(process.execPath, [main, SAMPLE, '--out', out, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0]).toMatchObject({ total: 99.25, grade: '优' });
  });

  it('runs through the bin entry with the score word, and exits 2 on a bad file', async () => {
    const dir = await tempDir('jixiao-proc-');
    const good = await sampleCopy(dir, 'good.xlsx');
    const bad = path.join(dir, 'bad.xlsx');
    await require('fs').promises.writeFile(bad, 'a,b\n1,2\n');
    const r = await exec(process.execPath, [main, 'score', good, bad, '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.xlsx');
    expect(r.stdout).toContain('good.xlsx');
    expect(r.stdout).toContain('99.25');
  });

  it('is the package’s bin, compiled, with no TypeScript transpiler among the dependencies it ships with', async () => {
    const pkg = JSON.parse(await require('fs').promises.readFile(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin['jixiao-pingfen']).toBe('lib/cli/main.js');
    expect(path.join(ROOT, pkg.bin['jixiao-pingfen'])).toBe(main);
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.devDependencies.tsx).toBeDefined();
    expect(pkg.scripts.score).toBe('node scripts/build-cli.js && node lib/cli/main.js');
    expect(pkg.scripts.prepare).toBe('node scripts/build-cli.js');
  });

  it('answers --help without loading the scorer', async () => {
    const r = await exec(process.execPath, ['--trace-warnings', '-e', `process.argv=[process.argv[0],'x','--help'];require(${JSON.stringify(main)});setImmediate(()=>console.error(Object.keys(require.cache).some((f)=>f.includes('exceljs'))))`]);
    expect(r.stdout).toContain('用法');
    expect(r.stderr.trim()).toBe('false');
  });
});
