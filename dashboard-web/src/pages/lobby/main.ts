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
import { requireSignIn } from '../../ui/session';
import { lobbyActions } from './actions';
import { dayBefore, dayFiguresPanel } from './days';
import { renderDesks } from './desks';
import { complaintForm, deskForm } from './forms';
import { renderParked, renderQueue, renderQueueLines } from './queue';
import { renderComplaints, renderDay, renderStats, tickLobby } from './render';
import { isWaiting } from './sla';

const branchId = queryParam('branch', demoDefaults.branch);
// Any 401 from the API or the hub: sign in, then come back here.
requireSignIn();
const root = document.getElementById('app')!;

const connection = connectionIndicator();
const updated = updatedAt();
const banner = problemBanner();
// Kept apart from the actions' banner: a fresh view clears this one, not a refused button press.
const screenProblem = problemBanner('screen-problem');
const day = h('div', { class: 'day-slot' });
const stats = h('div', { class: 'stats-slot', testid: 'lobby-stats' });
const lines = h('div', { class: 'lines-slot' });
const queue = h('div', { class: 'queue-slot' });
const parked = h('div', { class: 'parked-slot' });
const queueCount = h('span', { class: 'count', testid: 'queue-count' });
const desks = h('div', { class: 'desks-slot' });
const complaints = h('div', { class: 'complaints-slot' });
const days = dayFiguresPanel(branchId);

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
  // Waits, "over target" and dates are judged on the business clock the server runs, never the machine's.
  const now = businessClock.now();
  statsPanel.hidden = false;
  replaceChildren(day, renderDay(view.day));
  replaceChildren(stats, renderStats(view.stats));
  replaceChildren(lines, renderQueueLines(view.tickets, view.desks, now));
  replaceChildren(queue, renderQueue(view.tickets, view.desks, now, actions));
  replaceChildren(parked, renderParked(view.tickets, view.desks, actions));
  replaceChildren(queueCount, String(view.tickets.filter(isWaiting).length));
  replaceChildren(desks, renderDesks(view.desks, view.tickets, now, actions));
  replaceChildren(complaints, renderComplaints(view.complaints, now, actions));
  updated.set(view.at);
  days.showDay(dayBefore(view.day.date), view.day.date);
  days.render();
}

const loading = (): HTMLElement => h('p', { class: 'empty' }, tx('common.loading'));
queue.append(loading());
desks.append(loading());
complaints.append(loading());
// Nothing to count before the first view.
const statsPanel = h(
  'section',
  { class: 'panel stats-panel', 'aria-labelledby': 'stats-title', hidden: true },
  h('h2', { id: 'stats-title', class: 'visually-hidden' }, tx('lobby.stats')),
  day,
  stats,
);

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
      h(
        'section',
        { class: 'panel queue-panel', 'aria-labelledby': 'queue-title', testid: 'queue-panel' },
        h('h2', { id: 'queue-title' }, tx('lobby.queue'), ' ', queueCount),
        lines,
        queue,
        parked,
      ),
      h(
        'section',
        { class: 'panel desks-panel', 'aria-labelledby': 'desks-title', testid: 'desks-panel' },
        h('h2', { id: 'desks-title' }, tx('lobby.desks')),
        desks,
        deskForm(branchId, afterChange),
      ),
      h(
        'div',
        { class: 'side-column' },
        h(
          'section',
          { class: 'panel complaints-panel', 'aria-labelledby': 'complaints-title' },
          h('h2', { id: 'complaints-title' }, tx('lobby.complaints')),
          complaints,
          complaintEntry.element,
        ),
        h('section', { class: 'panel days-panel', 'aria-labelledby': 'days-title', testid: 'days-panel' }, h('h2', { id: 'days-title' }, tx('lobby.days')), days.element),
      ),
    ),
  ),
);

mountPage(root, () => t('lobby.title', { branch: branchId }), render);
setInterval(() => tickLobby(root, businessClock.now()), 1000);
void feed.start();
