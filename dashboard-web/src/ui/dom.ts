// A tiny element builder. Text always goes in as text nodes, never as HTML: complaint texts
// and names come from people and must not become markup.
import { isMessageKey, t, type MessageKey, type MessageParams } from '../i18n';

export type Child = Node | string | number | null | undefined | false | readonly Child[];

type Handlers = { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };

export interface Attrs {
  class?: string | false | null;
  /** Becomes data-testid: the stable hook the browser tests use. */
  testid?: string;
  /** The element's text, from the dictionary; re-translated when the language changes. */
  i18n?: MessageKey;
  i18nParams?: MessageParams;
  /** aria-label / title from the dictionary, re-translated likewise. */
  i18nLabel?: MessageKey;
  i18nTitle?: MessageKey;
  data?: Record<string, string | number | undefined>;
  on?: Handlers;
  [attribute: string]: unknown;
}

const special = new Set(['class', 'testid', 'i18n', 'i18nParams', 'i18nLabel', 'i18nTitle', 'data', 'on', 'value', 'checked', 'style']);

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (attrs) {
    if (attrs.class) element.className = attrs.class;
    if (attrs.testid) element.dataset['testid'] = attrs.testid;
    for (const [name, value] of Object.entries(attrs.data ?? {})) {
      if (value !== undefined) element.dataset[name] = String(value);
    }
    for (const [name, value] of Object.entries(attrs)) {
      if (special.has(name) || value === undefined || value === null || value === false) continue;
      element.setAttribute(name, value === true ? '' : String(value));
    }
    if (typeof attrs['style'] === 'string') setStyle(element, attrs['style']);
    for (const [event, handler] of Object.entries(attrs.on ?? {})) {
      element.addEventListener(event, handler as EventListener);
    }
    if (attrs.i18n) {
      element.dataset['i18n'] = attrs.i18n;
      if (attrs.i18nParams) element.dataset['i18nParams'] = JSON.stringify(attrs.i18nParams);
      element.textContent = t(attrs.i18n, attrs.i18nParams);
    }
    if (attrs.i18nLabel) {
      element.dataset['i18nLabel'] = attrs.i18nLabel;
      element.setAttribute('aria-label', t(attrs.i18nLabel));
    }
    if (attrs.i18nTitle) {
      element.dataset['i18nTitle'] = attrs.i18nTitle;
      element.setAttribute('title', t(attrs.i18nTitle));
    }
  }
  append(element, children);
  // A select's value can only be chosen once its options are in.
  if (attrs && 'value' in attrs && attrs['value'] !== undefined) (element as unknown as { value: string }).value = String(attrs['value']);
  if (attrs && attrs['checked'] === true) (element as unknown as { checked: boolean }).checked = true;
  return element;
}

/**
 * "width: 40%; --stage-count: 3" set through the CSSOM, never as a style attribute: the screens' content security
 * policy refuses inline style attributes (no 'unsafe-inline') but allows a script to set element.style.
 */
export function setStyle(element: HTMLElement, declarations: string): void {
  for (const declaration of declarations.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) element.style.setProperty(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
  }
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/** A text from the dictionary in a span that follows language changes. */
export function tx(key: MessageKey, params?: MessageParams, attrs: Attrs = {}): HTMLSpanElement {
  return h('span', { ...attrs, i18n: key, i18nParams: params });
}

/** Re-translates every dictionary text under root after a language change. */
export function applyI18n(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const params = element.dataset['i18nParams'];
    element.textContent = t(element.dataset['i18n'] as MessageKey, params ? (JSON.parse(params) as MessageParams) : undefined);
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset['i18nLabel'] as MessageKey));
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) {
    element.setAttribute('title', t(element.dataset['i18nTitle'] as MessageKey));
  }
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** "{prefix}.{value}" from the dictionary, or the server's own word when this screen does not know it yet. */
export function txOr(prefix: string, value: string, attrs: Attrs = {}): HTMLSpanElement {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? tx(key, undefined, attrs) : h('span', attrs, value);
}
