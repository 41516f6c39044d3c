import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Aspects, AssetHashType, DockerImage, Lazy, Stack, Stage, type CfnResource } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct, IConstruct } from 'constructs';
import { buildSync } from 'esbuild';
import { nodeVersionProblem } from '../../scripts/check-node.mjs';
import { asciiOnlyBundle } from './ascii-bundle';
import { PROJECT_ROOT, functionBuildOptions } from './bundling';
import { writeLazyModules } from './lazy-modules';

/** What one function's bundle is made of. */
export interface FunctionBundle {
  /** The handler's source file, exporting `handler`. */
  readonly entry: string;
  /** esbuild `define`s (values are JavaScript source). */
  readonly define: Readonly<Record<string, string>>;
  /** Files (paths relative to the checkout root) copied beside `index.mjs`. */
  readonly files: readonly string[];
}

/** A bundle some function asked for, and where the shared build left it. */
interface Wanted {
  readonly bundle: FunctionBundle;
  /** Whether a stack that bundles (not skipped by `aws:cdk:bundling-stacks`) uses it. */
  required: boolean;
  /** Where a build left it, until an asset takes it (moves it out). */
  built?: { readonly dir: string; readonly name: string };
  /** Whether an asset has taken it. */
  taken: boolean;
}

/**
 * The bundles of every Parley function of one stage (one cloud assembly), built by esbuild in a single
 * process: all entry points at once, one build per set of `define`s (splitting off, one `.mjs` and map per
 * entry), instead of one esbuild CLI process per function each parsing the AWS SDK, zod and shared/ again.
 *
 * Each function keeps an asset of its own (`index.mjs`, `index.mjs.map` and its files, hashed on that
 * output), so the template and the handler (`index.handler`) are what a per-function build gives. The build
 * runs when the first of those assets is staged, which `code()` puts off until the app is synthesized:
 * assets are staged as their function is created, and by synthesis every function has asked for its bundle.
 * A stage whose stacks all skip bundling builds nothing.
 */
export class FunctionBundles {
  private static readonly byStage = new WeakMap<Stage, FunctionBundles>();

  /** The bundles of the stage `scope` is in. */
  public static of(scope: IConstruct): FunctionBundles {
    const stage = Stage.of(scope);
    if (!stage) throw new Error(`${scope.node.path}: a function must be inside an App or a Stage`);
    let bundles = FunctionBundles.byStage.get(stage);
    if (!bundles) {
      bundles = new FunctionBundles(stage.assetOutdir);
      FunctionBundles.byStage.set(stage, bundles);
    }
    return bundles;
  }

  /** esbuild builds run so far: one per set of `define`s once the first asset is staged, none if none is. */
  public get builds(): number {
    return this.buildCount;
  }

  private buildCount = 0;
  /** By bundleKey(). */
  private readonly wanted = new Map<string, Wanted>();
  /** Build directories and how many of their bundles no asset has taken yet. */
  private readonly untaken = new Map<string, number>();

  private constructor(private readonly assetOutdir: string) {}

  /** The code of a function in `scope` built from `bundle`, as an asset staged at synthesis. */
  public code(scope: Construct, bundle: FunctionBundle): lambda.Code {
    const key = bundleKey(bundle);
    const wanted = this.wanted.get(key) ?? { bundle, required: false, taken: false };
    wanted.required ||= Stack.of(scope).bundlingRequired;
    this.wanted.set(key, wanted);
    const asset = lambda.Code.fromAsset(PROJECT_ROOT, {
      assetHashType: AssetHashType.OUTPUT,
      bundling: {
        // Never run: local bundling always succeeds or throws.
        image: DockerImage.fromRegistry('parley-bundles-locally'),
        // AssetStaging caches bundles by source path and bundling options (functions left out): the
        // options must name the bundle, or every function would get the first one's.
        environment: { PARLEY_FUNCTION_BUNDLE: key },
        local: {
          tryBundle: (outputDir: string) => {
            this.take(key, outputDir);
            return true;
          },
        },
      },
    });
    return new CodeStagedAtSynthesis(asset);
  }

  /** Puts the bundle `key` into `outputDir`, building every bundle not built yet when it is not. */
  private take(key: string, outputDir: string): void {
    const wanted = this.wanted.get(key);
    if (!wanted) throw new Error(`no function asked for the bundle ${key}`);
    wanted.required = true;
    // Built again if an asset took it already (AssetStaging's cache cleared in between).
    if (!wanted.built) this.buildPending(wanted);
    if (!wanted.built) throw new Error(`the bundle ${key} was not built`);
    const { dir, name } = wanted.built;
    delete wanted.built;
    wanted.taken = true;
    // esbuild's maps name no `file`, and their sources are relative to the build directory, which sits
    // beside the asset directories: only the code's pointer to its map changes name.
    const mapComment = `//# sourceMappingURL=${name}.mjs.map`;
    const code = readFileSync(join(dir, `${name}.mjs`), 'utf8');
    const at = code.lastIndexOf(mapComment);
    if (at < 0) throw new Error(`${name}.mjs does not end with its source map comment`);
    writeFileSync(
      join(outputDir, 'index.mjs'),
      `${code.slice(0, at)}//# sourceMappingURL=index.mjs.map${code.slice(at + mapComment.length)}`,
    );
    renameSync(join(dir, `${name}.mjs.map`), join(outputDir, 'index.mjs.map'));
    for (const file of wanted.bundle.files)
      copyFileSync(join(PROJECT_ROOT, file), join(outputDir, basename(file)));
    // What it imports on first use, beside it (lazy-modules.ts).
    writeLazyModules(outputDir);

    // The build directory goes once every bundle in it has been taken.
    const left = (this.untaken.get(dir) ?? 0) - 1;
    this.untaken.set(dir, left);
    if (left <= 0) rmSync(dir, { recursive: true, force: true });
  }

  /** One esbuild build per set of `define`s, of `asked` and every required bundle not built yet. */
  private buildPending(asked: Wanted): void {
    // A host app of the construct may run on any Node: say which one is needed, not `Map.groupBy is not a
    // function` (the same check as infra/app.ts and `npm test`).
    const problem = nodeVersionProblem();
    if (problem !== undefined) throw new Error(problem);
    const pending = [...this.wanted.values()].filter(
      (w) => w === asked || (w.required && !w.built && !w.taken),
    );
    const dir = mkdtempSync(join(this.assetOutdir, 'bundling-functions-'));
    const groups = Map.groupBy(pending, (w) => JSON.stringify(sortedKeys(w.bundle.define)));
    const named = pending.map((wanted, index) => ({
      wanted,
      name: `${basename(wanted.bundle.entry, '.ts')}-${index}`,
    }));
    try {
      for (const group of groups.values()) {
        buildSync({
          ...functionBuildOptions(group[0]?.bundle.define),
          entryPoints: named
            .filter(({ wanted }) => group.includes(wanted))
            .map(({ wanted, name }) => ({ in: wanted.bundle.entry, out: name })),
          outdir: dir,
          outExtension: { '.js': '.mjs' },
          splitting: false,
        });
        this.buildCount++;
      }
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    for (const { wanted, name } of named) {
      asciiOnlyBundle(join(dir, `${name}.mjs`));
      wanted.built = { dir, name };
    }
    this.untaken.set(dir, pending.length);
  }
}

const sortedKeys = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** What tells two bundles apart (the entry relative to the checkout, so that it reads the same anywhere). */
function bundleKey(bundle: FunctionBundle): string {
  return JSON.stringify({
    entry: relative(PROJECT_ROOT, bundle.entry),
    define: sortedKeys(bundle.define),
    files: bundle.files,
  });
}

/**
 * Lambda code from an asset staged when the app is synthesized (by an aspect, before any token is resolved)
 * rather than when the function is created. The function's template refers to the asset through lazy
 * values; the asset itself, with its metadata for tools such as SAM, is the one `Code.fromAsset` makes.
 */
class CodeStagedAtSynthesis extends lambda.Code {
  private location: s3.Location | undefined;
  private resource: CfnResource | undefined;

  public constructor(private readonly asset: lambda.AssetCode) {
    super();
  }

  public override bind(fn: Construct): lambda.CodeConfig {
    Aspects.of(fn).add({
      visit: (node) => {
        if (node === fn) this.stage(fn);
      },
    });
    return {
      s3Location: {
        bucketName: Lazy.string({ produce: () => this.stage(fn).bucketName }),
        objectKey: Lazy.string({ produce: () => this.stage(fn).objectKey }),
      },
    };
  }

  public override bindToResource(resource: CfnResource): void {
    this.resource = resource;
  }

  private stage(fn: Construct): s3.Location {
    if (!this.location) {
      const { s3Location } = this.asset.bind(fn);
      if (!s3Location) throw new Error(`${fn.node.path}: the bundle's asset has no S3 location`);
      if (this.resource) this.asset.bindToResource(this.resource);
      this.location = s3Location;
    }
    return this.location;
  }
}
