import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../content/i18n';
import { RICH_MENUS } from '../../content/richmenus';
import { richMenuRequest } from '../../src/render/rich-menu';
import { emptyConversationState } from '../../src/bot/conversation-state';
import { syncUserRichMenu } from '../../src/bot/rich-menu-sync';
import type { Turn } from '../../src/bot/turn';
import { createLineClient } from '../../src/line/create-line-client';
import { createLogger } from '../../src/log';
import { callsFor, injectFaults, setProfileLanguage } from '../support/fake-line';
import { followEvent, newUserId, postEvents, textEvent } from '../support/webhook';

const lineApi = (path: string, body: unknown) =>
  fetch(`${env.LINE_API_BASE_URL}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${env.LINE_CHANNEL_ACCESS_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** What `npm run richmenu:deploy` leaves behind: one menu per alias. The fake is shared, so an existing alias is moved. */
const menuIds: Record<string, string> = {};
beforeAll(async () => {
  for (const menu of RICH_MENUS) {
    const created = await lineApi('/v2/bot/richmenu', richMenuRequest(menu, `seller-bot:${menu.aliasId}:sync-test`));
    const { richMenuId } = (await created.json()) as { richMenuId: string };
    const alias = await lineApi('/v2/bot/richmenu/alias', { richMenuAliasId: menu.aliasId, richMenuId });
    if (!alias.ok) await lineApi(`/v2/bot/richmenu/alias/${menu.aliasId}`, { richMenuId });
    menuIds[menu.aliasId] = richMenuId;
  }
});

const turnFor = (userId: string, lang: Lang): Turn => {
  const log = createLogger({ test: 'rich-menu-sync' });
  return { env, userId, lang, state: emptyConversationState(), line: createLineClient(env, log), log, now: Date.now() };
};

const menuCalls = async (userId: string) =>
  (await callsFor(userId))
    .filter((c) => c.kind === 'richMenuLink' || c.kind === 'richMenuUnlink')
    .map((c) => (c.kind === 'richMenuLink' ? (c.body as { richMenuId: string }).richMenuId : 'unlinked'));

describe('syncUserRichMenu', () => {
  it('links a linked English-speaking seller to the linked-en menu', async () => {
    const userId = newUserId();
    await syncUserRichMenu(turnFor(userId, 'en'), true);
    expect(await menuCalls(userId)).toEqual([menuIds['linked-en']]);
  });

  it('switches the menu with link state and language', async () => {
    const userId = newUserId();
    await syncUserRichMenu(turnFor(userId, 'ja'), true); // linked
    await syncUserRichMenu(turnFor(userId, 'en'), true); // changed language
    await syncUserRichMenu(turnFor(userId, 'en'), false); // unlinked
    await syncUserRichMenu(turnFor(userId, 'ja'), false); // back to Japanese: the default menu

    expect(await menuCalls(userId)).toEqual([menuIds['linked-ja'], menuIds['linked-en'], menuIds['unlinked-en'], 'unlinked']);
  });

  it('gives an unlinked Japanese user the default menu by removing their per-user menu', async () => {
    const userId = newUserId();
    await syncUserRichMenu(turnFor(userId, 'ja'), false);
    expect(await menuCalls(userId)).toEqual(['unlinked']);
  });

  it('does not fail the turn when LINE refuses the link', async () => {
    const userId = newUserId();
    await injectFaults([{ path: '/richmenu/', to: userId, status: 500, count: 1 }]);

    await expect(syncUserRichMenu(turnFor(userId, 'en'), true)).resolves.toBeUndefined();

    expect(await menuCalls(userId)).toEqual([]);
    const faults = (await callsFor(userId)).filter((c) => c.kind === 'fault');
    expect(faults).toHaveLength(1);
  });
});

describe('menus per user in the chat', () => {
  const menusOf = async (userId: string) => (await menuCalls(userId)).map((id) => Object.entries(menuIds).find(([, menu]) => menu === id)?.[0] ?? id);

  it('gives a new English user the English unlinked menu at follow, and a Japanese user the default', async () => {
    const english = newUserId();
    const japanese = newUserId();
    await setProfileLanguage(english, 'en-US');
    await postEvents([followEvent(english), followEvent(japanese)]);
    expect(await menusOf(english)).toEqual(['unlinked-en']);
    expect(await menusOf(japanese)).toEqual(['unlinked']);
  });

  it('repairs a menu switch LINE refused, on the user’s next event', async () => {
    const userId = newUserId();
    await setProfileLanguage(userId, 'en');
    await injectFaults([{ path: '/richmenu/', to: userId, status: 500, count: 1 }]);
    await postEvents([followEvent(userId)]);
    expect(await menusOf(userId)).toEqual([]);
    await postEvents([textEvent(userId, 'hello')]);
    expect(await menusOf(userId)).toEqual(['unlinked-en']);
    // Once LINE took it, later events leave the menu alone.
    await postEvents([textEvent(userId, 'thanks')]);
    expect(await menusOf(userId)).toEqual(['unlinked-en']);
  });
});
