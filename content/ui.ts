import type { Localized } from './i18n';

/** Words of the chat that belong to no single feature. */
export const ui = {
  greetingTitle: {
    ja: '[重要通知専用] Amazon出品サービス',
    en: 'Amazon Seller Services — important alerts',
  },
  greetingBody: {
    ja: '友だち追加ありがとうございます。このアカウントは、出品用アカウントの状態、出品商品の状態、売上金の振込エラーなど、対応が必要な重要なお知らせをLINEでお届けします。',
    en: 'Thanks for adding us. This account sends you important alerts that need your action: the status of your seller account, of your listings, and errors in paying out your sales.',
  },
  greetingHowTo: {
    ja: '受け取るには、下のボタンからセラーセントラルにログインし「同意」を押して出品用アカウントを連携してください。連携はいつでも解除できます。',
    en: 'To receive them, tap the button below, log in to Seller Central and press “Consent” to link your seller account. You can unlink at any time.',
  },
  greetingEmailNote: {
    ja: 'LINEの通知は、メールとセラーセントラルでお送りしたお知らせがあることをお伝えするものです。すべての通知や詳細がLINEに届くわけではないため、これまでどおりメールとセラーセントラルもご確認ください。',
    en: 'A LINE alert only points you to a notice we sent by email and in Seller Central. Not every notice or detail reaches LINE, so keep checking your email and Seller Central.',
  },
  linkButton: { ja: 'アカウント連携', en: 'Link my account' },
  menuTitle: { ja: 'メニュー', en: 'Menu' },
  /** Also the rich menu's label: texts that say "tap … in the menu" name exactly these. */
  menuLink: { ja: '連携する', en: 'Link account' },
  menuLinkStatus: { ja: '連携状況', en: 'Link status' },
  menuDiagnosis: { ja: 'ログインできない', en: 'Can’t log in' },
  menuFaq: { ja: 'よくある質問', en: 'FAQ' },
  menuSettings: { ja: '通知設定', en: 'Alert settings' },
  menuHistory: { ja: '通知履歴', en: 'Alert history' },
  menuHelp: { ja: 'ヘルプ', en: 'Help' },
  /** Short enough for one of two buttons side by side; the chat shows faqReplies.notHelpful as the user's words. */
  notHelpfulButton: { ja: '役に立たない', en: 'Not helpful' },
  /** One bullet per language for lists that are not steps. */
  bullet: { ja: '・', en: '•' },
  expiredButton: {
    ja: 'このボタンは有効期限が切れています。お手数ですが、メニューからもう一度お選びください。',
    en: 'That button has expired. Please choose again from the menu.',
  },
  unsupportedMessage: {
    ja: 'テキストでご質問ください。スタンプや画像にはお答えできません。',
    en: 'Please type your question as text. Stickers and images can’t be answered.',
  },
  nothingToCancel: {
    ja: 'いま進めている手続きはありません。ご用件をメニューからお選びいただくか、ご質問を入力してください。',
    en: 'Nothing is in progress, so there is nothing to cancel. Pick what you need from the menu or type a question.',
  },
  somethingWentWrong: {
    ja: '申し訳ありません。処理中に問題が起きました。少し時間をおいてもう一度お試しください。',
    en: 'Sorry, something went wrong on our side. Please try again in a moment.',
  },
} satisfies Record<string, Localized>;

export type UiKey = keyof typeof ui;
