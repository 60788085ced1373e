// What the adapter itself says: a protected sheet, a sheet without an indicator table.
import {
  type Lang,
  type ScoreResult,
} from '../core';

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

/** Excel runs no command while a person is typing in a cell. */
export function cellEditMessage(lang: Lang): string {
  return lang === 'en'
    ? 'Excel is editing a cell, so nothing was written. Press Enter or Esc to finish editing, then try again.'
    : 'Excel 正处于单元格编辑状态，未写入任何内容。请按 Enter 或 Esc 结束编辑，再试一次。';
}

export function noTableMessage(sheet: string, result: ScoreResult, lang: Lang): string {
  const issue = result.issues.find((i) => i.severity === 'error');
  if (issue) return issue.message;
  return lang === 'en'
    ? `No indicator table was found on sheet "${sheet}": it needs a header row with 三级指标, 分值 and 得分 columns.`
    : `工作表“${sheet}”中没有找到指标表：需要一行表头，含“三级指标”“分值”“得分”列。`;
}

