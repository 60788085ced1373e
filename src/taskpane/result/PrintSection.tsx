// Print and hand-in: what scoring did to the print setup, where the explanations reach paper (the
// sheet's 扣分原因 column, or one appended on request), and the 扣分明细 export.
import { Button, Switch } from '@fluentui/react-components';
import type { Strings } from '../strings';
import type { ResultView } from '../view';
import { useResultStyles } from './styles';

export interface PrintSectionProps {
  readonly view: ResultView;
  readonly strings: Strings;
  readonly disabled: boolean;
  readonly appendReason: boolean;
  readonly onAppendReason: (on: boolean) => void;
  /** Writes the 扣分明细 sheet; without it, no button. */
  readonly onExport?: () => void;
}

function printText(view: ResultView, s: Strings): string {
  if (!view.print) return '';
  if (view.print.kind === 'set') return s.printSet(view.print.titleRows);
  return view.print.kind === 'own' ? s.printOwn : s.printUnsupported;
}

export function PrintSection({ view, strings: s, disabled, appendReason, onAppendReason, onExport }: PrintSectionProps) {
  const shared = useResultStyles();
  const said = printText(view, s);
  return (
    <section className={shared.section} aria-labelledby="print-heading" data-testid="print">
      <h2 id="print-heading" className={shared.h2}>
        {s.printHeading}
      </h2>
      {said && (
        <p className={shared.caption} data-testid="print-status">
          {said}
        </p>
      )}
      {view.reasonColumn === 'own' ? (
        <p className={shared.caption}>{s.reasonOwn}</p>
      ) : (
        <>
          <Switch checked={appendReason} disabled={disabled} label={s.appendReason} onChange={(_, d) => onAppendReason(d.checked)} data-testid="append-reason" />
          {view.reasonColumn === 'appended' && <p className={shared.caption}>{s.reasonAppended}</p>}
        </>
      )}
      {onExport && (
        <div className={shared.row}>
          <Button data-testid="export-details" disabled={disabled || view.details.length === 0} onClick={onExport}>
            {s.exportDetails}
          </Button>
        </div>
      )}
    </section>
  );
}
