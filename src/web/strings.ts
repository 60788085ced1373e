// Every string the web page shows of its own, in Chinese and English; the result view's are the pane's
// (../taskpane/strings), the files' messages the command line's (../cli/messages).
import type { Lang } from '../core/types';

export interface PageStrings {
  readonly title: string;
  readonly intro: string;
  readonly offline: string;
  readonly drop: string;
  readonly pickFiles: string;
  readonly pickFolder: string;
  readonly pickScored: string;
  readonly restoreHint: string;
  readonly overwriteFormulas: string;
  readonly wordReport: string;
  readonly language: string;
  readonly dark: string;
  readonly progress: (done: number, all: number) => string;
  readonly cancel: string;
  readonly cancelled: string;
  /** A file the cancel stopped before it was scored, in its row. */
  readonly cancelledState: string;
  readonly filesHeading: string;
  readonly fileColumn: string;
  readonly scoreColumn: string;
  readonly gradeColumn: string;
  readonly stateColumn: string;
  readonly sortByScore: string;
  readonly waiting: string;
  readonly working: string;
  readonly scoredState: string;
  readonly withErrors: string;
  readonly failedState: string;
  readonly downloadScored: (name: string) => string;
  readonly downloadDocx: (name: string) => string;
  readonly downloadAll: string;
  readonly zipName: string;
  readonly pickAFile: string;
  readonly notInPage: (file: string) => string;
  readonly noWorkbooks: string;
  readonly restoredHeading: string;
  readonly downloadRestored: (name: string) => string;
  readonly messagesHeading: string;
  readonly failed: (message: string) => string;
}

const zh: PageStrings = {
  title: '绩效评分助手 · 网页版',
  intro: '拖入部门整体支出绩效评价指标表（.xlsx），按评分标准逐项计分，写回得分并标出每项扣分，再下载评分后的文件。与命令行用同一套评分代码，结果逐字节相同。',
  offline: '文件只在本机浏览器中处理，不会上传，也不联网。',
  drop: '把 .xlsx 文件或整个文件夹拖到这里',
  pickFiles: '选择文件',
  pickFolder: '选择文件夹',
  pickScored: '恢复已评分文件',
  restoreHint: '选择 .scored.xlsx，得到评分前的原样文件（.restored.xlsx）。',
  overwriteFormulas: '得分单元格中的公式也覆盖',
  wordReport: '同时生成 Word 版自评报告（.docx）',
  language: 'English',
  dark: '深色',
  progress: (done, all) => `已完成 ${done} / ${all} 个文件`,
  cancel: '取消',
  cancelled: '已取消，未完成的文件没有评分。',
  cancelledState: '已取消',
  filesHeading: '文件',
  fileColumn: '文件',
  scoreColumn: '得分',
  gradeColumn: '等级',
  stateColumn: '状态',
  sortByScore: '按得分排序',
  waiting: '等待',
  working: '评分中',
  scoredState: '已评分',
  withErrors: '有错误',
  failedState: '未评分',
  downloadScored: (name) => `下载 ${name}`,
  downloadDocx: (name) => `下载 ${name}`,
  downloadAll: '全部下载（.zip，含 汇总.xlsx）',
  zipName: '评分结果.zip',
  pickAFile: '在左侧选择一个文件查看结果。',
  notInPage: (file) => `${file}：网页版不能读取 .xls/.et/.ods 文件。请在 Excel 或 WPS 表格中“另存为” .xlsx 后再拖入（命令行版装有 LibreOffice 时可直接评分）。`,
  noWorkbooks: '没有找到可评分的工作簿（.xlsx/.xlsm）。',
  restoredHeading: '恢复的文件',
  downloadRestored: (name) => `下载 ${name}`,
  messagesHeading: '说明',
  failed: (message) => `出错：${message}`,
};

const en: PageStrings = {
  title: 'Performance Scorer · Web',
  intro: 'Drop department performance indicator tables (.xlsx): each indicator is scored by its rule, the scores written back with every deduction marked, and the scored files are yours to download. The same scoring code as the command line, byte for byte the same files.',
  offline: 'Files are processed in this browser only: nothing is uploaded, nothing goes on the network.',
  drop: 'Drop .xlsx files or a whole folder here',
  pickFiles: 'Choose files',
  pickFolder: 'Choose a folder',
  pickScored: 'Restore a scored file',
  restoreHint: 'Choose a .scored.xlsx to get the workbook as it was before scoring (.restored.xlsx).',
  overwriteFormulas: 'Overwrite formulas in score cells too',
  wordReport: 'Also write the self-evaluation report as Word (.docx)',
  language: '中文',
  dark: 'Dark',
  progress: (done, all) => `${done} of ${all} files done`,
  cancel: 'Cancel',
  cancelled: 'Cancelled: the files not finished were not scored.',
  cancelledState: 'Cancelled',
  filesHeading: 'Files',
  fileColumn: 'File',
  scoreColumn: 'Score',
  gradeColumn: 'Grade',
  stateColumn: 'State',
  sortByScore: 'Sort by score',
  waiting: 'Waiting',
  working: 'Scoring',
  scoredState: 'Scored',
  withErrors: 'Has errors',
  failedState: 'Not scored',
  downloadScored: (name) => `Download ${name}`,
  downloadDocx: (name) => `Download ${name}`,
  downloadAll: 'Download all (.zip, with 汇总.xlsx)',
  zipName: 'scored.zip',
  pickAFile: 'Choose a file on the left to see its result.',
  notInPage: (file) => `${file}: the web page cannot read .xls/.et/.ods files. Save it as .xlsx in Excel or WPS and drop it again (the command line scores them directly where LibreOffice is installed).`,
  noWorkbooks: 'No workbook to score (.xlsx/.xlsm) was found.',
  restoredHeading: 'Restored files',
  downloadRestored: (name) => `Download ${name}`,
  messagesHeading: 'Notes',
  failed: (message) => `Error: ${message}`,
};

export const PAGE_STRINGS: Readonly<Record<Lang, PageStrings>> = { zh, en };
