// The result panel rendered to HTML (server-side): what a person and a screen reader get.
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import ResultPanel from '../../src/taskpane/ResultPanel';
import { STRINGS } from '../../src/taskpane/strings/all';
import { toView, type ScoringExtras } from '../../src/taskpane/toView';
import type { ResultView } from '../../src/taskpane/view';
import { handResult } from './fixtures';
import { row } from '../support/results';

const noop = () => undefined;

function html(lang: 'zh' | 'en', options: { fresh?: boolean; view?: Partial<ResultView>; extras?: ScoringExtras; noWorkbook?: boolean } = {}): string {
  const extras: ScoringExtras = { otherSheets: ['自评表2'], print: { kind: 'set', titleRows: '$1:$3' }, reasonColumn: 'none', ...options.extras };
  const view = { ...toView(handResult(lang), extras, new Date('2026-01-02T03:04:05Z')), ...options.view };
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ResultPanel view={view} strings={STRINGS[lang]} fresh={options.fresh ?? true} busy={false} appendReason={false} onScoreSheet={noop} onAppendReason={noop} {...(options.noWorkbook ? {} : { onSelect: noop, onExport: noop, onSaveDocx: noop })} />
    </FluentProvider>,
  );
}

const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** Where a section starts in the markup. */
const at = (markup: string, id: string) => markup.indexOf(`data-testid="${id}-section"`);

describe('result panel', () => {
  test('without a workbook to act in (the web page): every item still listed with its cell, none a button, no sheet to write', () => {
    const inPane = html('zh');
    const inPage = html('zh', { noWorkbook: true });
    const cells = (markup: string) => [...markup.matchAll(/data-cell="([^"]+)"/g)].map((m) => m[1]);
    expect(cells(inPage)).toEqual(cells(inPane));
    expect(cells(inPage).length).toBeGreaterThan(5);
    expect(inPage).not.toMatch(/<button[^>]*data-cell=/);
    expect(inPane).toMatch(/<button[^>]*data-cell=/);
    expect(inPage).not.toContain('data-testid="export-details"');
    expect(inPage).not.toContain('data-testid="write-conclusion"');
    expect(inPage).not.toContain('data-testid="save-docx"');
    expect(text(inPage)).toContain('17.25 / 24');
    // Nothing there to click: no hint that says to.
    expect(text(inPane)).toContain(STRINGS.zh.selectHint);
    expect(text(inPage)).not.toContain(STRINGS.zh.selectHint);
    expect(text(html('en', { noWorkbook: true }))).not.toContain(STRINGS.en.selectHint);
  });

  test('the total against the maximum, which sheet was scored, no grade while rows lack a score, the share the grade would be taken on', () => {
    const t = text(html('zh'));
    expect(t).toContain('17.25 / 24');
    expect(t).toContain('已评分工作表：指标体系');
    expect(t).toContain('尚有指标未评分，暂不评定等级');
    expect(t).toContain('各指标分值合计24分，按比例折合百分制71.88分评定等级');
  });

  test('counts say what they count', () => {
    const markup = html('zh');
    expect(text(markup)).toMatch(/扣分项 2 .*错误 2 .*需人工评分 2 .*与填写得分不一致 1/);
    expect(markup).toMatch(/data-testid="count-deductions">2</);
    expect(markup).toMatch(/data-testid="count-errors">2</);
    expect(markup).toMatch(/data-testid="count-manual">2</);
    expect(markup).toMatch(/data-testid="count-changed">1</);
  });

  test('a bar per level-1 group with two-decimal scores, labelled for screen readers; a group with kept scores says so', () => {
    const markup = html('zh');
    expect(markup).toContain('role="progressbar"');
    expect(markup).toContain('aria-label="预算管理：9.75 / 10 分"');
    expect(markup).toContain('aria-label="部门管理：2.50 / 4 分"');
    expect(text(markup)).toContain('−0.25分');
    expect(text(markup)).toContain('履职效能（部分待评）（含保留填写得分）');
  });

  test('errors come before the typed scores that changed, which come before the deductions; all are buttons naming the cell they select', () => {
    const markup = html('zh');
    expect(at(markup, 'errors')).toBeGreaterThan(0);
    expect(at(markup, 'errors')).toBeLessThan(at(markup, 'changed'));
    expect(at(markup, 'changed')).toBeLessThan(at(markup, 'deductions'));
    expect(markup).toMatch(/<button[^>]*aria-label="I4 预算安排准确性，扣0.25分，单击选中该单元格"[^>]*data-cell="I4"/);
    expect(markup).toMatch(/<button[^>]*data-cell="H10"/);
    expect(markup).toMatch(/<button[^>]*data-cell="&#x27;基础数据&#x27;!B7"/);
  });

  test('与填写得分不一致 is its own visible list, typed and computed, not inside the collapsed warnings', () => {
    const markup = html('zh');
    expect(markup).toMatch(/<button[^>]*aria-label="I12 “三公”经费控制，填写得分1.00，计算得分0.50，单击选中该单元格"[^>]*data-cell="I12"/);
    expect(text(markup)).toContain('填写1.00 → 计算0.50');
    const warnings = markup.slice(markup.indexOf('data-testid="warnings"'));
    expect(warnings).not.toContain('原得分1');
  });

  test('a typed score kept as typed shows as 保留填写得分, never as 满分; a contradiction is marked to review', () => {
    const t = text(html('zh'));
    expect(t).toContain('保留填写得分（未核算）');
    expect(t).toMatch(/I23 社会效益指标 5.00 保留填写得分5分（定性评价，未核算）/);
    expect(t).toContain('需复核：完成情况与填写得分矛盾');
    expect(t).not.toMatch(/社会效益指标[^。]*满分/);
  });

  test('typed scores kept because their input is missing: listed as kept and unverified, one the rule cannot give marked to check; the counts say what was computed', () => {
    const result = handResult('zh');
    const rows = [
      ...result.rows,
      row(25, '(10分) 履职效能', '资金结余', 3, 'full', '3', '保留填写得分3分（未核算：增加“实际完成值”列并填写后可核算；按评分标准可得此分）', { kept: { because: 'unverified', possible: true }, typed: '3' }),
      row(26, '(10分) 履职效能', '财务管理制度健全性', 2, 'deducted', '1.5', '保留填写得分1.5分（未核算：增加“实际完成值”列并填写后可核算；按评分标准只能得0分或2分，填写1.5分）', {
        kept: { because: 'unverified', possible: false },
        typed: '1.5',
      }),
    ];
    const view = toView({ ...result, rows });
    const t = text(html('zh', { view }));
    // Computed: I4, I5, I11, I12; kept: I23 (a judgement), I25, I26.
    expect(t).toContain('核算 4 项，保留填写得分 3 项');
    expect(t).toMatch(/I25 资金结余 3.00 缺少输入，未核算 保留填写得分3分（未核算/);
    expect(t).toMatch(/I26 财务管理制度健全性 1.50 需核实：不是评分标准能给出的得分 /);
    expect(view.changed.map((c) => c.cell)).toEqual(['I12']);
    expect(text(html('en', { view: toView({ ...handResult('en'), rows }) }))).toContain('4 computed, 3 typed scores kept');
  });

  test('no message repeats its cell', () => {
    const t = text(html('zh'));
    expect(t).not.toMatch(/([A-Z]+\d+)[：:]\s*\1/);
    expect(t).toContain('C16：重点任务一出现两次（C16、C21）');
  });

  test('print and export: the print setup done, the appended-column choice, the 扣分明细 export; the other sheets to score', () => {
    const markup = html('zh');
    const t = text(markup);
    expect(t).toContain('已设置打印：A4 横向，按列宽缩放（字号不小于 9 磅，放不下的列另起一页），每页重复标题行（第1–3行）。');
    expect(t).toContain('打印时附加“扣分原因”列');
    expect(markup).toContain('data-testid="export-details"');
    expect(t).toContain('评分“自评表2”');
    expect(text(html('zh', { view: { reasonColumn: 'own' } }))).not.toContain('打印时附加');
  });

  test('the conclusion, marked as a draft, with copy and write-to-sheet; a remembered result says when it was scored', () => {
    const t = text(html('zh'));
    expect(t).toContain('评价结论');
    expect(t).toContain('是草稿');
    expect(t).toContain('复制');
    expect(t).toContain('写入新工作表“评价结论”');
    expect(text(html('zh', { fresh: false }))).toContain('上次评分结果');
    expect(t).not.toContain('上次评分结果');
  });

  describe('explanations no note or comment could take (the adapter’s notesSkipped and notesLeft) are listed, each selecting its cell, saying why', () => {
    const extras: ScoringExtras = { notesSkipped: ['I4'], notesLeft: ['I12'] };

    test('in Chinese', () => {
      const markup = html('zh', { extras });
      expect(at(markup, 'deductions')).toBeLessThan(at(markup, 'notes'));
      const section = markup.slice(at(markup, 'notes'), at(markup, 'manual'));
      const t = text(section);
      expect(t).toContain('未能写入批注或注释的扣分说明');
      expect(t).toContain('这些单元格的扣分说明以本窗格为准：');
      expect(t).toMatch(/I4 预算安排准确性 单元格已有旧式批注，此版本 Excel 不能在其上添加注释 扣0\.25分：\(3184\.21-73\.69-83\.46\)\/3184\.21×5=4\.75/);
      expect(t).toMatch(/I12 “三公”经费控制 注释中仍是另一位用户评分时写入的旧说明，Excel 拒绝由他人修改或删除；请该用户再次评分或删除该回复 扣0\.5分：/);
      expect(section).toMatch(/<button[^>]*aria-label="I4 预算安排准确性，单元格已有旧式批注，此版本 Excel 不能在其上添加注释，单击选中该单元格"[^>]*data-cell="I4"/);
      expect(section).toMatch(/<button[^>]*data-cell="I12"/);
    });

    test('in English', () => {
      const t = text(html('en', { extras }));
      expect(t).toContain('Explanations not in a note or comment');
      expect(t).toContain('For these cells, the explanation is the one in this pane:');
      expect(t).toContain('I4 预算安排准确性 The cell holds an old-style note, where this Excel cannot add a comment');
      expect(t).toContain('I12 “三公”经费控制 Its comment still holds an earlier explanation another user posted when scoring, which Excel refused to let anyone else change or delete; ask that user to score again or delete the reply');
    });

    test('none, no section', () => {
      expect(html('zh')).not.toContain('data-testid="notes-section"');
    });
  });

  test('in English', () => {
    const t = text(html('en'));
    expect(t).toContain('Deductions');
    expect(t).toContain('Typed scores that differ from the computed ones');
    expect(t).toContain('Evaluation conclusion');
    expect(t).not.toContain('评价结论');
  });
});
