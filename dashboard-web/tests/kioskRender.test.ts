// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../src/i18n';
import { customerTicket, renderIssued, renderServiceChoice } from '../src/pages/kiosk/render';
import { serviceTypes } from '../src/types';
import { ticket } from './samples';

beforeEach(() => setLang('en'));

describe('the kiosk', () => {
  it('offers a big button per service and takes the customer’s choice', () => {
    const choose = vi.fn();
    const screen = renderServiceChoice(choose, false);
    const buttons = [...screen.querySelectorAll<HTMLButtonElement>('[data-testid^="kiosk-service-"]')];
    expect(buttons.map((b) => b.dataset['service'])).toEqual([...serviceTypes]);
    screen.querySelector<HTMLButtonElement>('[data-testid="kiosk-service-Wealth"]')!.click();
    expect(choose).toHaveBeenCalledWith('Wealth');
  });

  it('cannot issue a second ticket while the first is printing', () => {
    const screen = renderServiceChoice(vi.fn(), true);
    expect([...screen.querySelectorAll('button')].every((b) => b.disabled)).toBe(true);
  });

  it('shows the number and the service of the issued ticket', () => {
    const screen = renderIssued(customerTicket(ticket({ ticketId: 't-1', number: 'A023', service: 'Remittance' })), vi.fn());
    expect(screen.querySelector('[data-testid="kiosk-ticket-number"]')?.textContent).toBe('A023');
    expect(screen.querySelector('[data-testid="kiosk-ticket-service"]')?.textContent).toBe('Transfer & remittance');
  });

  it.each([
    ['en', 'Riverside sub-branch', '2026-03-04', '3 ahead of you', 'Expected wait: about 8 min'],
    ['zh-CN', 'Riverside sub-branch', '2026年3月4日', '您前面还有 3 人', '预计等候约 8 分钟'],
  ] as const)('prints the branch, the date, the people ahead and the expected wait (%s)', (lang, branch, date, ahead, expected) => {
    setLang(lang);
    const print = { branchId: 'SB-RS', branchName: 'Riverside sub-branch', date: '2026-03-04', ticketId: 't', number: 'C004', service: 'Cash' as const, peopleAhead: 3, expectedWaitMinutes: 8 };
    const screen = renderIssued(customerTicket(ticket({ ticketId: 't', number: 'C004' }), print), vi.fn());
    const read = (id: string): string | null | undefined => screen.querySelector(`[data-testid="${id}"]`)?.textContent;
    expect([read('kiosk-ticket-branch'), read('kiosk-ticket-date'), read('kiosk-ticket-ahead'), read('kiosk-ticket-expected')]).toEqual([branch, date, ahead, expected]);
    const next = renderIssued(customerTicket(ticket({ ticketId: 't' }), { ...print, peopleAhead: 0, expectedWaitMinutes: 0 }), vi.fn());
    expect(next.querySelector('[data-testid="kiosk-ticket-ahead"]')?.textContent).toBe(lang === 'en' ? 'You are next' : '下一位就是您');
  });

  it.each(['en', 'zh-CN'] as const)('never shows anything premium, even for a premium customer (%s)', (lang) => {
    setLang(lang);
    const premium = ticket({ ticketId: 't-2', number: 'W007', service: 'Wealth', premium: true, premiumSignals: ['LargeDeposit', 'VipCard'] });
    expect(customerTicket(premium)).toEqual({ number: 'W007', service: 'Wealth' });

    const screen = renderIssued(customerTicket(premium), vi.fn());
    const shown = screen.outerHTML;
    expect(screen.querySelector('[data-testid="premium-marker"]')).toBeNull();
    for (const word of ['premium', 'Premium', '优质', 'VIP', 'LargeDeposit', 'VipCard', '◆']) expect(shown).not.toContain(word);
  });
});
