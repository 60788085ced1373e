// Collecting this thread's garbage at a moment we know is right: after a large workbook's result
// (tens of megabytes of rows and JSON text) is written out. V8 would otherwise keep it until its
// heap grows near its limit, beside the next large workbook a worker is scoring; for a folder of
// large workbooks that was half a gigabyte more than the largest alone. node exposes gc() only to
// a context made after the flag is set, hence the new context.
import v8 from 'v8';
import vm from 'vm';

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
