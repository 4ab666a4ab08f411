import '../../styles/base.css';
import '../../styles/approvals.css';
import { ApiProblem, staffApi } from '../../api';
import { businessClock } from '../../clock';
import { t } from '../../i18n';
import type { TransferView } from '../../types';
import { mountPage, pageHeader, updatedAt } from '../../ui/chrome';
import { openFormDialog } from '../../ui/dialog';
import { h, replaceChildren, tx } from '../../ui/dom';
import { field, textArea, valueOf } from '../../ui/fields';
import { problemBanner, showProblem, clearProblem } from '../../ui/problem';
import { keepListFresh } from '../../ui/liveList';
import { requireSignIn } from '../../ui/session';
import { explainRefusal, renderApprovals, type ApprovalActions } from './render';

// Any 401 from the API: sign in, then come back here.
requireSignIn();
const root = document.getElementById('app')!;

const banner = problemBanner();
const notice = h('p', { class: 'notice', testid: 'approval-done', role: 'status', 'aria-live': 'polite' });
const updated = updatedAt();
const list = h('div', { class: 'approvals-list' }, h('p', { class: 'empty' }, tx('common.loading')));
let items: TransferView[] | null = null;

function render(): void {
  if (items) replaceChildren(list, renderApprovals(items, actions));
}

async function refresh(): Promise<void> {
  try {
    items = (await staffApi.approvals()).items ?? [];
    render();
    updated.set(businessClock.nowDate().toISOString());
  } catch (error) {
    showProblem(banner, error);
  }
}

function done(key: 'approvals.confirmed' | 'approvals.rejected', transfer: TransferView): void {
  clearProblem(banner);
  replaceChildren(notice, tx(key, { terminal: transfer.terminalId }));
  void refresh();
}

/** A 409 means the inbox is stale: say so and show the fresh one. */
function refused(error: unknown): unknown {
  if (error instanceof ApiProblem && error.status === 409) void refresh();
  return explainRefusal(error);
}

const actions: ApprovalActions = {
  confirm: (transfer) => {
    replaceChildren(notice);
    staffApi
      .confirm(transfer.transferId)
      .then(() => done('approvals.confirmed', transfer))
      .catch((error: unknown) => showProblem(banner, refused(error)));
  },
  reject: (transfer) => {
    replaceChildren(notice);
    openFormDialog({
      name: 'reject',
      title: 'rejectForm.title',
      titleParams: { terminal: transfer.terminalId },
      submit: 'rejectForm.submit',
      fields: [field('rejectForm.reason', textArea('reason', 'reject-reason', { required: true }))],
      onSubmit: async (form) => {
        try {
          await staffApi.reject(transfer.transferId, valueOf(form, 'reason') ?? '');
        } catch (error) {
          throw refused(error);
        }
        done('approvals.rejected', transfer);
      },
    });
  },
};

const refreshButton = h('button', { type: 'button', testid: 'approvals-refresh', on: { click: () => void refresh() } }, tx('common.refresh'));
// Others take steps on the same transfers: the hub says when a transfer reaches or leaves this user's inbox.
const live = keepListFresh(['Approvals'], () => void refresh());

replaceChildren(
  root,
  h(
    'div',
    { class: 'page approvals-page', testid: 'approvals-page' },
    pageHeader({ title: 'approvals.title', tools: [live, updated.element, refreshButton] }),
    h('p', { class: 'lead muted' }, tx('approvals.lead')),
    banner,
    notice,
    h('main', null, list),
  ),
);

mountPage(root, () => t('approvals.title'), render);
void refresh();
