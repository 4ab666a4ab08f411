// The customer's kiosk. Every customer is welcomed alike (brief §4): nothing here may show
// or hint at premium treatment, so only a ticket's number and service are ever read.
import { serviceTypes, type KioskTicket, type ServiceType } from '../../types';
import { h, tx } from '../../ui/dom';

/** The only parts of an issued ticket a customer sees. */
export interface CustomerTicket {
  number: string;
  service: ServiceType;
}

/** Keeps only what a customer may see, whatever else an answer carries. */
export function customerTicket(ticket: Pick<KioskTicket, 'number' | 'service'>): CustomerTicket {
  return { number: ticket.number, service: ticket.service };
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
    h('p', { class: 'kiosk-your-number' }, tx('kiosk.yourNumber')),
    h('p', { class: 'kiosk-number', testid: 'kiosk-ticket-number' }, ticket.number),
    h('p', { class: 'kiosk-ticket-service', testid: 'kiosk-ticket-service' }, tx(`service.${ticket.service}`)),
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
