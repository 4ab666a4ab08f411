// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../src/api';
import { setLang } from '../src/i18n';
import { renderSignInForm } from '../src/pages/signin/render';
import type { SignInRequest } from '../src/types';

const text = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function fill(form: HTMLFormElement, login: string, password: string): void {
  (form.querySelector('[data-testid="signin-login"]') as HTMLInputElement).value = login;
  (form.querySelector('[data-testid="signin-password"]') as HTMLInputElement).value = password;
  form.dispatchEvent(new Event('submit', { cancelable: true }));
}

beforeEach(() => setLang('en'));

describe('the sign-in form', () => {
  it('sends the staff number and the password as typed', async () => {
    const signIn = vi.fn((_: SignInRequest) => Promise.resolve());
    const form = renderSignInForm(signIn, false);
    document.body.append(form);
    fill(form, ' CM-1 ', 'pass word');
    await settle();
    expect(signIn).toHaveBeenCalledWith({ login: 'CM-1', password: 'pass word' });
    form.remove();
  });

  it('says a wrong staff number or password plainly, in the user’s language', async () => {
    setLang('zh-CN');
    const form = renderSignInForm(() => Promise.reject(new ApiProblem(401, { title: 'Unauthorized' })), true);
    document.body.append(form);
    fill(form, 'CM-1', 'nope');
    await settle();
    const banner = form.querySelector<HTMLElement>('[data-testid="signin-problem"]')!;
    expect(banner.hidden).toBe(false);
    expect(text(banner.querySelector('[data-testid="problem-summary"]'))).toBe('员工号或密码错误。');
    expect(form.querySelector('[data-testid="signin-returning"]')).not.toBeNull();
    form.remove();
  });

  it('shows a missing field as the server names it', async () => {
    const form = renderSignInForm(
      () => Promise.reject(new ApiProblem(400, { title: 'The request is not valid.', errors: { password: ['is required'] } })),
      false,
    );
    document.body.append(form);
    fill(form, 'CM-1', 'x');
    await settle();
    expect(text(form.querySelector('[data-testid="field-error-password"]'))).toBe('is required');
    form.remove();
  });
});
