// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../src/i18n';
import { announcement, hallCalls, newCalls } from '../src/pages/display/calls';
import { renderCalls } from '../src/pages/display/render';
import { say } from '../src/pages/display/speech';
import { desk, lobbyView, t0, ticket } from './samples';

const iso = (ms: number): string => new Date(ms).toISOString();
const minutes = (n: number): number => n * 60_000;

// A premium customer with a client id and a large declared amount, called to counter 2.
const view = lobbyView({
  tickets: [
    ticket({ ticketId: 'C014', status: 'Serving', deskId: 'D1', calledAt: iso(t0 - minutes(6)), clientId: 'CL-ZHANG' }),
    ticket({ ticketId: 'C015', status: 'Called', deskId: 'D2', calledAt: iso(t0 - minutes(1)), clientId: 'CL-WANG', premium: true, premiumSignals: ['LargeCash'] }),
    ticket({ ticketId: 'C016', status: 'Waiting' }),
    ticket({ ticketId: 'C010', status: 'Finished', deskId: 'D1', calledAt: iso(t0 - minutes(20)) }),
  ],
  desks: [desk({ deskId: 'D1', name: 'Counter 1', nameZh: '1 号窗口' }), desk({ deskId: 'D2', name: 'Counter 2', nameZh: '2 号窗口' })],
});

beforeEach(() => setLang('zh-CN'));

describe('the calling display', () => {
  it('knows only the numbers at a desk and their desks, newest call first', () => {
    const calls = hallCalls(view);
    expect(calls.map((c) => [c.number, c.deskNameZh, c.calling])).toEqual([['C015', '2 号窗口', true], ['C014', '1 号窗口', false]]);
    expect(JSON.stringify(calls)).not.toMatch(/CL-|premium|LargeCash/i);
  });

  it('announces in Chinese "请 C015 号到 2 号窗口", and in English when set to English', () => {
    const [latest] = hallCalls(view);
    expect(announcement(latest!, 'zh-CN')).toBe('请 C015 号到 2 号窗口');
    expect(announcement(latest!, 'en')).toBe('Ticket C015, please go to Counter 2.');
  });

  it('announces each new call once, a recall again, and nothing already on the display', () => {
    const before = hallCalls(view);
    expect(newCalls(before, before)).toEqual([]);
    const recalled = hallCalls({ ...view, tickets: view.tickets.map((t) => (t.ticketId === 'C015' ? { ...t, calledAt: iso(t0) } : t)) });
    expect(newCalls(before, recalled).map((c) => c.number)).toEqual(['C015']);
    // A customer who came to the desk (serving) is not called again.
    const started = hallCalls({ ...view, tickets: view.tickets.map((t) => (t.ticketId === 'C015' ? { ...t, status: 'Serving' as const } : t)) });
    expect(newCalls(before, started)).toEqual([]);
  });

  it('shows the called number and desk large, the earlier calls beside, and no customer data', () => {
    const screen = renderCalls(hallCalls(view), 'zh-CN');
    expect(screen.querySelector('[data-testid="display-number"]')?.textContent).toBe('C015');
    expect(screen.querySelector('[data-testid="display-desk"]')?.textContent).toBe('2 号窗口');
    expect([...screen.querySelectorAll<HTMLElement>('[data-testid="display-recent-call"]')].map((li) => li.dataset['number'])).toEqual(['C014']);
    for (const word of ['CL-', '◆', '优质', 'premium', 'C016']) expect(screen.outerHTML).not.toContain(word);
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
