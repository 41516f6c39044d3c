/**
 * A small element builder. Text always goes in as text nodes and attributes through setAttribute, so
 * nothing from the API is ever parsed as HTML; no `style` attribute is ever set (the CSP forbids it).
 */
import { formatDate } from '../dates';

export type Child = Node | string | number | null | undefined | false;
type Listener = (event: Event) => void;
export type Props = Record<string, string | number | boolean | undefined | null | Listener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else if (value !== false && value !== undefined && value !== null) {
      el.setAttribute(name, String(value));
    }
  }
  append(el, ...children);
  return el;
}

/** The nodes `children` stand for: text as text nodes, nothing for null, undefined and false. */
const nodesOf = (children: readonly Child[]): Node[] =>
  children
    .filter((c): c is Node | string | number => c !== null && c !== undefined && c !== false)
    .map((c) => (typeof c === 'object' ? c : document.createTextNode(String(c))));

export function append(parent: Node, ...children: Child[]): void {
  for (const node of nodesOf(children)) parent.appendChild(node);
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/**
 * Makes `children` the children of `parent`, in that order, moving only what is not already in place: an
 * element that stays is never detached, so a field keeps its focus and the keystrokes that are still on
 * their way to it (a load that finishes while the moderator types in the filter must not blur it).
 */
export function placeChildren(parent: Element, ...children: Child[]): void {
  const nodes = nodesOf(children);
  const wanted = new Set(nodes);
  for (const node of [...parent.childNodes]) if (!wanted.has(node)) node.remove();
  nodes.forEach((node, i) => {
    const at = parent.childNodes[i] ?? null;
    if (at !== node) parent.insertBefore(node, at);
  });
}

let nextId = 0;
/** A unique id for label/aria-describedby pairs. */
export const uid = (prefix: string): string => `${prefix}-${++nextId}`;

/** A moment, in the page's language (web/dates.ts), as every date the console shows. */
export const formatTime = (iso: string): string =>
  formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The card (`article[data-id]`) of `id` in a list of cards. */
export const cardIn = (list: ParentNode, id: string): HTMLElement | null =>
  list.querySelector<HTMLElement>(`article[data-id="${CSS.escape(id)}"]`);

/**
 * Makes card `id` of `list` the current one (class and `aria-current`), unmarking card `before`; with
 * `focus`, focuses it and scrolls it into view. The queue and the suspensions tab share it.
 */
export function markCurrent(list: ParentNode, before: string | null, id: string, focus: boolean): void {
  if (before !== null && before !== id) {
    const old = cardIn(list, before);
    old?.classList.remove('is-current');
    old?.removeAttribute('aria-current');
  }
  const el = cardIn(list, id);
  el?.classList.add('is-current');
  el?.setAttribute('aria-current', 'true');
  if (focus && el) {
    el.focus();
    el.scrollIntoView({ block: 'nearest' });
  }
}

/** Puts `fresh` where `old` is, and answers it (for `el = swap(el, built())`). */
export function swap<T extends Element>(old: Element, fresh: T): T {
  old.replaceWith(fresh);
  return fresh;
}

/** Whether the focus is in a text field inside `root` (a background refresh would disturb typing). */
export function typingIn(root: Node): boolean {
  const active = document.activeElement;
  return (
    active instanceof HTMLElement && root.contains(active) && /^(INPUT|SELECT|TEXTAREA)$/.test(active.tagName)
  );
}

/**
 * Runs `render`; when the element that had the focus is gone with it, `fallback` gives the focus a place
 * (a keyboard user would otherwise be left on the page's body, at its start).
 */
export function keepingFocus(render: () => void, fallback: () => void): void {
  const had = document.activeElement !== null && document.activeElement !== document.body;
  render();
  if (had && (document.activeElement === null || document.activeElement === document.body)) fallback();
}
