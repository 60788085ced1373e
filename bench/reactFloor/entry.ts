// React's floor: the least a React pane does before its first render. The task pane bench serves it in
// the pane's own page (the same shell, stylesheet and place for office.js) in place of the pane's entry:
// React DOM alone, rendering the title and 评分 once Office is ready, marked as the pane marks it. How
// near the pane's first render comes to this is how much of it is the pane's rather than React's.
import { createElement, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Floor() {
  useEffect(() => {
    performance.mark('jixiao:first-render');
  }, []);
  return createElement(
    'main',
    { className: 'pane' },
    createElement('h1', { className: 'pane__title' }, '绩效评分助手'),
    createElement('button', { type: 'button', 'data-testid': 'score' }, '评分'),
  );
}

void Office.onReady(() => {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(createElement(Floor));
});
