// The customer's kiosk. Every customer is welcomed alike (brief §4): nothing here may show
// or hint at premium treatment, so only a ticket's number, service and place in the queue are ever read.
import { formatDateOnly } from '../../format';
import { getLang } from '../../i18n';
import { serviceTypes, type KioskTicket, type ServiceType, type TicketPrint } from '../../types';
import { h, tx } from '../../ui/dom';

/** The only parts of an issued ticket a customer sees: what a printed ticket says. */
export interface CustomerTicket {
  number: string;
  service: ServiceType;
  /** From the print (GET …/place): absent when it could not be read, and the ticket shows without it. */
  branchName?: string;
  date?: string;
  peopleAhead?: number;
  expectedWaitMinutes?: number;
}

/** Keeps only what a customer may see, whatever else an answer carries. */
export function customerTicket(ticket: Pick<KioskTicket, 'number' | 'service'>, print?: TicketPrint | null): CustomerTicket {
  const shown: CustomerTicket = { number: ticket.number, service: ticket.service };
  return print
    ? { ...shown, branchName: print.branchName, date: print.date, peopleAhead: print.peopleAhead, expectedWaitMinutes: print.expectedWaitMinutes }
    : shown;
}

export function renderServiceChoice(onChoose: (service: ServiceType) => void, busy: boolean): HTMLElement {
  return h(
    'div',
    { class: 'kiosk-choice' },
    h('p', { class: 'kiosk-prompt' }, tx('kiosk.prompt')),
    h(
      'div',
      { class: 'kiosk-services', testid: 'kiosk-services' },
      serviceTypes.map((service) =>
        h(
          'button',
          { type: 'button', class: 'kiosk-service', testid: `kiosk-service-${service}`, data: { service }, disabled: busy, on: { click: () => onChoose(service) } },
          tx(`service.${service}`),
        ),
      ),
    ),
    busy ? h('p', { class: 'kiosk-status', role: 'status', testid: 'kiosk-issuing' }, tx('kiosk.issuing')) : null,
  );
}

export function renderIssued(ticket: CustomerTicket, onDone: () => void): HTMLElement {
  return h(
    'div',
    { class: 'kiosk-issued', testid: 'kiosk-ticket', role: 'status', 'aria-live': 'assertive' },
    ticket.branchName ? h('p', { class: 'kiosk-branch', testid: 'kiosk-ticket-branch' }, ticket.branchName) : null,
    ticket.date ? h('p', { class: 'kiosk-date', testid: 'kiosk-ticket-date' }, formatDateOnly(ticket.date, getLang())) : null,
    h('p', { class: 'kiosk-your-number' }, tx('kiosk.yourNumber')),
    h('p', { class: 'kiosk-number', testid: 'kiosk-ticket-number' }, ticket.number),
    h('p', { class: 'kiosk-ticket-service', testid: 'kiosk-ticket-service' }, tx(`service.${ticket.service}`)),
    ticket.peopleAhead === undefined
      ? null
      : h(
          'p',
          { class: 'kiosk-queue', testid: 'kiosk-ticket-queue' },
          h('span', { testid: 'kiosk-ticket-ahead' }, ticket.peopleAhead === 0 ? tx('kiosk.aheadNone') : tx('kiosk.ahead', { n: ticket.peopleAhead })),
          ' · ',
          h(
            'span',
            { testid: 'kiosk-ticket-expected' },
            ticket.expectedWaitMinutes ? tx('kiosk.expectedWait', { n: ticket.expectedWaitMinutes }) : tx('kiosk.expectedNone'),
          ),
        ),
    h('p', { class: 'kiosk-wait' }, tx('kiosk.pleaseWait')),
    h('button', { type: 'button', class: 'primary kiosk-done', testid: 'kiosk-done', on: { click: onDone } }, tx('kiosk.done')),
  );
}

export function renderFailed(onDone: () => void): HTMLElement {
  return h(
    'div',
    { class: 'kiosk-issued failed', testid: 'kiosk-error', role: 'alert' },
    h('p', { class: 'kiosk-wait' }, tx('kiosk.failed')),
    h('button', { type: 'button', class: 'primary kiosk-done', testid: 'kiosk-done', on: { click: onDone } }, tx('kiosk.done')),
  );
}
