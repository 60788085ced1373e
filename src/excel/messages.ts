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

export function noTableMessage(sheet: string, result: ScoreResult, lang: Lang): string {
  const issue = result.issues.find((i) => i.severity === 'error');
  if (issue) return issue.message;
  return lang === 'en'
    ? `No indicator table was found on sheet "${sheet}": it needs a header row with 三级指标, 分值 and 得分 columns.`
    : `工作表“${sheet}”中没有找到指标表：需要一行表头，含“三级指标”“分值”“得分”列。`;
}

