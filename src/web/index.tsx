// Entry of the web page: the language and theme the browser (or the address: #lang=en, #theme=dark) asks for.
import { createRoot } from 'react-dom/client';
import { langOf } from '../taskpane/strings';
import { WebApp } from './WebApp';

const hash = new URLSearchParams(window.location.hash.slice(1));
const lang = hash.get('lang') === 'en' || hash.get('lang') === 'zh' ? (hash.get('lang') as 'en' | 'zh') : langOf(navigator.language);
const dark = hash.has('theme') ? hash.get('theme') === 'dark' : window.matchMedia?.('(prefers-color-scheme: dark)').matches === true;

const container = document.getElementById('root');
if (container) createRoot(container).render(<WebApp initialLang={lang} initialDark={dark} />);
