// The sign-in form: staff number and password. A refused sign-in stays on the form with the reason.
import { ApiProblem } from '../../api';
import type { SignInRequest } from '../../types';
import { h, tx } from '../../ui/dom';
import { field, textInput, valueOf } from '../../ui/fields';
import { problemBanner, showProblem } from '../../ui/problem';

export function renderSignInForm(signIn: (request: SignInRequest) => Promise<void>, returning: boolean): HTMLFormElement {
  const banner = problemBanner('signin-problem');
  const submit = h('button', { type: 'submit', class: 'primary', testid: 'signin-submit' }, tx('signin.submit'));
  const form = h(
    'form',
    { class: 'panel stacked signin-form', testid: 'signin-form', novalidate: true },
    h('h1', { testid: 'page-title' }, tx('signin.title')),
    h('p', { class: 'muted' }, tx('signin.lead')),
    returning ? h('p', { class: 'muted small', testid: 'signin-returning' }, tx('signin.returning')) : null,
    field('signin.login', textInput('login', 'signin-login', { required: true, autocomplete: 'username', autofocus: true })),
    field('signin.password', h('input', { type: 'password', name: 'password', testid: 'signin-password', required: true, autocomplete: 'current-password' })),
    banner,
    h('div', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    submit.disabled = true;
    signIn({ login: valueOf(form, 'login') ?? '', password: (form.elements.namedItem('password') as HTMLInputElement).value })
      .catch((error: unknown) => showSignInProblem(banner, error, form))
      .finally(() => {
        submit.disabled = false;
      });
  });
  return form;
}

/** A 401 here is a wrong staff number or password, said in the user's language; anything else as the server put it. */
export function showSignInProblem(banner: HTMLElement, error: unknown, form: HTMLFormElement): void {
  if (error instanceof ApiProblem && error.status === 401) {
    showProblem(banner, new Error(''), form);
    banner.querySelector('[data-testid="problem-summary"]')?.replaceChildren(tx('signin.failed'));
    (form.elements.namedItem('password') as HTMLInputElement | null)?.select();
    return;
  }
  showProblem(banner, error, form);
}
