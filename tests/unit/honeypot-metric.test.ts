/**
 * A post dropped for its honeypot leaves a metric in the site's `service` dimension (embedded metric format,
 * as every Parley metric) and a WARN line: neither depends on a metric filter or on `logLevel` being INFO.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportHoneypotDropped } from '../../functions/lib/metrics';
import { PARLEY_METRICS } from '../../shared/runtime-contract';

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * The JSON lines written while `run` runs: Powertools writes to stdout (metrics) and stderr (warnings and
 * errors) itself, not through `console`.
 */
function outputLines(run: () => void): Record<string, unknown>[] {
  const lines: Record<string, unknown>[] = [];
  const capture = (chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) {
      lines.push(JSON.parse(line) as Record<string, unknown>);
    }
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  run();
  vi.restoreAllMocks();
  return lines;
}

describe('reportHoneypotDropped', () => {
  it('publishes HoneypotDropped = 1 in namespace Parley with the service dimension, and logs at WARN', () => {
    const lines = outputLines(reportHoneypotDropped);
    const emf = lines.find((l) => '_aws' in l)!;
    expect(emf).toBeDefined();
    expect(emf[PARLEY_METRICS.honeypotDropped]).toBe(1);
    expect(emf['_aws']).toMatchObject({
      CloudWatchMetrics: [
        {
          Namespace: PARLEY_METRICS.namespace,
          Dimensions: [['service']],
          Metrics: [{ Name: PARLEY_METRICS.honeypotDropped, Unit: 'Count' }],
        },
      ],
    });
    expect(emf['service']).toEqual(expect.any(String));
    // A security event: still logged when the site runs at logLevel=WARN.
    expect(lines.find((l) => l['message'] === 'post dropped')).toMatchObject({
      level: 'WARN',
      dropped: 'honeypot',
    });
  });
});
