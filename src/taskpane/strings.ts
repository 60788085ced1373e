// Every string the task pane shows, in Chinese and English. Nothing user-visible lives elsewhere.
import type { Lang } from '../core/types';

export interface Strings {
  readonly appTitle: string;
  readonly intro: string;
  readonly score: string;
  readonly scoring: string;
  readonly restore: string;
  /** That 恢复, not Ctrl+Z, undoes scoring. */
  readonly undoHint: string;
  readonly restoring: string;
  readonly loading: string;
  readonly total: string;
  /** `99.25 / 100` */
  readonly outOf: (score: string, max: string) => string;
  readonly grade: string;
  readonly gradeName: (grade: string) => string;
  readonly noGrade: string;
  readonly groupsHeading: string;
  readonly groupMeter: (name: string, score: string, points: string) => string;
  readonly groupIncomplete: string;
  /** Counts, each saying what it counts. */
  readonly countDeductions: string;
  readonly countErrors: string;
  readonly countManual: string;
  readonly countChanged: string;
  /** `核算 12 项，保留填写得分 9 项`: what was computed, and what only kept. */
  readonly computedKept: (computed: number, kept: number) => string;
  /** `按分值合计110分折合百分制90.91分`: the share the grade is taken on. */
  readonly gradedOn: (share: string, points: string) => string;
  readonly scoredSheet: (sheet: string) => string;
  readonly otherSheets: string;
  readonly scoreOther: (sheet: string) => string;
  readonly deductionsHeading: string;
  readonly noDeductions: string;
  /** `−0.25分` */
  readonly pointsLost: (points: string) => string;
  readonly deductionLabel: (cell: string, indicator: string, points: string) => string;
  readonly errorsHeading: string;
  readonly errorLabel: (cell: string, message: string) => string;
  readonly changedHeading: string;
  readonly changedHint: string;
  /** `填写1.00 → 计算0.50` */
  readonly changedFigures: (typed: string, computed: string) => string;
  readonly changedLabel: (cell: string, indicator: string, typed: string, computed: string) => string;
  readonly manualHeading: string;
  /** A manual row whose verdict contradicts its typed score. */
  readonly reviewTag: string;
  readonly keptHeading: string;
  readonly keptHint: string;
  readonly keptTag: string;
  /** A kept score whose input is missing (what to fill in is in its text). */
  readonly keptUnverifiedTag: string;
  /** A kept score the rule cannot give. */
  readonly keptImpossibleTag: string;
  readonly keptLabel: (cell: string, indicator: string, score: string) => string;
  readonly groupKept: string;
  readonly warningsHeading: string;
  /** A warning beside its cell: `B21：…`. */
  readonly atCell: (cell: string, text: string) => string;
  readonly selectHint: string;
  readonly conclusionHeading: string;
  readonly conclusionDraft: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly writeConclusion: string;
  /** Saves the report as a Word document (`<name>.自评报告.docx`). */
  readonly saveDocx: string;
  readonly savingDocx: string;
  readonly savedDocx: (file: string, kb: string) => string;
  readonly conclusionSheetName: string;
  readonly printHeading: string;
  readonly printSet: (titleRows: string) => string;
  readonly printOwn: string;
  readonly printUnsupported: string;
  readonly reasonOwn: string;
  readonly reasonAppended: string;
  readonly appendReason: string;
  readonly exportDetails: string;
  readonly detailSheetName: string;
  readonly detailHeader: readonly string[];
  readonly detailDeduction: string;
  readonly detailError: string;
  readonly written: (sheet: string) => string;
  /** What an older Excel could not give the new sheet (ExcelApi below 1.7: links; below 1.9: print setup). */
  readonly writtenWithoutLinks: string;
  readonly writtenWithoutPrint: string;
  readonly writing: string;
  /** Added to the status when Excel has not answered for a while: it holds writes while a cell is being edited. */
  readonly waitingForExcel: string;
  readonly lastResult: (time: string) => string;
  readonly scored: (total: string, grade: string | null) => string;
  /** What separates two sentences: nothing in Chinese, a space in English. */
  readonly sentenceGap: string;
  /** Between items of a list of cells. */
  readonly listSep: string;
  readonly restored: (cells: number) => string;
  /** Print title rows scoring set, which restore cannot remove. */
  readonly titleRowsKept: (rows: string) => string;
  readonly nothingToRestore: string;
  readonly formulaTitle: string;
  readonly formulaBody: (count: number, cells: string) => string;
  readonly overwrite: string;
  readonly keepFormulas: string;
  readonly notesVia: (via: 'notes' | 'comments' | 'reason-column') => string;
  /** The status line after scoring: so many explanations are listed because no note could take them. */
  readonly notesListed: (count: number) => string;
  readonly notesHeading: string;
  readonly notesHint: string;
  /** Why a cell is listed: a person's old-style note where this Excel cannot add a comment. */
  readonly noteSkipped: string;
  /** Why a cell is listed: another user's earlier explanation, which Excel refused to let us change. */
  readonly noteLeft: string;
  readonly noteLabel: (cell: string, indicator: string, why: string) => string;
  /** After restore: cells still carrying another user's explanation. */
  readonly notesLeftAfterRestore: (cells: string) => string;
  readonly failed: (message: string) => string;
  readonly selectFailed: (cell: string) => string;
  readonly noOffice: string;
}

const zh: Strings = {
  appTitle: '绩效评分助手',
  intro: '为当前工作表中的部门整体支出绩效评价指标表评分。得分写入“得分”列，扣分行标黄并附批注说明原因。',
  score: '评分',
  scoring: '正在评分…',
  restore: '恢复',
  undoHint: '要撤销评分，请单击“恢复”：Ctrl+Z 不能完整撤销加载项写入的内容。',
  restoring: '正在恢复…',
  loading: '正在加载…',
  total: '总分',
  outOf: (score, max) => `${score} / ${max}`,
  grade: '评价等级',
  gradeName: (grade) => grade,
  noGrade: '尚有指标未评分，暂不评定等级',
  groupsHeading: '一级指标得分',
  groupMeter: (name, score, points) => `${name}：${score} / ${points} 分`,
  groupIncomplete: '（部分待评）',
  countDeductions: '扣分项',
  countErrors: '错误',
  countManual: '需人工评分',
  countChanged: '与填写得分不一致',
  computedKept: (computed, kept) => `核算 ${computed} 项，保留填写得分 ${kept} 项`,
  gradedOn: (share, points) => `各指标分值合计${points}分，按比例折合百分制${share}分评定等级`,
  scoredSheet: (sheet) => `已评分工作表：${sheet}`,
  otherSheets: '本工作簿中的其他指标表：',
  scoreOther: (sheet) => `评分“${sheet}”`,
  deductionsHeading: '扣分项',
  noDeductions: '没有扣分项。',
  pointsLost: (points) => `−${points}分`,
  deductionLabel: (cell, indicator, points) => `${cell} ${indicator}，扣${points}分，单击选中该单元格`,
  errorsHeading: '需要修正的错误',
  errorLabel: (cell, message) => `${cell}：${message}，单击选中该单元格`,
  changedHeading: '与填写得分不一致',
  changedHint: '表中原填的得分与按评分标准计算的得分不同，已改为计算得分。请核对：',
  changedFigures: (typed, computed) => `填写${typed} → 计算${computed}`,
  changedLabel: (cell, indicator, typed, computed) => `${cell} ${indicator}，填写得分${typed}，计算得分${computed}，单击选中该单元格`,
  manualHeading: '需人工评分的指标',
  reviewTag: '需复核：完成情况与填写得分矛盾',
  keptHeading: '保留填写得分（未核算）',
  keptHint: '这些指标的得分是表中原填的，本助手保留未改，也未核算：定性指标由人评定；其余缺少核算所需的输入，说明中写明补填什么后可核算。',
  keptTag: '保留填写得分',
  keptUnverifiedTag: '缺少输入，未核算',
  keptImpossibleTag: '需核实：不是评分标准能给出的得分',
  keptLabel: (cell, indicator, score) => `${cell} ${indicator}，保留填写得分${score}分，未核算，单击选中该单元格`,
  groupKept: '（含保留填写得分）',
  warningsHeading: '提示',
  atCell: (cell, text) => `${cell}：${text}`,
  selectHint: '单击任一项可在表中选中对应单元格。',
  conclusionHeading: '评价结论',
  conclusionDraft: '其中“改进措施”按扣分项自动起草，是草稿，请结合本单位实际修改后使用。',
  copy: '复制',
  copied: '已复制评价结论',
  copyFailed: '无法复制，请手动选择文字复制',
  writeConclusion: '写入新工作表“评价结论”',
  saveDocx: '保存为 Word 文档',
  savingDocx: '正在生成 Word 文档…',
  savedDocx: (file, kb) => `已生成“${file}”（${kb} KB），请在浏览器的下载中查看；如未出现下载（Mac 版 Excel 不支持加载项下载文件），请复制文字或写入新工作表。`,
  conclusionSheetName: '评价结论',
  printHeading: '打印与导出',
  printSet: (rows) => `已设置打印：A4 横向，按列宽缩放（字号不小于 9 磅，放不下的列另起一页），每页重复标题行（第${rows.replace(/\$/g, '').replace(':', '–')}行）。`,
  printOwn: '此表已有自己的打印设置，未改动。',
  printUnsupported: '此版本 Excel 不能通过加载项设置打印。',
  reasonOwn: '扣分说明写在表中的“扣分原因”列，随表打印。',
  reasonAppended: '已在表格右侧附加“扣分原因”列，扣分说明随表打印；“恢复”会将其删除。',
  appendReason: '打印时附加“扣分原因”列（此表没有该列；批注不会打印）',
  exportDetails: '导出扣分明细到新工作表',
  detailSheetName: '扣分明细',
  detailHeader: ['一级指标', '指标', '类型', '分值', '得分', '扣分', '原因', '单元格'],
  detailDeduction: '扣分',
  detailError: '错误',
  written: (sheet) => `已写入新工作表“${sheet}”。`,
  writtenWithoutLinks: '此版本 Excel 不支持加载项添加链接：单元格地址只是文字，请按地址自行定位。',
  writtenWithoutPrint: '此版本 Excel 不能通过加载项设置打印：如需打印，请在“页面布局”中设为横向、调整为一页宽，并设置打印标题。',
  writing: '正在写入…',
  waitingForExcel: '正在等待 Excel：如有单元格正在编辑，请按 Enter 或 Esc 退出编辑，随后自动继续。',
  lastResult: (time) => `上次评分结果（${time}）`,
  scored: (total, grade) =>
    grade ? `评分完成：总分${total}分，等级“${grade}”。` : `评分完成：已评指标得分${total}分，尚有指标未评分。`,
  sentenceGap: '',
  listSep: '、',
  restored: (cells) => `已恢复 ${cells} 个单元格的原内容`,
  titleRowsKept: (rows) => `打印方向和缩放已还原；每页重复的标题行（第${rows.replace(/\$/g, '').replace(':', '–')}行）无法由加载项删除，如不需要，请在“页面布局 › 打印标题”中删除。`,
  nothingToRestore: '没有需要恢复的内容：此表尚未由本助手评分。',
  formulaTitle: '覆盖得分公式？',
  formulaBody: (count, cells) =>
    `“得分”列中有 ${count} 个单元格是公式（${cells}）。是否用计算得分覆盖这些公式？覆盖后可用“恢复”还原。`,
  overwrite: '覆盖并评分',
  keepFormulas: '保留公式',
  notesVia: (via) =>
    via === 'notes'
      ? '扣分说明已写入批注。'
      : via === 'comments'
        ? '此版本 Excel 不支持批注，扣分说明已写入注释。'
        : '此版本 Excel 不支持批注或注释，扣分说明仅写入“扣分原因”列。',
  notesListed: (count) => `${count} 个单元格的扣分说明未能写入批注或注释，见下方列表。`,
  notesHeading: '未能写入批注或注释的扣分说明',
  notesHint: '这些单元格的扣分说明以本窗格为准：',
  noteSkipped: '单元格已有旧式批注，此版本 Excel 不能在其上添加注释',
  noteLeft: '注释中仍是另一位用户评分时写入的旧说明，Excel 拒绝由他人修改或删除；请该用户再次评分或删除该回复',
  noteLabel: (cell, indicator, why) => `${cell} ${indicator}，${why}，单击选中该单元格`,
  notesLeftAfterRestore: (cells) => `${cells}的注释中仍留有另一位用户评分时写入的说明，Excel 拒绝由他人删除，请该用户删除。`,
  failed: (message) => `操作未完成：${message}`,
  selectFailed: (cell) => `无法选中单元格 ${cell}`,
  noOffice: '未能连接 Excel。请在 Excel 中通过“开始”选项卡上的“评分”按钮打开本助手。',
};

const en: Strings = {
  appTitle: 'Performance Scorer',
  intro:
    'Scores the overall expenditure performance indicator sheet on the active worksheet. Scores go into the score column; deductions are highlighted with a note that explains them.',
  score: 'Score sheet',
  scoring: 'Scoring…',
  restore: 'Restore',
  undoHint: 'To undo scoring, click Restore: Ctrl+Z cannot fully undo what an add-in wrote.',
  restoring: 'Restoring…',
  loading: 'Loading…',
  total: 'Total',
  outOf: (score, max) => `${score} / ${max}`,
  grade: 'Grade',
  gradeName: (grade) => ({ 优: '优 (excellent)', 良: '良 (good)', 中: '中 (fair)', 差: '差 (poor)' })[grade] ?? grade,
  noGrade: 'Some indicators have no score yet, so no grade is given',
  groupsHeading: 'Level-1 indicators',
  groupMeter: (name, score, points) => `${name}: ${score} of ${points} points`,
  groupIncomplete: ' (partly pending)',
  countDeductions: 'Deductions',
  countErrors: 'Errors',
  countManual: 'Manual scores needed',
  countChanged: 'Typed scores changed',
  computedKept: (computed, kept) => `${computed} computed, ${kept} typed score${kept === 1 ? '' : 's'} kept`,
  gradedOn: (share, points) => `The points add up to ${points}; graded on ${share} out of 100`,
  scoredSheet: (sheet) => `Scored sheet: ${sheet}`,
  otherSheets: 'Other indicator sheets in this workbook:',
  scoreOther: (sheet) => `Score “${sheet}”`,
  deductionsHeading: 'Deductions',
  noDeductions: 'No deductions.',
  pointsLost: (points) => `−${points}`,
  deductionLabel: (cell, indicator, points) => `${cell} ${indicator}, ${points} points lost; select the cell`,
  errorsHeading: 'Errors to fix',
  errorLabel: (cell, message) => `${cell}: ${message}; select the cell`,
  changedHeading: 'Typed scores that differ from the computed ones',
  changedHint: 'The score typed in the sheet differs from the one the scoring rule gives, and was replaced. Check:',
  changedFigures: (typed, computed) => `typed ${typed} → computed ${computed}`,
  changedLabel: (cell, indicator, typed, computed) => `${cell} ${indicator}, typed score ${typed}, computed score ${computed}; select the cell`,
  manualHeading: 'Indicators needing a manual score',
  reviewTag: 'To review: the verdict contradicts the typed score',
  keptHeading: 'Typed scores kept (not checked)',
  keptHint: 'These scores are the ones typed in the sheet, kept as they are and not checked: qualitative ones are a person’s judgement; the others lack the input that would check them, which each one names.',
  keptTag: 'Typed score kept',
  keptUnverifiedTag: 'Input missing, not checked',
  keptImpossibleTag: 'To check: not a score the rule can give',
  keptLabel: (cell, indicator, score) => `${cell} ${indicator}, typed score ${score} kept, not checked; select the cell`,
  groupKept: ' (includes typed scores kept)',
  warningsHeading: 'Warnings',
  atCell: (cell, text) => `${cell}: ${text}`,
  selectHint: 'Click an item to select its cell in the sheet.',
  conclusionHeading: 'Evaluation conclusion',
  conclusionDraft: 'The improvement measures are a draft drafted from the deductions: revise them before use.',
  copy: 'Copy',
  copied: 'Conclusion copied',
  copyFailed: 'Could not copy; select the text and copy it by hand',
  writeConclusion: 'Write to a new sheet',
  saveDocx: 'Save as Word document',
  savingDocx: 'Making the Word document…',
  savedDocx: (file, kb) => `“${file}” (${kb} KB) is downloaded: see your downloads. If no download shows (Excel for Mac lets no add-in download files), copy the text or write it to a new sheet.`,
  conclusionSheetName: 'Conclusion',
  printHeading: 'Print and export',
  printSet: (rows) => `Print set up: A4 landscape, scaled to the columns (type at 9 points or more; columns that do not fit print on a page of their own), title rows ${rows.replace(/\$/g, '').replace(':', '–')} on every page.`,
  printOwn: 'This sheet has a print setup of its own; it was left as it is.',
  printUnsupported: 'This version of Excel does not let add-ins set up printing.',
  reasonOwn: 'Explanations are in the sheet’s reason column and print with it.',
  reasonAppended: 'A reason column was appended right of the table, so explanations print; Restore removes it.',
  appendReason: 'Append a reason column for printing (the sheet has none; notes do not print)',
  exportDetails: 'Export deductions to a new sheet',
  detailSheetName: 'Deductions',
  detailHeader: ['Level 1', 'Indicator', 'Kind', 'Points', 'Score', 'Lost', 'Reason', 'Cell'],
  detailDeduction: 'Deduction',
  detailError: 'Error',
  written: (sheet) => `Written to the new sheet “${sheet}”.`,
  writtenWithoutLinks: 'This version of Excel does not let add-ins add links: the cell addresses are plain text.',
  writtenWithoutPrint: 'This version of Excel does not let add-ins set up printing: for print, set landscape, fit to one page wide and print titles under Page Layout.',
  writing: 'Writing…',
  waitingForExcel: 'Waiting for Excel: if a cell is being edited, press Enter or Esc to finish; this then goes on by itself.',
  lastResult: (time) => `Last scoring (${time})`,
  scored: (total, grade) =>
    grade ? `Scored: total ${total}, grade “${grade}”.` : `Scored: ${total} so far; some indicators have no score yet.`,
  sentenceGap: ' ',
  listSep: ', ',
  restored: (cells) => `Restored the original contents of ${cells} cells`,
  titleRowsKept: (rows) => `Print orientation and zoom are back; the title rows repeated on every page (${rows.replace(/\$/g, '').replace(':', '–')}) cannot be removed by an add-in: remove them under Page Layout › Print Titles if not wanted.`,
  nothingToRestore: 'Nothing to restore: this sheet has not been scored by the add-in.',
  formulaTitle: 'Overwrite score formulas?',
  formulaBody: (count, cells) =>
    `${count} cells of the score column hold formulas (${cells}). Overwrite them with the computed scores? Restore puts them back.`,
  overwrite: 'Overwrite and score',
  keepFormulas: 'Keep formulas',
  notesVia: (via) =>
    via === 'notes'
      ? 'Deductions are explained in cell notes.'
      : via === 'comments'
        ? 'This Excel has no notes; deductions are explained in comments.'
        : 'This Excel has neither notes nor comments; deductions are explained only in the reason column.',
  notesListed: (count) => `${count} explanations could not go into a note or comment; see the list below.`,
  notesHeading: 'Explanations not in a note or comment',
  notesHint: 'For these cells, the explanation is the one in this pane:',
  noteSkipped: 'The cell holds an old-style note, where this Excel cannot add a comment',
  noteLeft: 'Its comment still holds an earlier explanation another user posted when scoring, which Excel refused to let anyone else change or delete; ask that user to score again or delete the reply',
  noteLabel: (cell, indicator, why) => `${cell} ${indicator}, ${why}; select the cell`,
  notesLeftAfterRestore: (cells) => `${cells} still carry an explanation another user posted in a comment, which Excel refused to let anyone else delete; ask that user to delete it.`,
  failed: (message) => `Not completed: ${message}`,
  selectFailed: (cell) => `Could not select cell ${cell}`,
  noOffice: 'Could not reach Excel. Open the add-in in Excel with Score sheet on the Home tab.',
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { zh, en };

/** English when Office's display language is English (en, en-US, en-GB…); Chinese otherwise. */
export function langOf(displayLanguage: string | null | undefined): Lang {
  return /^en\b/i.test((displayLanguage ?? '').trim()) ? 'en' : 'zh';
}
