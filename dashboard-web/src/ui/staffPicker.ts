// Pick people, don't type ids: a select of the staff a screen may choose from (an assignee, a complaint's owner),
// filled from the staff directory in the signed-in user's scope, each shown by name (Chinese in Chinese) and id.
import { staffApi } from '../api';
import { personName } from '../format';
import { getLang, onLangChange, t, type MessageKey } from '../i18n';
import type { StaffEntry, StaffRole } from '../types';
import { h, type Attrs } from './dom';

export interface StaffChoice {
  /** The institution (and those beneath it); default: the signed-in user's own. */
  institutionId?: string;
  role?: StaffRole;
}

export interface StaffPicker {
  element: HTMLSelectElement;
  /** Chooses this staff id once the list is in, unless someone chose already (the signed-in user, say). */
  suggest(staffId: string): void;
}

export const staffLabel = (entry: StaffEntry): string => `${personName(entry, getLang())} · ${entry.staffId}`;

export function staffPicker(name: string, testid: string, choice: StaffChoice = {}, attrs: Attrs = {}): StaffPicker {
  const placeholder = h('option', { value: '', i18n: 'staffPicker.loading' });
  const select = h('select', { name, testid, required: true, ...attrs, data: { loaded: 'false' } }, placeholder);
  let suggested: string | undefined;
  const choose = (): void => {
    if (suggested && !select.value && [...select.options].some((o) => o.value === suggested)) select.value = suggested;
  };
  const say = (key: MessageKey): void => {
    placeholder.dataset['i18n'] = key;
    placeholder.textContent = t(key);
  };
  staffApi
    .findStaff({ ...choice, pageSize: 200 })
    .then((page) => {
      say(page.items.length > 0 ? 'staffPicker.choose' : 'staffPicker.none');
      const options = page.items.map((entry) => ({ entry, option: h('option', { value: entry.staffId, data: { institution: entry.institutionId } }, staffLabel(entry)) }));
      select.append(...options.map((o) => o.option));
      select.dataset['loaded'] = 'true';
      choose();
      // Names follow the screen's language (王芳 in Chinese, Wang Fang in English), while the picker is on the page.
      const stop = onLangChange(() => {
        if (!select.isConnected) return stop();
        for (const { entry, option } of options) option.textContent = staffLabel(entry);
      });
    })
    .catch(() => {
      say('staffPicker.failed');
      select.dataset['loaded'] = 'failed';
    });
  return {
    element: select,
    suggest: (staffId) => {
      suggested = staffId;
      choose();
    },
  };
}
