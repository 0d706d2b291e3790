/** Prometheus metrics for the gateway (GET /metrics). */
import client from 'prom-client';

export function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  return {
    registry,
    intakeProblems: new client.Counter({
      name: 'intake_problems_total',
      help: 'Messages quarantined (failed or over the time budget), new reports refused over a limit, messages throttled',
      labelNames: ['kind'] as const,
      registers: [registry],
    }),
    inbound: new client.Counter({
      name: 'intake_inbound_messages_total',
      help: 'Inbound messages by channel and outcome (new, duplicate, failed)',
      labelNames: ['channel', 'outcome'] as const,
      registers: [registry],
    }),
    latency: new client.Histogram({
      name: 'intake_message_seconds',
      help: 'Time from receiving a message to having its reply',
      labelNames: ['channel'] as const,
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    commits: new client.Gauge({
      name: 'intake_group_commits',
      help: 'Database commits made by the group committer',
      registers: [registry],
    }),
    committedJobs: new client.Gauge({
      name: 'intake_group_commit_jobs',
      help: 'Write jobs committed',
      registers: [registry],
    }),
    sqlStatements: new client.Gauge({
      name: 'intake_sql_statements',
      help: 'SQL statements run: reads, writes and transaction control',
      registers: [registry],
    }),
    sqlRoundTrips: new client.Gauge({
      name: 'intake_sql_round_trips',
      help: 'Round trips to the database server those statements took (PostgreSQL; SQLite runs in-process)',
      registers: [registry],
    }),
    outboundPending: new client.Gauge({
      name: 'intake_outbound_pending',
      help: 'Messages to reporters not yet sent',
      registers: [registry],
    }),
    outboxPending: new client.Gauge({
      name: 'intake_outbox_pending',
      help: 'Dispatch outbox items not yet delivered',
      registers: [registry],
    }),
    dispatchDeliveries: new client.Counter({
      name: 'intake_dispatch_deliveries_total',
      help: 'Dispatch delivery attempts by target (webhook, email) and outcome (delivered, failed)',
      labelNames: ['target', 'outcome'] as const,
      registers: [registry],
    }),
    dispatchLatency: new client.Histogram({
      name: 'intake_dispatch_delivery_seconds',
      help: 'Time from writing an outbox item to its delivery, by target and event',
      labelNames: ['target', 'event'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 15, 60, 300],
      registers: [registry],
    }),
    dispatchOldestUndelivered: new client.Gauge({
      name: 'intake_dispatch_oldest_undelivered_seconds',
      help: 'Age of the oldest dispatch delivery not yet accepted, by target (0 when none is pending)',
      labelNames: ['target'] as const,
      registers: [registry],
    }),
    dispatchAlerts: new client.Counter({
      name: 'intake_dispatch_alerts_total',
      help: 'Dispatch deliveries that stayed undelivered past the alert time (60 s), by target',
      labelNames: ['target'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
