import type { Localized } from '../i18n';

/** Words of the question-answering feature that belong to no single intent. */
export const faqReplies = {
  feedbackQuestion: { ja: 'この回答は役に立ちましたか？', en: 'Was this answer helpful?' },
  helpful: { ja: '役に立った', en: 'Helpful' },
  notHelpful: { ja: '役に立たなかった', en: 'Not helpful' },
  thanksUp: { ja: 'ご回答ありがとうございます。今後の改善に役立てます。', en: 'Thanks for letting us know. It helps us improve.' },
  thanksDown: {
    ja: 'ご回答ありがとうございます。回答を見直します。解決しない場合は、セラーセントラルのヘルプもご利用ください。',
    en: 'Thanks for telling us. We will review this answer. If your problem remains, Seller Central help can assist.',
  },
  didYouMean: { ja: 'お探しの内容はどれですか？', en: 'Did you mean one of these?' },
  noneOfThese: { ja: 'どれでもない', en: 'None of these' },
  cannotAnswerTitle: { ja: 'ここではお答えできません', en: 'I can’t answer that here' },
  cannotAnswer: {
    ja: '申し訳ありません。そのご質問にはこのトークではお答えできません。',
    en: 'Sorry, I can’t answer that question in this chat.',
  },
  noInquiries: {
    ja: 'このLINE公式アカウントは通知の送信専用のため、お問い合わせは受け付けていません。Amazonへのご質問は、セラーセントラルのヘルプからお送りください。',
    en: 'This LINE official account only sends alerts and does not take inquiries. Please ask Amazon through Seller Central help.',
  },
  orMenu: { ja: 'できることはメニューからお選びいただけます。', en: 'You can also pick what I can help with from the menu.' },
  sellerCentralHelp: { ja: 'セラーセントラルのヘルプ', en: 'Seller Central help' },
  faqListTitle: { ja: 'よくある質問', en: 'Frequently asked questions' },
  faqListIntro: { ja: '知りたい内容をタップしてください。質問を入力していただくこともできます。', en: 'Tap a topic, or type your question.' },
  groupLine: { ja: 'このLINEアカウントについて', en: 'About this LINE account' },
  groupLogin: { ja: 'ログインできない', en: 'Can’t log in' },
  groupAccount: { ja: 'アカウントの停止・健全性', en: 'Account health and suspension' },
  groupAlert: { ja: '届いた通知について', en: 'About an alert you received' },
  menu: { ja: 'メニュー', en: 'Menu' },
} satisfies Record<string, Localized>;

export type FaqReplies = typeof faqReplies;
