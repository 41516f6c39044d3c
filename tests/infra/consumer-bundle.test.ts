/**
 * What the semantic providers cost the functions' bundles, checked on the real esbuild output (built with
 * the construct's options, infra/constructs/bundling.ts): HTTP functions carry no provider code at all; the
 * stream consumer and the sweeper built without semantic providers (the construct's default) carry none
 * either; built with them, the Bedrock client, the providers and the Secrets Manager client are reachable
 * only through dynamic imports, i.e. evaluated only when a configured provider is first used. And both
 * consumers' bundles are pure ASCII (see `nonAscii`). And the API functions that record a decision fold
 * text without bundling obscenity's pattern parser.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import {
  SEMANTIC_CODE_BUNDLED,
  SEMANTIC_CODE_DEFINE,
  SEMANTIC_CODE_OMITTED,
  TOXICITY_CODE_DEFINE,
  type ToxicityProviderName,
} from '../../shared/runtime-contract';
import { asciiOnlyBundle } from '../../infra/constructs/ascii-bundle';
import { PROJECT_ROOT, functionBuildOptions } from '../../infra/constructs/bundling';
import { lazyModulesIn, writeLazyModules } from '../../infra/constructs/lazy-modules';

const out = mkdtempSync(join(tmpdir(), 'parley-bundle-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The build-time value the construct gives SEMANTIC_CODE_DEFINE (undefined: not set, as in the local runtime). */
type SemanticCode = typeof SEMANTIC_CODE_OMITTED | typeof SEMANTIC_CODE_BUNDLED | undefined;

/**
 * The handlers this file looks at, by set of build-time values. Each set is one esbuild build of all its
 * entry points at once, as the construct builds them (function-bundles.ts: one build per set of `define`s,
 * no splitting, so each output is what a build of that entry alone gives), shared by the tests that read it.
 */
const ENTRIES: Record<string, readonly string[]> = {
  [defineKey(undefined, undefined)]: ['post-comment', 'moderation-decide'],
  [defineKey(SEMANTIC_CODE_OMITTED, undefined)]: ['moderate-comment', 'sweep-received'],
  [defineKey(SEMANTIC_CODE_BUNDLED, undefined)]: ['moderate-comment', 'sweep-received'],
  [defineKey(SEMANTIC_CODE_OMITTED, 'lexicon')]: ['moderate-comment', 'sweep-received'],
  [defineKey(SEMANTIC_CODE_OMITTED, 'comprehend')]: ['moderate-comment'],
};

function defineKey(code: SemanticCode, toxicity: ToxicityProviderName | undefined): string {
  return `${code ?? 'unset'}-${toxicity ?? 'unset'}`;
}

const builds = new Map<string, Promise<Metafile>>();

function buildFor(code: SemanticCode, toxicity: ToxicityProviderName | undefined): Promise<Metafile> {
  const key = defineKey(code, toxicity);
  const handlers = ENTRIES[key];
  if (!handlers) throw new Error(`No build of ${key} in ENTRIES`);
  let built = builds.get(key);
  if (!built) {
    built = build({
      ...functionBuildOptions({
        ...(code ? { [SEMANTIC_CODE_DEFINE]: JSON.stringify(code) } : {}),
        ...(toxicity ? { [TOXICITY_CODE_DEFINE]: JSON.stringify(toxicity) } : {}),
      }),
      entryPoints: handlers.map((h) => ({
        in: join(PROJECT_ROOT, 'functions', `${h}.ts`),
        out: `${h}/index`,
      })),
      outdir: join(out, key),
      outExtension: { '.js': '.mjs' },
      splitting: false,
      metafile: true,
      logLevel: 'silent',
    }).then((result) => {
      for (const h of handlers) asciiOnlyBundle(join(out, key, h, 'index.mjs'));
      return result.metafile;
    });
    builds.set(key, built);
  }
  return built;
}

/** Every input reachable from `entry` by any import: the inputs of a build of that entry alone. */
function inputsOf(meta: Metafile, entry: string): Metafile['inputs'] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    for (const edge of meta.inputs[file]?.imports ?? []) {
      if (edge.external || seen.has(edge.path)) continue;
      seen.add(edge.path);
      queue.push(edge.path);
    }
  }
  return Object.fromEntries([...seen].filter((f) => meta.inputs[f]).map((f) => [f, meta.inputs[f]!]));
}

/**
 * The metafile of `handler` built with these values, as a build of that entry alone would give it (its own
 * inputs and outputs), and the directory its bundle was written to (`<dir>/index.mjs`).
 */
async function metafileOf(
  handler: string,
  code: SemanticCode = undefined,
  toxicity: ToxicityProviderName | undefined = undefined,
): Promise<Metafile & { dir: string }> {
  const meta = await buildFor(code, toxicity);
  const entry = `functions/${handler}.ts`;
  const outputs = Object.fromEntries(
    Object.entries(meta.outputs).filter(
      ([file, o]) => o.entryPoint === entry || file.endsWith(`/${handler}/index.mjs.map`),
    ),
  );
  return { inputs: inputsOf(meta, entry), outputs, dir: join(out, defineKey(code, toxicity), handler) };
}

/**
 * The non-ASCII characters of a bundle, each with a little of the code around it. One is enough to make
 * V8 read the whole file as two-byte text (about 4% of the consumer's cold start): esbuild leaves them in
 * regular-expression literals, so the construct's `asciiOnlyBundle` escapes them in every bundle it writes
 * (infra/constructs/ascii-bundle.ts).
 */
function nonAscii(dir: string): string[] {
  const code = readFileSync(join(dir, 'index.mjs'), 'utf8');
  return [...code.matchAll(/[\u0080-\uffff]/g)].map((m) =>
    code.slice(Math.max(0, m.index - 40), m.index + 10),
  );
}

/** Inputs reached from the entry through static imports and requires only (evaluated at init). */
function loadedAtInit(meta: Metafile, entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    for (const edge of meta.inputs[file]?.imports ?? []) {
      if (edge.kind === 'dynamic-import' || edge.external || seen.has(edge.path)) continue;
      seen.add(edge.path);
      queue.push(edge.path);
    }
  }
  return seen;
}

const PROVIDER_CODE =
  /@aws-sdk\/client-bedrock-runtime\/|shared\/moderation\/providers\/(guardrail|guardrail-answer|llm-judge|endpoint|guidelines)\.ts$|@aws-lambda-powertools\/parameters\/|@aws-sdk\/client-secrets-manager\//;

describe('bundles and the semantic providers', () => {
  it('an HTTP function carries no provider code', async () => {
    const meta = await metafileOf('post-comment');
    const [output] = Object.values(meta.outputs).filter((o) => o.entryPoint === 'functions/post-comment.ts');
    // config.ts names the providers' settings; their schema is built in a function the HTTP bundles drop.
    const kept = Object.entries(output!.inputs).filter(
      ([f, v]) => /client-bedrock-runtime|moderation\/providers\//.test(f) && v.bytesInOutput > 0,
    );
    expect(kept).toEqual([]);
  }, 60_000);

  for (const handler of ['moderate-comment', 'sweep-received']) {
    it(`${handler} built without semantic providers (the default) carries none of their code`, async () => {
      const meta = await metafileOf(handler, SEMANTIC_CODE_OMITTED);
      const [output] = Object.values(meta.outputs).filter((o) => o.entryPoint === `functions/${handler}.ts`);
      const kept = Object.entries(output!.inputs).filter(
        ([f, v]) => PROVIDER_CODE.test(f) && v.bytesInOutput > 0,
      );
      expect(kept).toEqual([]);
      expect(nonAscii(meta.dir)).toEqual([]);
      console.info(`${handler} without semantic providers: ${output!.bytes} B minified`);
    }, 60_000);

    it(`${handler} built with them: the Bedrock client and the providers load on first use only, never at init`, async () => {
      const meta = await metafileOf(handler, SEMANTIC_CODE_BUNDLED);
      const entry = `functions/${handler}.ts`;
      const bundled = Object.keys(meta.inputs);
      // Bundled (the function can switch a provider on by configuration alone) …
      expect(bundled.some((f) => f.includes('@aws-sdk/client-bedrock-runtime/'))).toBe(true);
      expect(bundled).toContain('shared/moderation/providers/llm-judge.ts');
      // … but not evaluated when the bundle is imported.
      expect([...loadedAtInit(meta, entry)].filter((f) => PROVIDER_CODE.test(f))).toEqual([]);
      expect(nonAscii(meta.dir)).toEqual([]);
      const [output] = Object.values(meta.outputs).filter((o) => o.entryPoint === entry);
      const providerBytes = Object.entries(output!.inputs)
        .filter(([f]) => PROVIDER_CODE.test(f))
        .reduce((n, [, v]) => n + v.bytesInOutput, 0);
      console.info(
        `${handler}: ${output!.bytes} B minified, of which ${providerBytes} B semantic provider code loaded on first use`,
      );
    }, 60_000);
  }
});

const COMPREHEND_CLIENT = /@aws-sdk\/client-comprehend\//;

describe('bundles and the toxicity provider', () => {
  for (const handler of ['moderate-comment', 'sweep-received']) {
    it(`${handler} built for the lexicon (the default) carries no Comprehend client`, async () => {
      const meta = await metafileOf(handler, SEMANTIC_CODE_OMITTED, 'lexicon');
      expect(Object.keys(meta.inputs).filter((f) => COMPREHEND_CLIENT.test(f))).toEqual([]);
    }, 60_000);
  }

  it('the consumer built for Comprehend carries its client and loads it on first use only', async () => {
    const meta = await metafileOf('moderate-comment', SEMANTIC_CODE_OMITTED, 'comprehend');
    expect(Object.keys(meta.inputs).some((f) => COMPREHEND_CLIENT.test(f))).toBe(true);
    const atInit = [...loadedAtInit(meta, 'functions/moderate-comment.ts')];
    expect(atInit.filter((f) => COMPREHEND_CLIENT.test(f))).toEqual([]);
  }, 60_000);
});

describe('modules imported on first use (infra/constructs/lazy-modules.ts)', () => {
  it('the consumer does not carry tinyld: it imports it from beside the bundle, where it is written, pure ASCII, and works', async () => {
    const meta = await metafileOf('moderate-comment', SEMANTIC_CODE_OMITTED);
    expect(Object.keys(meta.inputs).filter((f) => f.includes('node_modules/tinyld/'))).toEqual([]);
    const dir = meta.dir;
    expect(lazyModulesIn(readFileSync(join(dir, 'index.mjs'), 'utf8')).map((m) => m.file)).toEqual([
      'tinyld-light.mjs',
    ]);
    const [written] = writeLazyModules(dir);
    expect(written).toEqual({ file: 'tinyld-light.mjs', bytes: expect.any(Number) as number });
    const code = readFileSync(join(dir, 'tinyld-light.mjs'), 'utf8');
    expect(code).not.toMatch(/[\u0080-\uffff]/);
    const { detect } = (await import(pathToFileURL(join(dir, 'tinyld-light.mjs')).href)) as {
      detect: (text: string, opts?: { only?: string[] }) => string;
    };
    expect(
      detect('Le gouvernement a annoncé une nouvelle réforme des retraites', { only: ['en', 'fr', 'de'] }),
    ).toBe('fr');
  }, 60_000);

  it('an HTTP function imports none', async () => {
    const { dir } = await metafileOf('post-comment');
    expect(lazyModulesIn(readFileSync(join(dir, 'index.mjs'), 'utf8'))).toEqual([]);
  }, 60_000);
});

describe("obscenity's parts", () => {
  it("a decision's function folds text for the copied-text record but carries no pattern parser", async () => {
    // obscenity ships CommonJS, which esbuild keeps whole: one module naming the parser and the folding
    // tables put the parser in every API function that records a decision (shared/moderation/text/obscenity-parts.ts).
    const meta = await metafileOf('moderation-decide');
    const [output] = Object.values(meta.outputs).filter(
      (o) => o.entryPoint === 'functions/moderation-decide.ts',
    );
    const obscenity = Object.keys(output!.inputs).filter((f) => f.includes('node_modules/obscenity/'));
    expect(obscenity.some((f) => f.includes('resolve-confusables'))).toBe(true);
    expect(obscenity.filter((f) => f.includes('/pattern/'))).toEqual([]);
  }, 60_000);
});
