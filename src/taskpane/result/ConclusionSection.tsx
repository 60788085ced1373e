// The 评价结论 as the report will read, marked as a draft where it is one; copy it as text, write it
// into a new sheet 评价结论, or save it as a Word document.
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../strings';
import { useResultStyles } from './styles';

const useStyles = makeStyles({
  text: {
    whiteSpace: 'pre-wrap',
    margin: '0 0 8px',
    padding: '8px 10px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    lineHeight: tokens.lineHeightBase400,
  },
});

/** Copies to the clipboard; where the host denies the async clipboard, selects the text and copies that. */
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

export function ConclusionSection({ text, strings: s, disabled, onWrite, onSaveDocx }: { text: string; strings: Strings; disabled: boolean; onWrite?: () => void; onSaveDocx?: () => void }) {
  const shared = useResultStyles();
  const styles = useStyles();
  const ref = React.useRef<HTMLParagraphElement>(null);
  const [copyStatus, setCopyStatus] = React.useState('');
  if (!text) return null;
  return (
    <section className={shared.section} aria-labelledby="conclusion-heading">
      <h2 id="conclusion-heading" className={shared.h2}>
        {s.conclusionHeading}
      </h2>
      <p className={shared.caption} data-testid="conclusion-draft">
        {s.conclusionDraft}
      </p>
      <p ref={ref} className={styles.text} data-testid="conclusion">
        {text}
      </p>
      <div className={shared.row}>
        <Button
          data-testid="copy"
          aria-describedby="conclusion-heading"
          onClick={async () => setCopyStatus((await copyText(text, ref.current)) ? s.copied : s.copyFailed)}
        >
          {s.copy}
        </Button>
        {onWrite && (
          <Button data-testid="write-conclusion" disabled={disabled} onClick={onWrite}>
            {s.writeConclusion}
          </Button>
        )}
        {onSaveDocx && (
          <Button data-testid="save-docx" disabled={disabled} onClick={onSaveDocx}>
            {s.saveDocx}
          </Button>
        )}
        <span role="status" aria-live="polite" data-testid="copy-status">
          {copyStatus}
        </span>
      </div>
    </section>
  );
}
