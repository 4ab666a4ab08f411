import '../../styles/base.css';
import '../../styles/home.css';
import { t, type MessageKey } from '../../i18n';
import { mountPage, pageHeader } from '../../ui/chrome';
import { h, replaceChildren, tx } from '../../ui/dom';
import { field, textInput } from '../../ui/fields';
import { demoDefaults } from '../../ui/params';
import { requireSignIn } from '../../ui/session';

interface ScreenCard {
  page: string;
  title: MessageKey;
  hint: MessageKey;
  inputs: { name: string; label: MessageKey; value: string; optional?: boolean }[];
}

const cards: ScreenCard[] = [
  { page: 'staff-worklist.html', title: 'home.staffWorklist', hint: 'home.staffWorklistHint', inputs: [] },
  { page: 'approvals.html', title: 'home.approvals', hint: 'home.approvalsHint', inputs: [] },
  { page: 'month-end.html', title: 'home.monthEnd', hint: 'home.monthEndHint', inputs: [] },
  { page: 'audit.html', title: 'home.audit', hint: 'home.auditHint', inputs: [] },
  { page: 'terminal.html', title: 'home.terminal', hint: 'home.terminalHint', inputs: [{ name: 'id', label: 'home.terminalId', value: '' }] },
  { page: 'lobby.html', title: 'home.lobby', hint: 'home.lobbyHint', inputs: [{ name: 'branch', label: 'home.branch', value: demoDefaults.branch }] },
  { page: 'kiosk.html', title: 'home.kiosk', hint: 'home.kioskHint', inputs: [{ name: 'branch', label: 'home.branch', value: demoDefaults.branch }] },
  { page: 'board.html', title: 'home.board', hint: 'home.boardHint', inputs: [{ name: 'room', label: 'home.room', value: demoDefaults.room }] },
  { page: 'devices.html', title: 'home.devices', hint: 'home.devicesHint', inputs: [{ name: 'scope', label: 'devices.scope', value: demoDefaults.branch }] },
  {
    page: 'worklist.html',
    title: 'home.worklist',
    hint: 'home.worklistHint',
    inputs: [
      // Empty: the signed-in collector's own.
      { name: 'collector', label: 'home.collector', value: '', optional: true },
      { name: 'institution', label: 'home.institution', value: '', optional: true },
    ],
  },
];

const name = (page: string): string => page.replace('.html', '');

// Plain GET forms: the screen's address carries its branch, room or collector, so it can be bookmarked on a TV.
const card = (c: ScreenCard): HTMLElement =>
  h(
    'form',
    { class: 'panel screen-card', action: c.page, method: 'get', testid: `home-${name(c.page)}` },
    h('h2', null, tx(c.title)),
    h('p', { class: 'muted' }, tx(c.hint)),
    c.inputs.map((i) =>
      field(i.label, textInput(i.name, `home-${name(c.page)}-${i.name}`, { value: i.value, required: !i.optional }), { optional: i.optional }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', testid: `home-open-${name(c.page)}` }, tx('home.open'))),
  );

// Any 401 from the API or the hub: sign in, then come back here.
requireSignIn();
const root = document.getElementById('app')!;
replaceChildren(
  root,
  h(
    'div',
    { class: 'page home-page', testid: 'home-page' },
    pageHeader({ title: 'home.title' }),
    h('p', { class: 'lead' }, tx('home.lead')),
    h('main', { class: 'screen-cards' }, cards.map(card)),
    h(
      'p',
      { class: 'muted' },
      h('a', { href: `board.html?room=${encodeURIComponent(demoDefaults.centralRoom)}`, testid: 'home-central-board' }, tx('board.centralTitle')),
    ),
  ),
);
mountPage(root, () => t('home.title'));
