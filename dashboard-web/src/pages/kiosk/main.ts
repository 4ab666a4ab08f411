import '../../styles/base.css';
import '../../styles/kiosk.css';
import { deviceApi, lobbyApi } from '../../api';
import { t } from '../../i18n';
import type { IssueTicketRequest, KioskTicket, ServiceType, TicketPrint } from '../../types';
import { langSwitch, mountPage } from '../../ui/chrome';
import { keepAsDevice, outOfService, startScreen } from '../../ui/device';
import { h, replaceChildren, tx } from '../../ui/dom';
import { demoDefaults, queryParam } from '../../ui/params';
import { requireSignIn } from '../../ui/session';
import { customerTicket, renderFailed, renderIssued, renderServiceChoice, type CustomerTicket } from './render';

const root = document.getElementById('app')!;
const body = h('main', { class: 'kiosk-body' });

// The ticket screen clears itself so the next customer starts afresh.
const showTicketMs = 20_000;

type KioskState = { kind: 'choose' } | { kind: 'issuing' } | { kind: 'issued'; ticket: CustomerTicket } | { kind: 'failed' };
let state: KioskState = { kind: 'choose' };
let resetTimer: ReturnType<typeof setTimeout> | undefined;
let issue: (request: IssueTicketRequest) => Promise<KioskTicket> = () => Promise.reject(new Error('not started'));
let print: (ticketId: string) => Promise<TicketPrint> = () => Promise.reject(new Error('not started'));

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
  issue({ service })
    // The print (branch, date, people ahead, expected wait) is a second read; a ticket shows without it if it fails.
    .then(async (ticket) => customerTicket(ticket, await print(ticket.ticketId).catch(() => null)))
    .then((ticket) => show({ kind: 'issued', ticket }))
    .catch((error: unknown) => {
      console.warn('ticket not issued:', error);
      show({ kind: 'failed' });
    });
}

function start(branchId: string): void {
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
}

// A registered kiosk issues tickets of the branch its credential names, whatever the address says, and never sends a
// customer to the staff sign-in page. A member of staff may still run it from their own session (setting it up,
// trying it out); a machine with neither says it is not set up.
const askedBranch = queryParam('branch', demoDefaults.branch);
startScreen(root, 'Kiosk', askedBranch, (user) => {
  if (user.kind === 'device') {
    keepAsDevice(root, user.device);
    issue = (request) => deviceApi.issueTicket(request);
    print = (ticketId) => deviceApi.print(ticketId);
    start(user.device.scopeId);
  } else if (user.kind === 'staff') {
    requireSignIn();
    issue = (request) => lobbyApi.issueTicket(askedBranch, request);
    print = (ticketId) => lobbyApi.print(askedBranch, ticketId);
    start(askedBranch);
  } else {
    outOfService(root, 'Kiosk', askedBranch, 'notSetUp');
  }
});
