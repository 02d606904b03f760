import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RICH_MENUS, type RichMenuDefinition } from '../../../content/richmenus';
import { parsePostback } from '../../../src/render/postback';
import { deployRichMenus, type DeployOptions } from '../../../scripts/lib/richmenu-deployer';
import { LineApiError } from '../../../src/line/line-api-error';
import { kinds, readImage, runScript, startFakeLine, TOKEN, type FakeLine } from './support';

let fake: FakeLine;
beforeEach(async () => {
  fake = await startFakeLine();
});
afterEach(() => fake.close());

const deploy = (options: Partial<DeployOptions> = {}) =>
  deployRichMenus({ line: fake.line, menus: RICH_MENUS, readImage, batchPollMs: 10, ...options });

/** The same menus with one label changed, as an edit to content/richmenus.ts would. */
const withChangedLabel = (aliasId: string): RichMenuDefinition[] =>
  RICH_MENUS.map((m) =>
    m.aliasId === aliasId ? { ...m, buttons: m.buttons.map((b, i) => (i === 0 ? { ...b, label: { ja: `${b.label.ja}!`, en: `${b.label.en}!` } } : b)) } : m,
  );

describe('richmenu:deploy', () => {
  it('first run creates the four menus with images, their aliases and the default menu', async () => {
    const result = await deploy();

    expect(result.menus.map((m) => [m.aliasId, m.action])).toEqual([
      ['unlinked-ja', 'created'],
      ['unlinked-en', 'created'],
      ['linked-ja', 'created'],
      ['linked-en', 'created'],
    ]);
    const { calls } = await fake.calls();
    const count = (kind: string) => kinds(calls).filter((k) => k === kind).length;
    expect(count('richMenuCreate')).toBe(4);
    expect(count('richMenuImage')).toBe(4);
    expect(count('richMenuAliasCreate')).toBe(4);
    expect(count('richMenuDefault')).toBe(1);
    expect(count('richMenuDelete')).toBe(0);

    const state = await fake.state();
    expect(state.richMenus).toHaveLength(4);
    expect(state.richMenus.every((m) => m.hasImage)).toBe(true);
    for (const menu of RICH_MENUS) {
      const id = state.aliases[menu.aliasId];
      const created = state.richMenus.find((m) => m.richMenuId === id);
      expect(created?.body.name).toMatch(new RegExp(`^seller-bot:${menu.aliasId}:[0-9a-f]{16}$`));
    }
    expect(state.defaultRichMenu).toBe(state.aliases['unlinked-ja']);
  });

  it('every area of every deployed menu sends an intent postback with a readable label', async () => {
    await deploy();
    const { calls } = await fake.calls();
    const bodies = calls.filter((c) => c.kind === 'richMenuCreate').map((c) => c.body as { areas: { action: { data: string; label: string } }[] });
    const intents = bodies.flatMap((b) => b.areas.map((a) => parsePostback(a.action.data)));
    expect(intents.every((p) => p?.a === 'intent')).toBe(true);
    expect(new Set(intents.map((p) => (p?.a === 'intent' ? p.id : '')))).toEqual(
      new Set(['link.start', 'diagnosis.start', 'menu.faq', 'menu.help', 'settings.open', 'alerts.history', 'link.status']),
    );
  });

  it('a second run changes nothing', async () => {
    await deploy();
    const before = await fake.state();
    const { seq } = await fake.calls();

    const result = await deploy();

    expect(result.menus.every((m) => m.action === 'unchanged')).toBe(true);
    expect(result.defaultMenu.action).toBe('unchanged');
    expect(result.deleted).toEqual([]);
    expect((await fake.calls(seq)).calls).toEqual([]);
    expect(await fake.state()).toEqual(before);
  });

  it('changed content creates a new version, moves the alias and its users, and deletes the old version', async () => {
    await deploy();
    const before = await fake.state();
    const oldLinkedEn = before.aliases['linked-en']!;
    // A linked English-speaking seller currently shows the old version.
    await fake.line.api.linkRichMenuIdToUser('U-linked-en-seller', oldLinkedEn);
    const { seq } = await fake.calls();

    const result = await deploy({ menus: withChangedLabel('linked-en') });

    expect(result.menus.filter((m) => m.action === 'created').map((m) => m.aliasId)).toEqual(['linked-en']);
    expect(result.deleted).toEqual([oldLinkedEn]);
    const after = await fake.state();
    const newLinkedEn = after.aliases['linked-en']!;
    expect(newLinkedEn).not.toBe(oldLinkedEn);
    expect(after.richMenus.map((m) => m.richMenuId)).not.toContain(oldLinkedEn);
    expect(after.richMenus.find((m) => m.richMenuId === newLinkedEn)?.hasImage).toBe(true);
    expect(after.userRichMenus['U-linked-en-seller']).toBe(newLinkedEn);
    // The other three menus and the default are untouched.
    for (const alias of ['unlinked-ja', 'unlinked-en', 'linked-ja']) expect(after.aliases[alias]).toBe(before.aliases[alias]);
    expect(after.defaultRichMenu).toBe(before.defaultRichMenu);
    expect(kinds((await fake.calls(seq)).calls)).toEqual(['richMenuCreate', 'richMenuImage', 'richMenuAliasUpdate', 'richMenuBatch', 'richMenuDelete']);
  });

  it('a changed default menu becomes the new default before the old one is deleted', async () => {
    await deploy();
    const oldDefault = (await fake.state()).defaultRichMenu;

    await deploy({ menus: withChangedLabel('unlinked-ja') });

    const after = await fake.state();
    expect(after.defaultRichMenu).toBe(after.aliases['unlinked-ja']);
    expect(after.defaultRichMenu).not.toBe(oldDefault);
    expect(after.richMenus.map((m) => m.richMenuId)).not.toContain(oldDefault);
  });

  it('--dry-run prints the plan and changes nothing, on a fresh channel and after a change', async () => {
    const printed: string[] = [];
    const fresh = await deploy({ dryRun: true, print: (l) => printed.push(l) });
    expect(fresh.menus.every((m) => m.action === 'created' && m.richMenuId === undefined)).toBe(true);
    expect(printed.filter((l) => l.startsWith('[dry run] would create seller-bot:'))).toHaveLength(4);
    expect(printed.some((l) => l.includes('would set the default rich menu to unlinked-ja'))).toBe(true);
    expect((await fake.state()).richMenus).toEqual([]);
    expect((await fake.calls()).calls).toEqual([]);

    await deploy();
    const before = await fake.state();
    const { seq } = await fake.calls();
    printed.length = 0;
    const changed = await deploy({ menus: withChangedLabel('linked-ja'), dryRun: true, print: (l) => printed.push(l) });
    expect(changed.deleted).toEqual([before.aliases['linked-ja']]);
    expect(printed.some((l) => l.startsWith(`[dry run] would delete ${before.aliases['linked-ja']}`))).toBe(true);
    expect(await fake.state()).toEqual(before);
    expect((await fake.calls(seq)).calls).toEqual([]);
  });

  it('removes a version left behind by an interrupted run, and never touches menus it did not make', async () => {
    const size = { width: 2500, height: 843 };
    const area = { bounds: { x: 0, y: 0, width: 2500, height: 843 }, action: { type: 'message' as const, text: 'hi' } };
    const leftover = (await fake.line.api.createRichMenu({ size, selected: false, name: 'seller-bot:linked-ja:0000000000000000', chatBarText: 'x', areas: [area] })).richMenuId;
    const foreign = (await fake.line.api.createRichMenu({ size, selected: false, name: 'campaign-2026', chatBarText: 'x', areas: [area] })).richMenuId;

    const result = await deploy();

    expect(result.deleted).toEqual([leftover]);
    const ids = (await fake.state()).richMenus.map((m) => m.richMenuId);
    expect(ids).toContain(foreign);
    expect(ids).not.toContain(leftover);
  });

  it('a menu LINE rejects stops the deploy before anything is created', async () => {
    const broken = { ...RICH_MENUS[0]!, buttons: [] };
    await expect(deploy({ menus: [broken] })).rejects.toBeInstanceOf(LineApiError);
    expect((await fake.state()).richMenus).toEqual([]);
  });
});

describe('npm run richmenu:deploy (the CLI)', () => {
  it('prints the plan with --dry-run, then deploys, then finds nothing to do', async () => {
    const env = { LINE_CHANNEL_ACCESS_TOKEN: TOKEN, LINE_API_BASE_URL: fake.url, LINE_DATA_API_BASE_URL: fake.url };

    const dry = await runScript('scripts/richmenu-deploy.ts', ['--dry-run'], env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('would create 4 of 4 menus');
    expect((await fake.state()).richMenus).toEqual([]);

    const first = await runScript('scripts/richmenu-deploy.ts', [], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('created 4 of 4 menus, default set, deleted 0');

    const second = await runScript('scripts/richmenu-deploy.ts', [], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('created 0 of 4 menus, default unchanged, deleted 0');
  });

  it('deploys through LINE base URLs with a path, as the dev fake LINE API under /dev/line-api', async () => {
    const underPath = await startFakeLine('/dev/line-api');
    try {
      const run = await runScript('scripts/richmenu-deploy.ts', [], { LINE_CHANNEL_ACCESS_TOKEN: TOKEN, LINE_API_BASE_URL: underPath.url, LINE_DATA_API_BASE_URL: underPath.url });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('created 4 of 4 menus, default set');
      expect((await underPath.state()).richMenus.every((m) => m.hasImage)).toBe(true);
    } finally {
      underPath.close();
    }
  });

  it('fails with LINE\'s reason and a non-zero exit when the token is wrong', async () => {
    const run = await runScript('scripts/richmenu-deploy.ts', [], { LINE_CHANNEL_ACCESS_TOKEN: 'wrong', LINE_API_BASE_URL: fake.url, LINE_DATA_API_BASE_URL: fake.url });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('401 Authentication failed');
    expect(run.stderr).not.toContain('wrong');
  });
});
