// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setLang } from '../src/i18n';
import { renderWho } from '../src/ui/session';

describe('who is signed in, in the header', () => {
  it('is named in the screen’s language: characters in Chinese when registered, the Latin form otherwise', () => {
    const who = document.createElement('span');
    const me = { staffId: 'SB-FT-COL1', name: 'Wang Fang', nameZh: '王芳', institutionId: 'SB-FT', institutionName: 'Futian', roles: [] };
    setLang('zh-CN');
    renderWho(who, me);
    expect(who.querySelector('[data-testid="session-name"]')!.textContent).toBe('王芳');
    setLang('en');
    renderWho(who, me);
    expect(who.querySelector('[data-testid="session-name"]')!.textContent).toBe('Wang Fang');
    setLang('zh-CN');
    renderWho(who, { ...me, nameZh: null });
    expect(who.querySelector('[data-testid="session-name"]')!.textContent).toBe('Wang Fang');
  });
});
