// What the lobby's buttons do: one API call each, through a dialog when the call needs words.
import { lobbyApi } from '../../api';
import { serviceTypes, type DeskView, type LobbyView, type ServiceType } from '../../types';
import { openFormDialog } from '../../ui/dialog';
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
    toggleDesk: (desk, button) =>
      run(button, () =>
        desk.open
          ? lobbyApi.closeDesk(branchId, desk.deskId)
          : lobbyApi.openDesk(branchId, { deskId: desk.deskId, name: desk.name, kind: desk.kind, services: desk.services }),
      ),
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

/** Another service's queue (not the ticket's own) or another open desk. */
export function transferTargets(from: DeskView, desks: readonly DeskView[], currentService: ServiceType | undefined): Option[] {
  return [
    ...serviceTypes.filter((s) => s !== currentService).map((s): Option => ({ value: `service:${s}`, i18n: `service.${s}` })),
    ...desks
      .filter((d) => d.deskId !== from.deskId && d.open)
      .map((d): Option => ({ value: `desk:${d.deskId}`, i18n: 'transferForm.desk', i18nParams: { name: d.name } })),
  ];
}

function splitTarget(value: string): [string, string] {
  const at = value.indexOf(':');
  return at < 0 ? ['service', value] : [value.slice(0, at), value.slice(at + 1)];
}
