/**
 * A refusal of the deployer's own values (`-c` context, construct props): its message is the whole story,
 * so `infra/app.ts` prints it alone rather than as an uncaught exception with a stack and a source excerpt.
 * Errors of the code itself (a bundle not built) stay plain errors, with their stack.
 */
export class DeploymentRefusal extends Error {
  override name = 'DeploymentRefusal';
}
