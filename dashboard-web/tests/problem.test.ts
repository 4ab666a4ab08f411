// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiProblem } from '../src/api';
import { setLang } from '../src/i18n';
import { h } from '../src/ui/dom';
import { clearProblem, fieldKey, problemBanner, showProblem } from '../src/ui/problem';

const text = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

beforeEach(() => setLang('en'));

describe('a refused request shown to staff', () => {
  const form = (): HTMLFormElement =>
    h('form', null, h('textarea', { name: 'content' }), h('input', { name: 'owner' }));

  it('marks the fields the server named and lists what it could not place', () => {
    const banner = problemBanner();
    const f = form();
    showProblem(banner, new ApiProblem(400, { title: 'The request is not valid.', errors: { Content: ['is required'], channel: ['is not a channel'] } }), f);

    expect(banner.hidden).toBe(false);
    expect(banner.getAttribute('role')).toBe('alert');
    expect(text(banner.querySelector('[data-testid="problem-summary"]'))).toBe('The request is not valid.');
    expect(f.querySelector('[name="content"]')!.getAttribute('aria-invalid')).toBe('true');
    expect(text(f.querySelector('[data-testid="field-error-content"]'))).toBe('is required');
    expect(text(banner.querySelector('li'))).toBe('channel: is not a channel');

    clearProblem(banner, f);
    expect(banner.hidden).toBe(true);
    expect(f.querySelector('[aria-invalid]')).toBeNull();
    expect(f.querySelector('.field-error')).toBeNull();
  });

  it('says the server cannot be reached, in the chosen language', () => {
    setLang('zh-CN');
    const banner = problemBanner();
    showProblem(banner, new ApiProblem(0, {}));
    expect(text(banner.querySelector('[data-testid="problem-summary"]'))).toBe('无法连接服务器，请检查网络后重试。');
  });

  it('falls back to the status when the server gave no title', () => {
    const banner = problemBanner();
    showProblem(banner, new ApiProblem(409, {}));
    expect(text(banner.querySelector('[data-testid="problem-summary"]'))).toBe('Server answered 409');
  });

  it.each([
    ['service', 'service'],
    ['$.declaredAmount', 'declaredamount'],
    ['Request.Owner', 'owner'],
    ['services[0]', 'services'],
  ])('matches the server’s field name %s to the form control %s', (name, expected) => {
    expect(fieldKey(name)).toBe(expected);
  });
});
