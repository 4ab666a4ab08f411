import '../../styles/base.css';
import '../../styles/worklist.css';
import { ApiProblem, authApi, collectionsApi } from '../../api';
import { formatTime } from '../../format';
import { t } from '../../i18n';
import type { CollectorWorklistView } from '../../types';
import { mountPage, pageHeader, updatedAt } from '../../ui/chrome';
import { h, replaceChildren, tx } from '../../ui/dom';
import { queryParam } from '../../ui/params';
import { clearProblem, problemBanner, showProblem } from '../../ui/problem';
import { callForm, promiseForm } from './forms';
import { renderWorklist, type WorklistActions } from './render';
import { requireSignIn } from '../../ui/session';
import { pageStaleness } from '../../ui/stale';

// The signed-in collector's own worklist unless ?collector= names another (a team lead's or head's reading);
// ?institution= narrows it, else the server takes the collector's own institution and those beneath it.
const requestedCollector = queryParam('collector', '');
const institutionId = queryParam('institution', '') || undefined;
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
let collectorId = requestedCollector;

// Calls and promises are the signed-in user's, whoever's list is open.
const calls = callForm(() => void refresh());
const promises = promiseForm(() => void refresh());
const actions: WorklistActions = { logCall: (loanId) => calls.prefill(loanId), recordPromise: (loanId) => promises.prefill(loanId) };

function render(): void {
  if (!worklist) return;
  const items = worklist.items ?? [];
  replaceChildren(lists, renderWorklist(items, actions));
  replaceChildren(held, tx('worklist.loans', { n: worklist.loans }));
  replaceChildren(loanIds, [...new Set(items.map((x) => x.loanId))].map((id) => h('option', { value: id })));
}

// Read over HTTP, not pushed: the list is as old as its last good read, and stale once a read cannot reach the server.
let lastGoodRead: number | undefined;

async function refresh(): Promise<void> {
  try {
    worklist = await collectionsApi.worklist(collectorId, institutionId);
    lastGoodRead = Date.now();
    pageStaleness.current();
    clearProblem(banner);
    render();
    updated.set(worklist.at);
  } catch (error) {
    if (error instanceof ApiProblem && error.unreachable && lastGoodRead !== undefined) pageStaleness.lost(lastGoodRead);
    showProblem(banner, error);
  }
}

// Refreshing changes nothing on the server: it stays usable on a stale list, to try again.
const refreshButton = h('button', { type: 'button', testid: 'worklist-refresh', data: { keepEnabled: '' }, on: { click: () => void refresh() } }, tx('common.refresh'));

function show(): void {
  replaceChildren(
    root,
    h(
      'div',
      { class: 'page worklist-page', testid: 'worklist-page', data: { collector: collectorId, institution: institutionId ?? '' } },
      pageHeader({ title: 'worklist.title', titleParams: { collector: collectorId }, tools: [held, updated.element, refreshButton] }),
      banner,
      h('main', { class: 'worklist-grid' }, lists, h('aside', { class: 'worklist-forms' }, calls.element, promises.element), loanIds),
    ),
  );
  mountPage(root, () => t('worklist.title', { collector: collectorId }), render);
  void refresh();
  setInterval(() => void refresh(), refreshMs);
}

if (collectorId) {
  show();
} else {
  authApi
    .me()
    .then((me) => {
      collectorId = me.staffId;
      show();
    })
    .catch((error: unknown) => showProblem(banner, error));
}
