// A button that opens the browser's file (or folder) picker: the input itself is hidden.
import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { useStyles } from './styles';

export function PickButton({ label, testId, multiple, directory, accept, onPick, appearance }: { label: string; testId: string; multiple?: boolean; directory?: boolean; accept?: string; onPick: (files: FileList) => void; appearance?: 'secondary' }) {
  const input = React.useRef<HTMLInputElement>(null);
  const styles = useStyles();
  React.useEffect(() => {
    // Not in React's attribute list: the folder picker of Chromium, Firefox and Safari.
    if (directory) input.current?.setAttribute('webkitdirectory', '');
  }, [directory]);
  return (
    <>
      <Button appearance={appearance ?? 'primary'} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple={multiple || directory}
        {...(accept ? { accept } : {})}
        data-testid={testId}
        onChange={(e) => {
          if (e.target.files?.length) onPick(e.target.files);
          e.target.value = '';
        }}
      />
    </>
  );
}
