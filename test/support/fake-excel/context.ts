// The request context a batch is queued on: every property set, method call and load is a command that
// reaches the workbook only at sync (FakeExcel.runSync).
import type { Command } from './batch';
import type { FakeExcel } from './index';
import { WorkbookProxy } from './workbook';

export class FakeRequestContext {
  readonly commands: Command[] = [];
  readonly workbook: WorkbookProxy;
  /** Set while an office.js request's action is translated: the commands queued serve it. */
  action: number | undefined = undefined;
  constructor(
    readonly excel: FakeExcel,
    /** Excel.run({ delayForCellEdit }), where the host reports the DelayForCellEdit capability (as office.js asks). */
    readonly delayForCellEdit = false,
  ) {
    this.workbook = new WorkbookProxy(this, () => excel.model, 'workbook', '1.1');
  }
  sync(): Promise<void> {
    return this.excel.runSync(this);
  }
  queue(version: string, desc: unknown, run: Command['run']): void {
    this.commands.push({ desc, version, run, action: this.action });
  }
}
