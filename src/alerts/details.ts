import type { AlertDetails } from '../model/alert';

export type { AlertDetails };

export interface FieldError {
  field: string;
  message: string;
}

// Printable text only: control characters would garble the card.
const CONTROL = /[\u0000-\u001f\u007f]/;

const boundedText = (max: number) => (value: unknown): string | null => {
  if (typeof value !== 'string') return 'must be a string';
  if (value.trim() === '') return 'must not be empty';
  if ([...value].length > max) return `must be at most ${max} characters`;
  if (CONTROL.test(value)) return 'must not contain control characters';
  return null;
};

const percent = (value: unknown): string | null =>
  typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100 ? 'must be a number from 0 to 100 (percent)' : null;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Each field's check: null when the value is fine, otherwise what is wrong with it. */
export const DETAIL_FIELDS: Record<keyof AlertDetails, (value: unknown) => string | null> = {
  marketplace: boundedText(40),
  category: boundedText(60),
  asin: (v) => (typeof v === 'string' && /^[A-Z0-9]{10}$/.test(v) ? null : 'must be 10 capital letters or digits'),
  sku: boundedText(40),
  metricValue: percent,
  threshold: percent,
  amount: (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e12 ? null : 'must be a number from 0 to 1000000000000'),
  currency: (v) => (typeof v === 'string' && /^[A-Z]{3}$/.test(v) ? null : 'must be a three-letter ISO 4217 code such as JPY'),
  deadline: (v) => {
    if (typeof v !== 'string' || !(ISO_DATE.test(v) || ISO_DATE_TIME.test(v))) return 'must be an ISO 8601 date (2026-01-31) or date-time';
    const date = new Date(ISO_DATE.test(v) ? `${v}T00:00:00Z` : v);
    return Number.isNaN(date.getTime()) || (ISO_DATE.test(v) && date.toISOString().slice(0, 10) !== v) ? 'is not a real date' : null;
  },
};

const isDetailField = (key: string): key is keyof AlertDetails => Object.hasOwn(DETAIL_FIELDS, key);

/** Checks `details` and names every bad field under `path`. */
export function validateDetails(value: unknown, path: string): { details?: AlertDetails; errors: FieldError[] } {
  if (value === undefined) return { errors: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { errors: [{ field: path, message: 'must be an object' }] };
  const errors: FieldError[] = [];
  const details: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (!isDetailField(key)) {
      errors.push({ field: `${path}.${key}`, message: `is not a known detail; use ${Object.keys(DETAIL_FIELDS).join(', ')}` });
      continue;
    }
    const problem = DETAIL_FIELDS[key](field);
    if (problem) errors.push({ field: `${path}.${key}`, message: problem });
    else details[key] = field;
  }
  if ('currency' in value && !('amount' in value)) errors.push({ field: `${path}.currency`, message: 'only goes with an amount' });
  return errors.length > 0 ? { errors } : { details: details as AlertDetails, errors };
}
