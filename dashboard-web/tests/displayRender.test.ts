// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../src/i18n';
import { announcement, hallCalls, newCalls } from '../src/pages/display/calls';
import { renderCalls } from '../src/pages/display/render';
import { say } from '../src/pages/display/speech';
import type { HallView } from '../src/types';
import { t0 } from './samples';

const iso = (ms: number): string => new Date(ms).toISOString();
const minutes = (n: number): number => n * 60_000;

// The hall view as the server sends it: C015 called to counter 2, C014 being served at counter 1.
const view: HallView = {
  branchId: 'SB-FT',
  at: iso(t0),
  calls: [
    { ticketId: 'T14', number: 'C014', deskId: 'D1', deskName: 'Counter 1', deskNameZh: '1 号窗口', calledAt: iso(t0 - minutes(6)), calling: false },
    { ticketId: 'T15', number: 'C015', deskId: 'D2', deskName: 'Counter 2', deskNameZh: '2 号窗口', calledAt: iso(t0 - minutes(1)), calling: true },
  ],
};

beforeEach(() => setLang('zh-CN'));

describe('the calling display', () => {
  it('lists the calls newest first, a desk without a Chinese name under its English one', () => {
    const calls = hallCalls({ ...view, calls: [...view.calls, { ...view.calls[0]!, ticketId: 'T9', number: 'A009', deskName: 'VIP room', deskNameZh: null, calledAt: iso(t0 - minutes(9)) }] });
    expect(calls.map((c) => [c.number, c.deskNameZh, c.calling])).toEqual([['C015', '2 号窗口', true], ['C014', '1 号窗口', false], ['A009', 'VIP room', false]]);
  });

  it('announces in Chinese "请 C015 号到 2 号窗口", and in English when set to English', () => {
    const [latest] = hallCalls(view);
    expect(announcement(latest!, 'zh-CN')).toBe('请 C015 号到 2 号窗口');
    expect(announcement(latest!, 'en')).toBe('Ticket C015, please go to Counter 2.');
  });

  it('announces each new call once, a recall again, and nothing already on the display', () => {
    const before = hallCalls(view);
    expect(newCalls(before, before)).toEqual([]);
    const recalled = hallCalls({ ...view, calls: view.calls.map((c) => (c.number === 'C015' ? { ...c, calledAt: iso(t0) } : c)) });
    expect(newCalls(before, recalled).map((c) => c.number)).toEqual(['C015']);
    // A customer who came to the desk (serving) is not called again.
    const started = hallCalls({ ...view, calls: view.calls.map((c) => (c.number === 'C015' ? { ...c, calling: false } : c)) });
    expect(newCalls(before, started)).toEqual([]);
  });

  it('shows the called number and desk large, and the earlier calls beside', () => {
    const screen = renderCalls(hallCalls(view), 'zh-CN');
    expect(screen.querySelector('[data-testid="display-number"]')?.textContent).toBe('C015');
    expect(screen.querySelector('[data-testid="display-desk"]')?.textContent).toBe('2 号窗口');
    expect([...screen.querySelectorAll<HTMLElement>('[data-testid="display-recent-call"]')].map((li) => li.dataset['number'])).toEqual(['C014']);
  });

  it('speaks through speech synthesis in the display language', () => {
    const speaker = { speak: vi.fn() };
    vi.stubGlobal('SpeechSynthesisUtterance', class {
      lang = '';
      rate = 1;
      constructor(public text: string) {}
    });
    say('请 C015 号到 2 号窗口', 'zh-CN', speaker);
    expect(speaker.speak).toHaveBeenCalledWith(expect.objectContaining({ text: '请 C015 号到 2 号窗口', lang: 'zh-CN' }));
    vi.unstubAllGlobals();
  });
});
