import { IdempotencyConflictError, intakeAlerts } from '../../alerts/intake';
import type { Env } from '../../env';
import type { Logger } from '../../log';
import type { AlertInput } from '../../model/alert';
import type { AlertStatus } from '../../store/alerts';

/**
 * Hands alerts an Amazon source made to the ops API's intake (KV record, idempotency key
 * claimed in the seller's object, Queue delivery), one at a time, so one alert's trouble
 * never holds back another's.
 *
 * Contract: every alert carries an idempotency key derived from its source, so handing it in
 * again (a redelivered notification, a retried poll) returns the alert made before and sends
 * nothing. A key already used for a different alert is left as it is and logged: retrying
 * could only fail again. `support-contact` is ops-only and never taken from a source.
 * QueueUnavailableError and storage errors propagate, for the caller to retry.
 */
export async function intakeSourceAlerts(env: Pick<Env, 'KV' | 'ALERT_QUEUE' | 'SELLERS'>, alerts: readonly AlertInput[], log: Logger): Promise<{ id: string; status: AlertStatus }[]> {
  const taken: { id: string; status: AlertStatus }[] = [];
  for (const alert of alerts) {
    if (alert.type === 'support-contact' || !alert.idempotencyKey) {
      log.error('refusing a source alert', { type: alert.type, reason: alert.type === 'support-contact' ? 'ops only' : 'no idempotency key' });
      continue;
    }
    try {
      taken.push(...(await intakeAlerts(env, [alert])));
    } catch (err) {
      if (!(err instanceof IdempotencyConflictError)) throw err;
      log.error('source alert conflicts with an earlier alert under its key; left as it was', { type: alert.type, error: err });
    }
  }
  return taken;
}
