/** A JSON object (not null, not an array): what every untrusted body must be before its fields are read. */
export const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
