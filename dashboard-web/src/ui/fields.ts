// Labelled form controls. Every control has a name (matched against a 400's field errors)
// and a data-testid.
import type { MessageKey } from '../i18n';
import { h, tx, type Attrs } from './dom';

export interface Option {
  value: string;
  /** A dictionary label, or a literal one (a desk's own name). */
  i18n?: MessageKey;
  i18nParams?: Record<string, string>;
  label?: string;
}

export function field(label: MessageKey, control: HTMLElement, options: { optional?: boolean } = {}): HTMLLabelElement {
  return h(
    'label',
    { class: 'field' },
    h('span', { class: 'field-label' }, tx(label), options.optional ? h('span', { class: 'field-optional' }, ' (', tx('common.optional'), ')') : null),
    control,
  );
}

export function textInput(name: string, testid: string, attrs: Attrs = {}): HTMLInputElement {
  return h('input', { type: 'text', name, testid, autocomplete: 'off', ...attrs });
}

export function textArea(name: string, testid: string, attrs: Attrs = {}): HTMLTextAreaElement {
  return h('textarea', { name, testid, rows: 3, ...attrs });
}

export function selectBox(name: string, testid: string, options: readonly Option[], attrs: Attrs = {}): HTMLSelectElement {
  return h(
    'select',
    { name, testid, ...attrs },
    options.map((o) => (o.i18n ? h('option', { value: o.value, i18n: o.i18n, i18nParams: o.i18nParams }) : h('option', { value: o.value }, o.label ?? o.value))),
  );
}

export function enumOptions<T extends string>(values: readonly T[], prefix: string): Option[] {
  return values.map((value) => ({ value, i18n: `${prefix}.${value}` as MessageKey }));
}

/** The trimmed value of a named control, or undefined when it is blank. */
export function valueOf(form: HTMLFormElement, name: string): string | undefined {
  const control = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null;
  const value = control?.value.trim();
  return value ? value : undefined;
}
