import '../../styles/base.css';
import '../../styles/worklist.css';
import { collectionsApi } from '../../api';
import { formatTime } from '../../format';
import { t } from '../../i18n';
import type { CollectorWorklistView } from '../../types';
import { mountPage, pageHeader, updatedAt } from '../../ui/chrome';
import { h, replaceChildren, tx } from '../../ui/dom';
import { demoDefaults, queryParam } from '../../ui/params';
import { clearProblem, problemBanner, showProblem } from '../../ui/problem';
import { callForm, promiseForm } from './forms';
import { renderWorklist, type WorklistActions } from './render';
import { requireSignIn } from '../../ui/session';

const collectorId = queryParam('collector', '');
const institutionId = queryParam('institution', demoDefaults.institution);
// Any 401 from the API or the hub: sign in, then come back here.
requireSignIn();
const root = document.getElementById('app')!;

// The worklist is read over HTTP; a minute is fresh enough for a list worked call by call.
const refreshMs = 60_000;

const banner = problemBanner();
const updated = updatedAt((at) => formatTime(at, { seconds: true }));
const held = h('span', { class: 'muted', testid: 'worklist-loans-held' });
const lists = h('div', { class: 'worklist-lists' }, h('p', { class: 'empty' }, tx('common.loading')));
const loanIds = h('datalist', { id: 'worklist-loans' });
let worklist: CollectorWorklistView | null = null;

const calls = callForm(collectorId, () => void refresh());
const promises = promiseForm(collectorId, () => void refresh());
const actions: WorklistActions = { logCall: (loanId) => calls.prefill(loanId), recordPromise: (loanId) => promises.prefill(loanId) };

function render(): void {
  if (!worklist) return;
  const items = worklist.items ?? [];
  replaceChildren(lists, renderWorklist(items, actions));
  replaceChildren(held, tx('worklist.loans', { n: worklist.loans }));
  replaceChildren(loanIds, [...new Set(items.map((x) => x.loanId))].map((id) => h('option', { value: id })));
}

async function refresh(): Promise<void> {
  try {
    worklist = await collectionsApi.worklist(collectorId, institutionId);
    clearProblem(banner);
    render();
    updated.set(worklist.at);
  } catch (error) {
    showProblem(banner, error);
  }
}

const refreshButton = h('button', { type: 'button', testid: 'worklist-refresh', on: { click: () => void refresh() } }, tx('common.refresh'));

replaceChildren(
  root,
  h(
    'div',
    { class: 'page worklist-page', testid: 'worklist-page', data: { collector: collectorId, institution: institutionId } },
    pageHeader({ title: 'worklist.title', titleParams: { collector: collectorId || '—' }, tools: [held, updated.element, refreshButton] }),
    banner,
    collectorId
      ? h('main', { class: 'worklist-grid' }, lists, h('aside', { class: 'worklist-forms' }, calls.element, promises.element), loanIds)
      : h('p', { class: 'panel empty', testid: 'worklist-missing' }, tx('worklist.missing')),
  ),
);

mountPage(root, () => t('worklist.title', { collector: collectorId || '—' }), render);
if (collectorId) {
  void refresh();
  setInterval(() => void refresh(), refreshMs);
}
