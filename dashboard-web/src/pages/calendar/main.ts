import '../../styles/base.css';
import '../../styles/calendar.css';
import { calendarApi } from '../../api';
import { t } from '../../i18n';
import type { CalendarUploaded, CalendarVersionView, CalendarYear, Me } from '../../types';
import { mountPage, pageHeader } from '../../ui/chrome';
import { h, replaceChildren, tx } from '../../ui/dom';
import { field, selectBox } from '../../ui/fields';
import { queryParam } from '../../ui/params';
import { clearProblem, problemBanner, showProblem } from '../../ui/problem';
import { requireSignIn } from '../../ui/session';
import { renderVersions, renderYear } from './render';

// Working-day calendars (issue 15): every signed-in member of staff reads them; the management department uploads a year.
requireSignIn();
const root = document.getElementById('app')!;

let year = Number(queryParam('year', '0'));
let shown: CalendarYear | null = null;
let versions: CalendarVersionView[] = [];
let uploaded: CalendarUploaded | null = null;

const banner = problemBanner();
const yearPanel = h('div');
const versionsPanel = h('div');
const result = h('p', { class: 'calendar-upload-result', testid: 'calendar-upload-result' });
const yearSelect = selectBox('year', 'calendar-year-select', [], { required: true });
const uploadPanel = h('div');

function render(): void {
  replaceChildren(yearPanel, shown ? renderYear(shown) : null);
  replaceChildren(versionsPanel, renderVersions(versions));
  replaceChildren(result, uploaded
    ? tx('calendar.uploaded', { year: uploaded.version.year, version: uploaded.version.version, moved: uploaded.clocksMoved, checked: uploaded.clocksChecked })
    : null);
}

async function load(): Promise<void> {
  clearProblem(banner);
  try {
    versions = await calendarApi.versions();
    const years = [...new Set(versions.map((v) => v.year))].sort();
    if (!years.includes(year)) year = years[years.length - 1] ?? 0;
    replaceChildren(yearSelect, years.map((y) => h('option', { value: String(y) }, String(y))));
    yearSelect.value = String(year);
    shown = year ? await calendarApi.year(year) : null;
  } catch (error) {
    showProblem(banner, error);
  }
  render();
}

async function upload(file: File): Promise<void> {
  clearProblem(banner);
  uploaded = null;
  try {
    uploaded = await calendarApi.upload(JSON.parse(await file.text()) as unknown, file.name);
    year = uploaded.version.year;
    history.replaceState(null, '', `?year=${year}`);
  } catch (error) {
    showProblem(banner, error instanceof SyntaxError ? new Error(t('calendar.notJson')) : error);
  }
  await load();
}

/** The upload is the management department's: nobody else is offered it (the server refuses them anyway, 403). */
function onMe(me: Me): void {
  if (!me.roles.includes('ManagementDepartment')) return;
  const input = h('input', { type: 'file', name: 'file', accept: '.json,application/json', testid: 'calendar-file', required: true });
  const form = h(
    'form',
    {
      class: 'panel field-row calendar-upload',
      testid: 'calendar-upload',
      on: {
        submit: (event) => {
          event.preventDefault();
          const file = input.files?.[0];
          if (file) void upload(file);
        },
      },
    },
    field('calendar.file', input),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', testid: 'calendar-upload-button' }, tx('calendar.upload'))),
  );
  replaceChildren(uploadPanel, h('h2', null, tx('calendar.uploadTitle')), h('p', { class: 'muted' }, tx('calendar.uploadLead')), form, result);
}

const picker = h(
  'form',
  {
    class: 'panel calendar-picker field-row',
    on: {
      submit: (event) => {
        event.preventDefault();
        year = Number(yearSelect.value);
        history.replaceState(null, '', `?year=${year}`);
        void load();
      },
    },
  },
  field('calendar.year', yearSelect),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', testid: 'calendar-show' }, tx('calendar.show'))),
);

replaceChildren(
  root,
  h(
    'div',
    { class: 'page calendar-page', testid: 'calendar-page' },
    pageHeader({ title: 'calendar.title', session: onMe }),
    h('p', { class: 'lead muted' }, tx('calendar.lead')),
    banner,
    uploadPanel,
    picker,
    h('main', { class: 'calendar-main' }, yearPanel, versionsPanel),
  ),
);

mountPage(root, () => t('calendar.title'), render);
void load();
