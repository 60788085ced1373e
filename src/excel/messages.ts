// What the adapter itself says: a protected sheet, a sheet without an indicator table, a write cut short.
import {
  type Lang,
  type ScoreResult,
} from '../core';
import type { Busy, Refusal } from './errors';

export function protectedMessage(sheet: string, lang: Lang): string {
  return lang === 'en'
    ? `Sheet "${sheet}" is protected, so nothing was written. Unprotect it (Review → Unprotect Sheet) and try again.`
    : `工作表“${sheet}”受保护，未写入任何内容。请先撤销工作表保护（审阅 → 撤销工作表保护），再试一次。`;
}

/** The workbook as a whole takes no change: its structure is protected, or it is open read-only. */
export function workbookMessage(state: 'structure-protected' | 'read-only', lang: Lang): string {
  if (state === 'structure-protected') {
    return lang === 'en'
      ? 'The workbook structure is protected, so nothing was written: scoring keeps its backup in a sheet of its own. Unprotect it (Review → Protect Workbook) and try again.'
      : '工作簿结构受保护，未写入任何内容：评分需要在工作簿中保存一张备份工作表。请先撤销工作簿保护（审阅 → 保护工作簿），再试一次。';
  }
  return lang === 'en'
    ? 'The workbook is open read-only, so nothing was written: scores and their backup could not be saved. Open it for editing and try again.'
    : '工作簿以只读方式打开，未写入任何内容：评分结果及其备份无法保存。请以可编辑方式打开后再试。';
}

/** Excel runs no command while a person is typing in a cell, and takes no change while a dialog of its own is open. */
export function busyMessage(busy: Busy, lang: Lang): string {
  if (busy === 'dialog') {
    return lang === 'en'
      ? 'Close the dialog open in Excel first: Excel takes no change while it is open, so nothing was written. Then try again.'
      : '请先关闭对话框：Excel 打开对话框时不接受修改，未写入任何内容。关闭后再试一次。';
  }
  return lang === 'en'
    ? 'Finish editing the cell first (press Enter or Esc): Excel is editing a cell, so nothing was written. Then try again.'
    : '请先退出单元格编辑（按 Enter 或 Esc）：Excel 正处于单元格编辑状态，未写入任何内容。退出后再试一次。';
}

/** Why nothing can be written now: the person is busy in Excel, the sheet or the workbook takes no change. */
export function refusalMessage(reason: Refusal, sheet: string, lang: Lang): string {
  if (reason === 'cell-edit' || reason === 'dialog') return busyMessage(reason, lang);
  return reason === 'protected' ? protectedMessage(sheet, lang) : workbookMessage(reason, lang);
}

/** Why a write stopped part-way, in a clause; `detail` is Excel's own message, for a cause it did not name. */
function causeOf(reason: Refusal | 'error', sheet: string, detail: string, lang: Lang): string {
  const zh: Record<Refusal | 'error', string> = {
    'cell-edit': 'Excel 进入了单元格编辑状态',
    dialog: 'Excel 中打开了对话框',
    protected: `工作表“${sheet}”在写入时受到了保护`,
    'structure-protected': '工作簿结构在写入时受到了保护',
    'read-only': '工作簿在写入时变为只读',
    error: `Excel 中途拒绝了写入（${detail}）`,
  };
  const en: Record<Refusal | 'error', string> = {
    'cell-edit': 'Excel went into cell editing',
    dialog: 'A dialog was opened in Excel',
    protected: `Sheet "${sheet}" was protected meanwhile`,
    'structure-protected': 'The workbook structure was protected meanwhile',
    'read-only': 'The workbook became read-only',
    error: `Excel refused a write (${detail})`,
  };
  return (lang === 'en' ? en : zh)[reason];
}

/** What to do before 恢复 or scoring can write again. */
function firstOf(reason: Refusal | 'error', lang: Lang): string {
  const zh: Record<Refusal | 'error', string> = {
    'cell-edit': '按 Enter 或 Esc 结束编辑后',
    dialog: '关闭对话框后',
    protected: '撤销工作表保护（审阅 → 撤销工作表保护）后',
    'structure-protected': '撤销工作簿保护（审阅 → 保护工作簿）后',
    'read-only': '以可编辑方式打开后',
    error: '',
  };
  const en: Record<Refusal | 'error', string> = {
    'cell-edit': 'Press Enter or Esc to finish editing, then click',
    dialog: 'Close the dialog, then click',
    protected: 'Unprotect the sheet (Review → Unprotect Sheet), then click',
    'structure-protected': 'Unprotect the workbook (Review → Protect Workbook), then click',
    'read-only': 'Open it for editing, then click',
    error: 'Click',
  };
  return (lang === 'en' ? en : zh)[reason];
}

/**
 * A write Excel stopped after some of its batches: what was written, and the way back. Scoring keeps
 * its backup first, so 恢复 undoes what it wrote; restore deletes the backup last, so 恢复 again finishes.
 */
export function cutShortMessage(task: 'score' | 'restore', reason: Refusal | 'error', counts: { written: number; of: number }, sheet: string, detail: string, lang: Lang): string {
  const cause = causeOf(reason, sheet, detail, lang);
  const first = firstOf(reason, lang);
  const { written, of } = counts;
  if (lang === 'en') {
    return task === 'score'
      ? `${cause}, so scoring stopped part-way: ${written} of ${of} cells were written. ${first} Restore to undo what was written, or score again.`
      : `${cause}, so restoring stopped part-way: ${written} of ${of} cells are back. ${first} Restore again to finish.`;
  }
  return task === 'score'
    ? `${cause}，评分没有写完：已写入 ${written} 个单元格（共 ${of} 个）。${first}单击“恢复”可撤销已写入的内容，或再次评分。`
    : `${cause}，恢复没有完成：已恢复 ${written} 个单元格（共 ${of} 个）。${first}再次单击“恢复”即可完成。`;
}

export function noTableMessage(sheet: string, result: ScoreResult, lang: Lang): string {
  const issue = result.issues.find((i) => i.severity === 'error');
  if (issue) return issue.message;
  return lang === 'en'
    ? `No indicator table was found on sheet "${sheet}": it needs a header row with 三级指标, 分值 and 得分 columns.`
    : `工作表“${sheet}”中没有找到指标表：需要一行表头，含“三级指标”“分值”“得分”列。`;
}

