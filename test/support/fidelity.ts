// The fidelity corpus, made at test time by the real writers: scripts/fidelity/make_corpus.py
// (XlsxWriter, openpyxl) and LibreOffice headless (which re-saves two of them in its own way).
// A writer that is missing skips its files with a warning, except under CI=true, where it fails
// (scripts/ensure-test-tools.sh installs them from Debian).
import { execFile, execFileSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import path from 'path';
import { baseBasicData, baseRows } from '../../scripts/make-bad-fixtures';

const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/fidelity/make_corpus.py');
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

export interface CorpusFile {
  readonly file: string;
  readonly writer: string;
  readonly feature: string;
}

const ci = () => Boolean(process.env.CI) && process.env.CI !== 'false';

function missing(what: string, install: string): void {
  if (ci()) throw new Error(`${what} is missing and CI is set: install it (${install}); scripts/ensure-test-tools.sh does.`);
  console.warn(`\n*** SKIPPING the fidelity files of ${what}: not installed. Install with ${install} (CI=true makes this a failure). ***\n`);
}

/** A python3 that has XlsxWriter and openpyxl (Debian's, where apt puts them), or null. */
function python(): string | null {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(candidate, ['-c', 'import xlsxwriter, openpyxl, PIL'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next
    }
  }
  return null;
}

function run(cmd: string, args: readonly string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(cmd, args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${cmd} failed: ${stderr || err.message}`)) : resolve(stdout),
    );
    if (input !== undefined) child.stdin!.end(input);
  });
}

/** Which writers this machine has (a missing one warns, or fails under CI=true). */
export function writersAvailable(): { python: boolean; libreoffice: boolean } {
  const py = python() !== null;
  if (!py) missing('XlsxWriter and openpyxl', 'apt-get install python3-xlsxwriter python3-openpyxl python3-pil');
  if (!SOFFICE) missing('LibreOffice', 'apt-get install libreoffice-calc-nogui');
  return { python: py, libreoffice: py && SOFFICE !== undefined };
}

/** LibreOffice's own re-save of two corpus files: its styles, shared strings, notes and drawings. */
const LIBREOFFICE_COPIES: readonly [string, string, string][] = [
  ['xw-notes.xlsx', 'lo-notes.xlsx', 'notes (LibreOffice)'],
  ['xw-formulas.xlsx', 'lo-formulas.xlsx', 'formulas and styles (LibreOffice)'],
];

/** Writes the corpus into `dir`; returns the files made (none of a missing writer). */
export async function makeCorpus(dir: string): Promise<CorpusFile[]> {
  await fs.mkdir(dir, { recursive: true });
  const py = python();
  if (!py) return [];
  const table = JSON.stringify({ rows: baseRows(), basic: baseBasicData() });
  const made = (await run(py, [SCRIPT, dir], table))
    .trim()
    .split('\n')
    .map((line) => {
      const [file, writer, feature] = line.split('\t');
      return { file: path.join(dir, file), writer, feature };
    });
  if (!SOFFICE) return made;
  const lo = path.join(dir, 'libreoffice');
  await fs.mkdir(lo, { recursive: true });
  await run(SOFFICE, [
    '--headless',
    '--norestore',
    `-env:UserInstallation=file://${path.join(lo, 'profile')}`,
    '--convert-to',
    'xlsx:Calc MS Excel 2007 XML',
    '--outdir',
    lo,
    ...LIBREOFFICE_COPIES.map(([from]) => path.join(dir, from)),
  ]);
  for (const [from, to, feature] of LIBREOFFICE_COPIES) {
    await fs.rename(path.join(lo, from), path.join(dir, to));
    made.push({ file: path.join(dir, to), writer: 'LibreOffice', feature });
  }
  return made;
}

// LibreOffice governs recalculation on loading by its own setting, not by fullCalcOnLoad: the
// profile below asks it to recalculate always, as Excel does for a file with fullCalcOnLoad.
const RECALCULATE_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * The first sheet's cells as LibreOffice shows them after recalculating every formula on opening
 * (rows of CSV fields), or null without LibreOffice.
 */
export async function recalculatedCells(file: string, dir: string): Promise<string[][] | null> {
  if (!SOFFICE) return null;
  const profile = path.join(dir, 'recalc-profile');
  await fs.mkdir(path.join(profile, 'user'), { recursive: true });
  await fs.writeFile(path.join(profile, 'user', 'registrymodifications.xcu'), RECALCULATE_ALWAYS);
  const out = path.join(dir, 'recalc-csv');
  await run(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', out, file]);
  const csv = await fs.readFile(path.join(out, path.basename(file).replace(/\.xlsx$/, '.csv')), 'utf8');
  // The fields this corpus has need no quote handling beyond a quoted field without a comma inside.
  return csv.split('\n').map((line) => line.split(','));
}
