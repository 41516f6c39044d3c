// Types of check-node.mjs (plain JavaScript so that it runs on the old Node it refuses).
export declare const MINIMUM_NODE_MAJOR: number;
export declare function nodeVersionProblem(version?: string): string | undefined;
