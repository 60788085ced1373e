// scripts/build-cli.js compiles the command line into lib/ when a source is newer. A source moved or
// deleted must leave no output behind: when src/xlsx/guard.ts became src/xlsx/guard/, an old
// lib/xlsx/guard.js shadowed guard/index.js and every file scored failed. The build replaces lib/ whole.
import { existsSync, promises as fs } from 'fs';
import path from 'path';

const { ensureBuilt, ROOT } = require('../../scripts/build-cli.js') as { ensureBuilt(): boolean; ROOT: string };

jest.setTimeout(180_000);

test('a rebuild leaves no output of a source that is gone, and the command line runs', async () => {
  ensureBuilt();
  const stale = path.join(ROOT, 'lib/xlsx/guard.js');
  const stamp = path.join(ROOT, 'lib/.built');
  await fs.writeFile(stale, 'throw new Error("stale output of a moved source");\n');
  // Older than every source: the next run rebuilds.
  await fs.utimes(stamp, 0, 0);
  expect(ensureBuilt()).toBe(true);
  expect(existsSync(stale)).toBe(false);
  expect(existsSync(path.join(ROOT, 'lib/cli/main.js'))).toBe(true);
  expect(existsSync(path.join(ROOT, 'lib.next')) || existsSync(path.join(ROOT, 'lib.old'))).toBe(false);
  expect(ensureBuilt()).toBe(false);
});
