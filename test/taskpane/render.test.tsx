// The result panel rendered to HTML (server-side): what a person and a screen reader get.
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import ResultPanel from '../../src/taskpane/ResultPanel';
import { STRINGS } from '../../src/taskpane/strings';
import { toView } from '../../src/taskpane/toView';
import { handResult } from './fixtures';

function html(lang: 'zh' | 'en', fresh = true): string {
  const view = toView(handResult(lang), new Date('2026-01-02T03:04:05Z'));
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ResultPanel view={view} strings={STRINGS[lang]} fresh={fresh} onSelect={() => undefined} />
    </FluentProvider>,
  );
}

const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('result panel', () => {
  test('shows the total against the maximum, and no grade while rows lack a score', () => {
    const t = text(html('zh'));
    expect(t).toContain('11.75 / 14');
    expect(t).toContain('尚有指标未评分，暂不评定等级');
  });

  test('a bar per level-1 group, labelled for screen readers with its score against its points', () => {
    const markup = html('zh');
    expect(markup).toContain('role="progressbar"');
    expect(markup).toContain('aria-label="预算管理：9.75 / 10 分"');
    expect(markup).toContain('aria-label="部门管理：2 / 4 分"');
    expect(text(markup)).toContain('−0.25分');
  });

  test('deductions and errors are buttons naming the cell they select', () => {
    const markup = html('zh');
    expect(markup).toMatch(/<button[^>]*aria-label="I4 预算安排准确性，扣0.25分，单击选中该单元格"[^>]*data-cell="I4"/);
    expect(markup).toMatch(/<button[^>]*data-cell="H10"/);
    expect(markup).toMatch(/<button[^>]*data-cell="&#x27;基础数据&#x27;!B7"/);
  });

  test('the counts of deductions, errors and manual rows', () => {
    const markup = html('zh');
    expect(markup).toMatch(/data-testid="count-deductions">1</);
    expect(markup).toMatch(/data-testid="count-errors">2</);
    expect(markup).toMatch(/data-testid="count-manual">1</);
  });

  test('the conclusion with a copy button; a remembered result says when it was scored', () => {
    expect(text(html('zh'))).toContain('评价结论');
    expect(text(html('zh'))).toContain('复制');
    expect(text(html('zh', false))).toContain('上次评分结果');
    expect(text(html('zh', true))).not.toContain('上次评分结果');
  });

  test('in English', () => {
    const t = text(html('en'));
    expect(t).toContain('Deductions');
    expect(t).toContain('Evaluation conclusion');
    expect(t).not.toContain('评价结论');
  });
});
