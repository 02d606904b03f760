import { env } from 'cloudflare:workers';
import { runInDurableObject } from 'cloudflare:test';
import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { diagnosisText, OUTCOME_IDS, type OutcomeId, type QuestionId } from '../../content/diagnosis';
import { diagnosisGraph } from '../../content/diagnosis-graph';
import { fill, type Lang } from '../../content/i18n';
import { intentContent } from '../../src/conversation-content';
import { ui } from '../../content/ui';
import type { ConversationState, ConversationView } from '../../src/bot/conversation-state';
import { readQuestionText } from '../../src/bot/features/diagnosis';
import { parsePostback } from '../../src/render/postback';
import type { RouteResult } from '../../src/intents/route';
import { messageViolations } from '../../src/line/message-guard';
import { feedbackCounts, hashUserId, listUnanswered } from '../../src/store/insights';
import { messagesTo, setProfileLanguage, visibleText } from '../support/fake-line';
import { followEvent, newUserId, postEvents, postbackEvent, textEvent } from '../support/webhook';

const LANGS: Lang[] = ['ja', 'en'];
const { outcomes } = diagnosisGraph;

const stub = (user: string) => env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(user));
// The RPC stub cannot type the free-form flow snapshot, hence the cast.
const stateOf = async (user: string) => (await stub(user).getState()) as unknown as ConversationView;

async function newUser(lang: Lang): Promise<string> {
  const user = newUserId();
  await setProfileLanguage(user, lang === 'ja' ? 'ja' : 'en-US');
  await postEvents([followEvent(user)]);
  return user;
}

/** Sends one event and returns what the bot answered to it. */
async function send(user: string, event: unknown): Promise<messagingApi.Message[]> {
  const before = (await messagesTo(user)).length;
  const res = await postEvents([event]);
  expect(res.status).toBe(200);
  return (await messagesTo(user)).slice(before);
}
const say = (user: string, text: string) => send(user, textEvent(user, text));
const tap = (user: string, data: string) => send(user, postbackEvent(user, data));
const startByMenu = (user: string) => tap(user, 'v=1&a=intent&id=diagnosis.start');

/** Every postback a message offers (buttons and quick replies). */
function postbacks(message: unknown): { label: string; data: string }[] {
  const out: { label: string; data: string }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'postback' && typeof n.data === 'string') out.push({ label: String(n.label), data: n.data });
      Object.values(n).forEach(walk);
    }
  };
  walk(message);
  return out;
}

function flowButton(message: unknown, event: string, option?: string): string {
  const found = postbacks(message).find(({ data }) => {
    const p = parsePostback(data);
    return p?.a === 'flow' && p.f === 'diagnosis' && p.e === event && (option === undefined || p.o.endsWith(`.${option}`));
  });
  if (!found) throw new Error(`no ${event} ${option ?? ''} button in ${JSON.stringify(message)}`);
  return found.data;
}

const feedbackData = (outcome: OutcomeId, vote: 'up' | 'down') => `v=1&a=fb&id=${outcome}&vote=${vote}`;

function expectQuestion(messages: messagingApi.Message[], questionText: string) {
  const last = messages.at(-1);
  expect(last?.type).toBe('flex');
  expect(visibleText(last)).toContain(questionText);
}

function expectOutcomeCard(messages: messagingApi.Message[], outcome: OutcomeId, lang: Lang) {
  const card = messages.at(-1);
  expect(card?.type, JSON.stringify(messages)).toBe('flex');
  const seen = visibleText(card);
  expect(seen).toContain(outcomes[outcome].title[lang]);
  expect(seen).toContain(outcomes[outcome].steps[lang][0]);
  expect(seen).toContain(diagnosisText.solved[lang]);
  expect(seen).toContain(diagnosisText.notSolved[lang]);
  const data = postbacks(card).map((p) => p.data);
  expect(data).toContain(feedbackData(outcome, 'up'));
  expect(data).toContain(feedbackData(outcome, 'down'));
  expect(data.some((d) => d.includes(`id=${outcome}`))).toBe(true);
}

/** A short reminder of the question: one text with the options as quick replies, never the card. */
function expectReminder(messages: messagingApi.Message[], lead: string, question: QuestionId) {
  expect(messages, JSON.stringify(messages)).toHaveLength(1);
  const [reminder] = messages;
  expect(reminder!.type).toBe('text');
  expect(visibleText(reminder)).toContain(lead);
  const data = (reminder!.quickReply?.items ?? []).map((i) => (i.action as { data?: string }).data).map((d) => parsePostback(d ?? ''));
  const options = diagnosisGraph.questions[question].options.map((o) => `${question}.${o.id}`);
  expect(data.filter((p) => p?.a === 'flow' && p.e === 'ANSWER').map((p) => (p as { o: string }).o)).toEqual(options);
}

/** The diagnosis flow taps (answer, back, restart, cancel) a message offers. */
const flowTaps = (message: unknown) => postbacks(message).filter(({ data }) => parsePostback(data)?.a === 'flow');

/** The texts this user typed that ops see as unanswered, newest first. */
async function unansweredBy(user: string): Promise<string[]> {
  const hash = await hashUserId(user);
  const { questions } = await listUnanswered(env, { limit: 1000 });
  return questions.filter((q) => q.user === hash).map((q) => q.text);
}

async function expectAllValid(user: string) {
  const messages = await messagesTo(user);
  expect(messages.length).toBeGreaterThan(0);
  for (const m of messages) expect(messageViolations([m]), JSON.stringify(m)).toEqual([]);
}

/** How a seller in each situation answers the questions (option ids, in order). */
const ANSWERS: Record<OutcomeId, string[]> = {
  'account.suspended': ['yes', 'suspended'],
  'account.closed': ['yes', 'closed'],
  'login.forgot-password': ['no', 'yes', 'no'],
  'login.account-hijacked': ['no', 'yes', 'yes'],
  'login.wrong-marketplace': ['no', 'no', 'no'],
  'login.inactive-access-lost': ['no', 'no', 'yes', 'yes'],
  'login.payment-failed': ['no', 'no', 'yes', 'no', 'yes'],
  'login.cookies-cache': ['no', 'no', 'yes', 'no', 'no', 'yes'],
  'login.system-outage': ['no', 'no', 'yes', 'no', 'no', 'no', 'yes'],
  'login.technical-support': ['no', 'no', 'yes', 'no', 'no', 'no', 'no'],
};

/** The same answers as a seller might type them: words, full-width and circled numbers, option names. */
const TYPED: Record<Lang, Record<string, string[]>> = {
  ja: { yes: ['はい', 'はい。', '１', '①'], no: ['いいえ', 'いいえ！', '2', '②'], suspended: ['停止'], closed: ['２'] },
  en: { yes: ['yes', 'Yes!', '1', 'YES'], no: ['no', 'No.', '2', 'nope'], suspended: ['Suspended'], closed: ['2'] },
};

/** A description of each situation that the intent router recognises. */
const DESCRIPTIONS: Record<Lang, Record<OutcomeId, string>> = {
  ja: {
    'login.forgot-password': 'パスワードを忘れてしまいました',
    'login.account-hijacked': 'メールアドレスが勝手に変更されている',
    'login.payment-failed': '月額登録料が払えていない',
    'login.system-outage': 'Amazonのシステム障害',
    'login.wrong-marketplace': '別の国のセラーセントラルにログインしようとしていた',
    'login.cookies-cache': 'キャッシュとクッキーのせいかも',
    'login.inactive-access-lost': 'しばらくログインしていなかったらアクセスできなくなった',
    'login.technical-support': '原因がまったくわからない',
    'account.suspended': 'アカウントが停止されました',
    'account.closed': 'アカウントが閉鎖された',
  },
  en: {
    'login.forgot-password': 'I forgot my password',
    'login.account-hijacked': 'my account was hacked',
    'login.payment-failed': 'the monthly fee payment failed',
    'login.system-outage': 'Amazon system outage',
    'login.wrong-marketplace': 'I am logging in to the wrong marketplace',
    'login.cookies-cache': 'maybe cookies and cache',
    'login.inactive-access-lost': 'I have not logged in for a long time and lost access',
    'login.technical-support': 'no idea what the cause is',
    'account.suspended': 'my account is suspended',
    'account.closed': 'my account was closed',
  },
};

describe.each(LANGS)('diagnosis in %s', (lang) => {
  it.each(OUTCOME_IDS)('reaches %s by tapping', async (outcome) => {
    const user = await newUser(lang);
    let messages = await startByMenu(user);
    expectQuestion(messages, diagnosisText.intro[lang]);
    for (const option of ANSWERS[outcome]) messages = await tap(user, flowButton(messages.at(-1), 'ANSWER', option));
    expectOutcomeCard(messages, outcome, lang);
    expect((await stateOf(user)).flow?.kind).toBe('diagnosis');
    await expectAllValid(user);
  });

  it.each(OUTCOME_IDS)('reaches %s by typing the answers', async (outcome) => {
    const user = await newUser(lang);
    let messages = await say(user, lang === 'ja' ? 'ログインできない' : "I can't log in");
    expectQuestion(messages, diagnosisGraph.questions.notice.text[lang]);
    let turn = 0;
    for (const option of ANSWERS[outcome]) {
      const ways = TYPED[lang][option]!;
      messages = await say(user, ways[turn++ % ways.length]!);
    }
    expectOutcomeCard(messages, outcome, lang);
    await expectAllValid(user);
  });

  it.each(OUTCOME_IDS)('jumps to %s when the problem is described during the questions, and the questions end there', async (outcome) => {
    const user = await newUser(lang);
    await startByMenu(user);
    await say(user, TYPED[lang].no![0]!);
    const messages = await say(user, DESCRIPTIONS[lang][outcome]);
    expectOutcomeCard(messages, outcome, lang);
    // The outcome card offers feedback and links only: no back, restart or cancel into the questions.
    expect(flowTaps(messages.at(-1))).toEqual([]);
    // A typed "back" says the questions are over, rather than stepping back into them.
    const back = await say(user, diagnosisText.back[lang]);
    expect(back).toHaveLength(1);
    expect(visibleText(back)).toContain(diagnosisText.questionsOver[lang]);
    expect(postbacks(back).map((p) => p.data)).toEqual(['v=1&a=intent&id=diagnosis.start']);
    await expectAllValid(user);
  });

  it('answers a direct outcome intent with the card at once, typed or tapped', async () => {
    const user = await newUser(lang);
    const typed = await say(user, DESCRIPTIONS[lang]['account.suspended']);
    expect(typed).toHaveLength(1);
    expectOutcomeCard(typed, 'account.suspended', lang);
    const items = outcomes['account.suspended'].planOfAction![lang];
    expect(items).toHaveLength(7);
    for (const item of items) expect(visibleText(typed[0])).toContain(item);
    const tapped = await tap(user, 'v=1&a=intent&id=login.wrong-marketplace');
    expectOutcomeCard(tapped, 'login.wrong-marketplace', lang);
    expect(JSON.stringify(tapped[0])).toContain('https://sellercentral.amazon.co.jp/');
    await expectAllValid(user);
  });

  it('goes back, starts over and cancels, by button and by typing', async () => {
    const user = await newUser(lang);
    let messages = await startByMenu(user);
    // Question 1 has nothing to go back to or start over from.
    expect(() => flowButton(messages[0], 'BACK')).toThrow();
    expect(() => flowButton(messages[0], 'RESTART')).toThrow();
    flowButton(messages[0], 'CANCEL');
    messages = await tap(user, flowButton(messages[0], 'ANSWER', 'no'));
    expectQuestion(messages, diagnosisGraph.questions.credentials.text[lang]);
    messages = await tap(user, flowButton(messages[0], 'BACK'));
    expectQuestion(messages, diagnosisGraph.questions.notice.text[lang]);
    // Back on question 1: a short reminder, not the card again.
    messages = await say(user, diagnosisText.back[lang]);
    expectReminder(messages, diagnosisText.firstQuestion[lang], 'notice');
    await say(user, TYPED[lang].no![0]!);
    messages = await say(user, TYPED[lang].no![0]!);
    expectQuestion(messages, diagnosisGraph.questions.marketplace.text[lang]);
    messages = await say(user, diagnosisText.back[lang]);
    expectQuestion(messages, diagnosisGraph.questions.credentials.text[lang]);
    messages = await say(user, diagnosisText.restart[lang]);
    expectQuestion(messages, diagnosisGraph.questions.notice.text[lang]);
    expect(visibleText(messages[0])).toContain(diagnosisText.intro[lang]);
    messages = await tap(user, flowButton(messages[0], 'ANSWER', 'no'));
    messages = await tap(user, flowButton(messages[0], 'RESTART'));
    expectQuestion(messages, diagnosisGraph.questions.notice.text[lang]);
    messages = await say(user, diagnosisText.cancel[lang]);
    expect(messages).toHaveLength(1);
    expect(visibleText(messages[0])).toContain(diagnosisText.cancelled[lang]);
    expect((await stateOf(user)).flow).toBeUndefined();
    await expectAllValid(user);
  });

  it('asks with neutral options, progress out of the longest run, and a hint that names only what is there', async () => {
    const user = await newUser(lang);
    let messages = await startByMenu(user);
    for (let n = 1; n <= 7; n++) {
      const card = messages.at(-1)!;
      const seen = visibleText(card);
      expect(seen).toContain(fill(diagnosisText.questionNumber[lang], { n, total: 7 }));
      expect(seen).toContain((n === 1 ? diagnosisText.answerHintFirst : diagnosisText.answerHint)[lang]);
      if (n === 1) expect(seen).not.toContain(`「${diagnosisText.back.ja}」`);
      // No option is suggested, and the options are not repeated as chips.
      expect(JSON.stringify(card)).not.toContain('"style":"primary"');
      expect(card.quickReply).toBeUndefined();
      if (n < 7) messages = await tap(user, flowButton(card, 'ANSWER', ANSWERS['login.technical-support'][n - 1]));
    }
    await expectAllValid(user);
  });

  it('ends with the help and contact button, not a menu, when the last cause did not solve it either', async () => {
    const user = await newUser(lang);
    await tap(user, 'v=1&a=intent&id=login.technical-support');
    const end = await tap(user, feedbackData('login.technical-support', 'down'));
    expect(end).toHaveLength(1);
    expect(visibleText(end[0])).toContain(diagnosisText.exhausted[lang]);
    expect(visibleText(end[0])).not.toContain(ui.menuTitle[lang]);
    expect(JSON.stringify(end[0])).toContain('"uri":"https://sellercentral.amazon.co.jp/help/hub/support"');
    await expectAllValid(user);
  });

  it('says so in a short text (never the card again) when a typed answer fits no option, and logs it for ops', async () => {
    const user = await newUser(lang);
    await startByMenu(user);
    for (const text of ['3', 'qwertyuiop', 'qwertyuiop']) {
      const messages = await say(user, text);
      expectReminder(messages, diagnosisText.notUnderstood[lang], 'notice');
    }
    let messages = await say(user, TYPED[lang].yes![0]!);
    expectQuestion(messages, diagnosisGraph.questions['notice-kind'].text[lang]);
    messages = await say(user, TYPED[lang].yes![0]!);
    expectReminder(messages, diagnosisText.notUnderstood[lang], 'notice-kind');
    expect(await unansweredBy(user)).toEqual([TYPED[lang].yes![0]!, 'qwertyuiop', 'qwertyuiop', '3']);
    await expectAllValid(user);
  });

  it('takes an answer followed by more words, but not a description that only starts like one', async () => {
    const user = await newUser(lang);
    await startByMenu(user);
    const messages = await say(user, lang === 'ja' ? 'いいえ、そういうメールは来ていません' : 'No, nothing like that.');
    expectQuestion(messages, diagnosisGraph.questions.credentials.text[lang]);
    if (lang === 'en') expectOutcomeCard(await say(user, DESCRIPTIONS.en['login.technical-support']), 'login.technical-support', 'en');
  });

  it('reminds of the question when the diagnosis is asked for again, without a new card', async () => {
    const user = await newUser(lang);
    await startByMenu(user);
    const again = await say(user, lang === 'ja' ? 'ログインできない' : "I can't log in");
    expectReminder(again, diagnosisText.stillWaiting[lang], 'notice');
    expect(await unansweredBy(user)).toEqual([]);
  });

  it('ends the questions at an outcome: what is typed next goes to the router, the card is never repeated', async () => {
    const user = await newUser(lang);
    let messages = await startByMenu(user);
    for (const option of ANSWERS['login.forgot-password']) messages = await tap(user, flowButton(messages.at(-1), 'ANSWER', option));
    expectOutcomeCard(messages, 'login.forgot-password', lang);
    for (const text of ['ありがとうございました', 'こんにちは', 'thanks!', 'where is my order?', '注文した商品が届かない']) {
      const reply = await say(user, text);
      const seen = visibleText(reply);
      expect(seen, text).not.toContain(diagnosisText.notUnderstood[lang]);
      expect(seen, text).not.toContain(outcomes['login.forgot-password'].cause[lang]);
    }
    // What the router could not answer either is in the ops list.
    expect(await unansweredBy(user)).toContain('where is my order?');
    // The feedback buttons of the card stay live.
    const solved = await tap(user, feedbackData('login.forgot-password', 'up'));
    expect(visibleText(solved)).toContain(diagnosisText.solvedReply[lang]);
    expect((await stateOf(user)).flow).toBeUndefined();
    await expectAllValid(user);
  });

  it('walks follow → a question → a diagnosis outcome → thanks → another question', async () => {
    const user = await newUser(lang);
    const faq = (id: string) => intentContent(id)!.title[lang];
    const first = await say(user, lang === 'ja' ? '友だち追加の方法は？' : 'how do I add the account as a friend?');
    expect(visibleText(first)).toContain(faq('faq.how-to-add-friend'));
    let messages = await say(user, lang === 'ja' ? 'セラーセントラルにログインできない' : "I can't log in to Seller Central");
    expectQuestion(messages, diagnosisGraph.questions.notice.text[lang]);
    for (const option of ANSWERS['account.closed']) messages = await tap(user, flowButton(messages.at(-1), 'ANSWER', option));
    expectOutcomeCard(messages, 'account.closed', lang);
    const thanks = await say(user, lang === 'ja' ? 'ありがとうございました' : 'thanks!');
    expect(visibleText(thanks)).not.toContain(diagnosisText.notUnderstood[lang]);
    expect(visibleText(thanks)).not.toContain(outcomes['account.closed'].cause[lang]);
    const next = await say(user, lang === 'ja' ? '通知の種類を教えて' : 'what kinds of alerts do you send?');
    expect(visibleText(next)).toContain(faq('faq.notification-types'));
    await expectAllValid(user);
  });

  it('lets another question be answered without losing the diagnosis', async () => {
    const user = await newUser(lang);
    const first = await startByMenu(user);
    const other = await say(user, lang === 'ja' ? '友だち追加の方法は？' : 'how do I add the account as a friend?');
    expect(visibleText(other)).not.toContain(diagnosisGraph.questions.notice.text[lang]);
    expect(visibleText(other)).not.toContain(diagnosisText.notUnderstood[lang]);
    const next = await tap(user, flowButton(first[0], 'ANSWER', 'no'));
    expectQuestion(next, diagnosisGraph.questions.credentials.text[lang]);
    await expectAllValid(user);
  });

  it('moves on to the next most likely cause on 解決しない, finally technical support', async () => {
    const user = await newUser(lang);
    let messages = await startByMenu(user);
    for (const option of ANSWERS['login.forgot-password']) messages = await tap(user, flowButton(messages.at(-1), 'ANSWER', option));
    const chain: OutcomeId[] = ['login.forgot-password', 'login.account-hijacked', 'login.cookies-cache', 'login.wrong-marketplace', 'login.technical-support'];
    for (const [i, outcome] of chain.entries()) {
      expectOutcomeCard(messages, outcome, lang);
      if (i > 0) expect(visibleText(messages[0])).toContain(diagnosisText.nextCause[lang]);
      messages = await tap(user, feedbackData(outcome, 'down'));
    }
    expect(visibleText(messages[0])).toContain(diagnosisText.exhausted[lang]);
    expect((await stateOf(user)).flow).toBeUndefined();
    await expectAllValid(user);
  });

  it('ends the run on 解決した, typed or tapped, and records the feedback under the outcome id', async () => {
    const countFor = async (id: string) => (await feedbackCounts(env)).find((c) => c.id === id) ?? { up: 0, down: 0 };
    const user = await newUser(lang);
    const before = await countFor('login.cookies-cache');
    await say(user, DESCRIPTIONS[lang]['login.cookies-cache']);
    const messages = await say(user, diagnosisText.solved[lang]);
    expect(visibleText(messages[0])).toContain(diagnosisText.solvedReply[lang]);
    expect((await stateOf(user)).flow).toBeUndefined();
    expect((await countFor('login.cookies-cache')).up).toBe(before.up + 1);

    const other = await newUser(lang);
    const card = await tap(other, 'v=1&a=intent&id=login.system-outage');
    const beforeDown = await countFor('login.system-outage');
    const next = await tap(other, postbacks(card[0]).find((p) => p.label === diagnosisText.notSolved[lang])!.data);
    expectOutcomeCard(next, outcomes['login.system-outage'].alternatives[0]!, lang);
    expect((await countFor('login.system-outage')).down).toBe(beforeDown.down + 1);
    await expectAllValid(user);
    await expectAllValid(other);
  });
});

describe('diagnosis runs that went idle or were replaced', () => {
  /** Moves the run's last activity into the past, as if the seller had walked away. */
  async function idleFor(user: string, ms: number) {
    await runInDurableObject(stub(user), async (_instance, state) => {
      const saved = (await state.storage.get<ConversationState>('state'))!;
      saved.flow!.updatedAt -= ms;
      await state.storage.put('state', saved);
    });
  }

  it.each(LANGS)('offers a restart instead of continuing after 30 idle minutes (%s)', async (lang) => {
    const user = await newUser(lang);
    const first = await startByMenu(user);
    const second = await tap(user, flowButton(first[0], 'ANSWER', 'no'));
    await idleFor(user, 31 * 60 * 1000);
    const offer = await say(user, TYPED[lang].yes![0]!);
    expect(offer).toHaveLength(1);
    expect(visibleText(offer[0])).toContain(diagnosisText.expiredOffer[lang]);
    expect(visibleText(offer[0])).not.toContain(diagnosisGraph.questions.takeover.text[lang]);
    const choices = postbacks(offer[0]).map((p) => p.label);
    expect(choices).toEqual([diagnosisText.restart[lang], diagnosisText.cancel[lang]]);
    // The old question's buttons are dead now.
    const stale = await tap(user, flowButton(second[0], 'ANSWER', 'yes'));
    expect(visibleText(stale[0])).toMatch(/有効期限|expired/);
    const restarted = await tap(user, postbacks(offer[0])[0]!.data);
    expectQuestion(restarted, diagnosisGraph.questions.notice.text[lang]);
    await expectAllValid(user);
  });

  it('stops on やめる from the restart offer', async () => {
    const user = await newUser('ja');
    await startByMenu(user);
    await idleFor(user, 45 * 60 * 1000);
    const offer = await say(user, 'いいえ');
    const stopped = await tap(user, postbacks(offer[0])[1]!.data);
    expect(visibleText(stopped[0])).toContain(diagnosisText.cancelled.ja);
    expect((await stateOf(user)).flow).toBeUndefined();
    const after = await say(user, 'いいえ');
    expect(visibleText(after[0])).not.toContain(diagnosisText.expiredOffer.ja);
  });

  it('keeps a run that was idle for less than 30 minutes', async () => {
    const user = await newUser('ja');
    await startByMenu(user);
    await idleFor(user, 29 * 60 * 1000);
    expectQuestion(await say(user, 'いいえ'), diagnosisGraph.questions.credentials.text.ja);
  });

  it('answers a tap on an idle run’s button with "expired"', async () => {
    const user = await newUser('en');
    const first = await startByMenu(user);
    await idleFor(user, 31 * 60 * 1000);
    const stale = await tap(user, flowButton(first[0], 'ANSWER', 'no'));
    expect(visibleText(stale[0])).toContain('expired');
    await expectAllValid(user);
  });

  it('answers buttons of an earlier run, or an earlier step, with "expired"', async () => {
    const user = await newUser('ja');
    const oldRun = await startByMenu(user);
    const newRun = await startByMenu(user);
    for (const data of [flowButton(oldRun[0], 'ANSWER', 'yes'), flowButton(oldRun[0], 'CANCEL')]) {
      const stale = await tap(user, data);
      expect(visibleText(stale[0])).toContain('有効期限');
    }
    const step2 = await tap(user, flowButton(newRun[0], 'ANSWER', 'no'));
    const again = await tap(user, flowButton(newRun[0], 'ANSWER', 'yes'));
    expect(visibleText(again[0])).toContain('有効期限');
    expectQuestion(await tap(user, flowButton(step2[0], 'ANSWER', 'yes')), diagnosisGraph.questions.takeover.text.ja);
    const cancelled = await tap(user, flowButton(step2[0], 'CANCEL'));
    const afterCancel = await tap(user, flowButton(step2[0], 'RESTART'));
    expect(visibleText(cancelled[0])).toContain(diagnosisText.cancelled.ja);
    expect(visibleText(afterCancel[0])).toContain('有効期限');
    await expectAllValid(user);
  });
});

describe('a typed outcome with no questions before it', () => {
  it.each(LANGS)('never steps back into a run that never started (%s)', async (lang) => {
    const user = await newUser(lang);
    expectOutcomeCard(await say(user, DESCRIPTIONS[lang]['login.cookies-cache']), 'login.cookies-cache', lang);
    const back = await say(user, diagnosisText.back[lang]);
    expect(visibleText(back)).toContain(diagnosisText.questionsOver[lang]);
    expect(visibleText(back)).not.toContain(diagnosisGraph.questions.notice.text[lang]);
    const restarted = await say(user, diagnosisText.restart[lang]);
    expectQuestion(restarted, diagnosisGraph.questions.notice.text[lang]);
    await expectAllValid(user);
  });

  it('ends on a typed cancel, and its feedback buttons still work afterwards', async () => {
    const user = await newUser('ja');
    await say(user, DESCRIPTIONS.ja['login.system-outage']);
    const cancelled = await say(user, diagnosisText.cancel.ja);
    expect(visibleText(cancelled)).toContain(diagnosisText.cancelled.ja);
    expect((await stateOf(user)).flow).toBeUndefined();
    const next = await tap(user, feedbackData('login.system-outage', 'down'));
    expectOutcomeCard(next, outcomes['login.system-outage'].alternatives[0]!, 'ja');
  });
});

describe('reading text typed during a question', () => {
  const routedTo = (intent: string) => (): RouteResult => ({ intent, confidence: intent === 'none' ? 0 : 0.9, candidates: [], decision: intent === 'none' ? 'none' : 'answer' });
  const read = (text: string, intent = 'none', question: QuestionId = 'notice') => readQuestionText(question, text, routedTo(intent));

  it('takes answers before asking the router', () => {
    expect(read('はい', 'smalltalk.greeting')).toEqual({ type: 'answer', event: { type: 'ANSWER', option: 'yes' } });
    expect(read('2')).toEqual({ type: 'answer', event: { type: 'ANSWER', option: 'no' } });
    expect(read('いいえ、来ていません', 'account.suspended')).toEqual({ type: 'answer', event: { type: 'ANSWER', option: 'no' } });
    expect(read('Yes. It came yesterday')).toEqual({ type: 'answer', event: { type: 'ANSWER', option: 'yes' } });
    expect(read('戻る')).toEqual({ type: 'answer', event: { type: 'BACK' } });
    expect(read('閉鎖', 'none', 'notice-kind')).toEqual({ type: 'answer', event: { type: 'ANSWER', option: 'closed' } });
    expect(read('はい', 'none', 'notice-kind')).toEqual({ type: 'unclear' });
    expect(read('5')).toEqual({ type: 'unclear' });
  });

  it('then what the router understood: a cause, small talk, the diagnosis again, another question, or nothing', () => {
    expect(read('パスワードを忘れた', 'login.forgot-password')).toEqual({ type: 'jump', outcome: 'login.forgot-password' });
    expect(read('ありがとう', 'smalltalk.thanks')).toEqual({ type: 'small-talk', talk: 'smalltalk.thanks' });
    expect(read('hello', 'smalltalk.greeting')).toEqual({ type: 'small-talk', talk: 'smalltalk.greeting' });
    expect(read('ログインできない', 'diagnosis.start')).toEqual({ type: 'repeat' });
    expect(read('通知の種類は？', 'faq.notification-types')).toEqual({ type: 'other-intent', intent: 'faq.notification-types' });
    expect(read('no idea what the cause is', 'login.technical-support')).toEqual({ type: 'jump', outcome: 'login.technical-support' });
    expect(read('qwertyuiop')).toEqual({ type: 'none' });
  });
});
