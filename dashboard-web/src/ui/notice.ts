import type { MessageKey } from '../i18n';
import { h, replaceChildren, tx } from './dom';

/** A polite confirmation line ("Complaint recorded.") that fades after a few seconds. */
export function noticeLine(testid: string): { element: HTMLElement; show(key: MessageKey): void } {
  const element = h('p', { class: 'notice', testid, role: 'status', 'aria-live': 'polite' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    element,
    show(key) {
      replaceChildren(element, tx(key));
      clearTimeout(timer);
      timer = setTimeout(() => element.replaceChildren(), 5000);
    },
  };
}
