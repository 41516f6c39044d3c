/** Semantic providers and their check (docs/providers.md). */
export * from './types';
export { semanticCheck, DEFAULT_HOLD_ONLY } from './check';
export type { SemanticCheckContext, SemanticCheckOptions } from './check';
export { locateSpans } from './spans';
export type { LocatedSpans } from './spans';
export * from './cost';
export * from './guardrail-definition';
export { guardrailProvider, DEFAULT_GUARDRAIL_ACTIONS } from './guardrail';
export type { BedrockClientLike, GuardrailActionMap, GuardrailProviderOptions, Severity } from './guardrail';
export {
  llmJudgeProvider,
  judgeAnswerSchema,
  verdictInputSchema,
  DEFAULT_JUDGE_MODEL_ID,
  VERDICT_TOOL_NAME,
} from './llm-judge';
export type { JudgeAnswer, LlmJudgeOptions } from './llm-judge';
export { DEFAULT_GUIDELINES } from './guidelines';
export {
  endpointProvider,
  signParleyRequest,
  verifyParleySignature,
  endpointRequestSchema,
  endpointResponseSchema,
  TIMESTAMP_HEADER,
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE_SECONDS,
} from './endpoint';
export type { EndpointProviderOptions, EndpointRequest, EndpointResponse, VerifyInput } from './endpoint';
