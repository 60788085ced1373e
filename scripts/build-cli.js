// The command line as shipped is compiled JavaScript in lib/ (tsc -p tsconfig.cli.json), so that it
// starts without a TypeScript transpiler. npm runs this at `prepare` (npm ci, npm install); `npm run
// score` and the tests that start the real process run it too, and it compiles only when lib/ is
// missing or older than a source file, so an edited source is never run stale. Compiler messages go
// to stderr: stdout stays the program's.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const STAMP = path.join(ROOT, 'lib', '.built');
const SOURCES = ['src/cli', 'src/xlsx', 'src/core'].map((d) => path.join(ROOT, d));
const CONFIGS = ['tsconfig.json', 'tsconfig.cli.json', 'package.json'].map((f) => path.join(ROOT, f));

function newestSource() {
  let newest = Math.max(...CONFIGS.map((f) => fs.statSync(f).mtimeMs));
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  SOURCES.forEach(walk);
  return newest;
}

const isFresh = () => (fs.existsSync(STAMP) ? fs.statSync(STAMP).mtimeMs : -1) >= newestSource();

/** One build at a time (test workers may all ask at once): a lock folder, waited on. */
function locked(build) {
  const lock = path.join(ROOT, '.build-cli.lock');
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A lock left by a build that died is taken over after two minutes.
      if (fs.existsSync(lock) && Date.now() - fs.statSync(lock).mtimeMs > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      Atomics.wait(pause, 0, 0, 100);
    }
  }
  try {
    return build();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function ensureBuilt() {
  if (isFresh()) return false;
  return locked(() => {
    if (isFresh()) return false;
    build();
    return true;
  });
}

/**
 * Compiles into a fresh folder and puts it in place of lib/: a source moved or deleted leaves no stale
 * output behind (src/xlsx/guard.ts became src/xlsx/guard/, and the old lib/xlsx/guard.js shadowed
 * guard/index.js), and a process already running keeps the modules it loaded.
 */
function build() {
  const lib = path.join(ROOT, 'lib');
  const next = path.join(ROOT, 'lib.next');
  const old = path.join(ROOT, 'lib.old');
  fs.rmSync(next, { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json'), '--outDir', next], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  fs.writeFileSync(path.join(next, '.built'), `${new Date().toISOString()}\n`);
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(lib)) fs.renameSync(lib, old);
  fs.renameSync(next, lib);
  fs.rmSync(old, { recursive: true, force: true });
}

module.exports = { ensureBuilt, ROOT };

if (require.main === module) ensureBuilt();
