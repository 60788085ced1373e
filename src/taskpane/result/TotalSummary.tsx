// The total against the maximum, the grade (or why there is none yet, or the share it is taken on),
// which sheet was scored, and counts that say what they count.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../strings';
import type { ResultView } from '../view';
import { useResultStyles } from './styles';

const useStyles = makeStyles({
  summary: { display: 'flex', alignItems: 'baseline', gap: '16px', flexWrap: 'wrap' },
  total: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold },
  grade: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', gap: '8px', margin: '12px 0 0', padding: 0 },
  count: {
    margin: 0,
    padding: '6px 8px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    display: 'flex',
    flexDirection: 'column-reverse',
  },
  countNumber: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  countLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function TotalSummary({ view, strings: s, fresh }: { view: ResultView; strings: Strings; fresh: boolean }) {
  const shared = useResultStyles();
  const styles = useStyles();
  const counts: [string, number, string][] = [
    [s.countDeductions, view.deductions.length, 'count-deductions'],
    [s.countErrors, view.errors.length, 'count-errors'],
    [s.countManual, view.manual.length, 'count-manual'],
    [s.countChanged, view.changed.length, 'count-changed'],
  ];
  return (
    <section className={shared.section} aria-labelledby="total-heading">
      {!fresh && <p className={shared.caption}>{s.lastResult(new Date(view.at).toLocaleString())}</p>}
      <p className={shared.caption} data-testid="scored-sheet">
        {s.scoredSheet(view.sheet)}
      </p>
      <h2 id="total-heading" className={shared.h2}>
        {s.total}
      </h2>
      <div className={styles.summary}>
        <span className={styles.total} data-testid="total">
          {s.outOf(view.total, view.maxTotal)}
        </span>
        {view.grade ? (
          <span className={styles.grade} data-testid="grade">
            {s.grade} {s.gradeName(view.grade)}
          </span>
        ) : (
          <span className={shared.muted} data-testid="grade">
            {s.noGrade}
          </span>
        )}
      </div>
      <p className={shared.caption} data-testid="computed-kept">
        {s.computedKept(view.computed, view.kept.length)}
      </p>
      {view.gradedOn && (
        <p className={shared.caption} data-testid="graded-on">
          {s.gradedOn(view.gradedOn, view.maxTotal)}
        </p>
      )}
      <dl className={styles.counts}>
        {counts.map(([label, n, id]) => (
          <div key={id} className={styles.count}>
            <dt className={styles.countLabel}>{label}</dt>
            <dd className={styles.countNumber} data-testid={id}>
              {n}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
