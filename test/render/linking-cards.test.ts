import { describe, expect, it } from 'vitest';
import { LANGS } from '../../content/i18n';
import { linkingChat } from '../../content/linking';
import { parsePostback } from '../../src/render/postback';
import { unlinkConfirmMessage } from '../../src/render/linking-cards';
import { messageViolations } from '../../src/line/message-guard';
import { visibleText } from '../support/fake-line';

describe('the unlink confirmation', () => {
  for (const lang of LANGS) {
    it(`(${lang}) asks about the masked seller with 解除する and 解除しない, highlighting neither`, () => {
      const message = unlinkConfirmMessage(lang, 'A1***XYZ', 'run1');
      expect(messageViolations([message])).toEqual([]);
      expect(visibleText(message)).toContain('A1***XYZ');
      expect(JSON.stringify(message)).not.toContain('"style":"primary"');
      const buttons = [...JSON.stringify(message).matchAll(/"label":"([^"]+)","data":"([^"]+)"/g)].map((m) => ({ label: m[1], postback: parsePostback(m[2]!) }));
      expect(buttons).toEqual([
        { label: linkingChat.unlinkButton[lang], postback: { a: 'flow', f: 'unlink', r: 'run1', e: 'CONFIRM', o: '' } },
        { label: linkingChat.keepButton[lang], postback: { a: 'flow', f: 'unlink', r: 'run1', e: 'CANCEL', o: '' } },
      ]);
    });
  }
});
