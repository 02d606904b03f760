import type { Env } from '../env';

/**
 * A URL of this Worker itself. The dev stand-ins (LINE's dialog, the simulator's relays) call
 * the production routes over HTTP, as LINE, Amazon or an ops client would.
 */
export const selfUrl = (env: Pick<Env, 'PUBLIC_BASE_URL'>, path: string): string => `${env.PUBLIC_BASE_URL.replace(/\/+$/, '')}${path}`;
