// The customers' hall: the number called and its desk, large, and the calls before it. Nothing about
// any customer: only what hallCalls() gives.
import type { Lang } from '../../i18n';
import { h, tx } from '../../ui/dom';
import { deskNameIn, recentCallsShown, type HallCall } from './calls';

export function renderCalls(calls: readonly HallCall[], lang: Lang): HTMLElement {
  const [latest, ...earlier] = calls;
  return h(
    'main',
    { class: 'display-main' },
    h(
      'section',
      { class: 'display-now', testid: 'display-now', 'aria-live': 'assertive' },
      h('h2', { class: 'display-heading' }, tx('display.title')),
      latest
        ? [
            h('p', { class: 'display-number', testid: 'display-number' }, latest.number),
            h('p', { class: 'display-desk' }, tx('display.to'), ' ', h('span', { testid: 'display-desk' }, deskNameIn(latest, lang))),
          ]
        : h('p', { class: 'display-none', testid: 'display-none' }, tx('display.none')),
    ),
    h(
      'section',
      { class: 'display-recent', 'aria-labelledby': 'display-recent-title' },
      h('h2', { id: 'display-recent-title', class: 'display-heading' }, tx('display.recent')),
      h(
        'ol',
        { testid: 'display-recent' },
        earlier.slice(0, recentCallsShown).map((call) =>
          h(
            'li',
            { testid: 'display-recent-call', data: { number: call.number } },
            h('span', { class: 'recent-number' }, call.number),
            h('span', { class: 'recent-desk' }, deskNameIn(call, lang)),
          ),
        ),
      ),
    ),
  );
}
