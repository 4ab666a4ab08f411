// One after-sales work order (issue 6, brief §2): who it is for, where it stands, the work paper and the files, and the
// steps the signed-in user may take now (the same rules as src/Actors.Domain/WorkOrders/WorkOrderFlow.cs).
import { formatDateOnly, formatDateTime, personName } from '../../format';
import { getLang, translate, type Lang, type MessageKey } from '../../i18n';
import type { Me, StaffEntry, WorkOrderStatus, WorkOrderView, WorkPaper } from '../../types';
import { h, tx, txOr, type Child } from '../../ui/dom';
import { refusalInWords } from '../../ui/problem';

export type WorkOrderStep = 'assign' | 'book' | 'visit' | 'attach';

export interface WorkOrderActions {
  step(step: WorkOrderStep): void;
}

const allowedFrom: Readonly<Record<WorkOrderStep, readonly WorkOrderStatus[]>> = {
  assign: ['Issued', 'Assigned'],
  book: ['Assigned', 'Booked'],
  visit: ['Booked'],
  attach: ['Booked', 'Visited'],
};

/** The steps this user may take on this order now: the team lead assigns; the assignee books, visits and attaches. */
export function stepsFor(order: WorkOrderView, me: Me): WorkOrderStep[] {
  const lead = me.roles.includes('TeamLead') && me.institutionId === order.institutionId;
  const assignee = order.assigneeId === me.staffId;
  return (Object.keys(allowedFrom) as WorkOrderStep[]).filter(
    (step) => allowedFrom[step].includes(order.status) && (step === 'assign' ? lead : assignee),
  );
}

/** A refused step in words: 403 not this user's step, 409 not in this state (the server's reason follows). */
export function explainRefusal(error: unknown): unknown {
  return refusalInWords(error, { 403: 'workOrder.forbidden', 409: 'workOrder.conflict' });
}

/** Staff the screen knows by id (the staff directory, GET /api/staff), to show people by name rather than id. */
export type StaffNames = ReadonlyMap<string, Pick<StaffEntry, 'name' | 'nameZh'>>;

/** Who acts without being a person: the retail risk department issues the month's orders (IRiskListGrain.Key). */
const departments: Readonly<Record<string, MessageKey>> = { 'retail-risk': 'workOrder.retailRisk' };

/** A person in the screen's language: 王芳 in Chinese when known, else Wang Fang, else the id (out of the reader's scope). */
export function whoIs(staffId: string, names: StaffNames, lang: Lang): string {
  const person = names.get(staffId);
  if (person) return personName(person, lang);
  const department = departments[staffId];
  return department ? translate(lang, department) : staffId;
}

function fact(label: MessageKey, value: Child, testid: string): Child[] {
  return [h('dt', null, tx(label)), h('dd', { testid }, value)];
}

const yesNo = (value: boolean | null | undefined): Child => (value == null ? '—' : tx(value ? 'common.yes' : 'common.no'));

function paperPanel(paper: WorkPaper): HTMLElement {
  return h(
    'section',
    { class: 'panel', testid: 'work-order-paper' },
    h('h2', null, tx('workOrder.paper')),
    h(
      'dl',
      { class: 'facts' },
      fact('workOrder.paper.running', [yesNo(paper.businessRunningNormally), paper.businessNote ? ` · ${paper.businessNote}` : ''], 'paper-running'),
      fact('workOrder.paper.pressure', [yesNo(paper.repaymentPressure), paper.repaymentPressureNote ? ` · ${paper.repaymentPressureNote}` : ''], 'paper-pressure'),
      fact('workOrder.paper.suggestions', paper.suggestions || '—', 'paper-suggestions'),
      fact('workOrder.paper.documents', yesNo(paper.businessDocumentsChecked), 'paper-documents'),
      fact('workOrder.paper.askedDirectly', yesNo(paper.askedDirectlyAboutRepaymentPressure), 'paper-asked'),
    ),
  );
}

function filesPanel(order: WorkOrderView, fileUrl: (fileId: string) => string): HTMLElement | null {
  if (order.files.length === 0) return null;
  return h(
    'section',
    { class: 'panel', testid: 'work-order-files' },
    h('h2', null, tx('workOrder.files')),
    h(
      'ul',
      { class: 'thumbs' },
      order.files.map((file) =>
        h(
          'li',
          { testid: 'work-order-file', data: { kind: file.kind } },
          h('a', { href: fileUrl(file.fileId), target: '_blank', rel: 'noopener' }, h('img', { src: fileUrl(file.fileId), alt: '', width: 96, height: 96 })),
          h('span', null, txOr('fileKind', file.kind)),
        ),
      ),
    ),
  );
}

export function renderWorkOrder(
  order: WorkOrderView,
  me: Me,
  actions: WorkOrderActions,
  fileUrl: (fileId: string) => string,
  names: StaffNames = new Map(),
): HTMLElement[] {
  const lang = getLang();
  const who = (staffId: string): Child => h('span', { title: staffId, data: { staffId } }, whoIs(staffId, names, lang));
  const steps = stepsFor(order, me);
  return [
    h(
      'section',
      { class: 'panel', testid: 'work-order', data: { status: order.status } },
      h(
        'header',
        { class: 'approval-head' },
        h('h2', { testid: 'work-order-client' }, order.clientName),
        h('span', { class: 'badge', testid: 'work-order-status' }, txOr('workOrderStatus', order.status)),
        order.focus ? h('span', { class: 'badge warn', testid: 'work-order-focus' }, tx('workOrder.focus')) : null,
      ),
      h(
        'dl',
        { class: 'facts' },
        fact('workOrder.month', order.month, 'work-order-month'),
        fact('workOrder.loan', [order.loanId, ' · ', tx('workOrder.maturesOn', { date: formatDateOnly(order.loanMaturesOn, lang) })], 'work-order-loan'),
        fact('workOrder.assignee', order.assigneeId ? who(order.assigneeId) : '—', 'work-order-assignee'),
        fact('workOrder.bookedFor', order.bookedFor ? h('time', { datetime: order.bookedFor }, formatDateTime(order.bookedFor, lang)) : '—', 'work-order-booked'),
        order.riskSignals.length > 0
          ? fact('workOrder.riskSignals', order.riskSignals.map((r) => txOr('riskSignal', r.signal ?? 'Other')).flatMap((s, i) => (i ? [', ', s] : [s])), 'work-order-risks')
          : null,
      ),
      steps.length === 0
        ? h('p', { class: 'muted', testid: 'work-order-nothing-to-do' }, tx('workOrder.nothingToDo'))
        : h(
            'div',
            { class: 'actions' },
            steps.map((step) =>
              h('button', { type: 'button', class: step === steps[0] ? 'primary' : undefined, testid: `work-order-${step}`, on: { click: () => actions.step(step) } },
                tx(`workOrder.step.${step}` as MessageKey)),
            ),
          ),
    ),
    order.paper ? paperPanel(order.paper) : null,
    filesPanel(order, fileUrl),
    h(
      'section',
      { class: 'panel' },
      h('h2', null, tx('workOrder.history')),
      h(
        'ol',
        { testid: 'work-order-history' },
        order.history.map((entry) =>
          h('li', { data: { status: entry.status } }, txOr('workOrderStatus', entry.status), ' · ', h('strong', null, who(entry.by)), ' · ',
            h('time', { datetime: entry.at }, formatDateTime(entry.at, lang))),
        ),
      ),
    ),
  ].filter((e): e is HTMLElement => e !== null);
}
