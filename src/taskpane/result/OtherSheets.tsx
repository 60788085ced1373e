// The workbook's other indicator sheets: scoring one switches to it.
import { Button } from '@fluentui/react-components';
import type { Strings } from '../strings';
import { useResultStyles } from './styles';

export function OtherSheets({ sheets, strings: s, disabled, onScore }: { sheets: readonly string[]; strings: Strings; disabled: boolean; onScore: (sheet: string) => void }) {
  const shared = useResultStyles();
  if (sheets.length === 0) return null;
  return (
    <div className={shared.section} data-testid="other-sheets">
      <p className={shared.caption}>{s.otherSheets}</p>
      <div className={shared.row}>
        {sheets.map((sheet) => (
          <Button key={sheet} size="small" disabled={disabled} onClick={() => onScore(sheet)} data-sheet={sheet}>
            {s.scoreOther(sheet)}
          </Button>
        ))}
      </div>
    </div>
  );
}

export default OtherSheets;
