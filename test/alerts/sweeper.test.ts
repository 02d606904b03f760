import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MAX_REQUEUES, SWEEP_AFTER_MS, sweepStuckAlerts } from '../../src/alerts/sweeper';
import { createLogger } from '../../src/log';
import { createAlert, getAlert, type AlertRecord } from '../../src/store/alerts';
import { linkedSeller, settled } from './support';
import { uniqueId } from '../support/webhook';

const log = createLogger({ test: 'sweeper' });

/** An alert stored by intake whose enqueue never happened (the Worker died in between). */
async function strandedAlert(sellerId: string, ageMs: number): Promise<AlertRecord> {
  const createdAt = new Date(Date.now() - ageMs).toISOString();
  const record: AlertRecord = { id: `al_${uniqueId('stranded')}`.slice(0, 40), sellerId, type: 'account-at-risk', status: 'queued', attempts: 0, createdAt, updatedAt: createdAt };
  await createAlert(env, record);
  return record;
}

describe('the sweeper', () => {
  it('puts an alert left queued past a few minutes back on the queue, and it is delivered once', async () => {
    const { sellerId } = await linkedSeller();
    const stranded = await strandedAlert(sellerId, SWEEP_AFTER_MS + 60_000);
    const fresh = await strandedAlert(sellerId, 1000);
    const swept = await sweepStuckAlerts(env, Date.now(), log);
    expect(swept.requeued).toBeGreaterThanOrEqual(1);
    const [record] = await settled([stranded.id]);
    expect(record?.status).toBe('delivered');
    // One that is only a second old is left to the queue it is surely still in.
    expect((await getAlert(env, fresh.id))?.status).toBe('queued');
    expect((await getAlert(env, fresh.id))?.requeued).toBeUndefined();
  });

  it('gives an alert up as failed after repeated requeues, so nothing stays queued forever', async () => {
    const sellerId = `A${uniqueId('').toUpperCase().replace(/[^A-Z0-9]/g, '')}`.slice(0, 16);
    const record = await strandedAlert(sellerId, SWEEP_AFTER_MS + 60_000);
    // As if every requeue had been lost as well.
    await env.KV.put(`alert:${record.id}`, JSON.stringify({ ...record, requeued: MAX_REQUEUES }));
    await sweepStuckAlerts(env, Date.now(), log);
    expect(await getAlert(env, record.id)).toMatchObject({ status: 'failed', reason: 'never handled by the delivery queue' });
  });
});
