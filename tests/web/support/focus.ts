/** Where the keyboard focus is in the reader widget (the browser suites). */
import type { Page } from 'playwright-core';

/** The element with the keyboard focus inside the widget's shadow root, as `TAG:text`, or null. */
export const focusedIn = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const host = document.querySelector('#comments');
    const el = (host?.shadowRoot ?? document).activeElement;
    return el && el !== document.body ? `${el.tagName}:${(el.textContent ?? '').trim().slice(0, 40)}` : null;
  });
