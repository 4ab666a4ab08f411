import '../../styles/base.css';
import '../../styles/lobby.css';
import { lobbyApi } from '../../api';
import { businessClock } from '../../clock';
import { connectScreensHub, hubErrorText, lobbyFeed } from '../../hub';
import { t } from '../../i18n';
import type { LobbyView } from '../../types';
import { connectionIndicator, mountPage, pageHeader, updatedAt } from '../../ui/chrome';
import { h, replaceChildren, tx } from '../../ui/dom';
import { demoDefaults, queryParam } from '../../ui/params';
import { clearProblem, problemBanner, showProblem } from '../../ui/problem';
import { lobbyActions } from './actions';
import { complaintForm, deskForm } from './forms';
import { renderComplaints, renderDesks, renderQueue, renderStats, tickLobby } from './render';
import { requireSignIn } from '../../ui/session';

const branchId = queryParam('branch', demoDefaults.branch);
// Any 401 from the API or the hub: sign in, then come back here.
requireSignIn();
const root = document.getElementById('app')!;

const connection = connectionIndicator();
const updated = updatedAt();
const banner = problemBanner();
// Kept apart from the actions' banner: a fresh view clears this one, not a refused button press.
const screenProblem = problemBanner('screen-problem');
const stats = h('div', { class: 'stats-slot', testid: 'lobby-stats' });
const queue = h('div', { class: 'queue-slot' });
const queueCount = h('span', { class: 'count', testid: 'queue-count' });
const desks = h('div', { class: 'desks-slot' });
const complaints = h('div', { class: 'complaints-slot' });

let view: LobbyView | null = null;

const feed = lobbyFeed(connectScreensHub(), branchId, {
  onView: (next) => {
    view = next;
    clearProblem(screenProblem);
    render();
  },
  onState: (state) => {
    connection.set(state);
    // With the hub out of reach, a read over HTTP still shows staff where things stand.
    if (state === 'offline' && view === null) void refreshOverHttp();
  },
  onError: (error, during) => {
    if (during === 'connect') return console.warn('screens hub:', error);
    showProblem(screenProblem, new Error(hubErrorText(error)));
    // The hub refuses this screen for now (it asks again by itself): show the lobby as HTTP reads it meanwhile.
    if (feed.current === null) void refreshOverHttp();
  },
});

async function refreshOverHttp(): Promise<void> {
  try {
    view = await lobbyApi.view(branchId);
    render();
  } catch {
    // the connection light already says offline
  }
}

const actions = lobbyActions({
  branchId,
  banner,
  view: () => view,
  afterChange,
});

/** Changes come back through the hub; when it is not delivering this screen, re-read the lobby instead. */
function afterChange(): void {
  if (feed.connectionState !== 'live' || feed.current === null) void refreshOverHttp();
}

function render(): void {
  if (!view) return;
  const now = businessClock.now();
  statsPanel.hidden = false;
  replaceChildren(stats, renderStats(view.stats));
  replaceChildren(queue, renderQueue(view.tickets, now, actions));
  replaceChildren(queueCount, String(view.tickets.filter((x) => x.status === 'Waiting').length));
  replaceChildren(desks, renderDesks(view.desks, view.tickets, now, actions));
  replaceChildren(complaints, renderComplaints(view.complaints, now, actions));
  updated.set(view.at);
}

const loading = (): HTMLElement => h('p', { class: 'empty' }, tx('common.loading'));
queue.append(loading());
desks.append(loading());
complaints.append(loading());
// Nothing to count before the first view.
const statsPanel = h('section', { class: 'panel stats-panel', 'aria-labelledby': 'stats-title', hidden: true }, h('h2', { id: 'stats-title', class: 'visually-hidden' }, tx('lobby.stats')), stats);

const complaintEntry = complaintForm(branchId, afterChange);

replaceChildren(
  root,
  h(
    'div',
    { class: 'page lobby-page', testid: 'lobby-page', data: { branch: branchId } },
    pageHeader({
      title: 'lobby.title',
      titleParams: { branch: branchId },
      tools: [updated.element, connection.element],
      // Whoever records a complaint usually owns it: offer their staff id.
      session: (me) => complaintEntry.suggestOwner(me.staffId),
    }),
    screenProblem,
    banner,
    statsPanel,
    h(
      'main',
      { class: 'lobby-grid' },
      h('section', { class: 'panel', 'aria-labelledby': 'queue-title' }, h('h2', { id: 'queue-title' }, tx('lobby.queue'), ' ', queueCount), queue),
      h('section', { class: 'panel', 'aria-labelledby': 'desks-title' }, h('h2', { id: 'desks-title' }, tx('lobby.desks')), desks, deskForm(branchId, afterChange)),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'complaints-title' },
        h('h2', { id: 'complaints-title' }, tx('lobby.complaints')),
        complaints,
        complaintEntry.element,
      ),
    ),
  ),
);

mountPage(root, () => t('lobby.title', { branch: branchId }), render);
setInterval(() => tickLobby(root, businessClock.now()), 1000);
void feed.start();
window.addEventListener('pagehide', () => void feed.stop());
