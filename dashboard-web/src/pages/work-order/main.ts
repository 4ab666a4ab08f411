import '../../styles/base.css';
import '../../styles/approvals.css';
import { ApiProblem, authApi, staffApi, workOrderApi } from '../../api';
import { businessClock } from '../../clock';
import { t, type MessageKey } from '../../i18n';
import type { Me, WorkOrderView } from '../../types';
import { mountPage, pageHeader } from '../../ui/chrome';
import { openFormDialog } from '../../ui/dialog';
import { h, replaceChildren, tx } from '../../ui/dom';
import { queryParam } from '../../ui/params';
import { clearProblem, problemBanner, showProblem } from '../../ui/problem';
import { requireSignIn } from '../../ui/session';
import { assignFields, attachFields, bookFields, readAttachment, readBooking, readVisit, visitFields } from './forms';
import { explainRefusal, renderWorkOrder, type StaffNames, type WorkOrderActions, type WorkOrderStep } from './render';

// Any 401 from the API: sign in, then come back here.
requireSignIn();
const root = document.getElementById('app')!;
const id = queryParam('id', '');

const banner = problemBanner();
const body = h('main', null, h('p', { class: 'empty' }, tx('common.loading')));
let order: WorkOrderView | null = null;
let me: Me | null = null;
let names: StaffNames = new Map();

function render(): void {
  if (order && me) replaceChildren(body, renderWorkOrder(order, me, actions, (fileId) => workOrderApi.fileUrl(id, fileId), names));
}

/** The sub-branch's staff, to show people by name; without them (out of scope, say) the screen shows ids. */
async function loadNames(institutionId: string): Promise<void> {
  try {
    const page = await staffApi.findStaff({ institutionId, pageSize: 200 });
    names = new Map(page.items.map((entry) => [entry.staffId, entry]));
    render();
  } catch {
    // Ids stay: the order itself is what matters.
  }
}

async function load(): Promise<void> {
  try {
    [me, order] = await Promise.all([authApi.me(), workOrderApi.view(id)]);
    render();
    if (names.size === 0) void loadNames(order.institutionId);
  } catch (error) {
    showProblem(banner, error);
  }
}

/** A 409 means the order moved on meanwhile (someone else took the step): show it as it is now. 403/409 in words. */
async function run(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 409) void load();
    throw explainRefusal(error);
  }
  clearProblem(banner);
  order = await workOrderApi.view(id);
  render();
}

const dialogs: Record<WorkOrderStep, { fields: () => HTMLElement[]; submit: (form: HTMLFormElement) => Promise<unknown> }> = {
  assign: { fields: () => assignFields(order?.institutionId ?? ''), submit: (form) => workOrderApi.assign(id, (form.elements.namedItem('memberId') as HTMLSelectElement).value) },
  book: { fields: () => bookFields(businessClock.nowDate()), submit: (form) => workOrderApi.book(id, readBooking(form)) },
  visit: { fields: visitFields, submit: (form) => workOrderApi.visit(id, readVisit(form)) },
  attach: {
    fields: attachFields,
    submit: async (form) => {
      const { kind, file } = readAttachment(form);
      if (!file) throw new ApiProblem(400, { title: t('workOrder.form.file'), errors: { file: [t('workOrder.form.fileMissing')] } });
      return workOrderApi.attach(id, kind, file);
    },
  },
};

const actions: WorkOrderActions = {
  step: (step) =>
    void openFormDialog({
      name: `work-order-${step}`,
      title: `workOrder.step.${step}` as MessageKey,
      submit: `workOrder.step.${step}` as MessageKey,
      fields: dialogs[step].fields(),
      onSubmit: (form) => run(() => dialogs[step].submit(form)),
    }),
};

replaceChildren(
  root,
  h(
    'div',
    { class: 'page work-order-page', testid: 'work-order-page' },
    pageHeader({ title: 'workOrder.title', tools: [h('a', { href: 'staff-worklist.html' }, tx('workOrder.backToWorklist'))] }),
    banner,
    body,
  ),
);

mountPage(root, () => t('workOrder.title'), render);
void load();
