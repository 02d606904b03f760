import { describe, expect, it } from 'vitest';
import { diagnosisText, OUTCOME_IDS, QUESTION_IDS } from '../../content/diagnosis';
import { diagnosisGraph } from '../../content/diagnosis-graph';
import { fill, LANGS } from '../../content/i18n';
import { ui } from '../../content/ui';
import { parsePostback } from '../../src/render/postback';
import { exhaustedMessage, outcomeMessage, questionMessage, questionReminderMessage } from '../../src/render/diagnosis-cards';
import { messageViolations } from '../../src/line/message-guard';
import { visibleText } from '../support/fake-line';

/** The flow events a message's buttons and quick replies send, in order. */
const flowEvents = (message: unknown) =>
  [...JSON.stringify(message).matchAll(/"data":"([^"]+)"/g)].map((m) => parsePostback(m[1]!)).flatMap((p) => (p?.a === 'flow' ? [p.e] : []));

describe('diagnosis cards', () => {
  for (const lang of LANGS) {
    it(`(${lang}) ask every question with neutral options, progress and only the controls that apply`, () => {
      for (const question of QUESTION_IDS) {
        for (const answered of [0, 3]) {
          const message = questionMessage({ lang, run: 'r1', question, answered });
          expect(messageViolations([message])).toEqual([]);
          const shown = visibleText(message);
          expect(shown).toContain(fill(diagnosisText.questionNumber[lang], { n: answered + 1, total: 7 }));
          expect(JSON.stringify(message)).not.toContain('"style":"primary"');
          expect(message.quickReply).toBeUndefined();
          const options = diagnosisGraph.questions[question].options.map(() => 'ANSWER');
          expect(flowEvents(message)).toEqual(answered === 0 ? [...options, 'CANCEL'] : [...options, 'BACK', 'RESTART', 'CANCEL']);
          expect(shown).toContain((answered === 0 ? diagnosisText.answerHintFirst : diagnosisText.answerHint)[lang]);
        }
      }
      // The first question's hint never mentions a back or restart that is not there.
      expect(diagnosisText.answerHintFirst.ja).not.toMatch(/戻る|最初から/);
      expect(diagnosisText.answerHintFirst.en).not.toMatch(/back|restart|start over/i);
    });

    it(`(${lang}) show an outcome with links and feedback only, bullets of the language`, () => {
      for (const outcome of OUTCOME_IDS) {
        const message = outcomeMessage({ lang, outcome });
        expect(messageViolations([message])).toEqual([]);
        expect(flowEvents(message)).toEqual([]);
        expect(message.quickReply).toBeUndefined();
        const data = [...JSON.stringify(message).matchAll(/"data":"([^"]+)"/g)].map((m) => m[1]);
        expect(data).toEqual([`v=1&a=fb&id=${outcome}&vote=up`, `v=1&a=fb&id=${outcome}&vote=down`]);
        const shown = visibleText(message);
        if (diagnosisGraph.outcomes[outcome].prevention) expect(shown).toContain(ui.bullet[lang]);
        if (lang === 'en') expect(shown).not.toContain('・');
      }
    });

    it(`(${lang}) remind of a question in one short text with the options as quick replies`, () => {
      const message = questionReminderMessage({ lang, run: 'r1', question: 'credentials', answered: 1 }, diagnosisText.notUnderstood[lang]);
      expect(messageViolations([message])).toEqual([]);
      expect(message.type).toBe('text');
      expect(message.text).toContain(diagnosisText.notUnderstood[lang]);
      expect(message.text).toContain(fill(diagnosisText.questionNumber[lang], { n: 2, total: 7 }));
      expect(message.text).toContain(diagnosisGraph.questions.credentials.text[lang]);
      expect(flowEvents(message)).toEqual(['ANSWER', 'ANSWER', 'BACK', 'RESTART', 'CANCEL']);
    });

    it(`(${lang}) end a chain that solved nothing with the help and contact button, never a menu`, () => {
      const message = exhaustedMessage(lang);
      expect(messageViolations([message])).toEqual([]);
      const shown = visibleText(message);
      expect(shown).toContain(diagnosisText.exhaustedTitle[lang]);
      expect(shown).not.toContain(ui.menuTitle[lang]);
      const { links } = diagnosisGraph.outcomes[diagnosisGraph.lastResort];
      for (const link of links) expect(JSON.stringify(message)).toContain(`"uri":"${link.url}"`);
      expect(JSON.stringify(message)).toContain('help/hub/support');
    });
  }
});
