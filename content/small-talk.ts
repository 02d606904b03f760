import type { Localized } from './i18n';

/**
 * Short, warm replies to what people say to any chat account: hello, thanks, sorry, "who are
 * you", bye. The router learns these intents like any other (examples/smalltalk.txt, build
 * step only); each answer is one line in the user's language followed by what the bot can do,
 * so small talk is answered kindly and still points somewhere useful.
 */
export const SMALL_TALK_INTENTS = ['smalltalk.greeting', 'smalltalk.thanks', 'smalltalk.apology', 'smalltalk.who-are-you', 'smalltalk.bye'] as const;
export type SmallTalkIntent = (typeof SMALL_TALK_INTENTS)[number];

export const isSmallTalkIntent = (id: string): id is SmallTalkIntent => (SMALL_TALK_INTENTS as readonly string[]).includes(id);

export const smallTalkLines: Record<SmallTalkIntent, Localized> = {
  'smalltalk.greeting': { ja: 'こんにちは！', en: 'Hello!' },
  'smalltalk.thanks': { ja: 'どういたしまして。お役に立ててうれしいです。', en: 'You’re welcome, glad it helped.' },
  'smalltalk.apology': { ja: 'いえいえ、どうぞお気になさらず。', en: 'No need to apologise at all.' },
  'smalltalk.who-are-you': { ja: 'Amazon出品サービスの通知専用のLINE公式アカウントです。', en: 'I’m the Amazon seller alerts account on LINE.' },
  'smalltalk.bye': { ja: 'ありがとうございました。またいつでもどうぞ。', en: 'Thanks for stopping by. Talk to you any time.' },
};

/** The one line that follows: what the bot is for. */
export const smallTalkCanDo: Localized = {
  ja: '出品用アカウントの重要なお知らせのお届け、ログインできないときの診断、よくある質問へのお答えができます。',
  en: 'I can send you alerts about your seller account, help when you can’t log in, and answer common questions.',
};
