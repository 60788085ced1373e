// What the adapter itself says — a protected sheet, a sheet without an indicator table, a write cut short,
// another pane's run, a note cut short — in one catalogue shape, a Chinese and an English one (as the core's
// messages and the report's words). How a sentence is chosen is below the catalogues; how it is worded, in them.
import type { Lang, ScoreResult } from '../core';
import type { Busy, Refusal } from './errors';
import { STALE_AFTER_MS } from './runLock';

interface AdapterMessages {
  protectedSheet(sheet: string): string;
  /** The workbook as a whole takes no change: its structure is protected, or it is open read-only. */
  workbook(state: 'structure-protected' | 'read-only'): string;
  /** Excel runs no command while a person is typing in a cell, and takes no change while a dialog of its own is open. */
  busy(busy: Busy): string;
  /** Why a write stopped part-way, in a clause; `detail` is Excel's own message, for a cause it did not name. */
  cause(reason: Refusal | 'error', sheet: string, detail: string): string;
  /** What to do before 恢复 or scoring can write again. */
  first(reason: Refusal | 'error'): string;
  cutShort(task: 'score' | 'restore', cause: string, first: string, written: number, of: number): string;
  noTable(sheet: string): string;
  /** Another pane has held the workbook since `at` (a time of day); a claim goes stale after `minutes`. */
  otherRun(at: string, minutes: number): string;
  /** The locale a time of day is written in. */
  readonly timeLocale: string;
  /** What ends a note cut short (shortNotes.ts). */
  readonly noteCut: string;
}

const zh: AdapterMessages = {
  protectedSheet: (sheet) => `工作表“${sheet}”受保护，未写入任何内容。请先撤销工作表保护（审阅 → 撤销工作表保护），再试一次。`,
  workbook: (state) =>
    state === 'structure-protected'
      ? '工作簿结构受保护，未写入任何内容：评分需要在工作簿中保存一张备份工作表。请先撤销工作簿保护（审阅 → 保护工作簿），再试一次。'
      : '工作簿以只读方式打开，未写入任何内容：评分结果及其备份无法保存。请以可编辑方式打开后再试。',
  busy: (busy) =>
    busy === 'dialog'
      ? '请先关闭对话框：Excel 打开对话框时不接受修改，未写入任何内容。关闭后再试一次。'
      : '请先退出单元格编辑（按 Enter 或 Esc）：Excel 正处于单元格编辑状态，未写入任何内容。退出后再试一次。',
  cause: (reason, sheet, detail) =>
    ({
      'cell-edit': 'Excel 进入了单元格编辑状态',
      dialog: 'Excel 中打开了对话框',
      protected: `工作表“${sheet}”在写入时受到了保护`,
      'structure-protected': '工作簿结构在写入时受到了保护',
      'read-only': '工作簿在写入时变为只读',
      error: `Excel 中途拒绝了写入（${detail}）`,
    })[reason],
  first: (reason) =>
    ({
      'cell-edit': '按 Enter 或 Esc 结束编辑后',
      dialog: '关闭对话框后',
      protected: '撤销工作表保护（审阅 → 撤销工作表保护）后',
      'structure-protected': '撤销工作簿保护（审阅 → 保护工作簿）后',
      'read-only': '以可编辑方式打开后',
      error: '',
    })[reason],
  cutShort: (task, cause, first, written, of) =>
    task === 'score'
      ? `${cause}，评分没有写完：已写入 ${written} 个单元格（共 ${of} 个）。${first}单击“恢复”可撤销已写入的内容，或再次评分。`
      : `${cause}，恢复没有完成：已恢复 ${written} 个单元格（共 ${of} 个）。${first}再次单击“恢复”即可完成。`,
  noTable: (sheet) => `工作表“${sheet}”中没有找到指标表：需要一行表头，含“三级指标”“分值”“得分”列。`,
  otherRun: (at, minutes) => `另一个任务窗格自 ${at} 起正在评分或恢复本工作簿，此处未做任何操作。请等它完成后再试；若那个窗格已关闭，请 ${minutes} 分钟后再试。`,
  timeLocale: 'zh-CN',
  noteCut: '…\n（完整说明见“绩效评分助手”窗格）',
};

const en: AdapterMessages = {
  protectedSheet: (sheet) => `Sheet "${sheet}" is protected, so nothing was written. Unprotect it (Review → Unprotect Sheet) and try again.`,
  workbook: (state) =>
    state === 'structure-protected'
      ? 'The workbook structure is protected, so nothing was written: scoring keeps its backup in a sheet of its own. Unprotect it (Review → Protect Workbook) and try again.'
      : 'The workbook is open read-only, so nothing was written: scores and their backup could not be saved. Open it for editing and try again.',
  busy: (busy) =>
    busy === 'dialog'
      ? 'Close the dialog open in Excel first: Excel takes no change while it is open, so nothing was written. Then try again.'
      : 'Finish editing the cell first (press Enter or Esc): Excel is editing a cell, so nothing was written. Then try again.',
  cause: (reason, sheet, detail) =>
    ({
      'cell-edit': 'Excel went into cell editing',
      dialog: 'A dialog was opened in Excel',
      protected: `Sheet "${sheet}" was protected meanwhile`,
      'structure-protected': 'The workbook structure was protected meanwhile',
      'read-only': 'The workbook became read-only',
      error: `Excel refused a write (${detail})`,
    })[reason],
  first: (reason) =>
    ({
      'cell-edit': 'Press Enter or Esc to finish editing, then click',
      dialog: 'Close the dialog, then click',
      protected: 'Unprotect the sheet (Review → Unprotect Sheet), then click',
      'structure-protected': 'Unprotect the workbook (Review → Protect Workbook), then click',
      'read-only': 'Open it for editing, then click',
      error: 'Click',
    })[reason],
  cutShort: (task, cause, first, written, of) =>
    task === 'score'
      ? `${cause}, so scoring stopped part-way: ${written} of ${of} cells were written. ${first} Restore to undo what was written, or score again.`
      : `${cause}, so restoring stopped part-way: ${written} of ${of} cells are back. ${first} Restore again to finish.`,
  noTable: (sheet) => `No indicator table was found on sheet "${sheet}": it needs a header row with 三级指标, 分值 and 得分 columns.`,
  otherRun: (at, minutes) =>
    `Another task pane has been scoring or restoring this workbook since ${at}, so nothing was done here. Try again when it has finished; if that pane was closed, try again in ${minutes} minutes.`,
  timeLocale: 'en-GB',
  noteCut: '…\n(full explanation in the Performance Scorer pane)',
};

export const adapterMessages = (lang: Lang): AdapterMessages => (lang === 'en' ? en : zh);

export function protectedMessage(sheet: string, lang: Lang): string {
  return adapterMessages(lang).protectedSheet(sheet);
}

export function workbookMessage(state: 'structure-protected' | 'read-only', lang: Lang): string {
  return adapterMessages(lang).workbook(state);
}

/** Why nothing can be written now: the person is busy in Excel, the sheet or the workbook takes no change. */
export function refusalMessage(reason: Refusal, sheet: string, lang: Lang): string {
  const m = adapterMessages(lang);
  if (reason === 'cell-edit' || reason === 'dialog') return m.busy(reason);
  return reason === 'protected' ? m.protectedSheet(sheet) : m.workbook(reason);
}

/**
 * A write Excel stopped after some of its batches: what was written, and the way back. Scoring keeps
 * its backup first, so 恢复 undoes what it wrote; restore deletes the backup last, so 恢复 again finishes.
 */
export function cutShortMessage(task: 'score' | 'restore', reason: Refusal | 'error', counts: { written: number; of: number }, sheet: string, detail: string, lang: Lang): string {
  const m = adapterMessages(lang);
  return m.cutShort(task, m.cause(reason, sheet, detail), m.first(reason), counts.written, counts.of);
}

/** The core's own reason where it gives one (no header found near …), else what a table needs. */
export function noTableMessage(sheet: string, result: ScoreResult, lang: Lang): string {
  return result.issues.find((i) => i.severity === 'error')?.message ?? adapterMessages(lang).noTable(sheet);
}

/** Another pane is scoring or restoring this workbook (runLock). */
export function otherRunMessage(since: number, lang: Lang): string {
  const m = adapterMessages(lang);
  return m.otherRun(new Date(since).toLocaleTimeString(m.timeLocale, { hour12: false }), STALE_AFTER_MS / 60_000);
}
