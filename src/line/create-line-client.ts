import { readConfig } from '../config';
import type { Env } from '../env';
import type { Logger } from '../log';
import { LineClient } from './line-client';

export function createLineClient(env: Env, log: Logger): LineClient {
  const { apiBaseUrl, dataApiBaseUrl, channelAccessToken, timeoutMs } = readConfig(env).line;
  return new LineClient({ apiBaseUrl, dataApiBaseUrl, channelAccessToken, timeoutMs, log });
}
