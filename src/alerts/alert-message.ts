import { isAlertType } from '../../content/alerts';
import type { AlertRecord } from '../model/alert';
import { ALERT_ID } from './alert-id';

/**
 * What goes on the queue: everything delivery needs to render, so the consumer does not
 * depend on reading back a record KV may not have propagated yet.
 */
export type AlertMessage = Pick<AlertRecord, 'id' | 'sellerId' | 'type' | 'details' | 'idempotencyKey' | 'createdAt'>;

export const toAlertMessage = ({ id, sellerId, type, details, idempotencyKey, createdAt }: AlertRecord): AlertMessage => ({
  id,
  sellerId,
  type,
  createdAt,
  ...(details ? { details } : {}),
  ...(idempotencyKey ? { idempotencyKey } : {}),
});

export function parseAlertMessage(body: unknown): AlertMessage | null {
  if (typeof body !== 'object' || body === null) return null;
  const m = body as Partial<AlertMessage>;
  if (typeof m.id !== 'string' || !ALERT_ID.test(m.id) || typeof m.sellerId !== 'string' || !isAlertType(m.type) || typeof m.createdAt !== 'string') return null;
  return m as AlertMessage;
}

/** The record as intake stored it, for when KV has not caught up with the queue. */
export const recordFromMessage = (message: AlertMessage): AlertRecord => ({
  ...message,
  status: 'queued',
  attempts: 0,
  updatedAt: message.createdAt,
});
