// Asks before overwriting 得分 cells that hold formulas (loaded only when there are some).
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { Strings } from './strings';

export interface FormulaDialogProps {
  readonly strings: Strings;
  readonly cells: readonly string[];
  readonly open: boolean;
  readonly onAnswer: (overwrite: boolean) => void;
}

export default function FormulaDialog({ strings: s, cells, open, onAnswer }: FormulaDialogProps) {
  const shown = cells.slice(0, 8).join(s.listSep) + (cells.length > 8 ? '…' : '');
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && open && onAnswer(false)}>
      <DialogSurface data-testid="formula-dialog">
        <DialogBody>
          <DialogTitle>{s.formulaTitle}</DialogTitle>
          <DialogContent>{s.formulaBody(cells.length, shown)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)} data-testid="overwrite">
              {s.overwrite}
            </Button>
            <Button onClick={() => onAnswer(false)} data-testid="keep-formulas">
              {s.keepFormulas}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
