// A small modal form for one action (finish with an outcome, transfer, resolve...). It stays
// open with the server's reasons when the request is refused.
import type { MessageKey, MessageParams } from '../i18n';
import { h, tx } from './dom';
import { clearProblem, problemBanner, showProblem } from './problem';

export interface DialogSpec {
  /** data-testid prefix: "{name}-dialog", "{name}-submit", "{name}-cancel". */
  name: string;
  title: MessageKey;
  titleParams?: MessageParams;
  submit: MessageKey;
  fields: readonly HTMLElement[];
  onSubmit(form: HTMLFormElement): Promise<void>;
}

export function openFormDialog(spec: DialogSpec): HTMLDialogElement {
  const banner = problemBanner(`${spec.name}-problem`);
  const submit = h('button', { type: 'submit', class: 'primary', testid: `${spec.name}-submit` }, tx(spec.submit));
  const form = h(
    'form',
    { class: 'dialog-form', method: 'dialog', novalidate: true },
    h('h2', { id: `${spec.name}-title` }, tx(spec.title, spec.titleParams)),
    spec.fields,
    banner,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', testid: `${spec.name}-cancel`, on: { click: () => close() } }, tx('common.cancel')),
      submit,
    ),
  );
  const dialog = h('dialog', { class: 'dialog', testid: `${spec.name}-dialog`, 'aria-labelledby': `${spec.name}-title` }, form);
  const close = (): void => {
    if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    dialog.remove();
  };
  dialog.addEventListener('cancel', () => dialog.remove());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    submit.disabled = true;
    clearProblem(banner, form);
    spec
      .onSubmit(form)
      .then(close)
      .catch((error: unknown) => showProblem(banner, error, form))
      .finally(() => {
        submit.disabled = false;
      });
  });
  document.body.appendChild(dialog);
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
  form.querySelector<HTMLElement>('input, select, textarea')?.focus();
  return dialog;
}
