/**
 * The client's address in both modes: API Gateway's source IP by default; behind CloudFront the viewer
 * address header, believed only with the origin-verify secret, and direct calls refused with 403.
 */
import type { Context } from 'aws-lambda';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CLIENT_ADDRESS_ENV,
  ORIGIN_VERIFY_HEADER,
  VIEWER_ADDRESS_HEADER,
  clientIp,
  parseViewerAddress,
} from '../../functions/lib/client-ip';
import { json, type ApiEvent } from '../../functions/lib/http';
import { buildRoute } from '../../functions/lib/route';
import { forgetLoadedSecrets, rememberSecret } from '../../functions/lib/secret-values';
import { ForbiddenError } from '../../shared/errors';

const VERIFY = 'v3rify-'.repeat(6);
const DEFAULT = {} as NodeJS.ProcessEnv;
const CLOUDFRONT = { [CLIENT_ADDRESS_ENV]: 'cloudfront' } as NodeJS.ProcessEnv;

const event = (headers: Record<string, string> = {}, sourceIp = '130.176.0.1'): ApiEvent =>
  ({
    version: '2.0',
    routeKey: 'POST /t',
    rawPath: '/t',
    rawQueryString: '',
    headers,
    isBase64Encoded: false,
    requestContext: { http: { method: 'POST', path: '/t', sourceIp } },
  }) as unknown as ApiEvent;
const viaCloudFront = (viewer: string, extra: Record<string, string> = {}) =>
  event({ [ORIGIN_VERIFY_HEADER]: VERIFY, [VIEWER_ADDRESS_HEADER]: viewer, ...extra });

describe('default mode', () => {
  it('is API Gateway’s source IP, whatever the headers claim', () => {
    const spoofed = event(
      {
        [VIEWER_ADDRESS_HEADER]: '203.0.113.9:443',
        'x-forwarded-for': '203.0.113.9',
        'true-client-ip': '203.0.113.9',
        [ORIGIN_VERIFY_HEADER]: VERIFY,
      },
      '198.51.100.23',
    );
    expect(clientIp(spoofed, DEFAULT, VERIFY)).toBe('198.51.100.23');
    expect(clientIp(event({}, '2001:db8::7'), DEFAULT, undefined)).toBe('2001:db8::7');
  });

  it('rejects an unknown mode rather than guessing', () => {
    expect(() => clientIp(event(), { [CLIENT_ADDRESS_ENV]: 'x-forwarded-for' }, VERIFY)).toThrow(
      /unknown mode/,
    );
  });
});

describe('CloudFront mode', () => {
  it('takes the viewer address from CloudFront-Viewer-Address, not the edge server’s source IP', () => {
    expect(clientIp(viaCloudFront('198.51.100.10:46532'), CLOUDFRONT, VERIFY)).toBe('198.51.100.10');
  });

  it('reads IPv6 as CloudFront writes it (unbracketed, port last) and bracketed', () => {
    expect(clientIp(viaCloudFront('2001:db8:85a3::8a2e:370:7334:443'), CLOUDFRONT, VERIFY)).toBe(
      '2001:db8:85a3::8a2e:370:7334',
    );
    expect(clientIp(viaCloudFront('[::1]:8443'), CLOUDFRONT, VERIFY)).toBe('::1');
    expect(clientIp(viaCloudFront('[2001:db8::1]:1'), CLOUDFRONT, VERIFY)).toBe('2001:db8::1');
    expect(clientIp(viaCloudFront('::ffff:192.0.2.128:5000'), CLOUDFRONT, VERIFY)).toBe('::ffff:192.0.2.128');
  });

  it('refuses a direct call that claims any viewer address without the origin-verify value', () => {
    for (const headers of [
      { [VIEWER_ADDRESS_HEADER]: '203.0.113.9:443' },
      { [VIEWER_ADDRESS_HEADER]: '203.0.113.9:443', [ORIGIN_VERIFY_HEADER]: 'guess' },
      { [VIEWER_ADDRESS_HEADER]: '203.0.113.9:443', [ORIGIN_VERIFY_HEADER]: VERIFY.slice(0, -1) },
      { [VIEWER_ADDRESS_HEADER]: '203.0.113.9:443', [ORIGIN_VERIFY_HEADER]: `${VERIFY}x` },
      { [VIEWER_ADDRESS_HEADER]: '203.0.113.9:443', [ORIGIN_VERIFY_HEADER]: `${VERIFY}, ${VERIFY}` },
      { [VIEWER_ADDRESS_HEADER]: '203.0.113.9:443', [ORIGIN_VERIFY_HEADER]: '' },
      {},
    ]) {
      expect(() => clientIp(event(headers), CLOUDFRONT, VERIFY), JSON.stringify(headers)).toThrow(
        ForbiddenError,
      );
    }
  });

  it('refuses a verified request whose viewer address is missing, listed twice or malformed', () => {
    for (const viewer of [
      undefined,
      '203.0.113.9',
      '203.0.113.9:443, 198.51.100.10:1',
      'evil.example:443',
      '203.0.113.9:99999',
      '203.0.113.9:port',
      '[::1]',
      '2001:db8::1',
      '',
    ]) {
      const e = event(
        viewer === undefined
          ? { [ORIGIN_VERIFY_HEADER]: VERIFY }
          : { [ORIGIN_VERIFY_HEADER]: VERIFY, [VIEWER_ADDRESS_HEADER]: viewer },
      );
      expect(() => clientIp(e, CLOUDFRONT, VERIFY), String(viewer)).toThrow(ForbiddenError);
    }
  });

  it('fails closed (not open) when the origin-verify secret was not loaded', () => {
    expect(() => clientIp(viaCloudFront('198.51.100.10:1'), CLOUDFRONT, undefined)).toThrow(/not configured/);
  });
});

describe('parseViewerAddress', () => {
  it('accepts ip:port forms only', () => {
    expect(parseViewerAddress(' 192.0.2.1:80 ')).toBe('192.0.2.1');
    expect(parseViewerAddress('192.0.2.1:65536')).toBeNull();
    expect(parseViewerAddress('[192.0.2.1]:80')).toBeNull();
    expect(parseViewerAddress('fe80::1%eth0:80')).toBeNull();
  });
});

describe('every HTTP route in CloudFront mode', () => {
  const saved = { ...process.env };
  const handler = buildRoute('public', {}, (e) => Promise.resolve(json(200, { ip: clientIp(e) })));
  const call = async (e: ApiEvent) => {
    const out = (await handler(e, {} as Context)) as { statusCode: number; body: string };
    return { status: out.statusCode, body: JSON.parse(out.body) as Record<string, unknown> };
  };
  beforeEach(() => {
    forgetLoadedSecrets();
    rememberSecret('originVerify', VERIFY);
    process.env[CLIENT_ADDRESS_ENV] = 'cloudfront';
    process.env.PARLEY_SECRET = 'x'.repeat(32);
  });
  afterAll(() => {
    process.env = saved;
    forgetLoadedSecrets();
  });

  it('refuses a direct call to the execute-api URL with 403 before the handler runs', async () => {
    const { status, body } = await call(event({ [VIEWER_ADDRESS_HEADER]: '203.0.113.9:443' }));
    expect(status).toBe(403);
    expect(body).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('serves a request that came through CloudFront, with the viewer’s address', async () => {
    expect(await call(viaCloudFront('[2001:db8::5]:443'))).toEqual({
      status: 200,
      body: { ip: '2001:db8::5' },
    });
  });
});
