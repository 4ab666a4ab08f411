// What the lobby's buttons do: one API call each, through a dialog when the call needs words.
import { lobbyApi } from '../../api';
import { personName } from '../../format';
import { getLang } from '../../i18n';
import { serviceTypes, type DeskView, type LobbyView, type ServiceType, type TicketView } from '../../types';
import { openFormDialog } from '../../ui/dialog';
import { h, tx } from '../../ui/dom';
import { field, selectBox, textArea, textInput, valueOf, type Option } from '../../ui/fields';
import { showProblem } from '../../ui/problem';
import type { LobbyActions } from './render';

export interface LobbyContext {
  branchId: string;
  banner: HTMLElement;
  view(): LobbyView | null;
  /** After a change, when the live feed is not delivering, re-read the lobby. */
  afterChange(): void;
}

export function lobbyActions(ctx: LobbyContext): LobbyActions {
  const { branchId } = ctx;
  const run = (button: HTMLButtonElement | null, call: () => Promise<unknown>): void => {
    if (button) button.disabled = true;
    call()
      .then(() => ctx.afterChange())
      .catch((error: unknown) => showProblem(ctx.banner, error))
      .finally(() => {
        if (button) button.disabled = false;
      });
  };
  const submitted = async (call: Promise<unknown>): Promise<void> => {
    await call;
    ctx.afterChange();
  };

  return {
    callNext: (desk, button) => run(button, () => lobbyApi.callNext(branchId, desk.deskId)),
    recall: (desk, button) => run(button, () => lobbyApi.recall(branchId, desk.deskId)),
    startService: (desk, button) => run(button, () => lobbyApi.startService(branchId, desk.deskId)),
    noShow: (desk, button) => run(button, () => lobbyApi.noShow(branchId, desk.deskId)),
    park: (desk, button) => run(button, () => lobbyApi.park(branchId, desk.deskId)),
    toggleBreak: (desk, button) =>
      run(button, () => (desk.status === 'OnBreak' ? lobbyApi.endBreak(branchId, desk.deskId) : lobbyApi.takeBreak(branchId, desk.deskId))),
    toggleDesk: (desk, button) =>
      run(button, () =>
        desk.open
          ? lobbyApi.closeDesk(branchId, desk.deskId)
          : lobbyApi.openDesk(branchId, { deskId: desk.deskId, name: desk.name, nameZh: desk.nameZh ?? undefined, kind: desk.kind, services: desk.services }),
      ),
    requeue: (ticket, button) => run(button, () => lobbyApi.requeue(branchId, ticket.ticketId)),
    // Who acknowledged is whoever is signed in: the server knows.
    acknowledge: (complaint, button) => run(button, () => lobbyApi.acknowledgeComplaint(branchId, complaint.complaintId)),

    finish: (desk, ticket) =>
      openFormDialog({
        name: 'finish',
        title: 'finishForm.title',
        titleParams: { number: ticket?.number ?? '' },
        submit: 'finishForm.submit',
        fields: [field('finishForm.outcome', textInput('outcome', 'finish-outcome', { required: true }))],
        onSubmit: (form) => submitted(lobbyApi.finish(branchId, desk.deskId, valueOf(form, 'outcome') ?? '')),
      }),

    transfer: (desk, ticket) =>
      openFormDialog({
        name: 'transfer',
        title: 'transferForm.title',
        titleParams: { number: ticket?.number ?? '' },
        submit: 'transferForm.submit',
        fields: [field('transferForm.target', selectBox('target', 'transfer-target', transferTargets(desk, ctx.view()?.desks ?? [], ticket?.service)))],
        onSubmit: (form) => {
          const [kind, id] = splitTarget(valueOf(form, 'target') ?? '');
          return submitted(lobbyApi.transfer(branchId, desk.deskId, kind === 'desk' ? { toDeskId: id } : { toService: id as ServiceType }));
        },
      }),

    callTicket: (ticket) =>
      openFormDialog({
        name: 'call-ticket',
        title: 'ticketCallForm.title',
        titleParams: { number: ticket.number },
        submit: 'ticketCallForm.submit',
        fields: [deskChoice('ticketCallForm.desk', 'call-ticket-desk', freeDesks(ctx.view()?.desks ?? [], ticket))],
        onSubmit: (form) => submitted(lobbyApi.callTicket(branchId, ticket.ticketId, valueOf(form, 'deskId') ?? '')),
      }),

    sendTicket: (ticket) =>
      openFormDialog({
        name: 'send-ticket',
        title: 'sendForm.title',
        titleParams: { number: ticket.number },
        submit: 'sendForm.submit',
        fields: [deskChoice('sendForm.desk', 'send-ticket-desk', sendTargets(ctx.view()?.desks ?? []))],
        onSubmit: (form) => submitted(lobbyApi.sendTicket(branchId, ticket.ticketId, valueOf(form, 'deskId') ?? '')),
      }),

    voidTicket: (ticket) =>
      openFormDialog({
        name: 'void-ticket',
        title: 'voidForm.title',
        titleParams: { number: ticket.number },
        submit: 'voidForm.submit',
        fields: [field('voidForm.reason', textArea('reason', 'void-reason', { required: true, rows: 2 }))],
        onSubmit: (form) => submitted(lobbyApi.voidTicket(branchId, ticket.ticketId, valueOf(form, 'reason') ?? '')),
      }),

    flagPremium: (ticket) =>
      openFormDialog({
        name: 'premium',
        title: 'premiumForm.title',
        titleParams: { number: ticket.number },
        submit: 'premiumForm.submit',
        fields: [field('premiumForm.reason', textArea('reason', 'premium-reason', { required: true, rows: 2 }))],
        onSubmit: (form) => submitted(lobbyApi.flagPremium(branchId, ticket.ticketId, { reason: valueOf(form, 'reason') ?? '' })),
      }),

    resolve: (complaint) =>
      openFormDialog({
        name: 'resolve',
        title: 'resolveForm.title',
        submit: 'resolveForm.submit',
        fields: [field('resolveForm.resolution', textArea('resolution', 'resolve-resolution', { required: true }))],
        onSubmit: (form) => submitted(lobbyApi.resolveComplaint(branchId, complaint.complaintId, valueOf(form, 'resolution') ?? '')),
      }),

    escalate: (complaint) =>
      openFormDialog({
        name: 'escalate',
        title: 'escalateForm.title',
        submit: 'escalateForm.submit',
        fields: [field('escalateForm.to', textInput('to', 'escalate-to', { required: true }))],
        onSubmit: (form) => submitted(lobbyApi.escalateComplaint(branchId, complaint.complaintId, valueOf(form, 'to') ?? '')),
      }),
  };
}

const deskOption = (d: DeskView): Option => ({ value: d.deskId, label: personName(d, getLang()) });

/** A desk to choose; with none to choose from, the field says why (and the server would refuse an empty one in words). */
function deskChoice(label: 'ticketCallForm.desk' | 'sendForm.desk', testid: string, desks: readonly DeskView[]): HTMLElement {
  const choice = field(label, selectBox('deskId', testid, desks.map(deskOption), { required: true }));
  if (desks.length === 0) choice.append(h('p', { class: 'field-error', testid: `${testid}-none` }, tx('ticketCallForm.noDesk')));
  return choice;
}

/** Desks that can take a customer now: open, not on a break, nobody at them; those serving the ticket's service first. */
export function freeDesks(desks: readonly DeskView[], ticket: Pick<TicketView, 'service'>): DeskView[] {
  return desks
    .filter((d) => d.open && d.status === 'Idle')
    .sort((a, b) => Number(b.services.includes(ticket.service)) - Number(a.services.includes(ticket.service)));
}

/** Where a lobby manager sends a customer to wait: the VIP room and client-manager desks first, then any open desk. */
export function sendTargets(desks: readonly DeskView[]): DeskView[] {
  const rank = (d: DeskView): number => (d.kind === 'VipRoom' ? 0 : d.kind === 'ClientManagerDesk' ? 1 : 2);
  return desks.filter((d) => d.open).sort((a, b) => rank(a) - rank(b));
}

/** Another service's queue (not the ticket's own) or another open desk. */
export function transferTargets(from: DeskView, desks: readonly DeskView[], currentService: ServiceType | undefined): Option[] {
  return [
    ...serviceTypes.filter((s) => s !== currentService).map((s): Option => ({ value: `service:${s}`, i18n: `service.${s}` })),
    ...desks
      .filter((d) => d.deskId !== from.deskId && d.open)
      .map((d): Option => ({ value: `desk:${d.deskId}`, i18n: 'transferForm.desk', i18nParams: { name: personName(d, getLang()) } })),
  ];
}

function splitTarget(value: string): [string, string] {
  const at = value.indexOf(':');
  return at < 0 ? ['service', value] : [value.slice(0, at), value.slice(at + 1)];
}
