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
  readonly countDeductions: string;
  readonly countErrors: string;
  readonly countManual: string;
  readonly deductionsHeading: string;
  readonly noDeductions: string;
  /** `−0.25分` */
  readonly pointsLost: (points: string) => string;
  readonly deductionLabel: (cell: string, indicator: string, points: string) => string;
  readonly errorsHeading: string;
  readonly noErrors: string;
  readonly errorLabel: (cell: string, message: string) => string;
  readonly manualHeading: string;
  readonly warningsHeading: string;
  readonly selectHint: string;
  readonly conclusionHeading: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly lastResult: (time: string) => string;
  readonly scored: (total: string, grade: string | null) => string;
  /** What separates two sentences: nothing in Chinese, a space in English. */
  readonly sentenceGap: string;
  /** Between items of a list of cells. */
  readonly listSep: string;
  readonly restored: (cells: number) => string;
  readonly nothingToRestore: string;
  readonly formulaTitle: string;
  readonly formulaBody: (count: number, cells: string) => string;
  readonly overwrite: string;
  readonly keepFormulas: string;
  readonly notesVia: (via: 'notes' | 'comments' | 'reason-column') => string;
  readonly notesSkipped: (cells: string) => string;
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
  countDeductions: '扣分',
  countErrors: '错误',
  countManual: '需人工评分',
  deductionsHeading: '扣分项',
  noDeductions: '没有扣分项。',
  pointsLost: (points) => `−${points}分`,
  deductionLabel: (cell, indicator, points) => `${cell} ${indicator}，扣${points}分，单击选中该单元格`,
  errorsHeading: '需要修正的错误',
  noErrors: '没有错误。',
  errorLabel: (cell, message) => `${cell}：${message}，单击选中该单元格`,
  manualHeading: '需人工评分的指标',
  warningsHeading: '提示',
  selectHint: '单击任一项可在表中选中对应单元格。',
  conclusionHeading: '评价结论',
  copy: '复制',
  copied: '已复制评价结论',
  copyFailed: '无法复制，请手动选择文字复制',
  lastResult: (time) => `上次评分结果（${time}）`,
  scored: (total, grade) =>
    grade ? `评分完成：总分${total}分，等级“${grade}”。` : `评分完成：已评指标得分${total}分，尚有指标未评分。`,
  sentenceGap: '',
  listSep: '、',
  restored: (cells) => `已恢复 ${cells} 个单元格的原内容`,
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
  notesSkipped: (cells) => `${cells}已有旧式批注，此版本 Excel 无法在其上添加注释，扣分说明见本窗格。`,
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
  countManual: 'Manual score',
  deductionsHeading: 'Deductions',
  noDeductions: 'No deductions.',
  pointsLost: (points) => `−${points}`,
  deductionLabel: (cell, indicator, points) => `${cell} ${indicator}, ${points} points lost; select the cell`,
  errorsHeading: 'Errors to fix',
  noErrors: 'No errors.',
  errorLabel: (cell, message) => `${cell}: ${message}; select the cell`,
  manualHeading: 'Indicators needing a manual score',
  warningsHeading: 'Warnings',
  selectHint: 'Click an item to select its cell in the sheet.',
  conclusionHeading: 'Evaluation conclusion',
  copy: 'Copy',
  copied: 'Conclusion copied',
  copyFailed: 'Could not copy; select the text and copy it by hand',
  lastResult: (time) => `Last scoring (${time})`,
  scored: (total, grade) =>
    grade ? `Scored: total ${total}, grade “${grade}”.` : `Scored: ${total} so far; some indicators have no score yet.`,
  sentenceGap: ' ',
  listSep: ', ',
  restored: (cells) => `Restored the original contents of ${cells} cells`,
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
  notesSkipped: (cells) => `${cells} already carry old-style notes, where this Excel cannot add a comment; see this pane for their explanations.`,
  failed: (message) => `Not completed: ${message}`,
  selectFailed: (cell) => `Could not select cell ${cell}`,
  noOffice: 'Could not reach Excel. Open the add-in in Excel with Score sheet on the Home tab.',
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { zh, en };

/** English when Office's display language is English (en, en-US, en-GB…); Chinese otherwise. */
export function langOf(displayLanguage: string | null | undefined): Lang {
  return /^en\b/i.test((displayLanguage ?? '').trim()) ? 'en' : 'zh';
}
