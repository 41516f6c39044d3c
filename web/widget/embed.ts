/**
 * The embed: `<script src="…/embed.js" data-parley-article="ID" data-parley-api="URL" async></script>`.
 * Renders into the element named by `data-parley-target` (a CSS selector), or into a new element right
 * after the script. Nothing is fetched until the comment area nears the viewport.
 *
 * Options on the script tag: `data-parley-api` (API base URL; empty = this page's origin),
 * `data-parley-theme` (`light` | `dark`; default: the reader's preference), `data-parley-edit-minutes`
 * (the site's edit window, default 10), `data-parley-page-size` (threads per page, default 20).
 */
import { ParleyApi } from './api';
import { ReaderStore, browserStorage } from './store';
import { ParleyWidget } from './widget';

const MOUNTED = 'parleyMounted';
/** Start loading this far before the comments scroll into view, so they are there when the reader is. */
const LAZY_MARGIN = '800px 0px';

function intOr(value: string | undefined, fallback: number, min: number, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

function hostFor(script: HTMLScriptElement): HTMLElement {
  const selector = script.dataset['parleyTarget'];
  const target = selector ? document.querySelector<HTMLElement>(selector) : null;
  if (target) return target;
  const div = document.createElement('div');
  script.after(div);
  return div;
}

/** Runs `start` once the host is near the viewport (at once without IntersectionObserver or on a #comments link). */
function whenNear(host: HTMLElement, start: () => void): void {
  if (typeof IntersectionObserver === 'undefined' || (host.id && location.hash === `#${host.id}`)) {
    start();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        start();
      }
    },
    { rootMargin: LAZY_MARGIN },
  );
  observer.observe(host);
}

function mount(script: HTMLScriptElement): void {
  const articleId = script.dataset['parleyArticle'];
  if (!articleId || script.dataset[MOUNTED]) return;
  script.dataset[MOUNTED] = 'true';
  const host = hostFor(script);
  const api = new ParleyApi(script.dataset['parleyApi'] ?? '');
  const theme = script.dataset['parleyTheme'];
  const widget = new ParleyWidget(
    host,
    {
      articleId,
      editWindowMinutes: intOr(script.dataset['parleyEditMinutes'], 10, 0, 1440),
      pageSize: intOr(script.dataset['parleyPageSize'], 20, 1, 100),
      ...(theme === undefined ? {} : { theme }),
    },
    api,
    new ReaderStore(browserStorage()),
  );
  whenNear(host, () => void widget.start());
}

// Every embed on the page, including ones added by a second copy of this script.
for (const script of document.querySelectorAll<HTMLScriptElement>('script[data-parley-article]'))
  mount(script);
