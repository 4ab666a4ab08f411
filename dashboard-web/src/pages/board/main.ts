import '../../styles/base.css';
import '../../styles/board.css';
import { collectionsApi } from '../../api';
import { businessClock } from '../../clock';
import { formatDate, formatTime } from '../../format';
import { boardFeed, connectScreensHub } from '../../hub';
import { getLang, t } from '../../i18n';
import type { BoardView } from '../../types';
import { connectionIndicator, mountPage, pageHeader, updatedAt } from '../../ui/chrome';
import { h, replaceChildren, tx } from '../../ui/dom';
import { ChangeHighlighter } from '../../ui/highlight';
import { queryParam } from '../../ui/params';
import { keepAsDevice, startScreen } from '../../ui/device';
import { goToSignIn, requireSignIn } from '../../ui/session';
import { fitToScreen, namesOf, renderBrokenPromises, renderCollectors, renderPromisesDue, renderStages, renderTotals } from './render';

const root = document.getElementById('app')!;
// TV mode: the board alone, sized for a 1920×1080 screen read from across the room, without a sign-out link.
// A registered board device always runs in it.
let tv = queryParam('tv', '') === '1';

const connection = connectionIndicator();
const updated = updatedAt();
const clock = h('span', { class: 'board-clock', testid: 'board-clock' });
const stages = h('div', { class: 'board-stages' }, h('p', { class: 'empty' }, tx('common.loading')));
const middle = h('div', { class: 'board-middle' });
const bottom = h('div', { class: 'board-bottom' });
const highlighter = new ChangeHighlighter();

let view: BoardView | null = null;

function render(): void {
  if (!view) return;
  const nameOf = namesOf(view.collectors);
  replaceChildren(stages, renderStages(view.stages));
  replaceChildren(middle, renderPromisesDue(view.promisesDueNextHour, nameOf), renderBrokenPromises(view.brokenPromisesToday, nameOf), renderTotals(view));
  replaceChildren(bottom, renderCollectors(view));
  updated.set(view.at);
  highlighter.apply(root);
  fitToScreen(root);
}

function tickClock(): void {
  // The business clock, as the grid runs it: never the wall PC's own.
  if (!businessClock.synced) return;
  const now = businessClock.nowDate();
  replaceChildren(clock, h('span', { class: 'date' }, formatDate(now, getLang())), ' ', formatTime(now, { seconds: true }));
}

/** Not this user's room: say so in their language, offer the rooms they do watch, and ask nothing more. */
function showRefusal(roomId: string): void {
  view = null;
  const links = h('p', { class: 'your-rooms', testid: 'your-rooms', hidden: true }, tx('board.yourRooms'));
  replaceChildren(stages, h('div', { class: 'board-refusal', role: 'alert', testid: 'screen-problem' }, h('p', null, tx('board.refused', { room: roomId })), links));
  replaceChildren(middle);
  replaceChildren(bottom);
  collectionsApi
    .rooms()
    .then((rooms) => {
      if (rooms.length === 0) return;
      links.append(...rooms.map((r) => h('a', { href: `board.html?room=${encodeURIComponent(r.roomId)}`, testid: 'your-room' }, r.roomId)));
      links.hidden = false;
    })
    .catch(() => {
      // the refusal says enough
    });
}

function start(roomId: string): void {
  const central = roomId.toLowerCase() === 'central';
  const feed = boardFeed(connectScreensHub(), roomId, {
    onView: (next) => {
      view = next;
      render();
    },
    onState: (state) => connection.set(state),
    onError: (error, during) => {
      if (during === 'refused') showRefusal(roomId);
      else console.warn('screens hub:', error);
    },
  });
  const rebuild = h(
    'button',
    {
      type: 'button',
      class: 'subtle',
      testid: 'board-rebuild',
      i18nTitle: 'board.rebuildHint',
      on: {
        click: () => {
          rebuild.disabled = true;
          collectionsApi
            .rebuild(roomId)
            .catch((error: unknown) => console.warn('rebuild:', error))
            .finally(() => (rebuild.disabled = false));
        },
      },
    },
    tx('board.rebuild'),
  );
  const title = central ? { title: 'board.centralTitle' as const } : { title: 'board.title' as const, titleParams: { room: roomId } };
  replaceChildren(
    root,
    h(
      'div',
      { class: tv ? 'board-page tv' : 'board-page', testid: 'board-page', data: { room: roomId, tv: tv ? 'true' : 'false' } },
      pageHeader({ ...title, tools: tv ? [clock, updated.element, connection.element] : [clock, updated.element, connection.element, rebuild], session: tv ? false : undefined }),
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
}

// A board device shows its own room, in TV mode, and never the staff sign-in page. Staff: without ?room=, the board of
// their own room (a collector's branch room; the central room at head office).
const asked = queryParam('room', '');
startScreen(root, 'Board', asked || 'central', (user) => {
  if (user.kind === 'device') {
    keepAsDevice(root, user.device);
    tv = true;
    start(user.device.scopeId);
    return;
  }
  // Any 401 from the API or the hub: sign in, then come back here.
  requireSignIn();
  if (user.kind === 'nobody') {
    goToSignIn();
  } else if (asked) {
    start(asked);
  } else {
    collectionsApi
      .rooms()
      .then((rooms) => start(rooms[0]?.roomId ?? 'central'))
      .catch(() => start('central'));
  }
});
