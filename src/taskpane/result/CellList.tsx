// Lists of cells to look at — errors, typed scores that changed, deductions, explanations no note could
// take, manual scores, kept scores: each item names its cell once, and a click (or Enter) selects it where there is a workbook to select in.
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CellItem } from '../view';
import { sheetAddress, shownAddress } from '../../core/cells';
import { useResultStyles } from './styles';

export type ListKind = 'error' | 'changed' | 'deducted' | 'note' | 'manual' | 'review' | 'kept';

const useStyles = makeStyles({
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
  /** An item that selects nothing: no pointer, no hover. */
  still: { boxSizing: 'border-box', cursor: 'auto', ':hover': { backgroundColor: tokens.colorNeutralBackground1 } },
  error: { borderLeft: `4px solid ${tokens.colorPaletteRedBorderActive}` },
  changed: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorderActive}` },
  deducted: { borderLeft: `4px solid ${tokens.colorPaletteYellowBorderActive}` },
  note: { borderLeft: `4px dashed ${tokens.colorPaletteYellowBorderActive}` },
  manual: { borderLeft: `4px solid ${tokens.colorPaletteBlueBorderActive}` },
  review: { borderLeft: `4px dashed ${tokens.colorPaletteRedBorderActive}` },
  kept: { borderLeft: `4px dotted ${tokens.colorNeutralStrokeAccessible}` },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  indicator: { fontWeight: tokens.fontWeightSemibold },
  badge: { gridColumn: '1 / -1', fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
  text: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

/** `'基础数据'!B7` for a cell on another sheet; the bare address on the scored sheet (the pane qualifies it). */
function address(item: CellItem): string {
  return item.sheet ? sheetAddress(item.sheet, item.cell) : item.cell;
}

export interface CellListProps<T extends CellItem> {
  readonly items: readonly T[];
  readonly kind: (item: T) => ListKind;
  /** The figure at the right (`−0.25`, `填写1.00 → 计算0.50`). */
  readonly figure?: (item: T) => string;
  /** A line above the text that says what the item is (`需复核…`, `保留填写得分`). */
  readonly badge?: (item: T) => string | null;
  /** What a screen reader says for the item. */
  readonly label: (item: T) => string;
  /** Selects the cell in the workbook; without it (the web page has no workbook open) an item is text, not a button. */
  readonly onSelect?: (address: string) => void;
  readonly testId: string;
}

export function CellList<T extends CellItem>({ items, kind, figure, badge, label, onSelect, testId }: CellListProps<T>) {
  const styles = useStyles();
  const shared = useResultStyles();
  return (
    <ul className={styles.list} data-testid={testId}>
      {items.map((item, i) => {
        const tag = badge?.(item) ?? null;
        const parts = (
          <>
            <span className={styles.cell}>{shownAddress(item.sheet, item.cell)}</span>
            <span className={styles.indicator}>{item.indicator}</span>
            <span className={shared.lost}>{figure?.(item) ?? ''}</span>
            {tag && <span className={styles.badge}>{tag}</span>}
            <span className={styles.text}>{item.text}</span>
          </>
        );
        return (
          <li key={`${item.sheet ?? ''}!${item.cell}:${i}`}>
            {onSelect ? (
              <button type="button" className={mergeClasses(styles.item, styles[kind(item)])} aria-label={label(item)} onClick={() => onSelect(address(item))} data-cell={address(item)}>
                {parts}
              </button>
            ) : (
              <div className={mergeClasses(styles.item, styles.still, styles[kind(item)])} data-cell={address(item)}>
                {parts}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A headed list; nothing when it is empty unless `empty` says what to show then. */
export function ListSection({ id, heading, hint, empty, count, children }: { id: string; heading: string; hint?: string; empty?: string; count: number; children: React.ReactNode }) {
  const shared = useResultStyles();
  if (count === 0 && empty === undefined) return null;
  return (
    <section className={shared.section} aria-labelledby={`${id}-heading`} data-testid={`${id}-section`}>
      <h2 id={`${id}-heading`} className={shared.h2}>
        {heading}
      </h2>
      {count === 0 ? (
        <p className={shared.muted}>{empty}</p>
      ) : (
        <>
          {hint && <p className={shared.caption}>{hint}</p>}
          {children}
        </>
      )}
    </section>
  );
}
