// Cell text reaches a terminal only made safe: a hostile workbook cannot clear the screen, retitle
// the window, reverse lines or flood every row; the JSON document keeps every text as it is.
import path from 'path';
import { terminalSafe } from '../../src/cli/terminal';
import { json, runInProcess } from '../hard/support/cli';
import { sampleCopy, tempDir } from '../fixtures/xlsx';

describe('terminalSafe', () => {
  it('shows control characters as escapes, bidi controls by name, line breaks as ⏎', () => {
    expect(terminalSafe('a\u001b[2J\u001b]0;pwned\u0007b')).toBe('a\\x1B[2J\\x1B]0;pwned\\x07b');
    expect(terminalSafe('\u009b31m')).toBe('\\x9B31m');
    expect(terminalSafe('abc\u202Efed')).toBe('abc<U+202E>fed');
    expect(terminalSafe('第一行\r\n第二行\n')).toBe('第一行⏎第二行⏎');
    expect(terminalSafe('三公经费（因公出国）')).toBe('三公经费（因公出国）');
  });

  it('cuts a long text with an ellipsis', () => {
    expect(terminalSafe('指'.repeat(40_000), 40)).toBe(`${'指'.repeat(39)}…`);
    expect([...terminalSafe('x'.repeat(100), 10)]).toHaveLength(10);
  });
});

describe('a workbook with hostile texts', () => {
  // As a file holds them: Excel writes a control character as `_xHHHH_`, which readers decode.
  const written = '_x001B_[2J_x001B_]0;已被篡改_x0007_预算\u202E安排' + '长'.repeat(40_000);
  const hostile = '\u001b[2J\u001b]0;已被篡改\u0007预算\u202E安排' + '长'.repeat(40_000);
  let file: string;
  beforeAll(async () => {
    const dir = await tempDir('jixiao-terminal-');
    file = await sampleCopy(dir, '\u001b[31m部门.xlsx', (wb) => {
      wb.getWorksheet('指标体系')!.getCell('C4').value = written;
      wb.getWorksheet('指标体系')!.getCell('G7').value = '若干_x001B_[8m';
    });
  });

  it('prints the table and messages with nothing a terminal acts on, and no row longer than its room', async () => {
    const r = await runInProcess([file, '--out', path.join(path.dirname(file), 'out')]);
    const printed = r.stdout + r.stderr;
    expect(printed).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(printed).toContain('\\x1B[2J\\x1B]0;已被篡改\\x07预算<U+202E>安排长');
    expect(printed).toContain('若干\\x1B[8m');
    const longest = Math.max(...printed.split('\n').map((line) => [...line].length));
    expect(longest).toBeLessThan(800);
    expect(printed).toMatch(/安排长+…/);
  });

  it('keeps every text as it is in the JSON document', async () => {
    const doc = json(await runInProcess([file, '--out', path.join(path.dirname(file), 'out-json'), '--json']));
    expect(doc.files[0].rows[0].indicator).toBe(hostile);
    expect(doc.files[0].file).toBe(file);
  });
});
