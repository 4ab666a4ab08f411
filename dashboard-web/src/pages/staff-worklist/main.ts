import '../../styles/base.css';
import '../../styles/worklist.css';
import { staffApi } from '../../api';
import { formatTime } from '../../format';
import { t } from '../../i18n';
import type { Me, StaffWorkItem, StaffWorklistView, StaffWorkSection } from '../../types';
import { mountPage, pageHeader, updatedAt } from '../../ui/chrome';
import { h, replaceChildren, tx } from '../../ui/dom';
import { noticeLine } from '../../ui/notice';
import { queryParam } from '../../ui/params';
import { clearProblem, problemBanner, showProblem } from '../../ui/problem';
import { keepListFresh } from '../../ui/liveList';
import { requireSignIn } from '../../ui/session';
import { renderStaffWorklist, visitSections, withoutItem } from './render';
import { openVisitDialog } from './visit';

// Any 401 from the API: sign in, then come back here.
requireSignIn();
const root = document.getElementById('app')!;

const banner = problemBanner();
const notice = noticeLine('visit-logged');
const updated = updatedAt((at) => formatTime(at, { seconds: true }));
const lists = h('div', { class: 'worklist-lists' }, h('p', { class: 'empty' }, tx('common.loading')));
const team = h('input', { type: 'checkbox', name: 'team', testid: 'staff-team', checked: queryParam('team', '') === 'true' });
team.checked = queryParam('team', '') === 'true';
const teamToggle = h('label', { class: 'check', hidden: true }, team, tx('staffWorklist.team'));
const collections = h('a', { testid: 'staff-collections', hidden: true }, tx('staffWorklist.collections'));
let view: StaffWorklistView | null = null;
let generation = 0;

function sectionOf(item: StaffWorkItem): StaffWorkSection | undefined {
  return [...visitSections].find((section) => view?.[section]?.some((x) => x.id === item.id && x.kind === item.kind));
}

const actions = {
  logVisit: (item: StaffWorkItem) =>
    openVisitDialog(item, () => {
      // The item leaves at once; the refresh that follows confirms it from the server.
      const section = sectionOf(item);
      if (view && section) view = withoutItem(view, section, item.id);
      render();
      notice.show('visitForm.done');
      void refresh();
    }),
};

function render(): void {
  if (view) replaceChildren(lists, renderStaffWorklist(view, actions));
}

async function refresh(): Promise<void> {
  const mine = ++generation;
  try {
    const fresh = await staffApi.worklist(team.checked);
    // A slower, older answer must not overwrite a newer one.
    if (mine !== generation) return;
    view = fresh;
    clearProblem(banner);
    render();
    updated.set(fresh.asOf);
  } catch (error) {
    if (mine === generation) showProblem(banner, error);
  }
}

function signedIn(me: Me): void {
  teamToggle.hidden = !me.roles.includes('TeamLead');
  if (me.roles.includes('Collector')) {
    // The collector worklist opens on the signed-in user's own.
    collections.href = 'worklist.html';
    collections.hidden = false;
  }
}

team.addEventListener('change', () => {
  const url = new URL(location.href);
  if (team.checked) url.searchParams.set('team', 'true');
  else url.searchParams.delete('team');
  history.replaceState(null, '', url);
  void refresh();
});

const refreshButton = h('button', { type: 'button', testid: 'worklist-refresh', on: { click: () => void refresh() } }, tx('common.refresh'));
// Other people change this list (a client allocated to this user, a transfer waiting for their step, a visit
// falling overdue): the hub says when, and the approvals it lists count too.
const live = keepListFresh(['Worklist', 'Approvals'], () => void refresh());

replaceChildren(
  root,
  h(
    'div',
    { class: 'page worklist-page', testid: 'staff-worklist-page' },
    pageHeader({ title: 'staffWorklist.title', tools: [collections, teamToggle, live, updated.element, refreshButton], session: signedIn }),
    banner,
    notice.element,
    h('main', null, lists),
  ),
);

mountPage(root, () => t('staffWorklist.title'), render);
void refresh();
