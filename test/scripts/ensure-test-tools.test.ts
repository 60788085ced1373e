// `npm test` starts with scripts/ensure-test-tools.sh (npm's pretest). It must ask apt for what is
// really missing and nothing else, and never stop the tests: a font list long enough to be cut off
// by an early-exiting grep (SIGPIPE under pipefail) must still count the font as present, and an apt
// that fails must leave the exit status 0. apt-get and fc-list are stand-ins on PATH here.
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { tempDir } from '../fixtures/xlsx';

const SCRIPT = path.resolve(__dirname, '../../scripts/ensure-test-tools.sh');

async function runWith(fontList: string, aptExit: number): Promise<{ code: number; stderr: string; aptCalls: string[] }> {
  const bin = await tempDir('jixiao-pretest-');
  const log = path.join(bin, 'apt.log');
  await fs.writeFile(path.join(bin, 'fonts.txt'), fontList);
  await fs.writeFile(path.join(bin, 'fc-list'), `#!/bin/sh\ncat "${bin}/fonts.txt"\n`, { mode: 0o755 });
  await fs.writeFile(path.join(bin, 'apt-get'), `#!/bin/sh\necho "$*" >> "${log}"\nexit ${aptExit}\n`, { mode: 0o755 });
  return new Promise((resolve) => {
    execFile('bash', [SCRIPT], { env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } }, async (err, _stdout, stderr) => {
      const calls = await fs.readFile(log, 'utf8').catch(() => '');
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stderr, aptCalls: calls.split('\n').filter(Boolean) });
    });
  });
}

jest.setTimeout(30000);

test('a CJK font early in a long font list is found: apt is never asked for it', async () => {
  const fonts = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc: Noto Sans CJK SC:style=Regular', ...Array.from({ length: 20000 }, (_, i) => `/usr/share/fonts/x/Font${i}.ttf: Font ${i}:style=Regular`)];
  for (let run = 0; run < 3; run++) {
    const r = await runWith(`${fonts.join('\n')}\n`, 0);
    expect(r.code).toBe(0);
    expect(r.aptCalls.join('\n')).not.toContain('fonts-noto-cjk');
  }
});

test('a missing font is asked for by name, and an apt that fails does not stop the tests', async () => {
  const r = await runWith('/usr/share/fonts/x/DejaVuSans.ttf: DejaVu Sans:style=Book\n', 100);
  expect(r.code).toBe(0);
  expect(r.aptCalls.join('\n')).toContain('update');
  expect(r.stderr).toContain('fonts-noto-cjk');
  expect(r.stderr).toContain('continuing');
});
