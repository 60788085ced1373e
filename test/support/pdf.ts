// Measuring a PDF as it prints, with poppler's tools (pdfinfo, pdftotext): each page's paper, and each
// word's box, whose height is the type's. Missing, the test is skipped with a warning, except under
// CI=true, where it fails (scripts/ensure-test-tools.sh installs poppler-utils).
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';

const PDFINFO = ['/usr/bin/pdfinfo'].find((p) => existsSync(p)) ?? null;

/** Whether the test can run; says why not (and fails under CI) when it cannot. */
export function pdfAvailable(what: string): boolean {
  if (PDFINFO) return true;
  if (process.env.CI && process.env.CI !== 'false') throw new Error(`poppler-utils is missing and CI is set: ${what} needs it (apt-get install poppler-utils; scripts/ensure-test-tools.sh does).`);
  console.warn(`\n*** SKIPPING ${what}: poppler-utils not installed (apt-get install poppler-utils; CI=true makes this a failure). ***\n`);
  return false;
}

export interface PdfPage {
  /** Points, as pdfinfo gives them. */
  readonly width: number;
  readonly height: number;
  /** `A4` when the page is A4 either way round (within a point), else `other`. */
  readonly paper: 'A4' | 'other';
}

/** Every page's size. */
export function pdfPages(pdf: string): PdfPage[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => {
    const [w, h] = [Number(m[1]), Number(m[2])];
    const a4 = (near(w, 595.28) && near(h, 841.89)) || (near(w, 841.89) && near(h, 595.28));
    return { width: w, height: h, paper: a4 ? 'A4' : 'other' };
  });
}

const near = (a: number, b: number) => Math.abs(a - b) < 1;

export interface PdfWord {
  readonly page: number;
  readonly text: string;
  /** The word's box height in points: the size its type prints at. */
  readonly height: number;
}

/** Every word of the PDF with its box (pdftotext -bbox). */
export function pdfWords(pdf: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (/<page\b/.test(line)) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, text: m[5], height: Number(m[4]) - Number(m[2]) });
  }
  return words;
}
