import type { Localized } from './i18n';

/**
 * The chat chrome of the local simulator (src/dev/simulator): what LINE's own app shows
 * around the bot's messages, in the simulated user's language.
 */
export const simulatorChrome = {
  botName: { ja: 'Amazon出品サービス', en: 'Amazon Seller Services' },
  composerPlaceholder: { ja: 'メッセージを入力', en: 'Enter a message' },
  composerLabel: { ja: 'メッセージ', en: 'Message' },
  send: { ja: '送信', en: 'Send' },
  notFriend: { ja: '友だちではありません', en: 'Not a friend yet' },
  friend: { ja: '友だち', en: 'Friend' },
  blocked: { ja: 'ブロック中(メッセージは届きません)', en: 'Blocked (messages do not reach you)' },
  follow: { ja: '友だち追加', en: 'Add friend' },
  block: { ja: 'ブロック', en: 'Block' },
  unblock: { ja: 'ブロック解除', en: 'Unblock' },
  youBlocked: { ja: 'このアカウントをブロックしました。', en: 'You blocked this account.' },
  youUnblocked: { ja: 'このアカウントのブロックを解除しました。', en: 'You unblocked this account.' },
  menu: { ja: 'メニュー', en: 'Menu' },
  typing: { ja: '入力中', en: 'Typing' },
} satisfies Record<string, Localized>;
