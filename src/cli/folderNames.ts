// Which files of a folder a run scores, by their names: the command line's folder run and the web
// page's dropped folder take the same ones.

/** .xlsx/.xlsm, and .xls, .et, .ods read through LibreOffice (the page names those as not readable there). */
const WORKBOOK_NAME = /\.(xlsx|xlsm|xls|et|ods)$/i;

/** A workbook to score: not Excel's lock file (~$), not a hidden file (our temporary files among them), not a scored file. */
export function isFolderWorkbook(name: string): boolean {
  return WORKBOOK_NAME.test(name) && !name.startsWith('~$') && !name.startsWith('.') && !/\.scored(-\d+)?\.(xlsx|xlsm)$/i.test(name);
}

/** A name our 汇总.xlsx may have: such a file is left out when it still carries our mark (../xlsx/mark). */
export const isSummaryName = (name: string): boolean => /^汇总(-\d+)?\.xlsx$/.test(name);

/** The order a folder's workbooks are scored and listed in. */
export const byName = (a: string, b: string): number => a.localeCompare(b, 'zh-CN');
