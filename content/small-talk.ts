import type { Localized } from './i18n';

/**
 * Short, warm replies to what people say to any chat account: hello, thanks, sorry, "who are
 * you", bye. Each is one line in the user's language followed by what the bot can do, so
 * small talk is answered kindly and still points somewhere useful.
 */
export const SMALL_TALK_KINDS = ['greeting', 'thanks', 'apology', 'who', 'bye', 'other'] as const;
export type SmallTalkKind = (typeof SMALL_TALK_KINDS)[number];

export const smallTalkLines: Record<SmallTalkKind, Localized> = {
  greeting: { ja: 'こんにちは！', en: 'Hello!' },
  thanks: { ja: 'どういたしまして。お役に立ててうれしいです。', en: 'You’re welcome, glad it helped.' },
  apology: { ja: 'いえいえ、どうぞお気になさらず。', en: 'No need to apologise at all.' },
  who: { ja: 'Amazon出品サービスのLINE公式アカウントです。', en: 'I’m the Amazon Seller Services account on LINE.' },
  bye: { ja: 'ありがとうございました。またいつでもどうぞ。', en: 'Thanks for stopping by. Talk to you any time.' },
  other: { ja: 'メッセージありがとうございます。', en: 'Thanks for your message.' },
};

/** The one line that follows: what the bot is for. */
export const smallTalkCanDo: Localized = {
  ja: '重要なお知らせのお届け、ログインできないときの診断、よくある質問へのお答えができます。',
  en: 'I can send you important alerts, help when you can’t log in, and answer common questions.',
};
