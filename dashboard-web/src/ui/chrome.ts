// What every screen has: a title bar with the language switch, a connection light, and the
// page's behaviour when the language changes.
import { businessClock } from '../clock';
import { formatWhen } from '../format';
import { getLang, languages, onLangChange, setLang, t, type Lang, type MessageKey, type MessageParams } from '../i18n';
import type { ConnectionState } from '../live/screenFeed';
import type { Me } from '../types';
import { applyI18n, h, replaceChildren, tx } from './dom';
import { sessionBadge } from './session';
import { pageStaleness, watchStaleness } from './stale';

export function langSwitch(): HTMLSelectElement {
  const select = h(
    'select',
    { testid: 'lang-switch', class: 'lang-switch', i18nLabel: 'lang.label', value: getLang() },
    languages.map((l) => h('option', { value: l.lang, lang: l.lang }, l.name)),
  );
  select.addEventListener('change', () => setLang(select.value as Lang));
  onLangChange((lang) => {
    select.value = lang;
  });
  return select;
}

const stateKeys: Record<ConnectionState, MessageKey> = {
  connecting: 'conn.connecting',
  live: 'conn.live',
  reconnecting: 'conn.reconnecting',
  offline: 'conn.offline',
};

/** A light and a word: live / reconnecting / offline, with data-state for tests. */
export function connectionIndicator(): { element: HTMLElement; set(state: ConnectionState): void } {
  const label = tx(stateKeys.connecting);
  const element = h(
    'span',
    { class: 'connection', testid: 'connection-status', role: 'status', 'aria-live': 'polite', data: { state: 'connecting' } },
    h('span', { class: 'connection-dot', 'aria-hidden': 'true' }),
    label,
  );
  return {
    element,
    set(state) {
      if (state === 'live') pageStaleness.current();
      else if (state !== 'connecting') pageStaleness.lost();
      element.dataset['state'] = state;
      label.dataset['i18n'] = stateKeys[state];
      label.textContent = t(stateKeys[state]);
    },
  };
}

export interface HeaderSpec {
  title: MessageKey;
  titleParams?: MessageParams;
  /** Things between the title and the language switch: connection light, clock, "updated at". */
  tools?: readonly Node[];
  /** Who is signed in, with sign-out (on unless false); a function also hears who it is. */
  session?: false | ((me: Me) => void);
}

export function pageHeader(spec: HeaderSpec): HTMLElement {
  return h(
    'header',
    { class: 'page-header' },
    h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'BG'), tx('app.name', undefined, { class: 'brand-name' })),
    h('h1', { testid: 'page-title' }, tx(spec.title, spec.titleParams)),
    h(
      'div',
      { class: 'header-tools' },
      spec.tools ?? [],
      spec.session === false ? null : sessionBadge(spec.session || undefined),
      langSwitch(),
    ),
  );
}

/** "14:05:09" today, with the date on another day (business time, against the business clock). */
export const updatedFormat = (at: string): string => formatWhen(at, getLang(), businessClock.now(), { seconds: true });

/** The "Updated 14:05:09" line, fed with the view's instant. */
export function updatedAt(format: (at: string) => string = updatedFormat): { element: HTMLElement; set(at: string): void } {
  const element = h('span', { class: 'updated-at', testid: 'updated-at' });
  return {
    element,
    // The text carries its parameters, so a language change re-translates it with the rest.
    set: (at) => replaceChildren(element, tx('common.updatedAt', { time: format(at) })),
  };
}

/**
 * Mounts a page: sets <html lang> and the document title, and on a language change re-translates
 * the static texts and re-renders the live parts (forms keep what was typed).
 */
export function mountPage(root: HTMLElement, title: () => string, rerender: () => void = () => {}): void {
  const apply = (lang: Lang): void => {
    document.documentElement.lang = lang;
    document.title = `${title()} · ${t('app.name')}`;
  };
  apply(getLang());
  watchStaleness(root, pageStaleness);
  onLangChange((lang) => {
    apply(lang);
    applyI18n(document.body);
    rerender();
  });
  root.dataset['ready'] = 'true';
}
