import '../../styles/base.css';
import '../../styles/kiosk.css';
import { authApi, lobbyApi } from '../../api';
import { t } from '../../i18n';
import type { ServiceType } from '../../types';
import { langSwitch, mountPage } from '../../ui/chrome';
import { h, replaceChildren, tx } from '../../ui/dom';
import { demoDefaults, queryParam } from '../../ui/params';
import { customerTicket, renderFailed, renderIssued, renderServiceChoice, type CustomerTicket } from './render';
import { requireSignIn } from '../../ui/session';

const branchId = queryParam('branch', demoDefaults.branch);
// Any 401 from the API or the hub: sign in, then come back here.
requireSignIn();
const root = document.getElementById('app')!;
const body = h('main', { class: 'kiosk-body' });

// The ticket screen clears itself so the next customer starts afresh.
const showTicketMs = 20_000;

type KioskState = { kind: 'choose' } | { kind: 'issuing' } | { kind: 'issued'; ticket: CustomerTicket } | { kind: 'failed' };
let state: KioskState = { kind: 'choose' };
let resetTimer: ReturnType<typeof setTimeout> | undefined;

function show(next: KioskState): void {
  state = next;
  clearTimeout(resetTimer);
  if (next.kind === 'issued' || next.kind === 'failed') resetTimer = setTimeout(() => show({ kind: 'choose' }), showTicketMs);
  render();
}

function render(): void {
  const done = (): void => show({ kind: 'choose' });
  switch (state.kind) {
    case 'choose':
    case 'issuing':
      replaceChildren(body, renderServiceChoice(choose, state.kind === 'issuing'));
      break;
    case 'issued':
      replaceChildren(body, renderIssued(state.ticket, done));
      break;
    case 'failed':
      replaceChildren(body, renderFailed(done));
      break;
  }
}

function choose(service: ServiceType): void {
  if (state.kind === 'issuing') return;
  show({ kind: 'issuing' });
  lobbyApi
    .issueTicket(branchId, { service })
    // The print (branch, date, people ahead, expected wait) is a second read; a ticket shows without it if it fails.
    .then(async (ticket) => customerTicket(ticket, await lobbyApi.print(branchId, ticket.ticketId).catch(() => null)))
    .then((ticket) => show({ kind: 'issued', ticket }))
    .catch((error: unknown) => {
      console.warn('ticket not issued:', error);
      show({ kind: 'failed' });
    });
}

replaceChildren(
  root,
  h(
    'div',
    { class: 'page kiosk-page', testid: 'kiosk-page', data: { branch: branchId } },
    h('header', { class: 'kiosk-header' }, h('h1', { testid: 'page-title' }, tx('kiosk.welcome')), langSwitch()),
    body,
  ),
);
render();
mountPage(root, () => t('kiosk.welcome'), render);
// Asked once on start-up, so a kiosk is signed in when staff set it up, not when a customer presses a button.
authApi.me().catch(() => {
  // a 401 has gone to the sign-in page; anything else shows when a ticket is asked for
});
