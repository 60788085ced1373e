// Every string the task pane shows, in Chinese (zh.ts) and English (en.ts). Nothing user-visible lives
// elsewhere. Chinese comes with the pane, as most panes are Chinese; English is a chunk of its own (load.ts).
import type { Lang } from '../../core/types';

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
  /** The same for one of several tables on the sheet, named. */
  readonly tableScored: (table: string, total: string, grade: string | null) => string;
  /** A table of several on the sheet that gives no name of its own: its place, top down. */
  readonly tableNumber: (n: number) => string;
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

/** English when Office's display language is English (en, en-US, en-GB…); Chinese otherwise. */
export function langOf(displayLanguage: string | null | undefined): Lang {
  return /^en\b/i.test((displayLanguage ?? '').trim()) ? 'en' : 'zh';
}
