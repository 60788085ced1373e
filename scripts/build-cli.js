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

function build() {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json')], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  fs.writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

module.exports = { ensureBuilt, ROOT };

if (require.main === module) ensureBuilt();
