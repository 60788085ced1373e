// The 评价结论 as a Word document the person saves: `<workbook>.自评报告.docx`, built by the command
// line's own builder (src/docx/report, `--report docx`). This module, and the docx package with it,
// is a chunk of its own, loaded only when the button is pressed.
//
// Saved as a download from a Blob URL (`<a download>`): Excel on the web runs the pane in the
// browser, which downloads it; Excel on Windows (WebView2) downloads it too and shows the download in
// the pane (OfficeDev/office-js#1793). Excel on Mac (WKWebView) does not download from an add-in, by
// design (OfficeDev/office-js#2700): there the text is copied, or written into a sheet, instead.
import { reportDocx } from '../docx/report';
import type { Report } from '../core/conclusion';
import { downloadBytes } from './download';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `https://…/社治委.xlsx`, `C:\…\社治委.xlsm` → `社治委.自评报告.docx`; an unsaved workbook takes the sheet's name. */
export function reportFileName(documentUrl: string, sheet: string): string {
  const last = documentUrl.split(/[/\\]/).pop() ?? '';
  let name = last.split(/[?#]/)[0];
  try {
    name = decodeURIComponent(name);
  } catch {
    // a name with a stray % is used as written
  }
  const stem = name.replace(/\.(xlsx|xlsm|xlsb|xls|et|ods)$/i, '');
  const safe = (stem && stem !== name ? stem : sheet).replace(/[\\/:*?"<>|]/g, '_');
  return `${safe}.自评报告.docx`;
}

/** Builds the document and hands it to the browser to save; the document's bytes, for the caller to say how large. */
export async function saveReportDocx(report: Report, sheet: string, fileName: string, at: Date): Promise<Uint8Array> {
  const bytes = await reportDocx([{ sheet, report }], report.lang, at);
  downloadBytes(fileName, bytes, DOCX_TYPE);
  return bytes;
}
