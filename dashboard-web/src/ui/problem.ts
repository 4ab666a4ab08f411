// Shows a refused request the way staff can act on it: what failed, and which field is wrong.
import { ApiProblem } from '../api';
import { t, type MessageKey } from '../i18n';
import { h, replaceChildren, tx } from './dom';

export interface ProblemText {
  heading: string;
  summary: string;
  fields: { field: string; messages: readonly string[] }[];
}

/** The server names fields as it binds them ("service", "$.declaredAmount", "Desks[0].Name"): compare by the last part. */
export function fieldKey(name: string): string {
  const last = name.replace(/^\$\.?/, '').split('.').pop() ?? name;
  return last.replace(/\[\d+\]$/, '').toLowerCase();
}

export function describeProblem(error: unknown): ProblemText {
  if (error instanceof ApiProblem) {
    if (error.unreachable) return { heading: t('problem.heading'), summary: t('problem.network'), fields: [] };
    const summary = [error.title, error.detail].filter(Boolean).join(' — ') || t('problem.status', { status: error.status });
    return {
      heading: t('problem.heading'),
      summary,
      fields: Object.entries(error.errors).map(([field, messages]) => ({ field, messages })),
    };
  }
  return { heading: t('problem.heading'), summary: error instanceof Error ? error.message : String(error), fields: [] };
}

/**
 * A refused step in words the user can act on (403 "not yours", 409 "not now"), with the server's own reason after it.
 * Other errors pass through, so a 400 still shows its fields.
 */
export function refusalInWords(error: unknown, words: Partial<Record<403 | 409, MessageKey>>): unknown {
  if (!(error instanceof ApiProblem) || (error.status !== 403 && error.status !== 409)) return error;
  const key = words[error.status];
  if (!key) return error;
  const server = [error.title, error.detail].filter(Boolean).join(' — ');
  return new ApiProblem(error.status, { status: error.status, title: t(key), detail: server || undefined, errors: error.errors as Record<string, string[]> });
}

/** An empty alert region that showProblem fills. */
export function problemBanner(testid = 'problem'): HTMLDivElement {
  return h('div', { class: 'problem', testid, role: 'alert', hidden: true });
}

export function clearProblem(banner: HTMLElement, form?: HTMLFormElement): void {
  banner.hidden = true;
  banner.replaceChildren();
  if (!form) return;
  for (const invalid of form.querySelectorAll('[aria-invalid="true"]')) invalid.removeAttribute('aria-invalid');
  for (const message of form.querySelectorAll('.field-error')) message.remove();
}

export function showProblem(banner: HTMLElement, error: unknown, form?: HTMLFormElement): void {
  clearProblem(banner, form);
  const text = describeProblem(error);
  const unplaced: ProblemText['fields'] = [];
  for (const entry of text.fields) {
    const control = form ? findControl(form, entry.field) : null;
    if (!control) {
      unplaced.push(entry);
      continue;
    }
    control.setAttribute('aria-invalid', 'true');
    const id = `error-${control.getAttribute('name')}`;
    control.setAttribute('aria-describedby', id);
    control.insertAdjacentElement(
      'afterend',
      h('p', { class: 'field-error', id, testid: `field-error-${control.getAttribute('name')}` }, entry.messages.join(' ')),
    );
  }
  replaceChildren(
    banner,
    h('strong', null, text.heading),
    h('p', { testid: 'problem-summary' }, text.summary),
    unplaced.length > 0 ? h('ul', null, unplaced.map((e) => h('li', null, `${e.field}: ${e.messages.join(' ')}`))) : null,
    h('button', { type: 'button', class: 'link', on: { click: () => clearProblem(banner, form) } }, tx('problem.dismiss')),
  );
  banner.hidden = false;
}

function findControl(form: HTMLFormElement, field: string): HTMLElement | null {
  const wanted = fieldKey(field);
  for (const control of form.querySelectorAll<HTMLElement>('[name]')) {
    if (control.getAttribute('name')?.toLowerCase() === wanted) return control;
  }
  return null;
}
