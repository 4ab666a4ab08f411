// The dialogs of a work order's steps: what the team lead and the assignee fill in, read back as the API's requests.
import { businessLocalToInstant, businessLocalValue } from '../../format';
import type { RiskSignal, RiskSignalEntry, WorkOrderFileKind, WorkOrderVisitRequest, WorkPaper } from '../../types';
import { riskSignals } from '../../types';
import { h } from '../../ui/dom';
import { enumOptions, field, selectBox, textArea, textInput, valueOf } from '../../ui/fields';
import { staffPicker } from '../../ui/staffPicker';

const yesNo = (name: string, testid: string): HTMLSelectElement =>
  selectBox(name, testid, [{ value: '', label: '—' }, { value: 'yes', i18n: 'common.yes' }, { value: 'no', i18n: 'common.no' }]);

const checkbox = (name: string, testid: string): HTMLInputElement => h('input', { type: 'checkbox', name, testid, value: 'yes' });

/** The team lead picks the member from the order's sub-branch. */
export const assignFields = (institutionId: string): HTMLElement[] => [
  field('workOrder.form.memberId', staffPicker('memberId', 'work-order-member', { institutionId }).element),
];

export const bookFields = (now: Date): HTMLElement[] => [
  field('workOrder.form.bookedFor', h('input', { type: 'datetime-local', name: 'bookedFor', testid: 'work-order-booked-for', required: true, value: businessLocalValue(now) })),
];

export const visitFields = (): HTMLElement[] => [
  field('workOrder.paper.running', yesNo('running', 'paper-running-input')),
  field('workOrder.form.businessNote', textArea('businessNote', 'paper-business-note'), { optional: true }),
  field('workOrder.paper.pressure', yesNo('pressure', 'paper-pressure-input')),
  field('workOrder.form.pressureNote', textArea('pressureNote', 'paper-pressure-note'), { optional: true }),
  field('workOrder.paper.suggestions', textArea('suggestions', 'paper-suggestions-input'), { optional: true }),
  field('workOrder.paper.documents', checkbox('documents', 'paper-documents-input')),
  field('workOrder.paper.askedDirectly', checkbox('asked', 'paper-asked-input')),
  field('workOrder.form.riskSignal', selectBox('riskSignal', 'paper-risk-signal', [{ value: '', label: '—' }, ...enumOptions(riskSignals, 'riskSignal')]), { optional: true }),
  field('workOrder.form.riskNote', textInput('riskNote', 'paper-risk-note'), { optional: true }),
];

export const attachFields = (): HTMLElement[] => [
  field('workOrder.form.kind', selectBox('kind', 'work-order-file-kind', enumOptions(['Photo', 'Signature'] as const, 'fileKindInput'))),
  field('workOrder.form.file', h('input', { type: 'file', name: 'file', testid: 'work-order-file-input', accept: 'image/jpeg,image/png', required: true })),
];

const answer = (form: HTMLFormElement, name: string): boolean | null => {
  const value = valueOf(form, name);
  return value === undefined ? null : value === 'yes';
};
const checked = (form: HTMLFormElement, name: string): boolean => (form.elements.namedItem(name) as HTMLInputElement | null)?.checked ?? false;

export function readBooking(form: HTMLFormElement): string {
  return businessLocalToInstant(valueOf(form, 'bookedFor') ?? '') ?? '';
}

export function readVisit(form: HTMLFormElement): WorkOrderVisitRequest {
  const paper: WorkPaper = {
    businessRunningNormally: answer(form, 'running'),
    businessNote: valueOf(form, 'businessNote') ?? null,
    repaymentPressure: answer(form, 'pressure'),
    repaymentPressureNote: valueOf(form, 'pressureNote') ?? null,
    suggestions: valueOf(form, 'suggestions') ?? null,
    businessDocumentsChecked: checked(form, 'documents'),
    askedDirectlyAboutRepaymentPressure: checked(form, 'asked'),
  };
  const signal = valueOf(form, 'riskSignal');
  const riskSignals: RiskSignalEntry[] = signal ? [{ signal: signal as RiskSignal, note: valueOf(form, 'riskNote') ?? null }] : [];
  return { paper, riskSignals };
}

export function readAttachment(form: HTMLFormElement): { kind: WorkOrderFileKind; file: File | undefined } {
  const kind = (valueOf(form, 'kind') ?? 'Photo') as WorkOrderFileKind;
  return { kind, file: (form.elements.namedItem('file') as HTMLInputElement | null)?.files?.[0] };
}
