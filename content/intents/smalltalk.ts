import type { Localized } from '../i18n';

/**
 * Small talk the router recognises (greetings, thanks, apologies, "who are you", goodbyes).
 * None of it is a question the catalog answers: each gets one warm line that says what this
 * account can do. Example phrasings live in examples/smalltalk.txt (build step only).
 */
export const smalltalkReplies = {
  'smalltalk.greeting': {
    ja: 'こんにちは！Amazon出品用アカウントの重要なお知らせをLINEでお届けし、連携や通知、ログインのお困りごとのご質問にお答えします。',
    en: 'Hello! I send important alerts about your Amazon seller account on LINE and answer questions about linking, alerts and login trouble.',
  },
  'smalltalk.thanks': {
    ja: 'どういたしまして！通知の設定や連携、ログインのお困りごとなど、いつでもお気軽にどうぞ。',
    en: 'You’re welcome! Ask me any time about alert settings, linking or login trouble.',
  },
  'smalltalk.apology': {
    ja: 'お気になさらないでください。連携や通知、ログインのことなら、いつでもお手伝いします。',
    en: 'No problem at all. I’m here whenever you need help with linking, alerts or logging in.',
  },
  'smalltalk.who-are-you': {
    ja: 'Amazon出品サービスの通知専用アカウントです。出品用アカウントの重要なお知らせをお届けし、連携や通知、ログインについてのご質問にお答えします。',
    en: 'I’m the Amazon selling alerts account: I send important notices about your seller account and answer questions about linking, alerts and login.',
  },
  'smalltalk.bye': {
    ja: 'ありがとうございました！大切なお知らせがあれば、このトークでお知らせします。',
    en: 'Thanks for stopping by! I’ll send you an alert here when something important comes up.',
  },
} as const satisfies Record<`smalltalk.${string}`, Localized>;

export type SmalltalkIntent = keyof typeof smalltalkReplies;

export const isSmalltalkIntent = (id: string): id is SmalltalkIntent => Object.hasOwn(smalltalkReplies, id);
