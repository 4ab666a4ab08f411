// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../src/i18n';
import { h } from '../src/ui/dom';
import { formatAge, Staleness, staleText, watchStaleness } from '../src/ui/stale';

describe('staleness', () => {
  it('is nothing during a short blip, then the data’s age since it was last current', () => {
    let now = 10_000;
    const staleness = new Staleness(5000, () => now);
    staleness.current();
    now = 20_000;
    staleness.lost();
    now = 24_999;
    expect(staleness.state()).toBeNull();
    now = 25_000;
    expect(staleness.state()).toEqual({ ageMs: 5000, hadData: true });
    staleness.lost(); // still down: the data does not get younger
    now = 140_000;
    expect(staleness.state()?.ageMs).toBe(120_000);
    staleness.current();
    expect(staleness.state()).toBeNull();
  });

  it('counts from the last good read on a page that reads over HTTP', () => {
    let now = 100_000;
    const staleness = new Staleness(5000, () => now);
    staleness.current();
    now = 160_000;
    staleness.lost(100_000);
    expect(staleness.state()?.ageMs).toBe(60_000);
  });

  it.each([
    [45_000, 'en', 'Data 45 s old: not updated while the connection is down. Reconnecting…'],
    [120_000, 'zh-CN', '数据已 2 分钟未更新：连接已中断，正在重新连接…'],
  ] as const)('says how old the data is (%d ms, %s)', (ageMs, lang, expected) => {
    expect(staleText({ ageMs, hadData: true }, lang)).toBe(expected);
  });

  it('reads hours past the hour', () => {
    expect(formatAge(2 * 3_600_000 + 5 * 60_000, 'en')).toBe('2 h');
  });
});

describe('a stale screen', () => {
  let now = 0;
  beforeEach(() => {
    vi.useFakeTimers();
    setLang('en');
    now = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
    document.body.className = '';
  });

  it('greys, says so and disables its actions, also those drawn meanwhile, then gives back exactly what it took', async () => {
    const staleness = new Staleness(5000, () => now);
    const act = h('button', { testid: 'act' }, 'Call next');
    const busy = h('button', { testid: 'busy', disabled: true }, 'Issuing');
    const lang = h('select', { class: 'lang-switch' });
    const root = h('div', null, h('div', null, act, busy, lang));
    document.body.append(root);
    watchStaleness(root, staleness);
    staleness.current();

    now = 1000;
    staleness.lost();
    now = 7000;
    vi.advanceTimersByTime(1000);
    const banner = document.querySelector<HTMLElement>('[data-testid="stale-banner"]')!;
    expect(banner.hidden).toBe(false);
    expect(banner.textContent).toBe('Data 6 s old: not updated while the connection is down. Reconnecting…');
    expect(document.body.classList.contains('is-stale')).toBe(true);
    expect(act.disabled).toBe(true);
    expect(lang.disabled).toBe(false);

    const drawn = h('button', null, 'Flag premium');
    root.firstElementChild!.append(drawn);
    await Promise.resolve();
    expect(drawn.disabled).toBe(true);

    staleness.current();
    vi.advanceTimersByTime(1000);
    expect(banner.hidden).toBe(true);
    expect(document.body.classList.contains('is-stale')).toBe(false);
    expect([act.disabled, drawn.disabled, busy.disabled]).toEqual([false, false, true]);
  });
});
