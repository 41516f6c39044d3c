// What a host CDK app imports: the construct, its props, and the pieces it exposes.
export * from './comment-moderation';
export { CommentsTable, type CommentsTableProps, type TableAccess } from './comments-table';
export { ModerationMonitoring, PARLEY_METRICS } from './moderation-monitoring';
export { MODERATOR_GROUPS, ModeratorIdentity } from './moderator-identity';
