/**
 * PARLEY_SECRET on AWS: in Secrets Manager, its ARN (never its value) in the environment of exactly the
 * functions that hash or sign with it, and only those may read it. Who needs it is derived from the code:
 * a handler needs it when it, or a use case it calls (transitively, within shared/app), touches
 * `deps.secret` or `deps.cursors`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Match } from 'aws-cdk-lib/assertions';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { SECRET_ARN_ENV } from '../../functions/lib/secrets';
import { routes, triggers } from '../../functions/routes';
import { SECRET_READERS } from '../../infra/constructs/comment-moderation';
import {
  actionsOf,
  logicalIdOf,
  nagFindings,
  resourcesOf,
  statementsOfRole,
  sharedDefaultSite,
  synthModeration,
  type Synthesized,
} from './support';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HANDLERS = [...new Set([...routes.map((r) => r.handler), ...Object.values(triggers)])];
const USES_SECRET = /\bdeps(\(\))?\.(secret|cursors)\b/;

/** Top-level functions of a module, what each references, and where its imports come from. */
function moduleGraph(file: string) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const imports = new Map<string, { from: string; name: string }>();
  const decls = new Map<string, ts.Node>();
  for (const stmt of source.statements) {
    if (ts.isImportDeclaration(stmt) && ts.isStringLiteral(stmt.moduleSpecifier)) {
      const bindings = stmt.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) {
          imports.set(el.name.text, {
            from: stmt.moduleSpecifier.text,
            name: (el.propertyName ?? el.name).text,
          });
        }
      }
    } else if (ts.isFunctionDeclaration(stmt) && stmt.name) {
      decls.set(stmt.name.text, stmt);
    } else if (ts.isVariableStatement(stmt)) {
      for (const d of stmt.declarationList.declarations)
        if (ts.isIdentifier(d.name)) decls.set(d.name.text, d);
    }
  }
  const referenced = (node: ts.Node): Set<string> => {
    const names = new Set<string>();
    const visit = (n: ts.Node) => {
      if (ts.isIdentifier(n)) names.add(n.text);
      ts.forEachChild(n, visit);
    };
    visit(node);
    return names;
  };
  return { source, imports, decls, referenced };
}

/** Whether `name` exported by shared/app/<module> reaches the secret or the cursor codec. */
function makeReach() {
  const graphs = new Map<string, ReturnType<typeof moduleGraph>>();
  const graphOf = (module: string) => {
    let g = graphs.get(module);
    if (!g) graphs.set(module, (g = moduleGraph(join(ROOT, 'shared/app', `${module}.ts`))));
    return g;
  };
  const memo = new Map<string, boolean>();
  const reaches = (module: string, name: string): boolean => {
    const key = `${module}:${name}`;
    if (memo.has(key)) return memo.get(key)!;
    memo.set(key, false); // cycles: decided by the other paths
    const g = graphOf(module);
    const decl = g.decls.get(name);
    let result = false;
    if (decl) {
      result = USES_SECRET.test(decl.getText(g.source));
      for (const ref of g.referenced(decl)) {
        if (result) break;
        if (ref !== name && g.decls.has(ref)) result = reaches(module, ref);
        const imported = g.imports.get(ref);
        if (imported?.from.startsWith('./')) result = reaches(imported.from.slice(2), imported.name);
      }
    }
    memo.set(key, result);
    return result;
  };
  return reaches;
}

/** The handlers whose code reaches PARLEY_SECRET, derived from the sources. */
function handlersThatNeedTheSecret(): string[] {
  const reaches = makeReach();
  return HANDLERS.filter((handler) => {
    const g = moduleGraph(join(ROOT, 'functions', `${handler}.ts`));
    if (USES_SECRET.test(g.source.getText())) return true;
    const used = g.referenced(g.source);
    return [...g.imports].some(
      ([local, { from, name }]) =>
        from.startsWith('../shared/app/') &&
        used.has(local) &&
        reaches(from.slice('../shared/app/'.length), name),
    );
  });
}

describe('who needs PARLEY_SECRET', () => {
  it('is exactly SECRET_READERS, as the code says', () => {
    expect([...SECRET_READERS].sort()).toEqual(handlersThatNeedTheSecret().sort());
  });

  it('are HTTP routes only: nothing else loads secrets before its handler runs', () => {
    const httpHandlers = new Set(routes.map((r) => r.handler));
    expect(SECRET_READERS.filter((h) => !httpHandlers.has(h))).toEqual([]);
    for (const handler of SECRET_READERS) {
      expect(readFileSync(join(ROOT, 'functions', `${handler}.ts`), 'utf8'), handler).toMatch(
        /\b(httpRoute|moderatorRoute)\(/,
      );
    }
  });

  it('the derivation sees the hashing and cursor paths (it is not vacuous)', () => {
    const needed = handlersThatNeedTheSecret();
    expect(needed).toEqual(
      expect.arrayContaining(['post-comment', 'flag-comment', 'list-comments', 'moderation-queue']),
    );
    expect(needed).not.toContain('count-comments');
    expect(needed).not.toContain(triggers.moderateComment);
  });
});

describe('PARLEY_SECRET in the template', () => {
  let site: Synthesized;
  beforeAll(() => {
    site = sharedDefaultSite();
  }, 60_000);

  const functions = () => resourcesOf(site.template, 'AWS::Lambda::Function');
  const envOf = (handler: string) =>
    (
      functions()[logicalIdOf(site.moderation.functions.get(handler)!)]!.Properties!['Environment'] as {
        Variables: Record<string, unknown>;
      }
    ).Variables;
  const secretId = () => logicalIdOf(site.moderation.secret);
  /** Statements anywhere in the template that let someone read the secret's value. */
  const readers = () =>
    Object.values(resourcesOf(site.template, 'AWS::IAM::Policy')).flatMap((p) =>
      (
        p.Properties!['PolicyDocument'] as { Statement: { Action: string | string[]; Resource: unknown }[] }
      ).Statement.filter(
        (s) =>
          (Array.isArray(s.Action) ? s.Action : [s.Action]).includes('secretsmanager:GetSecretValue') &&
          JSON.stringify(s.Resource).includes(secretId()),
      ).map(() => JSON.stringify(p.Properties!['Roles'])),
    );

  it('is generated in Secrets Manager, its value never in the template', () => {
    site.template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 64 }),
      SecretString: Match.absent(),
    });
  });

  it('never appears in a function’s environment, as a value or as a deploy-time reference', () => {
    for (const fn of Object.values(functions())) {
      const env = JSON.stringify(fn.Properties!['Environment']);
      expect(env).not.toContain('PARLEY_SECRET"');
      expect(env).not.toContain('{{resolve:');
      expect(env).not.toContain('SecretString');
    }
  });

  it('is named by ARN to the functions that use it, and to no other', () => {
    for (const handler of HANDLERS) {
      const arn = envOf(handler)[SECRET_ARN_ENV.parley];
      if (SECRET_READERS.includes(handler)) expect(arn, handler).toEqual({ Ref: secretId() });
      else expect(arn, handler).toBeUndefined();
    }
  });

  it('is readable by exactly those functions’ roles', () => {
    const roles = readers();
    expect(roles).toHaveLength(SECRET_READERS.length);
    for (const handler of HANDLERS) {
      const role = logicalIdOf(site.moderation.functions.get(handler)!.role!);
      const canRead = statementsOfRole(site.template, role).some(
        (s) =>
          actionsOf(s).includes('secretsmanager:GetSecretValue') &&
          JSON.stringify(s.Resource).includes(secretId()),
      );
      expect(canRead, handler).toBe(SECRET_READERS.includes(handler));
    }
  });
});

describe('an imported secret', () => {
  const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:newsroom/parley-AbCdEf';
  let site: Synthesized;
  beforeAll(() => {
    site = synthModeration((stack) => ({
      secret: secretsmanager.Secret.fromSecretCompleteArn(stack, 'Imported', ARN),
    }));
  }, 60_000);

  it('is used by ARN: nothing created, readers granted on it', () => {
    site.template.resourceCountIs('AWS::SecretsManager::Secret', 0);
    site.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ [SECRET_ARN_ENV.parley]: ARN }) },
    });
    site.template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: Match.arrayWith(['secretsmanager:GetSecretValue']), Resource: ARN }),
        ]),
      },
    });
    expect(nagFindings(site.app)).toEqual([]);
  });
});

describe('the client address', () => {
  it('is read through functions/lib/client-ip.ts by every handler', () => {
    const direct = readdirSync(join(ROOT, 'functions'))
      .filter((f) => f.endsWith('.ts'))
      .filter((f) =>
        readFileSync(join(ROOT, 'functions', f), 'utf8').includes('requestContext.http.sourceIp'),
      )
      .map((f) => f.replace(/\.ts$/, ''));
    // Reading API Gateway's source IP directly would count CloudFront's servers behind CloudFront.
    expect(direct).toEqual([]);
  });
});
