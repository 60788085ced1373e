import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('reads paths and flags in any order, with values separate or after =', () => {
    const parsed = parseArgs(['a.xlsx', '--out', 'out', '--json', 'dir', '--lang=en', '--overwrite-formulas']);
    expect(parsed).toEqual({
      ok: true,
      options: { command: 'score', paths: ['a.xlsx', 'dir'], out: 'out', json: true, lang: 'en', overwriteFormulas: true, sheet: null, explainColumn: false, force: false, reportSheet: true, reportDocx: false, jobs: null, help: false },
    });
    expect(parseArgs(['-o', 'x', '-h'])).toMatchObject({ ok: true, options: { out: 'x', help: true, lang: 'zh', paths: [] } });
  });

  it('reads the sheet to score and the appended explanation column', () => {
    expect(parseArgs(['a.xlsx', '--sheet', '项目表', '--explain-column'])).toMatchObject({ ok: true, options: { sheet: '项目表', explainColumn: true } });
    expect(parseArgs(['--sheet'])).toMatchObject({ ok: false, problem: { kind: 'missing-value', flag: '--sheet' } });
  });

  it('reads --no-report and --report docx, and refuses another report kind or a value given to --no-report', () => {
    expect(parseArgs(['a.xlsx', '--no-report'])).toMatchObject({ ok: true, options: { reportSheet: false, reportDocx: false } });
    expect(parseArgs(['a.xlsx', '--report', 'docx'])).toMatchObject({ ok: true, options: { reportSheet: true, reportDocx: true } });
    expect(parseArgs(['a.xlsx', '--report=docx', '--no-report'])).toMatchObject({ ok: true, options: { reportSheet: false, reportDocx: true } });
    expect(parseArgs(['--report', 'pdf'])).toMatchObject({ ok: false, problem: { kind: 'bad-report', value: 'pdf' } });
    expect(parseArgs(['--report'])).toMatchObject({ ok: false, problem: { kind: 'missing-value', flag: '--report' } });
    expect(parseArgs(['--no-report=1'])).toMatchObject({ ok: false, problem: { kind: 'unknown-flag' } });
  });

  it('takes everything after -- as a path', () => {
    expect(parseArgs(['--', '--json'])).toMatchObject({ ok: true, options: { paths: ['--json'], json: false } });
  });

  it('refuses unknown flags, a missing value and an unknown language', () => {
    expect(parseArgs(['--verbose'])).toMatchObject({ ok: false, problem: { kind: 'unknown-flag', flag: '--verbose' } });
    expect(parseArgs(['--out'])).toMatchObject({ ok: false, problem: { kind: 'missing-value', flag: '--out' } });
    expect(parseArgs(['--out', '--json'])).toMatchObject({ ok: false, problem: { kind: 'missing-value' } });
    expect(parseArgs(['--lang', 'fr'])).toMatchObject({ ok: false, problem: { kind: 'bad-lang', value: 'fr' } });
    expect(parseArgs(['--json=yes'])).toMatchObject({ ok: false, problem: { kind: 'unknown-flag' } });
  });

  it('keeps the language asked for so that the usage error can be said in it', () => {
    expect(parseArgs(['--lang', 'en', '--nope'])).toMatchObject({ ok: false, lang: 'en' });
  });
});
