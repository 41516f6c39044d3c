/**
 * A few DOM helpers for the widget: elements built with text content only (never innerHTML), and the one
 * place where server HTML enters the page, rebuilt from an allow-list.
 */
import { saveFile } from '../save-file';

type Attrs = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/** An element with attributes (true = present, false/undefined = absent) and text or element children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  append(el, ...children);
  return el;
}

/**
 * Keeps a keyboard user's place across work a control starts. A focused button that becomes disabled (or
 * is removed) drops the focus to the top of the page, and the next Tab starts over from there. Call this
 * before disabling `control`; call what it returns when the work is done: if `control` had the focus and
 * nothing holds it now, the focus goes to `next` (made focusable if it is not), else back to `control`
 * when it can take it. Focus something took meanwhile (a field with a problem) is left alone.
 */
export function keepFocus(control: HTMLElement): (next?: HTMLElement | null) => void {
  const root = control.getRootNode() as Document | ShadowRoot;
  const had = root.activeElement === control;
  return (next) => {
    const now = root.activeElement;
    if (!had || (now !== null && now !== document.body && now !== control)) return;
    const target = next ?? control;
    if (!target.isConnected || target.hidden || (target as HTMLButtonElement).disabled) return;
    if (!target.matches('a[href], button, input, select, textarea, [tabindex]'))
      target.setAttribute('tabindex', '-1');
    target.focus();
  };
}

/** Appends comment items to a list; returns the first one's <article> (where "load more" sends the focus). */
export function appendItems(list: HTMLElement, items: readonly HTMLElement[]): HTMLElement | null {
  list.append(...items);
  return items[0]?.querySelector('article') ?? null;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

let counter = 0;
/** A document-unique id for label and aria wiring inside the shadow root. */
export const uid = (prefix: string): string => `parley-${prefix}-${++counter}`;

/** Saves JSON text as a file (see web/save-file.ts). */
export const saveJson = (parent: Node, name: string, text: string): void =>
  saveFile(parent, name, [text], 'application/json');

const SAFE_LINK = /^https?:\/\//i;

/**
 * The comment body as the server rendered it (`bodyHtml`: paragraphs, line breaks, nofollow links), rebuilt
 * node by node from an inert parse: only <p>, <br> and http(s) <a> survive, with attributes set here. The
 * server already makes it safe; this keeps the widget safe even if that ever changed.
 */
export function safeBody(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  copySafe(parsed.body, out);
  return out;
}

function copySafe(from: Node, to: Node): void {
  for (const node of Array.from(from.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(node.textContent ?? ''));
      continue;
    }
    if (!(node instanceof Element)) continue;
    const tag = node.tagName.toLowerCase();
    if (tag === 'br') {
      to.appendChild(document.createElement('br'));
    } else if (tag === 'p') {
      const p = document.createElement('p');
      copySafe(node, p);
      to.appendChild(p);
    } else if (tag === 'a' && SAFE_LINK.test(node.getAttribute('href') ?? '')) {
      const a = document.createElement('a');
      a.href = node.getAttribute('href')!;
      a.rel = 'nofollow ugc noopener noreferrer';
      a.target = '_blank';
      copySafe(node, a);
      to.appendChild(a);
    } else {
      // Anything else is kept as its text only (a script's or style's text is dropped with it).
      if (tag !== 'script' && tag !== 'style') copySafe(node, to);
    }
  }
}
