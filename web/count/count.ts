/**
 * The listing-page counter: `<script src="…/count.js" data-parley-api="URL" async></script>` fills every
 * `[data-parley-count="ARTICLE_ID"]` element with its article's count ("3 comments"), one `GET /counts`
 * request per 100 articles. `data-parley-format="number"` on an element shows the bare number instead.
 */
import { ParleyApi } from '../widget/api';
import { countLabel } from '../widget/format';
import { batches } from './batches';

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
const base =
  script?.dataset['parleyApi'] ??
  document.querySelector<HTMLElement>('script[data-parley-api]')?.dataset['parleyApi'] ??
  '';

async function fill(): Promise<void> {
  const elements = [...document.querySelectorAll<HTMLElement>('[data-parley-count]')];
  const ids = elements.map((el) => el.dataset['parleyCount'] ?? '').filter(Boolean);
  const api = new ParleyApi(base);
  const counts: Record<string, number> = {};
  await Promise.all(
    batches(ids).map((batch) =>
      api.counts(batch).then(
        (answer) => Object.assign(counts, answer),
        () => undefined, // A failed batch leaves its elements as the page wrote them.
      ),
    ),
  );
  for (const el of elements) {
    const n = counts[el.dataset['parleyCount'] ?? ''];
    if (n === undefined) continue;
    el.textContent = el.dataset['parleyFormat'] === 'number' ? String(n) : countLabel(n);
    el.dataset['parleyCounted'] = String(n);
  }
}

void fill();
