import { Aws, CfnOutput, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { CommentModeration } from './constructs/comment-moderation';
import { moderationPropsFromContext, type DeploymentContext } from './context';

export interface ParleyStackProps extends StackProps {
  /**
   * Deployment options (normally read from CDK context by `infra/app.ts`).
   * @default - every construct default
   */
  readonly deployment?: DeploymentContext;
}

/** Parley's own deployment: one `CommentModeration` and the outputs an operator needs after `cdk deploy`. */
export class ParleyStack extends Stack {
  public readonly moderation: CommentModeration;

  constructor(scope: Construct, id: string, props: ParleyStackProps = {}) {
    super(scope, id, props);
    const moderationProps = props.deployment ? moderationPropsFromContext(props.deployment, this) : {};
    const moderation = new CommentModeration(this, 'Moderation', moderationProps);
    this.moderation = moderation;
    // Cost allocation and ownership: every resource that supports tags gets them (the stack's too).
    for (const [key, value] of Object.entries(props.deployment?.tags ?? {})) Tags.of(this).add(key, value);

    new CfnOutput(this, 'ApiUrl', { value: moderation.apiUrl, description: 'Base URL of the Parley API' });
    new CfnOutput(this, 'UserPoolId', {
      value: moderation.userPool.userPoolId,
      description: 'Moderators user pool',
    });
    new CfnOutput(this, 'UserPoolClientId', {
      value: moderation.userPoolClient.userPoolClientId,
      description: 'App client of the moderator console (JWT audience)',
    });
    if (moderation.consoleUrl !== undefined) {
      new CfnOutput(this, 'ConsoleUrl', {
        value: moderation.consoleUrl,
        description: 'Where the moderator console is served',
      });
    }
    if (moderation.webHosting !== undefined) {
      new CfnOutput(this, 'EmbedScriptUrl', {
        value: moderation.webHosting.embedUrl,
        description:
          'The reader widget: <script src="…" data-parley-article="ID" data-parley-api="ApiUrl" async>',
      });
      new CfnOutput(this, 'CountScriptUrl', {
        value: moderation.webHosting.countUrl,
        description: 'The listing-page counter for [data-parley-count] elements',
      });
    }
    if (moderation.consoleSignInUrl !== undefined) {
      new CfnOutput(this, 'ConsoleSignInUrl', {
        value: moderation.consoleSignInUrl,
        description: 'Hosted-UI sign-in that returns to the console',
      });
    }
    if (moderation.hostedUiUrl !== undefined) {
      new CfnOutput(this, 'HostedUiUrl', {
        value: moderation.hostedUiUrl,
        description: 'Cognito hosted-UI base URL',
      });
    }
    new CfnOutput(this, 'TableName', {
      value: moderation.table.tableName,
      description: 'The comments table',
    });
    new CfnOutput(this, 'DeadLetterQueueUrl', {
      value: moderation.deadLetterQueue.queueUrl,
      description: 'Failed moderation batches (metadata only)',
    });
    const semantic = moderation.semanticProviders;
    if (semantic?.endpointSecret !== undefined) {
      new CfnOutput(this, 'ModerationEndpointSecretArn', {
        value: semantic.endpointSecret.secretArn,
        description: "HMAC key the newsroom's moderation endpoint verifies Parley's requests with",
      });
    }
    if (semantic?.guardrailVersion !== undefined) {
      new CfnOutput(this, 'GuardrailVersion', {
        value: semantic.guardrailVersion.ref,
        description: 'The Bedrock guardrail and its published version the functions apply (id|version)',
      });
    }
    if (moderation.alarmTopic !== undefined) {
      new CfnOutput(this, 'AlarmTopicArn', {
        value: moderation.alarmTopic.topicArn,
        description: 'SNS topic of every alarm and recovery: subscribe PagerDuty, Slack (Chatbot) or a queue',
      });
    }
    if (moderation.dashboard !== undefined) {
      new CfnOutput(this, 'DashboardName', { value: moderation.dashboard.dashboardName });
      new CfnOutput(this, 'DashboardUrl', {
        value: `https://console.aws.amazon.com/cloudwatch/home?region=${Aws.REGION}#dashboards/dashboard/${moderation.dashboard.dashboardName}`,
        description: 'The CloudWatch dashboard in the AWS console',
      });
    }
  }
}
