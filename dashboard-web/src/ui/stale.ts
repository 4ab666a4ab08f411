// A screen whose data has stopped coming must not look live. Once the push connection (or, on a
// page that reads over HTTP, the last read) has been lost for a few seconds, the screen greys its
// figures, says how old they are and disables its actions; when data flows again it recovers by
// itself. The age is real elapsed time since the data was last known current (not business time:
// a demo clock running 60× faster must not make a two-second outage look like two minutes).
import { getLang, onLangChange, translate, type Lang } from '../i18n';
import { h, replaceChildren } from './dom';

/** A connection away for less than this is a blip, not stale data. */
export const staleAfterMs = 5000;

export class Staleness {
  private lostAt: number | null = null;
  private hadData = false;

  constructor(
    private readonly graceMs: number = staleAfterMs,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The screen's data is current (the push connection is up, or a read just succeeded). */
  current(): void {
    this.lostAt = null;
    this.hadData = true;
  }

  /**
   * Data stopped being current at `since` (default now: the connection dropped this instant; a page that reads over
   * HTTP passes the time of its last good read). A later loss does not make the data look younger.
   */
  lost(since: number = this.now()): void {
    this.lostAt = this.lostAt === null ? since : Math.min(this.lostAt, since);
  }

  /** While stale: how old the data is (ms), and whether there was any; null while fresh or within the grace. */
  state(): { ageMs: number; hadData: boolean } | null {
    if (this.lostAt === null) return null;
    const ageMs = this.now() - this.lostAt;
    return ageMs >= this.graceMs ? { ageMs, hadData: this.hadData } : null;
  }
}

/** "45 s", "2 min", "3 h" / "45 秒", "2 分钟", "3 小时". */
export function formatAge(ageMs: number, lang: Lang): string {
  const seconds = Math.floor(ageMs / 1000);
  if (seconds < 60) return translate(lang, 'stale.seconds', { n: seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return translate(lang, 'stale.minutes', { n: minutes });
  return translate(lang, 'stale.hours', { n: Math.floor(minutes / 60) });
}

export function staleText(state: { ageMs: number; hadData: boolean }, lang: Lang): string {
  return state.hadData ? translate(lang, 'stale.banner', { age: formatAge(state.ageMs, lang) }) : translate(lang, 'stale.noData');
}

/** Controls that stay usable on a stale screen: they change nothing on the server. */
const keptEnabled = '.lang-switch, [data-testid="sign-out"], [data-keep-enabled]';
const controls = 'button, input, select, textarea';

/**
 * Shows the staleness on a page: a banner, greyed figures (CSS: body.is-stale) and its actions disabled, also those
 * drawn while stale; re-enables exactly what it disabled when the data is current again.
 */
export function watchStaleness(root: HTMLElement, staleness: Staleness, tickMs = 1000): () => void {
  const banner = h('div', { class: 'stale-banner', testid: 'stale-banner', role: 'alert', hidden: true });
  document.body.appendChild(banner);
  const disabledByUs = new Set<HTMLElement & { disabled: boolean }>();
  let stale = false;

  const disable = (scope: HTMLElement): void => {
    const found = [...scope.querySelectorAll<HTMLElement & { disabled: boolean }>(controls)];
    if (scope.matches(controls)) found.push(scope as HTMLElement & { disabled: boolean });
    for (const control of found) {
      if (control.disabled || control.matches(keptEnabled)) continue;
      control.disabled = true;
      control.dataset['staleDisabled'] = 'true';
      disabledByUs.add(control);
    }
  };
  const observer = new MutationObserver((records) => {
    if (!stale) return;
    for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLElement) disable(node);
  });

  const update = (): void => {
    const state = staleness.state();
    if (state) {
      replaceChildren(banner, staleText(state, getLang()));
      if (!stale) {
        stale = true;
        banner.hidden = false;
        document.body.classList.add('is-stale');
        disable(root);
        observer.observe(root, { childList: true, subtree: true });
      }
    } else if (stale) {
      stale = false;
      banner.hidden = true;
      document.body.classList.remove('is-stale');
      observer.disconnect();
      for (const control of disabledByUs) {
        control.disabled = false;
        delete control.dataset['staleDisabled'];
      }
      disabledByUs.clear();
    }
  };
  update();
  const timer = setInterval(update, tickMs);
  const unsubscribe = onLangChange(update);
  return () => {
    clearInterval(timer);
    unsubscribe();
    observer.disconnect();
    banner.remove();
  };
}

/** The page's one staleness: the connection light and the HTTP reads report to it; mountPage shows it. */
export const pageStaleness = new Staleness();
