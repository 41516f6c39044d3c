/**
 * The parts of obscenity Parley uses for folding text: its confusables and leetspeak tables. The package's
 * entry point (`obscenity`) also builds its English data set and matchers when it is loaded, about 7 ms of
 * every cold start of the stream consumer and the sweeper (`npm run bench`, section 1) for code Parley
 * never runs; importing the modules that hold these parts skips that. Its pattern parser is in
 * `obscenity-pattern.ts`, apart: the package's files are CommonJS, which a bundler cannot trim, and the API
 * functions fold text (a copied text's fingerprint) without ever parsing a pattern. The paths are the
 * package's published files (`dist/`), pinned with it in package.json.
 */
export { resolveConfusablesTransformer } from '../../../node_modules/obscenity/dist/transformer/resolve-confusables/index.js';
export { resolveLeetSpeakTransformer } from '../../../node_modules/obscenity/dist/transformer/resolve-leetspeak/index.js';
