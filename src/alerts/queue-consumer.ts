import type { Env } from '../env';
import { createLogger } from '../log';
import { parseAlertMessage } from './alert-message';
import { deliverAlert, failDeadLettered, retryDelaySeconds } from './deliver';

/** Dead-letter queues are named after their queue with a "-dlq" suffix (wrangler.toml). */
export const isDeadLetterQueue = (queueName: string): boolean => queueName.endsWith('-dlq');

/**
 * The `queue` handler: delivers alert messages, or settles those that were dead-lettered.
 * Messages are acked or retried one by one, so one slow or failing alert never holds
 * back or repeats the others of its batch.
 */
export async function handleAlertQueue(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const log = createLogger({ queue: batch.queue });
  const deadLetters = isDeadLetterQueue(batch.queue);
  await Promise.all(
    batch.messages.map(async (message) => {
      const alert = parseAlertMessage(message.body);
      if (!alert) {
        log.error('dropping a queue message that is not an alert', { messageId: message.id });
        message.ack();
        return;
      }
      try {
        if (deadLetters) {
          await failDeadLettered(env, alert, log);
          message.ack();
          return;
        }
        const outcome = await deliverAlert(env, alert, message.attempts, log);
        if (outcome.kind === 'retry') message.retry({ delaySeconds: outcome.delaySeconds });
        else message.ack();
      } catch (err) {
        log.error('alert delivery attempt crashed', { alert: alert.id, attempts: message.attempts, error: err });
        message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
      }
    }),
  );
}
