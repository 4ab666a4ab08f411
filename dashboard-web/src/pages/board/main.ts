import '../../styles/base.css';
import '../../styles/board.css';
import { collectionsApi } from '../../api';
import { businessClock } from '../../clock';
import { formatDate, formatTime } from '../../format';
import { boardFeed, connectScreensHub, hubErrorText } from '../../hub';
import { getLang, t } from '../../i18n';
import type { BoardView } from '../../types';
import { connectionIndicator, mountPage, pageHeader, updatedAt } from '../../ui/chrome';
import { h, replaceChildren, tx } from '../../ui/dom';
import { demoDefaults, queryParam } from '../../ui/params';
import { fitToScreen, renderBrokenPromises, renderCollectors, renderPromisesDue, renderStages, renderTotals } from './render';
import { requireSignIn } from '../../ui/session';

const roomId = queryParam('room', demoDefaults.room);
const central = roomId.toLowerCase() === demoDefaults.centralRoom;
// Any 401 from the API or the hub: sign in, then come back here.
requireSignIn();
const root = document.getElementById('app')!;

const connection = connectionIndicator();
const updated = updatedAt();
const clock = h('span', { class: 'board-clock', testid: 'board-clock' });
const stages = h('div', { class: 'board-stages' }, h('p', { class: 'empty' }, tx('common.loading')));
const middle = h('div', { class: 'board-middle' });
const bottom = h('div', { class: 'board-bottom' });

let view: BoardView | null = null;

function render(): void {
  if (!view) return;
  replaceChildren(stages, renderStages(view.stages));
  replaceChildren(middle, renderPromisesDue(view.promisesDueNextHour), renderBrokenPromises(view.brokenPromisesToday), renderTotals(view));
  replaceChildren(bottom, renderCollectors(view.collectors));
  updated.set(view.at);
  fitToScreen(root);
}

function tickClock(): void {
  // The business clock, as the grid runs it: never the wall PC's own.
  if (!businessClock.synced) return;
  const now = businessClock.nowDate();
  replaceChildren(clock, h('span', { class: 'date' }, formatDate(now, getLang())), ' ', formatTime(now, { seconds: true }));
}

// With the hub out of reach, or refusing this board for now, the board as HTTP reads it is better than an empty wall.
function readOverHttp(): void {
  collectionsApi
    .room(roomId)
    .then((fresh) => {
      if (feed.current !== null) return;
      view = fresh;
      render();
    })
    .catch(() => {
      // the connection light, or the message on the wall, already says why
    });
}

const feed = boardFeed(connectScreensHub(), roomId, {
  onView: (next) => {
    view = next;
    render();
  },
  onState: (state) => {
    connection.set(state);
    if (state === 'offline' && feed.current === null) readOverHttp();
  },
  onError: (error, during) => {
    if (during !== 'join') return console.warn('screens hub:', error);
    if (view === null) replaceChildren(stages, h('p', { class: 'empty', role: 'alert', testid: 'screen-problem' }, hubErrorText(error)));
    if (feed.current === null) readOverHttp();
  },
});

const title = central ? { title: 'board.centralTitle' as const } : { title: 'board.title' as const, titleParams: { room: roomId } };

replaceChildren(
  root,
  h(
    'div',
    { class: 'board-page', testid: 'board-page', data: { room: roomId } },
    pageHeader({ ...title, tools: [clock, updated.element, connection.element] }),
    stages,
    middle,
    bottom,
  ),
);

tickClock();
setInterval(tickClock, 1000);
window.addEventListener('resize', render);
mountPage(root, () => (central ? t('board.centralTitle') : t('board.title', { room: roomId })), () => {
  render();
  tickClock();
});
void feed.start();
window.addEventListener('pagehide', () => void feed.stop());
