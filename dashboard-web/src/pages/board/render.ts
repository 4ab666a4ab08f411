// The collections wall board (brief §5), drawn to be read across a room: few words, big
// figures, and lists cut to what fits one 1920×1080 screen without scrolling.
import { formatCount, formatMoney, formatTime } from '../../format';
import { getLang, type MessageKey } from '../../i18n';
import { boardStages, type BoardView, type CollectorResults, type PromiseView, type StageTotals } from '../../types';
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

const money = (amount: number): HTMLElement => {
  const lang = getLang();
  // The compact 万 form on the wall; the exact sum stays in the title for anyone who hovers.
  return h('span', { class: 'money', title: formatMoney(amount, lang) }, formatMoney(amount, lang, { compact: true }));
};

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
        h('p', { class: 'stage-loans', testid: 'stage-loans' }, tx('board.loans', { n: formatCount(s.loans), count: s.loans })),
        h(
          'dl',
          null,
          h('div', null, h('dt', null, tx('board.outstanding')), h('dd', { testid: 'stage-outstanding' }, money(s.outstanding))),
          h('div', null, h('dt', null, tx('board.overdue')), h('dd', { testid: 'stage-overdue' }, money(s.overdue))),
          h('div', null, h('dt', null, tx('board.enteredToday')), h('dd', { testid: 'stage-entered-today' }, `+${formatCount(s.enteredToday)}`)),
        ),
      ),
    ),
  );
}

function promiseList(title: MessageKey, testid: string, promises: readonly PromiseView[], broken: boolean): HTMLElement {
  const shown = [...promises].sort((a, b) => Date.parse(a.promisedFor) - Date.parse(b.promisedFor)).slice(0, boardLimits.promises);
  return h(
    'section',
    { class: broken ? 'board-panel promises broken' : 'board-panel promises', testid },
    h('h2', null, tx(title), h('span', { class: 'count', testid: `${testid}-count` }, formatCount(promises.length))),
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
              h('span', { class: 'who' }, p.loanId, h('small', null, p.collectorId)),
              h('span', { class: 'amount' }, money(p.amount), broken && p.paid > 0 ? h('small', null, tx('board.paid', { amount: formatMoney(p.paid, getLang()) })) : null),
            ),
          ),
        ),
    moreLine(promises.length, shown.length),
  );
}

/** "+N more" under a list cut short; fitToScreen may cut it shorter and raise N. */
function moreLine(total: number, shown: number): HTMLElement {
  const hidden = total - shown;
  return h('p', { class: 'more', data: { total }, hidden: hidden <= 0 }, tx('common.more', { n: hidden }));
}

/**
 * Hides the last rows of each list until its panel fits, so a smaller screen still never scrolls or cuts a row
 * in half; the "+N more" line counts them. Needs layout, so it runs in the browser after each render.
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
        const n = Number(more.dataset['total'] ?? rows.length) - visible;
        replaceChildren(more, tx('common.more', { n }));
      }
    }
  }
}

export function renderPromisesDue(promises: readonly PromiseView[]): HTMLElement {
  return promiseList('board.promisesDue', 'promises-due', promises, false);
}

export function renderBrokenPromises(promises: readonly PromiseView[]): HTMLElement {
  return promiseList('board.brokenPromises', 'broken-promises', promises, true);
}

export function renderTotals(view: BoardView): HTMLElement {
  const entered = view.stages.reduce((sum, s) => sum + s.enteredToday, 0);
  return h(
    'section',
    { class: 'board-panel totals' },
    h('h2', null, tx('board.collectedToday')),
    h('p', { class: 'big-figure', testid: 'collected-today' }, formatMoney(view.collectedToday, getLang())),
    h('h2', null, tx('board.enteredToday')),
    h('p', { class: 'big-figure', testid: 'entered-today' }, formatCount(entered)),
  );
}

export function renderCollectors(collectors: readonly CollectorResults[]): HTMLElement {
  const ranked = rankedCollectors(collectors);
  const shown = ranked.slice(0, boardLimits.collectors);
  const lang = getLang();
  return h(
    'section',
    { class: 'board-panel collectors' },
    h('h2', null, tx('board.collectors')),
    shown.length === 0
      ? h('p', { class: 'empty' }, tx('common.none'))
      : h(
          'table',
          { testid: 'collector-results' },
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
              h('th', { scope: 'col', class: 'num' }, tx('board.col.collected')),
            ),
          ),
          h(
            'tbody',
            null,
            shown.map((c) =>
              h(
                'tr',
                { testid: 'collector-row', data: { collectorId: c.collectorId, fitRow: '' } },
                h('th', { scope: 'row' }, c.collectorId),
                h('td', { class: 'num', testid: 'collector-calls' }, formatCount(c.calls)),
                h('td', { class: 'num', testid: 'collector-rpc' }, formatCount(c.rightPartyContacts)),
                h('td', { class: 'num', testid: 'collector-promises' }, formatCount(c.promises)),
                h('td', { class: 'num', testid: 'collector-collected' }, formatMoney(c.collected, lang)),
              ),
            ),
          ),
        ),
    moreLine(ranked.length, shown.length),
  );
}
