// The report as a Word document (`<name>.自评报告.docx`): its title, the unit, the note that it is a
// draft, then 一、评价结论 / 二、存在问题 / 三、改进措施 — each table's, under a heading naming it when a
// workbook holds several. Set as a government report is (GB/T 9704-2012, 党政机关公文格式): A4 with
// its margins (37/35/28/26 mm), the body 仿宋 三号 (16 pt) on a fixed 28-point line with a first-line
// indent of two characters, headings 黑体 三号, the title 宋体 二号 bold. Built with the docx package
// (the stack's); the pane loads this module only when a report is exported.
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { WORDS } from '../core/conclusion';
import type { Lang, Report } from '../core';

/** One scored table's report, and the sheet it comes from. */
export interface DocumentReport {
  readonly sheet: string;
  readonly report: Report;
}

/** Twentieths of a point (Word's unit) in a millimetre. */
const MM = 1440 / 25.4;

interface Face {
  /** The CJK face and the Latin face beside it. */
  readonly eastAsia: string;
  readonly latin: string;
}

const FACES: Readonly<Record<Lang, { body: Face; heading: Face; title: Face; size: number; line: number }>> = {
  // 三号 is 16 pt; a fixed 28-point line gives the 22 lines a page GB/T 9704 asks for.
  zh: { body: { eastAsia: '仿宋', latin: 'Times New Roman' }, heading: { eastAsia: '黑体', latin: 'Times New Roman' }, title: { eastAsia: '宋体', latin: 'Times New Roman' }, size: 16, line: 28 },
  en: { body: { eastAsia: '宋体', latin: 'Times New Roman' }, heading: { eastAsia: '黑体', latin: 'Times New Roman' }, title: { eastAsia: '宋体', latin: 'Times New Roman' }, size: 12, line: 18 },
};

const HEADINGS: Readonly<Record<Lang, (sheet: string, title: string | null) => string>> = {
  zh: (s, t) => `工作表“${s}”${t ? `：${t}` : ''}`,
  en: (s, t) => `Sheet “${s}”${t ? `: ${t}` : ''}`,
};

const run = (text: string, face: Face, size: number, bold = false) =>
  new TextRun({ text, bold, size: size * 2, font: { eastAsia: face.eastAsia, ascii: face.latin, hAnsi: face.latin } });

/** The document's paragraphs: title, unit and note, then each report's sections. */
function paragraphs(reports: readonly DocumentReport[], lang: Lang): Paragraph[] {
  const f = FACES[lang];
  const w = WORDS[lang];
  const first = reports[0].report;
  const oneTitle = reports.every((r) => r.report.title === first.title);
  const oneUnit = reports.every((r) => r.report.unit === first.unit);
  const line = { line: f.line * 20, lineRule: LineRuleType.EXACT };
  const centred = (text: string, face: Face, size: number, bold: boolean) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...line, after: 0 }, children: [run(text, face, size, bold)] });
  const heading = (text: string) => new Paragraph({ spacing: line, indent: { firstLine: f.size * 2 * 20 }, keepNext: true, children: [run(text, f.heading, f.size)] });
  const body = (text: string) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: line, indent: { firstLine: f.size * 2 * 20 }, children: [run(text, f.body, f.size)] });
  const out = [centred(oneTitle ? first.title : w.headings[0], f.title, lang === 'zh' ? 22 : 16, true)];
  if (first.unit && oneUnit) out.push(centred(first.unit, f.body, f.size, false));
  out.push(centred(first.note, f.body, Math.round(f.size * 0.75), false));
  for (const { sheet, report } of reports) {
    if (reports.length > 1) out.push(heading(HEADINGS[lang](sheet, oneTitle ? null : report.title)));
    report.sections.forEach((s, i) => {
      out.push(heading(`${w.documentNumber(i)}${s.heading}`));
      for (const p of s.paragraphs) out.push(body(p));
    });
  }
  return out;
}

const CREATOR = '绩效评分助手';

const escape = (text: string) => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** The document's properties, dated `at` (the library would date them by the machine's clock). */
function coreProperties(report: Report, at: Date): string {
  const when = `${at.toISOString().slice(0, 19)}Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escape(report.title)}</dc:title><dc:description>${escape(report.note)}</dc:description><dc:creator>${CREATOR}</dc:creator><cp:lastModifiedBy>${CREATOR}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

/**
 * The reports as a .docx file's bytes. `at` is the time the document says it was made, and the time of
 * each of its zip entries: the same reports at the same time give the same bytes (SOURCE_DATE_EPOCH).
 */
export async function reportDocx(reports: readonly DocumentReport[], lang: Lang, at: Date): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
          },
        },
        children: paragraphs(reports, lang),
      },
    ],
  });
  const packed = new Uint8Array(await Packer.toArrayBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreProperties(reports[0].report, at) }]));
  // Packed again, every entry dated `at`: the library dates them by the machine's clock.
  return zipSync(unzipSync(packed), { mtime: at });
}
