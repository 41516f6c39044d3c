// What a host CDK app imports: the construct, its props, and the pieces it exposes.
export * from './comment-moderation';
export { ApiEdge, EdgeRateLimitAcl, type ApiEdgeProps, type EdgeRateLimitAclProps } from './api-edge';
export {
  PUBLIC_WRITE_COSTS,
  PUBLIC_WRITE_SHARE,
  publicWriteCeiling,
  throttlePlan,
  type PlannedThrottle,
} from './api-throttling';
export {
  CommentsTable,
  TABLE_WRITES,
  type CommentsTableProps,
  type TableAccess,
  type TableWrite,
} from './comments-table';
export { ModerationMonitoring, PARLEY_METRICS } from './moderation-monitoring';
export { MODERATOR_GROUPS, ModeratorIdentity } from './moderator-identity';
export {
  DEFAULT_SEMANTIC_ORDER,
  SemanticProviders,
  modelAccess,
  type ModelAccess,
  type SemanticProvidersProps,
} from './semantic-providers';
export {
  CACHE_CONTROL,
  WebHosting,
  regionalConnectSources,
  type WebHostingOptions,
  type WebHostingProps,
} from './web-hosting';
