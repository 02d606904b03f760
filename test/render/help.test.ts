import { describe, expect, it } from 'vitest';
import { helpText } from '../../content/help';
import { LANGS } from '../../content/i18n';
import { SELLER_CENTRAL_HELP_URL } from '../../content/intents/types';
import { richMenuAliasId, findRichMenu } from '../../content/richmenus';
import { ui } from '../../content/ui';
import { helpMessage } from '../../src/render/help';
import { messageViolations } from '../../src/line/message-guard';
import { visibleText } from '../support/fake-line';

/** Every 「name」 or “name” a text mentions. */
const quoted = (text: string) => [...text.matchAll(/「([^」]+)」|“([^”]+)”/g)].map((m) => m[1] ?? m[2]!);

describe('the help card', () => {
  for (const lang of LANGS) {
    for (const linked of [false, true]) {
      it(`(${lang}, ${linked ? 'linked' : 'not linked'}) says what the bot does, what it does not, and where to ask instead`, () => {
        const message = helpMessage(lang, linked);
        expect(messageViolations([message])).toEqual([]);
        const shown = visibleText(message);
        for (const part of [helpText.canHeading, helpText.cannotHeading, helpText.askHeading, helpText.ask]) expect(shown).toContain(part[lang]);
        for (const line of helpText.cannot[lang]) expect(shown).toContain(line);
        expect(JSON.stringify(message)).toContain(`"uri":"${SELLER_CENTRAL_HELP_URL}"`);
        // Help content, not the menu again: its own title, and no menu entries.
        expect(shown.split('\n')[0]).toBe(helpText.title[lang]);
        expect(JSON.stringify(message)).not.toContain('a=intent');
        expect(message.quickReply).toBeUndefined();
      });

      it(`(${lang}, ${linked ? 'linked' : 'not linked'}) names only buttons of the menu the user has`, () => {
        const menu = findRichMenu(richMenuAliasId(linked, lang))!;
        const labels = menu.buttons.map((b) => b.label[lang]);
        const names = quoted(visibleText(helpMessage(lang, linked)));
        expect(names.length).toBeGreaterThanOrEqual(3);
        for (const name of names) expect(labels, name).toContain(name);
        expect(names).toContain((linked ? ui.menuSettings : ui.menuLink)[lang]);
      });
    }
  }

  it('passes on quick replies it is given', () => {
    const quickReply = { items: [] };
    expect(helpMessage('ja', false, quickReply).quickReply).toBe(quickReply);
  });
});
