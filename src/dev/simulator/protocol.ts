import type { messagingApi } from '@line/bot-sdk';

/**
 * What the simulator page and the dev Worker say to each other: the JSON of the /dev routes
 * the page reads. Types only, so the browser code (client/) and the Worker share them
 * without sharing any code.
 */

/** GET /dev/simulator/config. No secret: events are signed and ops calls authorised on the server. */
export interface SimulatorConfig {
  /** Where the bot's own links point (link pages open from here). */
  publicBaseUrl: string;
  alertTypes: readonly string[];
  /** Our SP-API app, as Amazon names it in a notification's metadata. */
  spApiApplicationId: string;
}

/** GET /dev/simulator/link?userId=: the seller the user linked, if any. */
export interface UserLinkView {
  sellerId: string | null;
  /** false once the user blocked the account: alerts to the seller are skipped. */
  active: boolean;
}

/** GET /dev/simulator/rich-menu?userId=: the menu of content/richmenus.ts for the user. */
export interface BuiltInRichMenuView {
  aliasId: string;
  menu: messagingApi.RichMenuRequest;
}

/** GET /dev/line-api/control/state: the rich menus the fake LINE API holds. */
export interface FakeLineStateView {
  richMenus: { richMenuId: string; body: messagingApi.RichMenuRequest; hasImage: boolean }[];
  aliases: Record<string, string>;
  defaultRichMenu?: string;
  userRichMenus: Record<string, string>;
}

/** One call the fake LINE API received (GET /dev/line-api/messages), as far as the page reads it. */
export interface LineCallView {
  seq: number;
  at: number;
  path: string;
  kind: string;
  status: number;
  body: unknown;
}

export interface LineCallsView {
  calls: LineCallView[];
  seq: number;
}

/** Paths of the relays that add a credential the page must not hold. */
export const SIMULATOR_PATHS = {
  webhook: '/dev/simulator/webhook',
  ops: '/dev/simulator/ops',
  amazonEvents: '/dev/simulator/amazon/events',
  richMenuImage: '/dev/simulator/rich-menu-image',
} as const;
