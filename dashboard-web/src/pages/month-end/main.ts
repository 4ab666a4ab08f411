import '../../styles/base.css';
import '../../styles/month-end.css';
import { monthEndApi } from '../../api';
import { businessClock } from '../../clock';
import { addMonths, businessMonth } from '../../format';
import { t } from '../../i18n';
import type { InactiveTerminalList, InstitutionSnapshot, Me, MonthStatistics } from '../../types';
import { mountPage, pageHeader } from '../../ui/chrome';
import { h, replaceChildren, tx } from '../../ui/dom';
import { field, selectBox, valueOf } from '../../ui/fields';
import { queryParam } from '../../ui/params';
import { clearProblem, problemBanner, showProblem } from '../../ui/problem';
import { requireSignIn } from '../../ui/session';
import { answerOf, renderInactiveList, renderStatistics, type Answer } from './render';

// Any 401 from the API: sign in, then come back here.
requireSignIn();
const root = document.getElementById('app')!;

// The address carries the institution and the month, so a closed month can be bookmarked and sent on.
let institutionId = queryParam('institution', '');
// Without one in the address: last month by the business clock, once the server has said what day it is.
let month = queryParam('month', '');
let statistics: Answer<MonthStatistics> = { kind: 'loading' };
let inactive: Answer<InactiveTerminalList> = { kind: 'loading' };

const banner = problemBanner();
const statisticsPanel = h('div');
const inactivePanel = h('div');
const institutionSelect = selectBox('institution', 'month-end-institution', [], { required: true });
const monthInput = h('input', { type: 'month', name: 'month', testid: 'month-end-month', required: true, value: month });

function render(): void {
  replaceChildren(statisticsPanel, renderStatistics(statistics, month, monthEndApi.statisticsCsv(institutionId, month)));
  replaceChildren(inactivePanel, renderInactiveList(inactive, month, monthEndApi.inactiveTerminalsCsv(institutionId, month)));
}

async function read<T>(request: () => Promise<T>): Promise<Answer<T>> {
  try {
    return { kind: 'ready', value: await request() };
  } catch (error) {
    const answer = answerOf<T>(error, month, businessMonth(businessClock.nowDate()));
    if (answer) return answer;
    showProblem(banner, error);
    return { kind: 'none' };
  }
}

async function load(): Promise<void> {
  if (!institutionId) return;
  clearProblem(banner);
  statistics = inactive = { kind: 'loading' };
  render();
  [statistics, inactive] = await Promise.all([
    read(() => monthEndApi.statistics(institutionId, month)),
    read(() => monthEndApi.inactiveTerminals(institutionId, month)),
  ]);
  render();
}

/** The caller's own institution first, then those beneath it (a head office's staff see the whole bank). */
function fillInstitutions(me: Me, covered: readonly InstitutionSnapshot[]): void {
  const own = covered.find((i) => i.institutionId === me.institutionId) ?? { institutionId: me.institutionId, name: me.institutionName };
  const options = [own, ...covered.filter((i) => i.institutionId !== me.institutionId)];
  replaceChildren(institutionSelect, options.map((i) => h('option', { value: i.institutionId }, `${i.name} (${i.institutionId})`)));
  if (!options.some((i) => i.institutionId === institutionId)) {
    institutionSelect.append(h('option', { value: institutionId }, institutionId));
  }
  institutionSelect.value = institutionId;
}

function onMe(me: Me): void {
  institutionId ||= me.institutionId;
  month ||= addMonths(businessMonth(businessClock.nowDate()), -1);
  monthInput.value = month;
  fillInstitutions(me, []);
  void load();
  monthEndApi
    .institutions()
    .then((covered) => fillInstitutions(me, covered))
    .catch((error: unknown) => showProblem(banner, error));
}

const form = h(
  'form',
  {
    class: 'panel month-end-picker field-row',
    testid: 'month-end-picker',
    on: {
      submit: (event) => {
        event.preventDefault();
        institutionId = valueOf(form, 'institution') ?? institutionId;
        month = valueOf(form, 'month') ?? month;
        history.replaceState(null, '', `?institution=${encodeURIComponent(institutionId)}&month=${encodeURIComponent(month)}`);
        void load();
      },
    },
  },
  field('monthEnd.institution', institutionSelect),
  field('monthEnd.month', monthInput),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', testid: 'month-end-show' }, tx('monthEnd.show'))),
);

replaceChildren(
  root,
  h(
    'div',
    { class: 'page month-end-page', testid: 'month-end-page' },
    pageHeader({ title: 'monthEnd.title', session: onMe }),
    h('p', { class: 'lead muted' }, tx('monthEnd.lead')),
    form,
    banner,
    h('main', { class: 'month-end-main' }, statisticsPanel, inactivePanel),
  ),
);

mountPage(root, () => t('monthEnd.title'), render);
render();
