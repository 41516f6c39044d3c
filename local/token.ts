/**
 * `npm run token -- --role moderator|admin|none [--port N] [--sub ID] [--name NAME] [--ttl SECONDS]`
 *
 * Asks the local stack running on 127.0.0.1:N (default 3000) for a token from its local issuer and
 * prints it as the last line of output, so `TOKEN=$(npm run -s token -- --role moderator)` works. The
 * token route wants the key that stack wrote to `.data/token-key-<N>` when it started (token-key.ts).
 */
import { parseArgs } from 'node:util';
import { LOCAL_ROLES } from './jwt';
import { DEFAULT_PORT } from './defaults';
import { TOKEN_KEY_HEADER, readTokenKey, tokenKeyFile } from './token-key';

const USAGE =
  'Usage: npm run token -- --role moderator|admin|none [--port N] [--sub ID] [--name NAME] [--ttl SECONDS]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        role: { type: 'string', default: 'moderator' },
        port: { type: 'string', default: String(DEFAULT_PORT) },
        sub: { type: 'string' },
        name: { type: 'string' },
        ttl: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) fail(`--port must be 1-65535. ${USAGE}`);
  if (!(LOCAL_ROLES as readonly string[]).includes(values.role))
    fail(`--role must be one of ${LOCAL_ROLES.join(', ')}. ${USAGE}`);
  const ttlSeconds = values.ttl === undefined ? undefined : Number(values.ttl);

  const url = `http://127.0.0.1:${port}/__local/token`;
  const keyFile = tokenKeyFile(port);
  const key = readTokenKey(keyFile);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key === undefined ? {} : { [TOKEN_KEY_HEADER]: key }),
      },
      body: JSON.stringify({ role: values.role, sub: values.sub, name: values.name, ttlSeconds }),
      signal: AbortSignal.timeout(5_000),
    });
  } catch {
    fail(
      `No Parley local stack answers on 127.0.0.1:${port}; start it with \`npm start\` (or pass --port N).`,
    );
  }
  const body = (await response.json().catch(() => ({}))) as {
    token?: string;
    message?: string;
    error?: { code?: string; message?: string };
  };
  if (!response.ok || typeof body.token !== 'string') {
    if (body.error?.code === 'local_key_required') {
      fail(
        key === undefined
          ? `The stack on 127.0.0.1:${port} wants its key from ${keyFile}, which is missing: was it started with \`npm start\` from this checkout?`
          : `The key in ${keyFile} is not the one of the stack on 127.0.0.1:${port} (left by an earlier run?): restart the stack.`,
      );
    }
    fail(`The local stack refused: ${response.status} ${body.error?.message ?? body.message ?? ''}`.trim());
  }
  // One explanatory line, then the token as the last line: `npm run -s token ... | tail -n 1`.
  console.log(
    `Bearer token (role ${values.role}) for http://127.0.0.1:${port}, valid ${ttlSeconds ?? 3600} s:`,
  );
  console.log(body.token);
}

void main();
