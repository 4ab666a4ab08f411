import '../../styles/base.css';
import '../../styles/terminal.css';
import { staffApi } from '../../api';
import { t } from '../../i18n';
import type { TerminalAudit, TerminalSnapshot } from '../../types';
import { mountPage, pageHeader } from '../../ui/chrome';
import { h, replaceChildren, tx } from '../../ui/dom';
import { queryParam } from '../../ui/params';
import { problemBanner, showProblem } from '../../ui/problem';
import { requireSignIn } from '../../ui/session';
import { renderAudit, renderTerminal } from './render';

// Any 401 from the API: sign in, then come back here.
requireSignIn();
const root = document.getElementById('app')!;
const terminalId = queryParam('id', '');

const banner = problemBanner();
const snapshot = h('div', null, h('p', { class: 'empty' }, tx('common.loading')));
const audit = h('div');
let terminal: TerminalSnapshot | null = null;
let trail: TerminalAudit | null = null;

function render(): void {
  if (terminal) replaceChildren(snapshot, renderTerminal(terminal));
  if (trail) replaceChildren(audit, renderAudit(trail.entries ?? []));
}

async function load(): Promise<void> {
  try {
    [terminal, trail] = await Promise.all([staffApi.terminal(terminalId), staffApi.terminalAudit(terminalId)]);
    render();
  } catch (error) {
    replaceChildren(snapshot);
    showProblem(banner, error);
  }
}

const refreshButton = h('button', { type: 'button', testid: 'terminal-refresh', on: { click: () => void load() } }, tx('common.refresh'));

replaceChildren(
  root,
  h(
    'div',
    { class: 'page terminal-page', testid: 'terminal-page', data: { terminal: terminalId } },
    pageHeader({ title: 'terminal.title', titleParams: { id: terminalId || '—' }, tools: terminalId ? [refreshButton] : [] }),
    banner,
    terminalId ? h('main', { class: 'terminal-main' }, snapshot, audit) : h('p', { class: 'panel empty', testid: 'terminal-missing' }, tx('terminal.missing')),
  ),
);

mountPage(root, () => t('terminal.title', { id: terminalId || '—' }), render);
if (terminalId) {
  void load();
  // A step taken elsewhere shows when the user comes back to this window.
  window.addEventListener('focus', () => void load());
}
