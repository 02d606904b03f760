import type { Env } from '../env';
import type { Logger } from '../log';
import { LineClient } from './line-client';

export function createLineClient(env: Env, log: Logger): LineClient {
  const timeout = Number(env.LINE_API_TIMEOUT_MS);
  return new LineClient({
    apiBaseUrl: env.LINE_API_BASE_URL,
    dataApiBaseUrl: env.LINE_DATA_API_BASE_URL,
    channelAccessToken: env.LINE_CHANNEL_ACCESS_TOKEN,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : undefined,
    log,
  });
}
