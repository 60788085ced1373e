// The scoring result (loaded after the first render): total and grade, a bar per level-1
// indicator, counts, the deductions / errors / manual rows (a click selects the cell), warnings,
// and the 评价结论 with a copy button.
import * as React from 'react';
import { Button, ProgressBar, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Strings } from './strings';
import type { CellItem, ResultView } from './view';

const useStyles = makeStyles({
  section: { marginTop: '16px' },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '0 0 8px' },
  caption: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: '0 0 4px' },
  summary: { display: 'flex', alignItems: 'baseline', gap: '16px', flexWrap: 'wrap' },
  total: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold },
  grade: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: '8px', margin: '12px 0 0', padding: 0 },
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
  group: { marginBottom: '10px' },
  groupHead: { display: 'flex', justifyContent: 'space-between', gap: '8px', marginBottom: '3px' },
  lost: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  item: {
    width: '100%',
    textAlign: 'start',
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    columnGap: '8px',
    rowGap: '2px',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  deducted: { borderLeft: `4px solid ${tokens.colorPaletteYellowBorderActive}` },
  error: { borderLeft: `4px solid ${tokens.colorPaletteRedBorderActive}` },
  manual: { borderLeft: `4px solid ${tokens.colorPaletteBlueBorderActive}` },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  indicator: { fontWeight: tokens.fontWeightSemibold },
  explanation: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  conclusion: {
    whiteSpace: 'pre-wrap',
    margin: '0 0 8px',
    padding: '8px 10px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    lineHeight: tokens.lineHeightBase400,
  },
  copyRow: { display: 'flex', gap: '8px', alignItems: 'center' },
});

export interface ResultPanelProps {
  readonly view: ResultView;
  readonly strings: Strings;
  /** False when this is the remembered result of an earlier scoring. */
  readonly fresh: boolean;
  readonly onSelect: (address: string) => void;
}

type Kind = 'deducted' | 'error' | 'manual';

function address(item: CellItem): string {
  return item.sheet ? `'${item.sheet.replace(/'/g, "''")}'!${item.cell}` : item.cell;
}

function ItemList({
  items,
  kind,
  label,
  onSelect,
  testId,
}: {
  items: readonly CellItem[];
  kind: Kind;
  label: (item: CellItem) => string;
  onSelect: (address: string) => void;
  testId: string;
}) {
  const styles = useStyles();
  return (
    <ul className={styles.list} data-testid={testId}>
      {items.map((item, i) => (
        <li key={`${item.sheet ?? ''}!${item.cell}:${i}`}>
          <button
            type="button"
            className={mergeClasses(styles.item, styles[kind])}
            aria-label={label(item)}
            onClick={() => onSelect(address(item))}
            data-cell={address(item)}
          >
            <span className={styles.cell}>{item.sheet ? `${item.sheet}!${item.cell}` : item.cell}</span>
            <span className={styles.indicator}>{item.indicator}</span>
            <span className={styles.lost}>{item.lost ? `−${item.lost}` : ''}</span>
            <span className={styles.explanation}>{item.text}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A headed list of cells to fix or look at (errors, manual scores); nothing when it is empty. */
function ItemSection({
  id,
  heading,
  ...list
}: {
  id: string;
  heading: string;
  items: readonly CellItem[];
  kind: Kind;
  label: (item: CellItem) => string;
  onSelect: (address: string) => void;
}) {
  const styles = useStyles();
  if (list.items.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={styles.h2}>
        {heading}
      </h2>
      <ItemList {...list} testId={id} />
    </section>
  );
}

async function copyText(text: string, fallbackFrom: HTMLElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Some Office hosts deny the async clipboard; fall back to selecting the text.
  }
  if (!fallbackFrom) return false;
  const range = document.createRange();
  range.selectNodeContents(fallbackFrom);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

export default function ResultPanel({ view, strings: s, fresh, onSelect }: ResultPanelProps) {
  const styles = useStyles();
  const conclusionRef = React.useRef<HTMLParagraphElement>(null);
  const [copyStatus, setCopyStatus] = React.useState('');

  const counts: [string, number, string][] = [
    [s.countDeductions, view.deductions.length, 'count-deductions'],
    [s.countErrors, view.errors.length, 'count-errors'],
    [s.countManual, view.manual.length, 'count-manual'],
  ];

  return (
    <div data-testid="result">
      <section className={styles.section} aria-labelledby="total-heading">
        {!fresh && <p className={styles.caption}>{s.lastResult(new Date(view.at).toLocaleString())}</p>}
        <h2 id="total-heading" className={styles.h2}>
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
            <span className={styles.muted} data-testid="grade">
              {s.noGrade}
            </span>
          )}
        </div>
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

      {view.groups.length > 0 && (
        <section className={styles.section} aria-labelledby="groups-heading">
          <h2 id="groups-heading" className={styles.h2}>
            {s.groupsHeading}
          </h2>
          {view.groups.map((g) => {
            const lost = g.lost !== '0';
            return (
              <div key={g.name} className={styles.group} data-testid="group">
                <div className={styles.groupHead} aria-hidden="true">
                  <span>
                    {g.name}
                    {g.complete ? '' : s.groupIncomplete}
                  </span>
                  <span>
                    {lost && g.complete && <span className={styles.lost}>{s.pointsLost(g.lost)} </span>}
                    {g.score} / {g.points}
                  </span>
                </div>
                <ProgressBar
                  value={Number(g.score)}
                  max={Number(g.points) || 1}
                  thickness="large"
                  color={!g.complete ? 'brand' : lost ? 'warning' : 'success'}
                  aria-label={s.groupMeter(g.name, g.score, g.points)}
                  aria-valuetext={s.groupMeter(g.name, g.score, g.points)}
                />
              </div>
            );
          })}
        </section>
      )}

      <section className={styles.section} aria-labelledby="deductions-heading">
        <h2 id="deductions-heading" className={styles.h2}>
          {s.deductionsHeading}
        </h2>
        {view.deductions.length ? (
          <>
            <p className={styles.caption}>{s.selectHint}</p>
            <ItemList
              items={view.deductions}
              kind="deducted"
              testId="deductions"
              label={(i) => s.deductionLabel(i.cell, i.indicator, i.lost ?? '')}
              onSelect={onSelect}
            />
          </>
        ) : (
          <p className={styles.muted}>{s.noDeductions}</p>
        )}
      </section>

      <ItemSection
        id="errors"
        heading={s.errorsHeading}
        items={view.errors}
        kind="error"
        label={(i) => s.errorLabel(i.cell, i.text)}
        onSelect={onSelect}
      />
      <ItemSection
        id="manual"
        heading={s.manualHeading}
        items={view.manual}
        kind="manual"
        label={(i) => s.errorLabel(i.cell, `${i.indicator} ${i.text}`)}
        onSelect={onSelect}
      />

      {view.warnings.length > 0 && (
        <section className={styles.section}>
          <details data-testid="warnings">
            <summary className={styles.h2}>
              {s.warningsHeading} ({view.warnings.length})
            </summary>
            <ul>
              {view.warnings.map((w, i) => (
                <li key={`${w.cell}:${i}`}>
                  {w.sheet ? `${w.sheet}!` : ''}
                  {w.cell}：{w.text}
                </li>
              ))}
            </ul>
          </details>
        </section>
      )}

      {view.conclusion && (
        <section className={styles.section} aria-labelledby="conclusion-heading">
          <h2 id="conclusion-heading" className={styles.h2}>
            {s.conclusionHeading}
          </h2>
          <p ref={conclusionRef} className={styles.conclusion} data-testid="conclusion">
            {view.conclusion}
          </p>
          <div className={styles.copyRow}>
            <Button
              data-testid="copy"
              aria-describedby="conclusion-heading"
              onClick={async () => {
                const ok = await copyText(view.conclusion, conclusionRef.current);
                setCopyStatus(ok ? s.copied : s.copyFailed);
              }}
            >
              {s.copy}
            </Button>
            <span role="status" aria-live="polite" data-testid="copy-status">
              {copyStatus}
            </span>
          </div>
        </section>
      )}
    </div>
  );
}
