// The one check of the Node version, shared by `npm test` (pretest runs this file) and the CDK app
// (infra/app.ts and the function bundler import `nodeVersionProblem`). Plain JavaScript, so that it runs,
// and says what is wrong, on the old Node it refuses.

import { pathToFileURL } from 'node:url';

/** The oldest Node major that runs the CDK app and the tests (`Map.groupBy`, `Promise.withResolvers` …). */
export const MINIMUM_NODE_MAJOR = 22;

/**
 * Why this Node cannot run Parley's tests or CDK app, or undefined when it can.
 * @param {string} version `process.versions.node`, e.g. `20.19.0`
 * @returns {string | undefined}
 */
export function nodeVersionProblem(version = process.versions.node) {
  const major = Number(version.split('.')[0]);
  if (major >= MINIMUM_NODE_MAJOR) return undefined;
  return (
    `Parley needs Node ${MINIMUM_NODE_MAJOR} or newer (Lambda runs nodejs24.x); this is Node ${version}. ` +
    'Run `npm ci` and use npm scripts or `npx` (`npx cdk …`), which run the pinned Node 24.'
  );
}

// Run as a script (`node scripts/check-node.mjs`): fail clearly when the tests would run on an old Node.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problem = nodeVersionProblem();
  if (problem !== undefined) {
    console.error(problem);
    process.exit(1);
  }
}
