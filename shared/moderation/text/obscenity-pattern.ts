/**
 * obscenity's pattern parser and syntax tree, which the term matcher compiles policy terms with. Apart from
 * the folding tables (`obscenity-parts.ts` says why the package's own entry point is not imported): only
 * the moderation checks parse patterns, and a bundler keeps every CommonJS file a module names.
 */
export { parseRawPattern } from '../../../node_modules/obscenity/dist/pattern/Pattern.js';
export { SyntaxKind } from '../../../node_modules/obscenity/dist/pattern/Nodes.js';
