/**
 * Structured JSON log lines. Values under secret-looking keys are dropped, and ids of
 * people are never logged whole: see maskId.
 */
type Fields = Record<string, unknown>;
type Level = 'debug' | 'info' | 'warn' | 'error';

const SECRET_KEY = /token|secret|authorization|password|nonce|code|signature/i;

// A LINE user id that slipped into a message (an error text, a URL) is masked all the same.
const LINE_USER_ID = /\bU[0-9a-f]{32}\b/g;

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
    out[key] = SECRET_KEY.test(key) ? '[redacted]' : value instanceof Error ? value.message : value;
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
    const line = JSON.stringify({ level, msg, ...redact({ ...base, ...fields }) }).replace(LINE_USER_ID, (id) => maskId(id) ?? '');
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
