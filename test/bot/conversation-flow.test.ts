import { env } from 'cloudflare:workers';
import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { alertSwitches, alertUi } from '../../content/alerts';
import { diagnosisText } from '../../content/diagnosis';
import { helpText } from '../../content/help';
import type { Lang } from '../../content/i18n';
import { faqReplies } from '../../content/intents';
import { smallTalkCanDo } from '../../content/small-talk';
import { ui } from '../../content/ui';
import { messageViolations } from '../../src/line/message-guard';
import { listUnanswered } from '../../src/store/insights';
import { getSettings } from '../../src/sellers/settings';
import { linkedSeller } from '../alerts/support';
import { callsFor, injectFaults, messagesTo, setProfileLanguage, visibleText } from '../support/fake-line';
import { followEvent, newUserId, postEvents, postbackEvent, textEvent } from '../support/webhook';

/** What the user received for one event, checked against LINE's limits on the way. */
async function send(user: string, event: unknown): Promise<messagingApi.Message[]> {
  const before = (await messagesTo(user)).length;
  expect((await postEvents([event])).status).toBe(200);
  const reply = (await messagesTo(user)).slice(before);
  expect(messageViolations(reply)).toEqual([]);
  return reply;
}
const say = (user: string, text: string) => send(user, textEvent(user, text));
const tap = (user: string, data: string) => send(user, postbackEvent(user, data));

const quickReplies = (messages: messagingApi.Message[]) => messages.flatMap((m) => m.quickReply?.items ?? []);
const postbacks = (messages: unknown) => [...JSON.stringify(messages).matchAll(/"data":"(v=1[^"]+)"/g)].map((m) => m[1]!);

/** The menu offered at most once per reply (as chips): never a menu card next to the chips. */
function expectMenuOnce(messages: messagingApi.Message[]) {
  const menuTaps = postbacks(messages).filter((d) => d === 'v=1&a=intent&id=diagnosis.start');
  expect(menuTaps.length).toBeLessThanOrEqual(1);
}

const QUESTIONS: Record<Lang, { question: string; problem: string; thanks: string; another: string; anotherAnswer: RegExp }> = {
  ja: { question: 'LINEの通知はパソコンでも受け取れますか？', problem: 'パスワードを忘れてログインできません', thanks: 'ありがとうございました', another: '改善計画書には何を書けばいいですか', anotherAnswer: /責任者/ },
  en: { question: 'Can I link from LINE on my PC?', problem: 'I forgot my password and cannot log in', thanks: 'thanks!', another: 'What should a plan of action contain?', anotherAnswer: /responsible/ },
};

describe('a whole conversation: follow → question → diagnosis outcome → thanks → another question', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`(${lang}) answers each step, leaves the diagnosis at its outcome and never repeats the outcome card`, async () => {
      const user = newUserId();
      const q = QUESTIONS[lang];
      await setProfileLanguage(user, lang);
      const greeting = await send(user, followEvent(user));
      expect(visibleText(greeting)).toContain(lang === 'ja' ? 'セラーセントラルでログイン' : 'Log in to Seller Central');

      const answer = await say(user, q.question);
      expect(answer).toHaveLength(1);
      expect(answer[0]!.type).toBe('flex');

      const start = await tap(user, 'v=1&a=intent&id=diagnosis.start');
      expect(visibleText(start)).toContain(diagnosisText.intro[lang]);
      const outcome = await say(user, q.problem);
      const outcomeText = visibleText(outcome);
      expect(outcomeText).toMatch(lang === 'ja' ? /パスワードを忘れた場合/ : /Forgot (your )?password/i);

      // Small talk after the outcome: a warm line, not the outcome card again, not a refusal.
      const thanks = await say(user, q.thanks);
      expect(thanks).toHaveLength(1);
      expect(visibleText(thanks)).toContain(smallTalkCanDo[lang]);
      expect(visibleText(thanks)).not.toContain(faqReplies.noInquiries[lang]);
      expect(visibleText(thanks)).not.toContain(diagnosisText.notUnderstood[lang]);
      expectMenuOnce(thanks);

      const another = await say(user, q.another);
      expect(visibleText(another)).toMatch(q.anotherAnswer);
      expect(visibleText(another)).not.toContain(diagnosisText.notUnderstood[lang]);
    });
  }
});

describe('small talk and help', () => {
  for (const [text, lang] of [['こんにちは', 'ja'], ['hi', 'en'], ['thanks!', 'en'], ['ごめんなさい', 'ja'], ['who are you?', 'en']] as const) {
    it(`answers “${text}” warmly with what the bot can do, never the “no inquiries” refusal`, async () => {
      const user = newUserId();
      await setProfileLanguage(user, lang);
      await send(user, followEvent(user));
      const reply = await say(user, text);
      expect(reply).toHaveLength(1);
      expect(visibleText(reply)).toContain(smallTalkCanDo[lang]);
      expect(visibleText(reply)).not.toContain(faqReplies.noInquiries[lang]);
      expect(quickReplies(reply).length).toBeGreaterThan(0);
      expectMenuOnce(reply);
    });
  }

  it('answers ヘルプ with a help card (what it does, what it does not, where to ask), not the menu again', async () => {
    const user = newUserId();
    for (const input of [textEvent(user, 'ヘルプ'), postbackEvent(user, 'v=1&a=intent&id=menu.help')]) {
      const reply = await send(user, input);
      expect(reply).toHaveLength(1);
      const shown = visibleText(reply);
      expect(shown).toContain(helpText.cannotHeading.ja);
      expect(shown).toContain(helpText.askHeading.ja);
      expect(JSON.stringify(reply)).toContain('https://sellercentral.amazon.co.jp/help/hub');
      expectMenuOnce(reply);
    }
  });

  it('answers an expired button and a sticker with one line and the menu as chips, not a menu card', async () => {
    const user = newUserId();
    const expired = await tap(user, 'v=1&a=flow&f=diagnosis&r=gone&e=ANSWER&o=notice.yes');
    expect(expired).toHaveLength(1);
    expect(expired[0]!.type).toBe('text');
    expect(visibleText(expired)).toContain(ui.expiredButton.ja);
    expectMenuOnce(expired);
    const sticker = await send(user, { ...textEvent(user, 'x'), message: { type: 'sticker', id: '1' } });
    expect(sticker).toHaveLength(1);
    expect(visibleText(sticker)).toContain(ui.unsupportedMessage.ja);
  });
});

describe('cancel and stop with nothing running', () => {
  it('never touches the account: キャンセル and やめる just say nothing is in progress', async () => {
    const { userId, sellerId } = await linkedSeller();
    for (const word of ['キャンセル', 'やめる', 'cancel']) {
      const reply = await say(userId, word);
      expect(visibleText(reply)).toContain(ui.nothingToCancel.ja);
    }
    expect(postbacks(await messagesTo(userId)).some((d) => d.includes('f=unlink'))).toBe(false);
    expect((await getSettings(env, sellerId)).switches).toMatchObject({ 'bank-account': true, 'tracking-rate': true });
  });
});

describe('settings in the chat', () => {
  it('answers a toggle with the changed switch only, and marks the current language in the picker', async () => {
    const { userId } = await linkedSeller();
    const toggled = await tap(userId, 'v=1&a=set&k=bank-account&on=0');
    const shown = visibleText(toggled);
    expect(shown).toContain(alertSwitches['bank-account'].label.ja);
    for (const other of ['tracking-rate', 'listing-suspension'] as const) expect(shown).not.toContain(alertSwitches[other].label.ja);
    const picker = await tap(userId, 'v=1&a=intent&id=settings.language');
    expect(visibleText(picker)).toContain(alertUi.languageName.ja);
    expect(visibleText(picker)).toMatch(/現在|✓/);
  });
});

describe('the typing indicator', () => {
  it('shows while a reply waits on LINE for a link token, and not for instant replies', async () => {
    const user = newUserId();
    await say(user, 'menu');
    await tap(user, 'v=1&a=intent&id=menu.help');
    expect((await callsFor(user)).filter((c) => c.kind === 'loading')).toEqual([]);
    await tap(user, 'v=1&a=intent&id=link.start');
    const kinds = (await callsFor(user)).map((c) => c.kind);
    expect(kinds.filter((k) => k === 'loading')).toHaveLength(1);
    expect(kinds.indexOf('loading')).toBeLessThan(kinds.indexOf('linkToken'));
  });
});

describe('texts the bot could not use', () => {
  it('are logged for ops, also during a diagnosis question', async () => {
    const user = newUserId();
    await tap(user, 'v=1&a=intent&id=diagnosis.start');
    const nonsense = `qwzx ${user.slice(-5)}`;
    const reminder = await say(user, nonsense);
    expect(reminder).toHaveLength(1);
    const { questions } = await listUnanswered(env, { limit: 1000 });
    expect(questions.some((q) => q.text === nonsense)).toBe(true);
  });
});

describe('the typing indicator while LINE makes the user wait', () => {
  it('shows when LINE answers a reply with 429 and the bot tries again', async () => {
    const user = newUserId();
    await injectFaults([{ to: user, path: '/message/reply', status: 429, count: 1 }]);
    await say(user, 'menu');
    const kinds = (await callsFor(user)).map((c) => c.kind);
    expect(kinds).toEqual(['loading', 'reply']);
    const loading = (await callsFor(user)).find((c) => c.kind === 'loading')!;
    expect((loading.body as { loadingSeconds: number }).loadingSeconds % 5).toBe(0);
  });
});
