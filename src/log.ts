/**
 * Structured JSON log lines. Values under secret-looking keys are dropped, and ids of
 * people are never logged whole: see maskId.
 */
type Fields = Record<string, unknown>;
type Level = 'debug' | 'info' | 'warn' | 'error';

const SECRET_KEY = /token|secret|authorization|password|nonce|code|signature/i;

// A LINE user id that slipped into a message (an error text, a URL) is masked all the same.
const LINE_USER_ID = /\bU[0-9a-f]{32}\b/g;
// So is a seller id in a path or a callback query (…/sellers/<id>/…, selling_partner_id=<id>).
const SELLER_ID_IN_TEXT = /(\/sellers\/|selling_partner_id=|sellerId["=:]+\s*"?)([A-Za-z0-9._-]{3,64})/g;
// Fields that hold a seller id are masked whatever the caller passed.
const SELLER_KEY = /^(seller|sellerId|sellingPartnerId)$/;

/** Masks a seller id: first 2 and last 3 characters (the same shape the chat shows). */
export function maskSellerId(sellerId: string): string {
  if (sellerId.length <= 5) return '*'.repeat(sellerId.length);
  return `${sellerId.slice(0, 2)}${'*'.repeat(Math.max(3, sellerId.length - 5))}${sellerId.slice(-3)}`;
}

/** Keeps enough of an id to correlate log lines, never the whole id. */
export function maskId(id: string | undefined | null): string | undefined {
  if (!id) return undefined;
  if (id.length <= 6) return '***';
  return `${id.slice(0, 3)}…${id.slice(-3)}`;
}

function redact(fields: Fields): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (SECRET_KEY.test(key)) out[key] = '[redacted]';
    else if (SELLER_KEY.test(key) && typeof value === 'string') out[key] = value.includes('*') ? value : maskSellerId(value);
    else out[key] = value instanceof Error ? value.message : value;
  }
  return out;
}

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

export function createLogger(base: Fields = {}): Logger {
  const write = (level: Level, msg: string, fields: Fields = {}) => {
    const line = JSON.stringify({ level, msg, ...redact({ ...base, ...fields }) })
      .replace(LINE_USER_ID, (id) => maskId(id) ?? '')
      .replace(SELLER_ID_IN_TEXT, (_, prefix: string, id: string) => `${prefix}${id.includes('*') ? id : maskSellerId(id)}`);
    if (level === 'error') console.error(line);
    else if (level === 'warn') console.warn(line);
    else console.log(line);
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (fields) => createLogger({ ...base, ...fields }),
  };
}
