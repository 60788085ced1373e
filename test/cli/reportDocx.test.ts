// `--report docx` (SPEC §5, issue 23): beside each scored file, `<name>.自评报告.docx` — the report as a
// Word document, read back here paragraph by paragraph (title, unit, the draft note, 一、评价结论 /
// 二、存在问题 / 三、改进措施 and the paragraphs the --json document carries), set on A4 in 仿宋 with
// 黑体 headings, dated by the run's clock (the same run gives the same bytes), and opened by LibreOffice,
// which converts it to an A4 PDF without error.
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { runCli } from '../../src/cli/run';
import type { JsonDocument } from '../../src/cli/json';
import { writeTable } from '../fixtures/real';
import daying from '../fixtures/real/tables/sichuan-daying-sifaju-2023-excerpt';
import { sampleCopy, tempDir } from '../fixtures/xlsx';
import { elements } from '../support/package-diff';
import { convertWithLibreOffice, libreOfficeAvailable } from '../support/libreoffice';
import { pdfAvailable, pdfPages } from '../support/pdf';

jest.setTimeout(180_000);

/** 2024-03-01 08:00 UTC. */
const EPOCH = 1709280000;

async function run(argv: readonly string[]): Promise<{ code: number; doc: JsonDocument; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t), isTTY: false },
    env: { SOURCE_DATE_EPOCH: String(EPOCH) },
  });
  return { code, doc: JSON.parse(stdout) as JsonDocument, stderr };
}

interface Para {
  readonly text: string;
  /** The East Asian face and the size in points of its first run. */
  readonly font: string | undefined;
  readonly size: number;
}

/** The document's paragraphs as Word reads them: each w:p's text runs joined, with its first run's font. */
function paragraphs(xml: string): Para[] {
  const all = elements(xml, ['t']);
  return all
    .filter((el) => el.name === 'w:p')
    .map((p) => {
      const inside = all.filter((el) => el.start > p.start && el.end <= p.end);
      const fonts = inside.find((el) => el.name === 'w:rFonts');
      const size = inside.find((el) => el.name === 'w:sz');
      return { text: inside.filter((el) => el.name === 'w:t').map((el) => el.text ?? '').join(''), font: fonts?.attributes['w:eastAsia'], size: Number(size?.attributes['w:val']) / 2 };
    });
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir('jixiao-report-docx-');
});

describe('the sample with --report docx', () => {
  let docx: string;
  let conclusion: string[];
  let parts: Record<string, Uint8Array>;
  beforeAll(async () => {
    const input = await sampleCopy(await fs.mkdtemp(path.join(dir, 's-')), '社治委.xlsx');
    const r = await run([input, '--json', '--report', 'docx', '--out', path.join(dir, 'out')]);
    expect(r.code).toBe(0);
    const file = r.doc.files[0];
    docx = file.document!;
    conclusion = file.conclusion!.split('\n');
    parts = unzipSync(await fs.readFile(docx));
  });

  it('is written beside the scored file as <name>.自评报告.docx, named in the --json document', () => {
    expect(path.basename(docx)).toBe('社治委.自评报告.docx');
    expect(path.dirname(docx)).toBe(path.join(dir, 'out'));
  });

  it('reads back as the title, the unit, the draft note, then the report with the document’s own numbering', () => {
    const paras = paragraphs(strFromU8(parts['word/document.xml']));
    expect(paras.slice(0, 3).map((p) => p.text)).toEqual(['2019年度部门整体支出绩效自评报告', '中共成都市委城乡社区发展治理委员会', '本稿按评分结果起草，请结合本单位实际修改后使用。']);
    const renumbered = conclusion.map((line) => line.replace(/^（一）/, '一、').replace(/^（二）/, '二、').replace(/^（三）/, '三、'));
    expect(paras.slice(3).map((p) => p.text)).toEqual(renumbered);
    expect(paras.map((p) => p.text)).toContain('一、评价结论');
    expect(paras.find((p) => p.text.includes('97.38%'))).toBeDefined();
  });

  it('sets the body in 仿宋 三号 and the headings in 黑体 on A4', () => {
    const paras = paragraphs(strFromU8(parts['word/document.xml']));
    const heading = paras.find((p) => p.text === '二、存在问题')!;
    expect([heading.font, heading.size]).toEqual(['黑体', 16]);
    const body = paras.find((p) => p.text.includes('97.38%'))!;
    expect([body.font, body.size]).toEqual(['仿宋', 16]);
    const size = elements(strFromU8(parts['word/document.xml'])).find((el) => el.name === 'w:pgSz')!;
    expect([size.attributes['w:w'], size.attributes['w:h']]).toEqual(['11906', '16838']);
  });

  it('is dated by the run’s clock', () => {
    const core = strFromU8(parts['docProps/core.xml']);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T08:00:00Z</dcterms:created>');
    expect(core).toContain('<dc:title>2019年度部门整体支出绩效自评报告</dc:title>');
  });

  const convert = libreOfficeAvailable('the .docx opened by LibreOffice') && pdfAvailable('the .docx’s PDF measured') ? it : it.skip;
  convert('opens in LibreOffice, which converts it to a PDF of A4 pages holding the report’s text', async () => {
    const out = path.join(dir, 'pdf');
    await convertWithLibreOffice([docx], 'pdf', out);
    const pdf = path.join(out, path.basename(docx).replace(/\.docx$/, '.pdf'));
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) expect(p.paper).toBe('A4');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('一、评价结论');
    expect(text).toContain('97.38%');
  });
});

it('writes no document without --report docx', async () => {
  const input = await sampleCopy(await fs.mkdtemp(path.join(dir, 'none-')), '社治委.xlsx');
  const r = await run([input, '--json']);
  expect(r.doc.files[0].document).toBeUndefined();
  expect((await fs.readdir(path.dirname(input))).filter((f) => f.endsWith('.docx'))).toEqual([]);
});

it('gives the same bytes for the same input at the same clock', async () => {
  const sub = await fs.mkdtemp(path.join(dir, 'same-'));
  const input = await sampleCopy(sub, '社治委.xlsx');
  const a = (await run([input, '--json', '--report', 'docx', '--out', path.join(sub, 'a')])).doc.files[0].document!;
  const b = (await run([input, '--json', '--report', 'docx', '--out', path.join(sub, 'b')])).doc.files[0].document!;
  expect((await fs.readFile(a)).equals(await fs.readFile(b))).toBe(true);
});

it('writes one document for a workbook of two projects, each report under a heading naming its project', async () => {
  const sub = await fs.mkdtemp(path.join(dir, 'two-'));
  const r = await run([await writeTable(daying, sub), '--json', '--report', 'docx']);
  const files = r.doc.files;
  expect(files.map((f) => f.document)).toEqual([files[0].document, files[0].document]);
  const paras = paragraphs(strFromU8(unzipSync(await fs.readFile(files[0].document!))['word/document.xml'])).map((p) => p.text);
  const headings = paras.filter((t) => t.startsWith('工作表'));
  expect(headings).toHaveLength(2);
  for (const f of files) expect(paras.join('\n')).toContain(f.conclusion!.split('\n')[1]);
});
