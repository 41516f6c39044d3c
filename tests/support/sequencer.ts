/**
 * The order `npm test` starts its files in: vitest's own (failed first, then longest first by the last
 * run's durations, file size when there is none) within each project, but the projects in the order of
 * PROJECT_ORDER instead of by name, and within `stack` the browser files (the longest) first. vitest's order
 * ran `units` last: its CDK files (tests/infra, one of them 20–50 s on its own then) and the threads'
 * subprocesses left the last 75–110 s of a run with one or two of the three workers busy. Now `units` (all
 * CPU, its longest file ~12–17 s) starts the run, and the run ends on short stack files. A project's files
 * stay together in the queue, so a project's workers (the `units` threads, the `stack` forks) are reused
 * from one file to the next: vitest keeps a worker only while the next queued file is of its project. That
 * is also why the browser files, which share the `stack` forks, cannot come first with `units` between them
 * and the other stack files.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const PROJECT_ORDER = ['units', 'own-process', 'stack'];

const rank = (spec: TestSpecification): number => {
  const index = PROJECT_ORDER.indexOf(spec.project.name);
  return index === -1 ? PROJECT_ORDER.length : index;
};

const web = (spec: TestSpecification): number => (spec.moduleId.includes('/tests/web/') ? 1 : 0);

export default class ProjectOrderSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array.prototype.sort is stable: within a project, vitest's order stays.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b) || web(b) - web(a));
  }
}
