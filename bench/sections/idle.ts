/**
 * Section 7 (inputs) — what the deployed stack keeps running while nobody comments. Synthesizes the
 * stack `cdk deploy` would deploy (infra/stack.ts with every default, asset bundling skipped, as the infra
 * tests do) and counts the resources that bill by the month: alarms and the metrics they read, dashboards,
 * secrets, customer-managed keys, schedules, and the functions' tracing. The cost itself is worked out in
 * bench/lib/cost.ts from these counts and the measured units and durations.
 */
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { routes, triggers } from '../../functions/routes';
import { ParleyStack } from '../../infra/stack';
import { progress, runSection } from '../lib/ipc';

export interface IdleResult {
  resources: Record<string, number>;
  alarms: number;
  /** CloudWatch bills alarms per metric they read (a metric-math alarm reads several). */
  alarmMetrics: number;
  dashboards: number;
  secrets: number;
  kmsKeys: number;
  /** Scheduled rules and how often each fires per month. */
  schedules: { expression: string; perMonth: number }[];
  functions: number;
  tracedFunctions: number;
  pointInTimeRecovery: boolean;
  billingMode: string;
  /** Memory (MB) of each function, by handler name. */
  memoryMb: Record<string, number>;
}

const MINUTES_PER_MONTH = 730 * 60;

function perMonth(expression: string): number {
  const m = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (!m) return Number.NaN;
  const n = Number(m[1]);
  const unit = m[2]!.startsWith('minute') ? 1 : m[2]!.startsWith('hour') ? 60 : 1440;
  return MINUTES_PER_MONTH / (n * unit);
}

function main(): Promise<IdleResult> {
  progress(0.1, 'idle: synthesizing the stack');
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new ParleyStack(app, 'ParleyBench', {
    deployment: { stackName: 'ParleyBench', consoleUrl: 'https://console.example.org/' },
  });
  const template = Template.fromStack(stack).toJSON() as {
    Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
  };
  progress(0.9, 'idle: counting resources');
  const resources: Record<string, number> = {};
  let alarmMetrics = 0;
  const schedules: IdleResult['schedules'] = [];
  let traced = 0;
  let pitr = false;
  let billingMode = '';
  const memoryMb: Record<string, number> = {};
  const handlerNames = [...new Set([...routes.map((r) => r.handler), ...Object.values(triggers)])];
  for (const [logicalId, r] of Object.entries(template.Resources)) {
    resources[r.Type] = (resources[r.Type] ?? 0) + 1;
    const p = r.Properties ?? {};
    if (r.Type === 'AWS::Lambda::Function') {
      const name = handlerNames.find((h) =>
        logicalId.includes(`Fn${h.replace(/[^A-Za-z0-9]/g, '')}Function`),
      );
      if (name) memoryMb[name] = Number(p.MemorySize ?? 128);
    }
    if (r.Type === 'AWS::CloudWatch::Alarm') {
      const metrics = p.Metrics as { MetricStat?: unknown }[] | undefined;
      alarmMetrics += metrics ? metrics.filter((m) => m.MetricStat !== undefined).length : 1;
    }
    if (r.Type === 'AWS::Events::Rule' && typeof p.ScheduleExpression === 'string') {
      schedules.push({ expression: p.ScheduleExpression, perMonth: perMonth(p.ScheduleExpression) });
    }
    if (
      r.Type === 'AWS::Lambda::Function' &&
      (p.TracingConfig as { Mode?: string } | undefined)?.Mode === 'Active'
    )
      traced++;
    if (r.Type === 'AWS::DynamoDB::GlobalTable' || r.Type === 'AWS::DynamoDB::Table') {
      const replicas = p.Replicas as
        { PointInTimeRecoverySpecification?: { PointInTimeRecoveryEnabled?: boolean } }[] | undefined;
      pitr =
        (p.PointInTimeRecoverySpecification as { PointInTimeRecoveryEnabled?: boolean } | undefined)
          ?.PointInTimeRecoveryEnabled === true ||
        (replicas ?? []).some((x) => x.PointInTimeRecoverySpecification?.PointInTimeRecoveryEnabled === true);
      billingMode = typeof p.BillingMode === 'string' ? p.BillingMode : '';
    }
  }
  return Promise.resolve({
    resources,
    alarms: resources['AWS::CloudWatch::Alarm'] ?? 0,
    alarmMetrics,
    dashboards: resources['AWS::CloudWatch::Dashboard'] ?? 0,
    secrets: resources['AWS::SecretsManager::Secret'] ?? 0,
    kmsKeys: resources['AWS::KMS::Key'] ?? 0,
    schedules,
    functions: resources['AWS::Lambda::Function'] ?? 0,
    tracedFunctions: traced,
    pointInTimeRecovery: pitr,
    billingMode,
    memoryMb,
  });
}

runSection(main);
