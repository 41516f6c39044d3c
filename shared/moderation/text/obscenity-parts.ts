/**
 * The parts of obscenity Parley uses: its pattern parser and syntax tree, and its confusables and
 * leetspeak tables. The package's entry point (`obscenity`) also builds its English data set and
 * matchers when it is loaded, about 7 ms of every cold start of the stream consumer and the sweeper
 * (`npm run bench`, section 1) for code Parley never runs; importing the modules that hold these parts
 * skips that. Their paths are the package's published files (`dist/`), pinned with it in package.json.
 */
export { parseRawPattern } from '../../../node_modules/obscenity/dist/pattern/Pattern.js';
export { SyntaxKind } from '../../../node_modules/obscenity/dist/pattern/Nodes.js';
export { resolveConfusablesTransformer } from '../../../node_modules/obscenity/dist/transformer/resolve-confusables/index.js';
export { resolveLeetSpeakTransformer } from '../../../node_modules/obscenity/dist/transformer/resolve-leetspeak/index.js';
