/** The embeddable scripts stay within their gzipped budgets (20 KB widget, 3 KB counter; issue 14). */
import { describe, expect, it } from 'vitest';
import { WEB_BUDGETS, webScriptFigures } from '../../../bench/lib/web-sizes';

describe('browser script sizes', () => {
  it('keeps embed.js and count.js within their gzipped budgets', async () => {
    const figures = await webScriptFigures();
    expect(figures.map((f) => f.path)).toEqual(Object.keys(WEB_BUDGETS));
    for (const f of figures) {
      expect(f.bytes, f.path).toBeGreaterThan(0);
      expect(f.gzipBytes, `${f.path}: ${f.gzipBytes} bytes gzipped`).toBeLessThanOrEqual(f.budgetGzipBytes);
    }
    console.log(figures.map((f) => `${f.path} ${f.bytes} B, ${f.gzipBytes} B gzipped`).join('; '));
  }, 60_000);
});
