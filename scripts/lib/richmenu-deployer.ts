import { createHash } from 'node:crypto';
import type { messagingApi } from '@line/bot-sdk';
import { DEFAULT_RICH_MENU_ALIAS, type RichMenuDefinition } from '../../content/richmenus';
import { richMenuRequest } from '../../src/render/rich-menu';
import { lineCall, lineFind, type LineChannel } from './line-channel';

/**
 * Brings the channel's rich menus in line with content/richmenus.ts.
 *
 * A version of a menu is recognised by its name, `seller-bot:<alias>:<hash>`, where the hash
 * covers the menu object and its image. A menu whose alias already points at a version with
 * the same hash is left alone, so a second run changes nothing. A changed menu becomes a
 * new version: validated, created, given its image, then its alias is moved; users linked
 * to an older version are moved to the new one in a batch before the old one is deleted, so
 * nobody falls back to the default menu.
 */
export const NAME_PREFIX = 'seller-bot';

export interface DeployOptions {
  line: LineChannel;
  menus: readonly RichMenuDefinition[];
  readImage: (menu: RichMenuDefinition) => Uint8Array;
  dryRun?: boolean;
  /** Where the plan and progress go (stdout in the CLI). */
  print?: (line: string) => void;
  batchPollMs?: number;
  batchTimeoutMs?: number;
}

export interface MenuOutcome {
  aliasId: string;
  name: string;
  action: 'unchanged' | 'created';
  /** The version the alias points at after the run (undefined in a dry run that would create one). */
  richMenuId: string | undefined;
  /** The version the alias pointed at before, when it is being replaced. */
  replaces?: string;
}

export interface DeployResult {
  menus: MenuOutcome[];
  defaultMenu: { action: 'unchanged' | 'set'; richMenuId: string | undefined };
  /** Older versions removed (or, in a dry run, that would be). */
  deleted: string[];
  dryRun: boolean;
}

type ListedMenu = messagingApi.RichMenuResponse;

export const menuVersionName = (menu: RichMenuDefinition, image: Uint8Array): string => {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(richMenuRequest(menu, '')));
  hash.update(image);
  return `${NAME_PREFIX}:${menu.aliasId}:${hash.digest('hex').slice(0, 16)}`;
};

const isVersionOf = (listed: ListedMenu, aliasId: string) => listed.name.startsWith(`${NAME_PREFIX}:${aliasId}:`);

export async function deployRichMenus(options: DeployOptions): Promise<DeployResult> {
  const { line, menus, dryRun = false } = options;
  const print = options.print ?? (() => undefined);
  const step = (text: string) => print(`${dryRun ? '[dry run] would ' : ''}${text}`);

  const { api, blob } = line;
  const listed = (await lineCall('list rich menus', () => api.getRichMenuList())).richmenus;
  const aliases = new Map((await lineCall('list rich-menu aliases', () => api.getRichMenuAliasList())).aliases.map((a) => [a.richMenuAliasId, a.richMenuId]));
  const currentDefault = (await lineFind('get the default rich menu', () => api.getDefaultRichMenuId()))?.richMenuId;

  const outcomes: MenuOutcome[] = [];
  for (const menu of menus) {
    const image = options.readImage(menu);
    const name = menuVersionName(menu, image);
    const current = aliases.get(menu.aliasId);
    const currentMenu = listed.find((m) => m.richMenuId === current);
    if (current && currentMenu?.name === name) {
      print(`${menu.aliasId}: up to date (${current}, ${name})`);
      outcomes.push({ aliasId: menu.aliasId, name, action: 'unchanged', richMenuId: current });
      continue;
    }
    const request = richMenuRequest(menu, name);
    // Validation only reads, so a dry run checks the menus too.
    await lineCall('validate rich menu', () => api.validateRichMenuObject(request));
    step(`create ${name} (${menu.size.width}x${menu.size.height}, ${menu.buttons.length} areas, image ${image.byteLength} bytes)`);
    let richMenuId: string | undefined;
    if (!dryRun) {
      const created = (await lineCall('create rich menu', () => api.createRichMenu(request))).richMenuId;
      await lineCall('upload rich-menu image', () => blob.setRichMenuImage(created, new Blob([image], { type: 'image/png' })));
      richMenuId = created;
    }
    step(`${current ? 'move' : 'create'} alias ${menu.aliasId} → ${richMenuId ?? 'the new version'}${current ? ` (was ${current})` : ''}`);
    if (!dryRun && richMenuId) {
      const id = richMenuId;
      if (aliases.has(menu.aliasId)) await lineCall('move rich-menu alias', () => api.updateRichMenuAlias(menu.aliasId, { richMenuId: id }));
      else await lineCall('create rich-menu alias', () => api.createRichMenuAlias({ richMenuAliasId: menu.aliasId, richMenuId: id }));
    }
    outcomes.push({ aliasId: menu.aliasId, name, action: 'created', richMenuId, ...(current ? { replaces: current } : {}) });
  }

  const defaultOutcome = outcomes.find((o) => o.aliasId === DEFAULT_RICH_MENU_ALIAS);
  let defaultMenu: DeployResult['defaultMenu'] = { action: 'unchanged', richMenuId: currentDefault };
  if (defaultOutcome && (defaultOutcome.action === 'created' || currentDefault !== defaultOutcome.richMenuId)) {
    step(`set the default rich menu to ${DEFAULT_RICH_MENU_ALIAS} (${defaultOutcome.richMenuId ?? 'the new version'})`);
    const id = defaultOutcome.richMenuId;
    if (!dryRun && id) await lineCall('set the default rich menu', () => api.setDefaultRichMenu(id));
    defaultMenu = { action: 'set', richMenuId: defaultOutcome.richMenuId };
  } else {
    print(`default rich menu: up to date (${currentDefault ?? 'none'})`);
  }

  // Every other version of a managed menu is stale: the one just replaced, and any left over
  // by an interrupted run. Menus this tool did not make are never touched.
  const stale = outcomes.flatMap((o) =>
    listed.filter((m) => isVersionOf(m, o.aliasId) && m.richMenuId !== o.richMenuId).map((m) => ({ from: m, to: o })),
  );
  if (stale.length > 0) {
    const operations = stale
      .filter(({ to }) => to.richMenuId)
      .map(({ from, to }): messagingApi.RichMenuBatchLinkOperation => ({ type: 'link', from: from.richMenuId, to: to.richMenuId as string }));
    step(`move users linked to ${stale.length} older version(s) to the current ones`);
    if (!dryRun && operations.length > 0) await moveLinkedUsers(api, operations, options.batchPollMs ?? 1000, options.batchTimeoutMs ?? 120_000);
    for (const { from } of stale) {
      step(`delete ${from.richMenuId} (${from.name})`);
      if (!dryRun) await lineCall('delete rich menu', () => api.deleteRichMenu(from.richMenuId));
    }
  }

  return { menus: outcomes, defaultMenu, deleted: stale.map(({ from }) => from.richMenuId), dryRun };
}

/** LINE runs the batch asynchronously; deleting before it finishes would drop users to the default menu. */
async function moveLinkedUsers(api: messagingApi.MessagingApiClient, operations: messagingApi.RichMenuBatchOperation[], pollMs: number, timeoutMs: number): Promise<void> {
  const { httpResponse } = await lineCall('move users to the new rich menus', () => api.richMenuBatchWithHttpInfo({ operations }));
  const requestId = httpResponse.headers.get('x-line-request-id');
  if (!requestId) throw new Error('LINE accepted the rich-menu batch without a request id; cannot follow it, so nothing was deleted');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const progress = await lineCall('follow the rich-menu batch', () => api.getRichMenuBatchProgress(requestId));
    if (progress.phase === 'succeeded') return;
    if (progress.phase === 'failed') throw new Error(`moving users to the new rich menus failed (batch ${requestId}); the older versions were kept, run the deploy again`);
    if (Date.now() > deadline) throw new Error(`moving users to the new rich menus is still running (batch ${requestId}); the older versions were kept, run the deploy again later`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
