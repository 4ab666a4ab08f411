// The month-end check of an activation claim (the Verified step) is taken by the clock, not a person: the server records
// it as "month-end" with an English note ("active in the 2026-04 statistics: credited"). Screens show both in the
// reader's language; any other note is a person's words and stays as written.
import { formatMonth } from '../format';
import { translate, type Lang } from '../i18n';
import { h, tx } from './dom';

/** The id the server records the month-end check under (src/Actors.Domain/Terminals/TransferChain.cs, Verify). */
export const monthEndCheckId = 'month-end';

const verdict = /^(not )?active in the (\d{4}-\d{2}) statistics: (?:not )?credited$/;

/** Who took a step: the month-end check in the reader's language, else the person's name, else their id. */
export function stepActor(by: string, byName: string | null | undefined): HTMLElement {
  return by === monthEndCheckId ? tx('role.MonthEnd') : h('span', null, byName || by);
}

/** A step's note: the month-end check's verdict in the reader's language, anything else as written. */
export function stepNote(note: string, lang: Lang): string {
  const match = verdict.exec(note);
  if (!match) return note;
  return translate(lang, match[1] ? 'monthEndCheck.notCredited' : 'monthEndCheck.credited', { month: formatMonth(match[2]!, lang) });
}
