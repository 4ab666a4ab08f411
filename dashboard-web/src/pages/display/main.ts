import '../../styles/base.css';
import '../../styles/display.css';
import { businessClock } from '../../clock';
import { formatDate, formatTime } from '../../format';
import { hubErrorText } from '../../hub';
import { getLang, setLang, t, type Lang } from '../../i18n';
import { connectionIndicator, langSwitch, mountPage } from '../../ui/chrome';
import { h, replaceChildren, tx } from '../../ui/dom';
import { demoDefaults, queryParam } from '../../ui/params';
import { keepAsDevice, outOfService, startScreen } from '../../ui/device';
import { requireSignIn } from '../../ui/session';
import { announcement, newCalls, type HallCall } from './calls';
import { renderCalls } from './render';
import { say } from './speech';
import { hallCallSource } from './source';

// A display set up for the English-speaking hall: display.html?branch=…&lang=en.
const wanted = queryParam('lang', '');
if (wanted === 'en' || wanted === 'zh-CN') setLang(wanted as Lang);
const root = document.getElementById('app')!;

const connection = connectionIndicator();
const clock = h('span', { class: 'display-clock', testid: 'display-clock' });
const body = h('div', { class: 'display-body' });
const problem = h('p', { class: 'display-problem', role: 'alert', testid: 'screen-problem', hidden: true });
// Browsers speak only after someone has touched the page once: staff press this when they switch the display on.
const sound = h(
  'button',
  {
    type: 'button',
    class: 'display-sound',
    testid: 'display-sound',
    'data-keep-enabled': true,
    on: {
      click: () => {
        say(' ', getLang());
        sound.hidden = true;
      },
    },
  },
  tx('display.enableSound'),
);

let calls: HallCall[] = [];
let started = false;

function render(): void {
  replaceChildren(body, renderCalls(calls, getLang()));
}

function show(next: HallCall[]): void {
  // The calls already on the display when it opens were announced before: only new ones are spoken.
  const announce = started ? newCalls(calls, next) : [];
  calls = next;
  started = true;
  // For whoever checks the display: it has heard from the server (a call from now on is announced).
  root.querySelector<HTMLElement>('[data-testid="display-page"]')?.setAttribute('data-heard', 'true');
  problem.hidden = true;
  render();
  for (const call of announce) say(announcement(call, getLang()), getLang());
}

function tickClock(): void {
  if (!businessClock.synced) return;
  const now = businessClock.nowDate();
  replaceChildren(clock, formatDate(now, getLang()), ' ', formatTime(now));
}

function start(branchId: string): void {
  const source = hallCallSource(branchId, {
    onCalls: show,
    onState: (state) => connection.set(state),
    onError: (error) => {
      problem.textContent = hubErrorText(error);
      problem.hidden = false;
    },
  });
  replaceChildren(
    root,
    h(
      'div',
      { class: 'display-page', testid: 'display-page', data: { branch: branchId } },
      h('header', { class: 'display-header' }, h('h1', { testid: 'page-title' }, tx('kiosk.welcome')), clock, connection.element, sound, langSwitch()),
      problem,
      body,
    ),
  );
  render();
  tickClock();
  setInterval(tickClock, 1000);
  mountPage(root, () => t('display.title'), () => {
    render();
    tickClock();
  });
  void source.start();
}

// The branch's registered calling display shows its own branch, whatever the address says, and never sends the
// customers' hall to the staff sign-in page; a member of staff may run it from their own session.
const askedBranch = queryParam('branch', demoDefaults.branch);
startScreen(root, 'CallingDisplay', askedBranch, (user) => {
  if (user.kind === 'device') {
    keepAsDevice(root, user.device);
    start(user.device.scopeId);
  } else if (user.kind === 'staff') {
    requireSignIn();
    start(askedBranch);
  } else {
    outOfService(root, 'CallingDisplay', askedBranch, 'notSetUp');
  }
});
