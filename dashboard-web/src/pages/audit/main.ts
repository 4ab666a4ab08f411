import '../../styles/base.css';
import '../../styles/audit.css';
import { ApiProblem, auditApi, type AuditQuery } from '../../api';
import { businessClock } from '../../clock';
import { businessDate } from '../../format';
import { t } from '../../i18n';
import { mountPage, pageHeader } from '../../ui/chrome';
import { h, replaceChildren, tx } from '../../ui/dom';
import { field, selectBox, textInput, valueOf } from '../../ui/fields';
import { queryParam } from '../../ui/params';
import { clearProblem, problemBanner, showProblem } from '../../ui/problem';
import { requireSignIn } from '../../ui/session';
import { AuditPager, auditAreas, renderAuditEntries, type AuditAnswer } from './render';

requireSignIn();
const root = document.getElementById('app')!;
const pageSize = 50;

// The address carries the filters, so a search can be bookmarked and sent on. Without dates: the last seven business
// days, once the server has said what day it is.
const filters: AuditQuery = {
  from: queryParam('from', ''),
  to: queryParam('to', ''),
  action: queryParam('action', ''),
  actor: queryParam('actor', ''),
};
const pager = new AuditPager();
let answer: AuditAnswer = { kind: 'loading' };

const banner = problemBanner();
const entries = h('div', { testid: 'audit-entries' });
const pageLabel = h('span', { class: 'muted', testid: 'audit-page' });
const csvLink = h('a', { class: 'csv-link', testid: 'audit-csv', download: '' }, tx('audit.csv'));
const newer = h('button', { type: 'button', testid: 'audit-newer', on: { click: () => go(() => pager.newer()) } }, tx('audit.newer'));
const older = h('button', { type: 'button', testid: 'audit-older', on: { click: () => go(() => pager.older()) } }, tx('audit.older'));
const fromInput = h('input', { type: 'date', name: 'from', testid: 'audit-from', value: filters.from ?? '' });
const toInput = h('input', { type: 'date', name: 'to', testid: 'audit-to', value: filters.to ?? '' });
const actionSelect = selectBox('action', 'audit-filter-action', [
  { value: '', i18n: 'audit.area.all' },
  ...auditAreas.map((area) => ({ value: area, i18n: `audit.area.${area}` as const })),
]);
actionSelect.value = filters.action ?? '';
const actorInput = textInput('actor', 'audit-filter-actor', { value: filters.actor ?? '', maxlength: 200 });

function render(): void {
  replaceChildren(entries, renderAuditEntries(answer));
  replaceChildren(pageLabel, tx('audit.page', { page: String(pager.page) }));
  csvLink.href = auditApi.csv(filters);
  newer.disabled = !pager.hasNewer;
  older.disabled = !pager.hasOlder;
}

async function load(): Promise<void> {
  clearProblem(banner);
  answer = { kind: 'loading' };
  render();
  try {
    const page = await auditApi.page({ ...filters, before: pager.current, limit: pageSize });
    pager.answered(page.before);
    answer = { kind: 'ready', items: page.items };
  } catch (error) {
    pager.answered(null);
    answer = error instanceof ApiProblem && error.status === 403 ? { kind: 'forbidden' } : { kind: 'none' };
    if (answer.kind === 'none') showProblem(banner, error, form);
  }
  render();
}

function go(move: () => void): void {
  move();
  void load();
}

function onMe(): void {
  const today = businessClock.nowDate();
  filters.to ||= businessDate(today);
  filters.from ||= businessDate(today.getTime() - 6 * 24 * 3600 * 1000);
  fromInput.value = filters.from;
  toInput.value = filters.to;
  void load();
}

const form = h(
  'form',
  {
    class: 'panel audit-filters field-row',
    testid: 'audit-filters',
    on: {
      submit: (event) => {
        event.preventDefault();
        filters.from = valueOf(form, 'from') ?? '';
        filters.to = valueOf(form, 'to') ?? '';
        filters.action = valueOf(form, 'action') ?? '';
        filters.actor = valueOf(form, 'actor') ?? '';
        const query = Object.entries(filters).filter(([, v]) => v);
        history.replaceState(null, '', `?${query.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&')}`);
        go(() => pager.reset());
      },
    },
  },
  field('audit.from', fromInput),
  field('audit.to', toInput),
  field('audit.action', actionSelect),
  field('audit.actor', actorInput, { optional: true }),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', testid: 'audit-show' }, tx('audit.show'))),
);

replaceChildren(
  root,
  h(
    'div',
    { class: 'page audit-page', testid: 'audit-page' },
    pageHeader({ title: 'audit.title', session: onMe }),
    h('p', { class: 'lead muted' }, tx('audit.lead')),
    form,
    banner,
    h(
      'main',
      { class: 'panel' },
      h('div', { class: 'audit-bar' }, newer, pageLabel, older, h('span', { class: 'spacer' }), h('span', { class: 'muted small' }, tx('audit.times')), csvLink),
      entries,
    ),
  ),
);

// The labels come from the server in the reader's language: a language change reads the page again.
mountPage(root, () => t('audit.title'), () => void load());
render();
