import type { Localized } from './i18n';

/**
 * The help card: what the bot does, what it does not do, and where to ask instead.
 * `{name}` placeholders are menu buttons; the card fills them with the labels of the menu
 * the user actually sees, so help never names a button that is not there.
 */
export const helpText = {
  title: { ja: 'ヘルプ', en: 'Help' },
  intro: {
    ja: 'このLINEアカウントでできること、できないことをまとめました。',
    en: 'Here is what this LINE account can and cannot do for you.',
  },
  canHeading: { ja: 'できること', en: 'What I can do' },
  can: {
    alerts: {
      ja: '出品用アカウントや出品商品の状態、売上金の振込エラーなど、対応が必要な重要なお知らせをお届けします。',
      en: 'Send you important alerts that need your action: your seller account, your listings and problems paying out your sales.',
    },
    link: {
      ja: 'お知らせを受け取るには、メニューの「{link}」から出品用アカウントを連携してください。',
      en: 'To receive them, link your seller account with “{link}” in the menu.',
    },
    settings: {
      ja: 'メニューの「{settings}」で通知のON/OFFと言語を、「{history}」で最近の通知を確認できます。',
      en: 'Turn alerts on or off and change the language in “{settings}”; see recent alerts in “{history}”.',
    },
    diagnosis: {
      ja: 'ログインできないときは、メニューの「{diagnosis}」で質問に答えると原因と対処法をご案内します。',
      en: 'If you can’t log in, answer a few questions in “{diagnosis}” and I will show the likely cause and what to do.',
    },
    faq: {
      ja: 'このアカウントやアカウントの停止についての質問には、メニューの「{faq}」か、質問を入力するとお答えします。',
      en: 'Questions about this account or about suspensions: tap “{faq}” in the menu, or just type your question.',
    },
  },
  cannotHeading: { ja: 'できないこと', en: 'What I can’t do' },
  cannot: {
    ja: [
      '個別のお問い合わせへの回答（このアカウントは通知の送信専用です）',
      '注文・出品・売上金の内容の確認や変更',
      'アカウント停止の解除など、Amazonへの手続きの代行',
    ],
    en: [
      'Answer individual inquiries (this account only sends alerts)',
      'Look up or change your orders, listings or payouts',
      'Deal with Amazon for you, such as appealing a suspension',
    ],
  },
  askHeading: { ja: 'ご相談・お問い合わせは', en: 'Where to ask instead' },
  ask: {
    ja: 'Amazonへのご質問やご相談は、セラーセントラルのヘルプからお問い合わせください。',
    en: 'For questions to Amazon, please use Seller Central help.',
  },
  helpButton: { ja: 'セラーセントラルのヘルプ', en: 'Seller Central help' },
} satisfies Record<string, Localized<string | readonly string[]> | Record<string, Localized>>;

export type HelpText = typeof helpText;
