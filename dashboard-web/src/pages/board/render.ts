// The collections wall board (brief §5), drawn to be read across a room: few words, big
// figures, and lists cut to what fits one screen without scrolling. Money is to the fen in
// both languages, so the collectors' rows and "without a collector" add up to the total.
import { formatCount, formatMoney, formatPercent, formatTime, personName } from '../../format';
import { getLang, type MessageKey } from '../../i18n';
import { boardStages, type BoardView, type CollectorResults, type PromiseView, type StageTotals } from '../../types';
import { figure } from '../../ui/highlight';
import { h, replaceChildren, tx } from '../../ui/dom';

export const boardLimits = { promises: 6, collectors: 8 } as const;

/** The board's stages in the brief's order; Current and Settled loans are not collections work. */
export function orderedStages(stages: readonly StageTotals[]): StageTotals[] {
  return boardStages.flatMap((stage) => stages.filter((s) => s.stage === stage));
}

/** Best results first: the board is also a league table. */
export function rankedCollectors(collectors: readonly CollectorResults[]): CollectorResults[] {
  return [...collectors].sort((a, b) => b.collected - a.collected || b.promises - a.promises || a.collectorId.localeCompare(b.collectorId));
}

const money = (amount: number): HTMLElement => h('span', { class: 'money' }, formatMoney(amount));

/** A collector's name as the board shows it, from the rows it has (a promise names only the collector's id). */
export type NameOf = (collectorId: string) => string;

export function namesOf(collectors: readonly CollectorResults[]): NameOf {
  const lang = getLang();
  const names = new Map(collectors.map((c) => [c.collectorId, personName(c, lang)]));
  return (id) => names.get(id) ?? id;
}

export function renderStages(stages: readonly StageTotals[]): HTMLElement {
  const ordered = orderedStages(stages);
  if (ordered.length === 0) return h('p', { class: 'empty', testid: 'stages-empty' }, tx('board.noStages'));
  return h(
    'div',
    { class: 'stages', testid: 'stage-list', style: `--stage-count: ${ordered.length}` },
    ordered.map((s) =>
      h(
        'section',
        { class: `stage stage-${s.stage}`, testid: `stage-${s.stage}`, data: { stage: s.stage } },
        h('h2', { class: 'stage-name' }, tx(`stage.${s.stage}`)),
        h('p', { class: 'stage-loans', testid: 'stage-loans', data: figure(`stage:${s.stage}:loans`, s.loans) }, tx('board.loans', { n: formatCount(s.loans), count: s.loans })),
        h(
          'dl',
          null,
          h('div', null, h('dt', null, tx('board.outstanding')), h('dd', { testid: 'stage-outstanding', data: figure(`stage:${s.stage}:outstanding`, s.outstanding) }, money(s.outstanding))),
          h('div', null, h('dt', null, tx('board.overdue')), h('dd', { testid: 'stage-overdue', data: figure(`stage:${s.stage}:overdue`, s.overdue) }, money(s.overdue))),
          h('div', null, h('dt', null, tx('board.enteredToday')), h('dd', { testid: 'stage-entered-today', data: figure(`stage:${s.stage}:entered`, s.enteredToday) }, `+${formatCount(s.enteredToday)}`)),
        ),
      ),
    ),
  );
}

function promiseList(title: MessageKey, testid: string, promises: readonly PromiseView[], broken: boolean, nameOf: NameOf): HTMLElement {
  const shown = [...promises].sort((a, b) => Date.parse(a.promisedFor) - Date.parse(b.promisedFor)).slice(0, boardLimits.promises);
  return h(
    'section',
    { class: broken ? 'board-panel promises broken' : 'board-panel promises', testid },
    h('h2', null, tx(title), h('span', { class: 'count', testid: `${testid}-count`, data: figure(`${testid}:count`, promises.length) }, formatCount(promises.length))),
    shown.length === 0
      ? h('p', { class: 'empty' }, tx('common.none'))
      : h(
          'ol',
          null,
          shown.map((p) =>
            h(
              'li',
              { testid: 'promise-row', data: { loanId: p.loanId, status: p.status, fitRow: '' } },
              h('time', { datetime: p.promisedFor }, formatTime(p.promisedFor)),
              h('span', { class: 'who' }, p.loanId, h('small', { testid: 'promise-collector' }, nameOf(p.collectorId))),
              h('span', { class: 'amount' }, money(p.amount), broken && p.paid > 0 ? h('small', null, tx('board.paid', { amount: formatMoney(p.paid) })) : null),
            ),
          ),
        ),
    moreLine(promises.length - shown.length),
  );
}

/** "+N more" under a list cut short; fitToScreen may cut it shorter and raise N (and the hidden rows' sum). */
function moreLine(hidden: number): HTMLElement {
  return h('p', { class: 'more', data: { hidden }, hidden: hidden <= 0 }, h('span', { class: 'more-label' }, tx('common.more', { n: hidden })));
}

/**
 * Hides the last rows of each list until its panel fits, so a smaller screen still never scrolls or cuts a row in
 * half; the "+N more" line counts them and, where the rows carry amounts, sums them, so what shows still adds up.
 * Needs layout, so it runs in the browser after each render.
 */
export function fitToScreen(root: ParentNode): void {
  for (const panel of root.querySelectorAll<HTMLElement>('.board-panel')) {
    const rows = [...panel.querySelectorAll<HTMLElement>('[data-fit-row]')];
    const more = panel.querySelector<HTMLElement>('.more');
    let visible = rows.length;
    while (visible > 1 && panel.scrollHeight > panel.clientHeight + 1) {
      rows[--visible]!.hidden = true;
      if (more) {
        more.hidden = false;
        updateMore(more, rows.slice(visible));
      }
    }
  }
}

function updateMore(more: HTMLElement, cut: readonly HTMLElement[]): void {
  const n = Number(more.dataset['hidden'] ?? 0) + cut.length;
  const label = more.querySelector<HTMLElement>('.more-label');
  if (label) replaceChildren(label, tx(more.dataset['label'] === 'collectors' ? 'board.moreCollectors' : 'common.more', { n }));
  const amount = more.querySelector<HTMLElement>('.more-amount');
  if (amount) {
    const sum = Number(more.dataset['hiddenAmount'] ?? 0) + cut.reduce((total, row) => total + Number(row.dataset['amount'] ?? 0), 0);
    replaceChildren(amount, money(sum));
  }
}

export function renderPromisesDue(promises: readonly PromiseView[], nameOf: NameOf = (id) => id): HTMLElement {
  return promiseList('board.promisesDue', 'promises-due', promises, false, nameOf);
}

export function renderBrokenPromises(promises: readonly PromiseView[], nameOf: NameOf = (id) => id): HTMLElement {
  return promiseList('board.brokenPromises', 'broken-promises', promises, true, nameOf);
}

export function renderTotals(view: BoardView): HTMLElement {
  const entered = view.stages.reduce((sum, s) => sum + s.enteredToday, 0);
  const decided = view.promisesDecidedToday;
  const total = decided.kept + decided.partiallyKept + decided.broken;
  return h(
    'section',
    { class: 'board-panel totals' },
    h('h2', null, tx('board.collectedToday')),
    h('p', { class: 'big-figure', testid: 'collected-today', data: figure('collected-today', view.collectedToday) }, formatMoney(view.collectedToday)),
    h(
      'div',
      { class: 'totals-pair' },
      h(
        'div',
        null,
        h('h2', null, tx('board.keptRate')),
        h('p', { class: 'mid-figure', testid: 'kept-rate', data: figure('kept-rate', decided.keptRate ?? '') }, formatPercent(decided.keptRate)),
        h('p', { class: 'figure-note', testid: 'kept-of' }, total === 0 ? tx('board.noneDecided') : tx('board.keptOf', { kept: decided.kept, decided: total })),
      ),
      h(
        'div',
        null,
        h('h2', null, tx('board.enteredToday')),
        h('p', { class: 'mid-figure', testid: 'entered-today', data: figure('entered-today', entered) }, formatCount(entered)),
      ),
    ),
  );
}

function targetCell(c: CollectorResults): HTMLElement {
  const met = c.targetShare >= 1;
  return h(
    'td',
    { class: met ? 'target met' : 'target', testid: 'collector-target', title: formatMoney(c.dailyTarget) },
    h('span', { class: 'target-bar', 'aria-hidden': 'true' }, h('span', { style: `width: ${Math.min(100, Math.round(c.targetShare * 100))}%` })),
    h('span', { class: 'target-share', data: figure(`collector:${c.collectorId}:target`, c.targetShare) }, formatPercent(c.targetShare)),
  );
}

function collectorRow(c: CollectorResults, lang: ReturnType<typeof getLang>): HTMLElement {
  const key = (what: string): string => `collector:${c.collectorId}:${what}`;
  return h(
    'tr',
    { testid: 'collector-row', data: { collectorId: c.collectorId, fitRow: '', amount: c.collected } },
    h('th', { scope: 'row', testid: 'collector-name', title: c.collectorId }, personName(c, lang)),
    h('td', { class: 'num', testid: 'collector-calls', data: figure(key('calls'), c.calls) }, formatCount(c.calls)),
    h('td', { class: 'num', testid: 'collector-rpc', data: figure(key('rpc'), c.rightPartyContacts) }, formatCount(c.rightPartyContacts)),
    h('td', { class: 'num', testid: 'collector-promises', data: figure(key('promises'), c.promises) }, formatCount(c.promises)),
    h('td', { class: 'num', testid: 'collector-kept', data: figure(key('kept'), c.promisesDecided.keptRate ?? '') }, formatPercent(c.promisesDecided.keptRate)),
    h('td', { class: 'num', testid: 'collector-collected', data: figure(key('collected'), c.collected) }, money(c.collected)),
    targetCell(c),
  );
}

/**
 * The league table: collectors best first, as many as fit, then one line for those cut ("+N more", their sum), one for
 * money nobody collected, and the total, which is what "collected today" shows: the lines add up to it.
 */
export function renderCollectors(view: BoardView): HTMLElement {
  const ranked = rankedCollectors(view.collectors);
  const shown = ranked.slice(0, boardLimits.collectors);
  const cut = ranked.slice(shown.length);
  const lang = getLang();
  const columns = 7;
  return h(
    'section',
    { class: 'board-panel collectors' },
    h(
      'table',
      { testid: 'collector-results' },
      h('caption', null, tx('board.collectors')),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, tx('board.col.collector')),
          h('th', { scope: 'col', class: 'num' }, tx('board.col.calls')),
          h('th', { scope: 'col', class: 'num' }, tx('board.col.rpc')),
          h('th', { scope: 'col', class: 'num' }, tx('board.col.promises')),
          h('th', { scope: 'col', class: 'num' }, tx('board.col.kept')),
          h('th', { scope: 'col', class: 'num' }, tx('board.col.collected')),
          h('th', { scope: 'col', class: 'target' }, tx('board.col.target')),
        ),
      ),
      h(
        'tbody',
        null,
        shown.length === 0 ? h('tr', null, h('td', { colspan: columns, class: 'empty' }, tx('common.none'))) : shown.map((c) => collectorRow(c, lang)),
      ),
      h(
        'tfoot',
        null,
        h(
          'tr',
          {
            class: 'more',
            testid: 'collectors-more',
            data: { hidden: cut.length, hiddenAmount: cut.reduce((sum, c) => sum + c.collected, 0), label: 'collectors' },
            hidden: cut.length === 0,
          },
          h('th', { scope: 'row', colspan: columns - 2 }, h('span', { class: 'more-label' }, tx('board.moreCollectors', { n: cut.length }))),
          h('td', { class: 'num more-amount', testid: 'collectors-more-amount' }, money(cut.reduce((sum, c) => sum + c.collected, 0))),
          h('td', null),
        ),
        h(
          'tr',
          { class: 'without-collector', testid: 'without-collector' },
          h('th', { scope: 'row', colspan: columns - 2, i18nTitle: 'board.withoutCollectorHint' }, tx('board.withoutCollector')),
          h('td', { class: 'num', testid: 'without-collector-amount', data: figure('without-collector', view.collectedWithoutCollector) }, money(view.collectedWithoutCollector)),
          h('td', null),
        ),
        h(
          'tr',
          { class: 'total', testid: 'collectors-total' },
          h('th', { scope: 'row', colspan: columns - 2 }, tx('board.total')),
          h('td', { class: 'num', testid: 'collectors-total-amount' }, money(view.collectedToday)),
          h('td', null),
        ),
      ),
    ),
  );
}
