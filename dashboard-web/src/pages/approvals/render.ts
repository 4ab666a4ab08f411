// The approvals inbox: each terminal transfer waiting for a step the signed-in user may take,
// with where it goes, what it waits for and what has been done so far.
import { formatDateTime } from '../../format';
import { getLang } from '../../i18n';
import type { TransferStep, TransferView } from '../../types';
import { h, tx, txOr } from '../../ui/dom';
import { stepActor, stepNote } from '../../ui/monthEndCheck';
import { refusalInWords } from '../../ui/problem';

export interface ApprovalActions {
  confirm(transfer: TransferView): void;
  reject(transfer: TransferView): void;
}

/** A step's name in the bank's words; a step this screen does not know yet shows as the server names it. */
export const stepLabel = (step: string): HTMLElement => txOr('step', step);

function party(staffId: string, institutionId: string): HTMLElement {
  return h('span', null, h('strong', null, staffId), ' · ', institutionId);
}

function stepLine(step: TransferStep): HTMLElement {
  return h(
    'li',
    { testid: 'approval-step', data: { step: step.step, decision: step.decision } },
    stepLabel(step.step),
    ' — ',
    h('strong', null, stepActor(step.by, step.byName)),
    ' ',
    txOr('decision', step.decision),
    ' · ',
    h('time', { datetime: step.at }, formatDateTime(step.at, getLang())),
    step.note ? [' · ', h('q', null, stepNote(step.note, getLang()))] : null,
  );
}

export function renderApproval(transfer: TransferView, actions: ApprovalActions): HTMLElement {
  return h(
    'article',
    { class: 'panel approval', testid: 'approval', data: { transferId: transfer.transferId, terminalId: transfer.terminalId, nextStep: transfer.nextStep ?? '' } },
    h(
      'header',
      { class: 'approval-head' },
      h('h2', null, h('a', { href: `terminal.html?id=${encodeURIComponent(transfer.terminalId)}`, testid: 'approval-terminal' }, tx('approvals.terminal', { id: transfer.terminalId }))),
      h('span', { class: 'badge', testid: 'approval-kind' }, txOr('transferKind', transfer.kind)),
    ),
    h(
      'dl',
      { class: 'approval-facts' },
      h('dt', null, tx('approvals.from')),
      h('dd', { testid: 'approval-from' }, party(transfer.fromStaffId, transfer.fromInstitutionId)),
      h('dt', null, tx('approvals.to')),
      h('dd', { testid: 'approval-to' }, party(transfer.toStaffId, transfer.toInstitutionId)),
      transfer.reason ? [h('dt', null, tx('approvals.reason')), h('dd', { testid: 'approval-reason' }, transfer.reason)] : null,
      h('dt', null, tx('approvals.waiting')),
      h('dd', { testid: 'approval-next-step' }, transfer.nextStep ? h('span', { class: 'badge warn' }, stepLabel(transfer.nextStep)) : '—'),
    ),
    h('h3', null, tx('approvals.steps')),
    h('ol', { class: 'approval-steps', testid: 'approval-steps' }, transfer.steps.map(stepLine)),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', testid: 'approval-reject', on: { click: () => actions.reject(transfer) } }, tx('approvals.reject')),
      h('button', { type: 'button', class: 'primary', testid: 'approval-confirm', on: { click: () => actions.confirm(transfer) } }, tx('approvals.confirm')),
    ),
  );
}

export function renderApprovals(items: readonly TransferView[], actions: ApprovalActions): HTMLElement[] {
  if (items.length === 0) return [h('p', { class: 'panel empty', testid: 'approvals-empty' }, tx('approvals.empty'))];
  return items.map((item) => renderApproval(item, actions));
}

/**
 * A refused step in words the user can act on: 403 "not yours to take", 409 "someone acted
 * first or it is closed", with the server's own reason after it. Other errors pass through.
 */
export function explainRefusal(error: unknown): unknown {
  return refusalInWords(error, { 403: 'approvals.forbidden', 409: 'approvals.conflict' });
}
