/**
 * The widget's styles, inside its shadow root so the page's CSS neither breaks nor is broken by it. They
 * are adopted as a constructed stylesheet, not a <style> element: a strict Content-Security-Policy
 * (`style-src 'self'`) refuses inline <style> but allows constructed sheets.
 *
 * Theming: the page sets any `--parley-*` property on the widget's container (or any ancestor); custom
 * properties inherit into the shadow tree. The defaults follow `prefers-color-scheme`, or
 * `data-parley-theme="light|dark"` on the script tag. Each theme paints its own background: the theme follows
 * the reader's system, the page around it does not, and light text on a light page (or dark on dark) would
 * vanish. A page that wants the widget on its own background sets `--parley-bg` (`transparent`, its colour).
 */
const CSS = `
:host { display: block; }
.parley {
  --_text: #1d1f23; --_muted: #5b6169; --_bg: #fff; --_surface: #f5f6f8; --_border: #d4d8de;
  --_accent: #0b5cad; --_accent-text: #fff; --_error: #b3261e; --_ok: #1e6b35; --_warn: #7a5200;
  font: var(--parley-font, 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  color: var(--parley-text, var(--_text));
  background: var(--parley-bg, var(--_bg));
  padding: var(--parley-padding, 1rem);
  border-radius: var(--parley-radius, 6px);
  max-width: var(--parley-max-width, 46rem);
}
.parley[data-theme="dark"] {
  --_bg: #14171b; --_text: #e8eaed; --_muted: #a5abb3; --_surface: #1f2328; --_border: #3b4149;
  --_accent: #7ab4f5; --_accent-text: #0d1117; --_error: #f2b8b5; --_ok: #8fd19e; --_warn: #f0c674;
}
@media (prefers-color-scheme: dark) {
  .parley:not([data-theme="light"]) {
    --_bg: #14171b; --_text: #e8eaed; --_muted: #a5abb3; --_surface: #1f2328; --_border: #3b4149;
    --_accent: #7ab4f5; --_accent-text: #0d1117; --_error: #f2b8b5; --_ok: #8fd19e; --_warn: #f0c674;
  }
}
* { box-sizing: border-box; }
/* Without it, a rule that sets display (form, .tools) shows an element the widget hid. */
[hidden] { display: none !important; }
h2 { font-size: 1.35em; margin: 0 0 .75em; }
h3 { font-size: 1.05em; margin: 1.25em 0 .5em; }
p { margin: 0 0 .6em; }
a { color: var(--parley-accent, var(--_accent)); }
button, input, textarea, select { font: inherit; color: inherit; }
input, textarea, select {
  width: 100%; padding: .5em .6em; background: var(--parley-bg, var(--_bg));
  border: 1px solid var(--parley-border, var(--_border)); border-radius: var(--parley-radius, 6px);
}
textarea { min-height: 7em; resize: vertical; }
:focus-visible { outline: 3px solid var(--parley-focus, var(--parley-accent, var(--_accent))); outline-offset: 2px; }
button {
  cursor: pointer; padding: .45em .9em; border-radius: var(--parley-radius, 6px);
  border: 1px solid var(--parley-border, var(--_border)); background: var(--parley-surface, var(--_surface));
}
button.primary {
  background: var(--parley-accent, var(--_accent)); color: var(--parley-accent-text, var(--_accent-text));
  border-color: transparent; font-weight: 600;
}
button.link { border: 0; background: none; padding: .2em .3em; color: var(--parley-accent, var(--_accent)); text-decoration: underline; }
button[disabled] { opacity: .6; cursor: default; }
form { display: grid; gap: .7em; margin: 0 0 1.5em; }
.field { display: grid; gap: .25em; }
.row { display: flex; flex-wrap: wrap; gap: .7em; align-items: start; }
.row > .field { flex: 1 1 14em; }
label { font-weight: 600; font-size: .92em; }
.hint, .counter, .meta { color: var(--parley-muted, var(--_muted)); font-size: .86em; }
.counter.over, .field-error, .error { color: var(--parley-error, var(--_error)); }
.field-error { font-size: .88em; }
[aria-invalid="true"] { border-color: var(--parley-error, var(--_error)); }
.error:not(:empty) { border-left: 4px solid currentColor; padding: .4em .7em; background: var(--parley-surface, var(--_surface)); }
.closed { padding: .6em .8em; margin: 0 0 1.5em; border-left: 4px solid var(--parley-muted, var(--_muted)); background: var(--parley-surface, var(--_surface)); }
.status:not(:empty) { padding: .4em .7em; background: var(--parley-surface, var(--_surface)); border-radius: var(--parley-radius, 6px); }
.actions { display: flex; gap: .6em; align-items: center; flex-wrap: wrap; }
.trap { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
ol { list-style: none; margin: 0; padding: 0; }
.comment { padding: .9em 0; border-top: 1px solid var(--parley-border, var(--_border)); }
.replies { margin: .4em 0 0 1.2em; padding-left: .9em; border-left: 3px solid var(--parley-border, var(--_border)); }
.replies .comment { border-top: 0; padding: .6em 0; }
.author { font-weight: 700; }
.body { overflow-wrap: anywhere; margin: .3em 0; }
.tools { display: flex; gap: .3em; flex-wrap: wrap; font-size: .88em; }
.badge { display: inline-block; font-size: .78em; font-weight: 700; padding: .1em .5em; border-radius: 999px; border: 1px solid currentColor; }
.badge.waiting { color: var(--parley-warn, var(--_warn)); }
.badge.ok { color: var(--parley-ok, var(--_ok)); }
.badge.refused, .badge.gone { color: var(--parley-error, var(--_error)); }
.own, .notices { background: var(--parley-surface, var(--_surface)); border-radius: var(--parley-radius, 6px); padding: .8em 1em; margin: 0 0 1.5em; }
.own .comment:first-of-type, .notices .comment:first-of-type { border-top: 0; }
.own .statement, .account .statement { border-left: 3px solid var(--parley-muted, var(--_muted)); padding-left: .8em; margin: .4em 0; font-size: .9em; }
.own .statement p, .account p { margin: .25em 0; }
.account { border-left: 4px solid var(--parley-warn, var(--_warn)); padding: .3em .8em; margin: 0 0 1.2em; }
.notices .account { margin: .4em 0 .8em; }
.data summary { cursor: pointer; font-weight: 700; }
.data[open] summary { margin-bottom: .6em; }
.ask { display: grid; gap: .4em; border-left: 4px solid var(--parley-error, var(--_error)); padding-left: .8em; }
.question { font-weight: 700; margin: 0; }
.data .error { margin-top: .6em; }
.flag, .notice { margin-top: .5em; }
.check > div { display: flex; gap: .5em; align-items: start; }
input[type="checkbox"] { width: auto; margin: .3em 0 0; }
.notice .hint, .appeal .hint { margin: 0; }
.appeal { margin: .4em 0; }
.more { margin: .8em 0; }
.deleted { font-style: italic; color: var(--parley-muted, var(--_muted)); }
`;

let sheet: CSSStyleSheet | null = null;

/** Gives the shadow root the widget's stylesheet (one sheet shared by every widget on the page). */
export function adoptStyles(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
