// Logging a call (every call leaves a note and an outcome) and recording a promise to pay
// (amount, date and time), brief §5.
import { collectionsApi } from '../../api';
import { businessClock } from '../../clock';
import { businessLocalToInstant, businessLocalValue } from '../../format';
import { callOutcomes, numberTypes, type CallOutcome, type NumberType } from '../../types';
import { h, tx } from '../../ui/dom';
import { enumOptions, field, selectBox, textArea, textInput, valueOf } from '../../ui/fields';
import { noticeLine } from '../../ui/notice';
import { clearProblem, problemBanner, showProblem } from '../../ui/problem';

export interface LoanForm {
  element: HTMLFormElement;
  /** Puts a loan into the form and brings it into view, from a worklist row's button. */
  prefill(loanId: string): void;
}

function loanForm(testid: string, build: (form: HTMLFormElement) => void, send: (form: HTMLFormElement) => Promise<void>): LoanForm {
  const form = h('form', { class: 'stacked panel', testid, novalidate: true });
  build(form);
  const banner = form.querySelector<HTMLElement>('[role="alert"]')!;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button) button.disabled = true;
    clearProblem(banner, form);
    send(form)
      .catch((error: unknown) => showProblem(banner, error, form))
      .finally(() => {
        if (button) button.disabled = false;
      });
  });
  return {
    element: form,
    prefill(loanId) {
      (form.elements.namedItem('loanId') as HTMLInputElement).value = loanId;
      form.scrollIntoView?.({ behavior: 'smooth', block: 'nearest' });
      form.querySelector<HTMLElement>('select, textarea, input:not([name="loanId"])')?.focus();
    },
  };
}

/** The call is the signed-in user's: the server knows who is calling. */
export function callForm(afterChange: () => void): LoanForm {
  const notice = noticeLine('call-logged');
  return loanForm(
    'call-form',
    (form) =>
      form.append(
        h('h2', null, tx('callForm.title')),
        field('callForm.loanId', textInput('loanId', 'call-loan-id', { required: true, list: 'worklist-loans' })),
        h(
          'div',
          { class: 'field-row' },
          field('callForm.number', selectBox('number', 'call-number', enumOptions(numberTypes, 'number'))),
          field('callForm.outcome', selectBox('outcome', 'call-outcome', enumOptions(callOutcomes, 'callOutcome'))),
        ),
        field('callForm.note', textArea('note', 'call-note', { required: true })),
        problemBanner('call-problem'),
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', testid: 'call-submit' }, tx('callForm.submit'))),
        notice.element,
      ),
    async (form) => {
      // No `at`: the server stamps the call with its own clock (a browser clock running ahead would be refused).
      await collectionsApi.logCall(valueOf(form, 'loanId') ?? '', {
        number: (valueOf(form, 'number') ?? 'Mobile') as NumberType,
        outcome: (valueOf(form, 'outcome') ?? 'NoAnswer') as CallOutcome,
        note: valueOf(form, 'note') ?? '',
      });
      form.reset();
      notice.show('callForm.done');
      afterChange();
    },
  );
}

export function promiseForm(afterChange: () => void): LoanForm {
  const notice = noticeLine('promise-recorded');
  const inAnHour = (): string => businessLocalValue(new Date(businessClock.now() + 60 * 60_000));
  const when = h('input', { type: 'datetime-local', name: 'promisedFor', testid: 'promise-promised-for', required: true, value: inAnHour() });
  // Drawn before the first read: once the server has said what time it is, the default follows unless someone typed one.
  const stop = businessClock.onChange(() => {
    if (!when.matches(':focus') && when.dataset['typed'] !== 'true') when.value = inAnHour();
  });
  when.addEventListener('input', () => {
    when.dataset['typed'] = 'true';
    stop();
  });
  return loanForm(
    'promise-form',
    (form) =>
      form.append(
        h('h2', null, tx('promiseForm.title')),
        field('promiseForm.loanId', textInput('loanId', 'promise-loan-id', { required: true, list: 'worklist-loans' })),
        h(
          'div',
          { class: 'field-row' },
          field('promiseForm.amount', h('input', { type: 'number', name: 'amount', testid: 'promise-amount', required: true, min: '0.01', step: '0.01', inputmode: 'decimal' })),
          field('promiseForm.promisedFor', when),
        ),
        problemBanner('promise-problem'),
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', testid: 'promise-submit' }, tx('promiseForm.submit'))),
        notice.element,
      ),
    async (form) => {
      await collectionsApi.recordPromise(valueOf(form, 'loanId') ?? '', {
        amount: Number(valueOf(form, 'amount')),
        promisedFor: businessLocalToInstant(valueOf(form, 'promisedFor') ?? '') ?? '',
      });
      form.reset();
      when.value = inAnHour();
      notice.show('promiseForm.done');
      afterChange();
    },
  );
}
