import type { messagingApi } from '@line/bot-sdk';
import type { Lang } from '../../content/i18n';
import type { Env } from '../env';
import type { LineClient } from '../line/line-client';
import type { Logger } from '../log';
import type { ConversationState } from './conversation-state';

/** What handling one event may use; `state` is persisted after the event succeeds. */
export interface Turn {
  env: Env;
  userId: string;
  lang: Lang;
  state: ConversationState;
  line: LineClient;
  log: Logger;
  now: number;
}

export type Reply = messagingApi.Message[];
