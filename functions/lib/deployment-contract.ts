/**
 * Moved to shared/runtime-contract.ts (one module for the functions, the constructs and the local runtime);
 * re-exported here only for importers outside functions/ that still name this path (bench/).
 */
export {
  CLIENT_ADDRESS_ENV,
  GUIDELINES_DEFINE,
  ORIGIN_VERIFY_HEADER,
  SECRET_ARN_ENV,
  SEMANTIC_CODE_BUNDLED,
  SEMANTIC_CODE_DEFINE,
  SEMANTIC_CODE_OMITTED,
  SEMANTIC_ENV,
} from '../../shared/runtime-contract';
