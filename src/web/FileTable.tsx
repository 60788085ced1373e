// The run's files: each one's total, grade and state, sortable by score; a click shows it in detail.
import * as React from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import type { Strings } from '../taskpane/strings';
import { stateText, totalOf, type Entry } from './entries';
import type { PageStrings } from './strings';
import type { PageStyles } from './styles';

export interface FileTableProps {
  readonly entries: readonly Entry[];
  readonly selected: number | null;
  readonly onSelect: (key: number) => void;
  readonly p: PageStrings;
  /** The pane's strings: a grade's name. */
  readonly s: Strings;
  readonly styles: PageStyles;
}

export function FileTable({ entries, selected, onSelect, p, s, styles }: FileTableProps) {
  const [sorted, setSorted] = React.useState(false);
  const shown = sorted ? [...entries].sort((a, b) => (totalOf(b) ?? -1) - (totalOf(a) ?? -1)) : entries;
  return (
    <section className={styles.card} aria-labelledby="files-heading">
      <h2 id="files-heading" className={styles.h2}>{p.filesHeading}</h2>
      <table className={styles.table} data-testid="files">
        <thead>
          <tr>
            <th className={styles.th}>{p.fileColumn}</th>
            <th className={mergeClasses(styles.th, styles.num)} aria-sort={sorted ? 'descending' : 'none'}>
              <Button appearance="transparent" size="small" onClick={() => setSorted(!sorted)} title={p.sortByScore} data-testid="sort">
                {p.scoreColumn}
                {sorted ? ' ↓' : ''}
              </Button>
            </th>
            <th className={styles.th}>{p.gradeColumn}</th>
            <th className={styles.th}>{p.stateColumn}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.key} className={mergeClasses(styles.row, e.key === selected && styles.selected)} onClick={() => onSelect(e.key)} data-testid="file-row" data-file={e.picked.shown}>
              <td className={styles.td}>
                <button type="button" className={styles.fileButton} onClick={() => onSelect(e.key)}>
                  {e.picked.shown}
                </button>
              </td>
              <td className={mergeClasses(styles.td, styles.num)} data-testid="file-total">
                {e.result?.views.map((v) => v.total).join(' / ') ?? ''}
              </td>
              <td className={styles.td}>{e.result?.views.map((v) => (v.grade ? s.gradeName(v.grade) : '')).join(' / ') ?? ''}</td>
              <td className={mergeClasses(styles.td, e.result !== null && !e.result.scored && styles.failed)} data-testid="file-state">
                {stateText(e, p)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
