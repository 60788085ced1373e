// The scoring result (loaded after the first render), in the order a person acts on it: the total and
// which sheet; the bars; errors first (they keep the result from being final); typed scores that changed;
// deductions, then the explanations no note or comment could take; manual scores (a contradiction marked
// to review); typed scores kept, never shown as checked; warnings; print and export; the 评价结论.
import { shownAddress } from '../core/cells';
import type { Strings } from './strings';
import type { ResultView } from './view';
import { CellList, ListSection } from './result/CellList';
import { ConclusionSection } from './result/ConclusionSection';
import { GroupBars } from './result/GroupBars';
import { OtherSheets } from './result/OtherSheets';
import { PrintSection } from './result/PrintSection';
import { TotalSummary } from './result/TotalSummary';
import { useResultStyles } from './result/styles';

export interface ResultPanelProps {
  readonly view: ResultView;
  readonly strings: Strings;
  /** False when this is the remembered result of an earlier scoring. */
  readonly fresh: boolean;
  /** A task is running: the buttons that start one wait. */
  readonly busy: boolean;
  readonly appendReason: boolean;
  /** Selects a cell (the web page, with no workbook open, has none: its lists are text). */
  readonly onSelect?: (address: string) => void;
  readonly onScoreSheet: (sheet: string) => void;
  readonly onAppendReason: (on: boolean) => void;
  /** Writes a sheet into the workbook (the web page has none: its scored file already holds the 评价结论). */
  readonly onExport?: (what: 'details' | 'conclusion') => void;
  /** Saves the 评价结论 as a Word document; without it, no button. */
  readonly onSaveDocx?: () => void;
}

export default function ResultPanel({ view, strings: s, fresh, busy, appendReason, onSelect, onScoreSheet, onAppendReason, onExport, onSaveDocx }: ResultPanelProps) {
  const shared = useResultStyles();
  // Only where an item selects its cell: the web page's lists are text.
  const selectHint = onSelect ? s.selectHint : undefined;
  return (
    <div data-testid="result">
      <TotalSummary view={view} strings={s} fresh={fresh} />
      <OtherSheets sheets={view.otherSheets} strings={s} disabled={busy} onScore={onScoreSheet} />
      <GroupBars groups={view.groups} strings={s} />

      <ListSection id="errors" heading={s.errorsHeading} count={view.errors.length} hint={selectHint}>
        <CellList items={view.errors} kind={() => 'error'} label={(i) => s.errorLabel(i.cell, `${i.indicator} ${i.text}`.trim())} onSelect={onSelect} testId="errors" />
      </ListSection>

      <ListSection id="changed" heading={s.changedHeading} count={view.changed.length} hint={s.changedHint}>
        <CellList
          items={view.changed}
          kind={() => 'changed'}
          figure={(i) => s.changedFigures(i.typed, i.computed)}
          label={(i) => s.changedLabel(i.cell, i.indicator, i.typed, i.computed)}
          onSelect={onSelect}
          testId="changed"
        />
      </ListSection>

      <ListSection id="deductions" heading={s.deductionsHeading} count={view.deductions.length} hint={selectHint} empty={s.noDeductions}>
        <CellList
          items={view.deductions}
          kind={() => 'deducted'}
          figure={(i) => s.pointsLost(i.lost)}
          badge={(i) => (i.kept ? s.keptTag : null)}
          label={(i) => s.deductionLabel(i.cell, i.indicator, i.lost)}
          onSelect={onSelect}
          testId="deductions"
        />
      </ListSection>

      <ListSection id="notes" heading={s.notesHeading} count={view.notes.length} hint={s.notesHint}>
        <CellList
          items={view.notes}
          kind={() => 'note'}
          badge={(i) => (i.kind === 'skipped' ? s.noteSkipped : s.noteLeft)}
          label={(i) => s.noteLabel(i.cell, i.indicator, i.kind === 'skipped' ? s.noteSkipped : s.noteLeft)}
          onSelect={onSelect}
          testId="notes"
        />
      </ListSection>

      <ListSection id="manual" heading={s.manualHeading} count={view.manual.length}>
        <CellList
          items={view.manual}
          kind={(i) => (i.review ? 'review' : 'manual')}
          badge={(i) => (i.review ? s.reviewTag : null)}
          label={(i) => s.errorLabel(i.cell, `${i.review ? `${s.reviewTag} ` : ''}${i.indicator} ${i.text}`)}
          onSelect={onSelect}
          testId="manual"
        />
      </ListSection>

      <ListSection id="kept" heading={s.keptHeading} count={view.kept.length} hint={s.keptHint}>
        <CellList
          items={view.kept}
          kind={() => 'kept'}
          figure={(i) => i.score}
          badge={(i) => (!i.possible ? s.keptImpossibleTag : i.unverified ? s.keptUnverifiedTag : null)}
          label={(i) => s.keptLabel(i.cell, i.indicator, i.score)}
          onSelect={onSelect}
          testId="kept"
        />
      </ListSection>

      {view.warnings.length > 0 && (
        <section className={shared.section}>
          <details data-testid="warnings">
            <summary className={shared.h2}>
              {s.warningsHeading} ({view.warnings.length})
            </summary>
            <ul>
              {view.warnings.map((w, i) => (
                <li key={`${w.cell}:${i}`}>{s.atCell(shownAddress(w.sheet, w.cell), w.text)}</li>
              ))}
            </ul>
          </details>
        </section>
      )}

      <PrintSection view={view} strings={s} disabled={busy} appendReason={appendReason} onAppendReason={onAppendReason} {...(onExport ? { onExport: () => onExport('details') } : {})} />
      <ConclusionSection text={view.conclusion} strings={s} disabled={busy} {...(onExport ? { onWrite: () => onExport('conclusion') } : {})} {...(onSaveDocx ? { onSaveDocx } : {})} />
    </div>
  );
}
