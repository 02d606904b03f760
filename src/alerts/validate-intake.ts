import { ALERT_TYPES, isAlertType, type AlertType } from '../../content/alerts';
import type { AlertDetails, AlertInput } from '../model/alert';
import { validateDetails, type FieldError } from './details';

export type { AlertInput };
import { isPlainObject } from '../is-plain-object';

export const MAX_ALERTS_PER_REQUEST = 500;
/** 500 alerts with every detail filled stay well below this. */
export const MAX_INTAKE_BYTES = 1024 * 1024;

/** Seller ids as Amazon issues them (letters and digits), with room for test ids; never a colon, which KV keys use. */
export const SELLER_ID = /^[A-Za-z0-9._-]{1,64}$/;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;
const ALERT_FIELDS = new Set(['sellerId', 'type', 'details', 'idempotencyKey']);


function validateAlert(value: unknown, prefix: string): { alert?: AlertInput; errors: FieldError[] } {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  if (!isPlainObject(value)) return { errors: [{ field: prefix || 'body', message: 'must be an alert object' }] };
  const errors: FieldError[] = [];
  for (const key of Object.keys(value)) {
    if (!ALERT_FIELDS.has(key)) errors.push({ field: at(key), message: 'is not a known field' });
  }
  const { sellerId, type, idempotencyKey } = value;
  if (typeof sellerId !== 'string' || !SELLER_ID.test(sellerId)) errors.push({ field: at('sellerId'), message: 'is required: 1–64 letters, digits, ".", "_" or "-"' });
  if (type === undefined) errors.push({ field: at('type'), message: `is required: one of ${ALERT_TYPES.join(', ')}` });
  else if (!isAlertType(type)) errors.push({ field: at('type'), message: `unknown alert type ${JSON.stringify(type)}; use one of ${ALERT_TYPES.join(', ')}` });
  if (idempotencyKey !== undefined && (typeof idempotencyKey !== 'string' || !IDEMPOTENCY_KEY.test(idempotencyKey))) {
    errors.push({ field: at('idempotencyKey'), message: 'must be 1–128 printable ASCII characters without spaces' });
  }
  const details = validateDetails(value.details, at('details'));
  errors.push(...details.errors);
  if (errors.length > 0) return { errors };
  return {
    alert: {
      sellerId: sellerId as string,
      type: type as AlertType,
      ...(details.details ? { details: details.details } : {}),
      ...(idempotencyKey !== undefined ? { idempotencyKey: idempotencyKey as string } : {}),
    },
    errors,
  };
}

/** One alert or `{alerts: [...]}`; all or nothing, with every bad field named. */
export function validateIntake(body: unknown): { ok: true; alerts: AlertInput[] } | { ok: false; errors: FieldError[] } {
  if (isPlainObject(body) && 'alerts' in body) {
    const extra = Object.keys(body).filter((k) => k !== 'alerts');
    const errors: FieldError[] = extra.map((k) => ({ field: k, message: 'not allowed next to "alerts"; put it inside each alert' }));
    const list = body.alerts;
    if (!Array.isArray(list) || list.length === 0 || list.length > MAX_ALERTS_PER_REQUEST) {
      errors.push({ field: 'alerts', message: `must be an array of 1–${MAX_ALERTS_PER_REQUEST} alerts` });
      return { ok: false, errors };
    }
    const alerts: AlertInput[] = [];
    list.forEach((item, i) => {
      const result = validateAlert(item, `alerts[${i}]`);
      errors.push(...result.errors);
      if (result.alert) alerts.push(result.alert);
    });
    return errors.length > 0 ? { ok: false, errors } : { ok: true, alerts };
  }
  const result = validateAlert(body, '');
  return result.alert ? { ok: true, alerts: [result.alert] } : { ok: false, errors: result.errors };
}
