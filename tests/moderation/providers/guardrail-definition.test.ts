/**
 * The guardrail definition: within AWS's limits, assignable to CDK's CfnGuardrailProps, and synthesised
 * into the AWS::Bedrock::Guardrail properties CloudFormation expects.
 */
import { describe, expect, it } from 'vitest';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { CfnGuardrail } from 'aws-cdk-lib/aws-bedrock';
import type { CfnGuardrailProps } from 'aws-cdk-lib/aws-bedrock';
import {
  NEWSROOM_DENIED_TOPICS,
  buildGuardrailDefinition,
} from '../../../shared/moderation/providers/guardrail-definition';

describe('buildGuardrailDefinition', () => {
  it('is a CfnGuardrailProps and synthesises to AWS::Bedrock::Guardrail', () => {
    const props: CfnGuardrailProps = buildGuardrailDefinition();
    const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'GuardrailTest');
    new CfnGuardrail(stack, 'Guardrail', props);
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Bedrock::Guardrail', {
      Name: 'parley-comments',
      BlockedInputMessaging: Match.anyValue(),
      BlockedOutputsMessaging: Match.anyValue(),
      ContentPolicyConfig: {
        FiltersConfig: Match.arrayWith([
          { Type: 'HATE', InputStrength: 'HIGH', OutputStrength: 'HIGH' },
          { Type: 'VIOLENCE', InputStrength: 'MEDIUM', OutputStrength: 'MEDIUM' },
          { Type: 'PROMPT_ATTACK', InputStrength: 'MEDIUM', OutputStrength: 'NONE' },
        ]),
      },
      TopicPolicyConfig: {
        TopicsConfig: Match.arrayWith([
          Match.objectLike({ Name: 'Terrorist propaganda and recruitment', Type: 'DENY' }),
          Match.objectLike({ Name: 'Invented news presented as fact', Type: 'DENY' }),
          Match.objectLike({ Name: 'Doxxing of private people or journalists', Type: 'DENY' }),
          Match.objectLike({ Name: 'Veiled threats', Type: 'DENY' }),
        ]),
      },
      SensitiveInformationPolicyConfig: {
        PiiEntitiesConfig: Match.arrayWith([{ Type: 'EMAIL', Action: 'BLOCK' }]),
      },
    });
    // No word policy by default: the policy's own lists run locally.
    const [resource] = Object.values(template.findResources('AWS::Bedrock::Guardrail'));
    expect(
      (resource as { Properties: Record<string, unknown> }).Properties['WordPolicyConfig'],
    ).toBeUndefined();
  });

  it('keeps every default topic within the Classic tier limits', () => {
    for (const t of NEWSROOM_DENIED_TOPICS) {
      expect(t.name).toMatch(/^[0-9a-zA-Z_ !?.-]{1,100}$/);
      expect(t.definition.length).toBeLessThanOrEqual(200);
      expect(t.examples.length).toBeLessThanOrEqual(5);
      for (const e of t.examples) expect(e.length).toBeLessThanOrEqual(100);
    }
    expect(NEWSROOM_DENIED_TOPICS.map((t) => t.category)).toEqual([
      'violent_extremism',
      'misinformation',
      'personal_data',
      'threat',
    ]);
  });

  it('the Standard tier needs a guardrail profile and sets the tiers and cross-Region config', () => {
    expect(() => buildGuardrailDefinition({ tier: 'STANDARD' })).toThrow(/crossRegionProfileArn/);
    const arn = 'arn:aws:bedrock:eu-west-1:123456789012:guardrail-profile/eu.guardrail.v1:0';
    const def = buildGuardrailDefinition({ tier: 'STANDARD', crossRegionProfileArn: arn });
    expect(def.crossRegionConfig).toEqual({ guardrailProfileArn: arn });
    expect(def.contentPolicyConfig.contentFiltersTierConfig).toEqual({ tierName: 'STANDARD' });
    expect(def.topicPolicyConfig?.topicsTierConfig).toEqual({ tierName: 'STANDARD' });
  });

  it('adds words and the managed profanity list only when asked, and no PII policy for []', () => {
    const def = buildGuardrailDefinition({ words: ['false flag'], profanity: true, piiTypes: [] });
    expect(def.wordPolicyConfig).toEqual({
      wordsConfig: [{ text: 'false flag' }],
      managedWordListsConfig: [{ type: 'PROFANITY' }],
    });
    expect(def.sensitiveInformationPolicyConfig).toBeUndefined();
  });

  it('refuses, all at once, what AWS would refuse at deploy time', () => {
    expect(() =>
      buildGuardrailDefinition({
        name: 'parley comments',
        topics: [
          { name: 'Bad/name', definition: 'x'.repeat(201), examples: ['y'.repeat(101)], category: 'other' },
        ],
      }),
    ).toThrow(
      /name "parley comments".*topic name "Bad\/name".*definition is 201 characters \(1\.\.200\).*example of 101 characters/,
    );
  });
});
