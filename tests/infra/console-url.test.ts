/**
 * consoleUrl becomes the Cognito app client's sign-in callback and sign-out URL. There is no default: a
 * forgotten option must stop the synth, not ship `http://localhost` as the production callback.
 */
import { Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { CommentModeration } from '../../infra/constructs/comment-moderation';
import { readContext } from '../../infra/context';
import { ParleyStack } from '../../infra/stack';
import { synthModeration, unbundledApp } from './support';

describe('consoleUrl', () => {
  it('is required when the construct creates the console’s app client, with a message that says what to pass', () => {
    const stack = new Stack(unbundledApp(), 'Site');
    expect(() => new CommentModeration(stack, 'Moderation')).toThrow(
      /consoleUrl is required.*sign-in callback.*-c consoleUrl=https:\/\/.*userPoolClient/s,
    );
  });

  it('is required by `cdk synth` of this app too (no default in the context)', () => {
    const app = unbundledApp();
    expect(() => new ParleyStack(app, 'Parley', { deployment: readContext(app.node) })).toThrow(
      /consoleUrl is required/,
    );
  });

  it('must be https, or http on localhost for a developer’s own stack', () => {
    for (const bad of [
      'http://news.example.com/moderation/',
      'news.example.com',
      'https://',
      'ftp://x.example/',
    ]) {
      expect(() => synthModeration({ consoleUrl: bad }), bad).toThrow(/not an https URL/);
    }
    const dev = synthModeration({ consoleUrl: 'http://localhost:3000/console/' });
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: ['http://localhost:3000/console/'],
    });
  }, 60_000);

  it('is the only callback and sign-out URL of the created client', () => {
    const site = synthModeration({ consoleUrl: 'https://news.example.com/moderation/' });
    const clients = Object.values(site.template.findResources('AWS::Cognito::UserPoolClient'));
    expect(clients.map((c) => [c['Properties'].CallbackURLs, c['Properties'].LogoutURLs])).toEqual([
      [['https://news.example.com/moderation/'], ['https://news.example.com/moderation/']],
    ]);
    expect(JSON.stringify(site.template.toJSON())).not.toContain('localhost');
  }, 60_000);

  it('may be left out with an imported app client, whose callbacks are managed where it lives', () => {
    const app = unbundledApp();
    const stack = new Stack(app, 'Site');
    const pool = cognito.UserPool.fromUserPoolId(stack, 'Pool', 'eu-west-1_AbCdEf123');
    const client = cognito.UserPoolClient.fromUserPoolClientId(stack, 'Client', '4abcdefghijklmnopqrstuvwxy');
    const moderation = new CommentModeration(stack, 'Moderation', { userPool: pool, userPoolClient: client });
    expect(moderation.consoleUrl).toBeUndefined();
    Template.fromStack(stack).resourceCountIs('AWS::Cognito::UserPoolClient', 0);
  }, 60_000);
});
