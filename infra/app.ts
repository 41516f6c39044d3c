import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { nodeVersionProblem } from '../scripts/check-node.mjs';
import { readContext } from './context';
import { DeploymentRefusal } from './refusal';
import { ParleyStack } from './stack';

// The app (its bundler, `Map.groupBy`) needs Node 22 or newer: say so before anything fails deeper down.
const nodeProblem = nodeVersionProblem();
if (nodeProblem !== undefined) {
  console.error(nodeProblem);
  process.exit(1);
}

// Run by the CDK CLI (`cdk.json`: `npx tsx infra/app.ts`). Synth needs no AWS account or network: no lookups,
// and the stack is environment-agnostic unless an account and region come from the environment.
const app = new App();
const account = process.env['CDK_DEPLOY_ACCOUNT'] ?? process.env['CDK_DEFAULT_ACCOUNT'];
const region = process.env['CDK_DEPLOY_REGION'] ?? process.env['CDK_DEFAULT_REGION'];

try {
  const deployment = readContext(app.node);
  new ParleyStack(app, deployment.stackName, {
    description:
      'Parley: serverless comment moderation (API, table, moderation consumer, moderators pool, alarms)',
    deployment,
    ...(account !== undefined && region !== undefined ? { env: { account, region } } : {}),
  });
} catch (error) {
  // Printed as it is, not as an uncaught exception with a source excerpt and a stack around it.
  if (!(error instanceof DeploymentRefusal)) throw error;
  console.error(error.message);
  process.exit(1);
}

// Policy as code: any finding without a written acknowledgement stops the synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
