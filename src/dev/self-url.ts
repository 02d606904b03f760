import { readConfig } from '../config';
import type { Env } from '../env';

/**
 * A URL of this Worker itself. The dev stand-ins (LINE's dialog, the simulator's relays) call
 * the production routes over HTTP, as LINE, Amazon or an ops client would.
 */
export const selfUrl = (env: Env, path: string): string => `${readConfig(env).publicBaseUrl}${path}`;
