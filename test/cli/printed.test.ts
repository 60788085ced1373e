// The pages that print (SPEC §4 "Printing", §5; issue 23), as LibreOffice renders them: the sample scored
// (with and without --explain-column), a project table and 汇总.xlsx, converted to PDF and measured
// with poppler — every page of the tables we set up is A4, and no text on any page prints under
// 9 points (font sizes read from the PDF by pdftohtml). A project table repeats only its KPI header.
// With JIXIAO_PRINT_SCREENSHOTS=<folder>, the first page of the three PDFs is saved there as a PNG
// (docs/ holds them, linked from the README).
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { runCli } from '../../src/cli/run';
import type { JsonDocument } from '../../src/cli/json';
import { writeTable } from '../fixtures/real';
import zhongjiang from '../fixtures/real/tables/sichuan-zhongjiang-shuibiaochi-2022';
import { sampleCopy, tempDir } from '../fixtures/xlsx';
import { elements, partsOf } from '../support/package-diff';
import { convertWithLibreOffice, libreOfficeAvailable } from '../support/libreoffice';
import { pdfAvailable, pdfPages, type PdfPage } from '../support/pdf';

jest.setTimeout(300_000);

const run = libreOfficeAvailable('the printed pages') && pdfAvailable('the printed pages') ? describe : describe.skip;

async function score(argv: readonly string[]): Promise<JsonDocument> {
  let stdout = '';
  await runCli([...argv, '--json'], { stdout: { write: (t: string) => (stdout += t), isTTY: false }, stderr: { write: () => true, isTTY: false }, env: { SOURCE_DATE_EPOCH: '1709280000' } });
  return JSON.parse(stdout) as JsonDocument;
}

/** Each page's smallest text, in points (pdftohtml at 3×, its sizes whole pixels: a third of a point). */
function smallestText(pdf: string): number[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-zoom', '3', pdf], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return xml.split('<page ').slice(1).map((page) => {
    const sizes = new Map([...page.matchAll(/<fontspec id="(\d+)" size="(\d+)"/g)].map((m) => [m[1], Number(m[2]) / 3]));
    let least = Infinity;
    for (const m of page.matchAll(/<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g)) {
      if (m[2].replace(/<[^>]+>/g, '').trim() !== '') least = Math.min(least, sizes.get(m[1]) ?? Infinity);
    }
    return least;
  });
}

/** A workbook converted to PDF, with its pages and each page's smallest text. */
async function printed(file: string, out: string): Promise<{ pdf: string; pages: PdfPage[]; smallest: number[] }> {
  await convertWithLibreOffice([file], 'pdf', out);
  const pdf = path.join(out, path.basename(file).replace(/\.xlsx$/, '.pdf'));
  return { pdf, pages: pdfPages(pdf), smallest: smallestText(pdf) };
}

const shots = process.env.JIXIAO_PRINT_SCREENSHOTS;

async function screenshot(pdf: string, name: string): Promise<void> {
  if (!shots) return;
  await fs.mkdir(shots, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(shots, name)]);
}

run('printed through LibreOffice', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('jixiao-printed-');
  });

  it('the sample: its table on A4 landscape pages, every text at 9 points or more', async () => {
    const input = await sampleCopy(await fs.mkdtemp(path.join(dir, 's-')), '社治委.xlsx');
    const file = (await score([input, '--out', path.join(dir, 'sample')])).files[0];
    const { pdf, pages, smallest } = await printed(file.output!, path.join(dir, 'sample-pdf'));
    // 指标体系 (landscape, ours), 基础数据 (the office's own setup, untouched), 评价结论 (portrait, ours).
    const landscape = pages.filter((p) => p.width > p.height);
    expect(landscape.length).toBeGreaterThan(0);
    for (const p of landscape) expect(p.paper).toBe('A4');
    expect(pages[pages.length - 1].paper).toBe('A4');
    expect(Math.min(...smallest)).toBeGreaterThanOrEqual(9);
    await screenshot(pdf, 'printed-sample');
  });

  it('the sample with --explain-column: the explanations printed too, still at 9 points or more, each whole within its row', async () => {
    const input = await sampleCopy(await fs.mkdtemp(path.join(dir, 'e-')), '社治委.xlsx');
    const file = (await score([input, '--explain-column', '--out', path.join(dir, 'explained')])).files[0];
    // The same file with the rows scoring raised set back to 12 points: what a clipped explanation prints as.
    const clipped = path.join(dir, 'clipped.xlsx');
    const parts = unzipSync(await fs.readFile(file.output!));
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']);
    const raised = elements(sheet).filter((el) => el.local === 'row' && el.attributes.customHeight === '1');
    expect(raised.map((el) => el.attributes.r)).toEqual(['4', '12']);
    parts['xl/worksheets/sheet1.xml'] = strToU8(raised.reduceRight((xml, el) => xml.slice(0, el.start) + xml.slice(el.start, el.openEnd).replace(/ ht="[^"]*"/, ' ht="12"') + xml.slice(el.openEnd), sheet));
    await fs.writeFile(clipped, zipSync(parts));
    await convertWithLibreOffice([clipped], 'pdf', path.join(dir, 'explained-pdf'));
    const { pdf, pages, smallest } = await printed(file.output!, path.join(dir, 'explained-pdf'));
    for (const p of pages.filter((x) => x.width > x.height)) expect(p.paper).toBe('A4');
    expect(Math.min(...smallest)).toBeGreaterThanOrEqual(9);
    // LibreOffice prints no line of a wrapped text that falls outside its row: an explanation printed whole
    // is within its row. The control, its rows set back to 12 points, loses a line.
    const explanations = file.rows.filter((r) => r.status !== 'full').map((r) => r.explanation.replace(/\s+/g, ''));
    expect(explanations.length).toBe(2);
    const text = (f: string) => execFileSync('pdftotext', [f, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const e of explanations) expect(text(pdf)).toContain(e);
    expect(explanations.filter((e) => !text(path.join(dir, 'explained-pdf', 'clipped.pdf')).includes(e)).length).toBeGreaterThan(0);
  });

  it('a project table: A4, 9 points or more, only its KPI header repeated on each page', async () => {
    const sub = await fs.mkdtemp(path.join(dir, 'p-'));
    const file = (await score([await writeTable(zhongjiang, sub), '--out', path.join(dir, 'project')])).files[0];
    const workbook = (await partsOf(file.output!)).get('xl/workbook.xml')!;
    const titles = elements(workbook, ['definedName']).find((el) => el.local === 'definedName' && el.attributes.name === '_xlnm.Print_Titles')!;
    // The KPI header (row 11), not the form above it (title, project, budget block, 年度总体目标).
    expect(titles.text).toBe("'绩效目标自评表'!$11:$11");
    const { pdf, pages, smallest } = await printed(file.output!, path.join(dir, 'project-pdf'));
    for (const p of pages) expect(p.paper).toBe('A4');
    expect(Math.min(...smallest)).toBeGreaterThanOrEqual(9);
    await screenshot(pdf, 'printed-project');
  });

  it('汇总.xlsx: A4 landscape, every text at 9 points or more', async () => {
    const folder = await fs.mkdtemp(path.join(dir, 'folder-'));
    await sampleCopy(folder, '社治委.xlsx');
    await writeTable(zhongjiang, folder);
    const doc = await score([folder]);
    const { pdf, pages, smallest } = await printed(doc.summary!, path.join(dir, 'summary-pdf'));
    for (const p of pages) expect([p.paper, p.width > p.height]).toEqual(['A4', true]);
    expect(Math.min(...smallest)).toBeGreaterThanOrEqual(9);
    await screenshot(pdf, 'printed-summary');
  });
});
