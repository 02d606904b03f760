import type { IntentContent } from './types';

/** Requests that a feature carries out (linking, settings, history, menus); the feature answers. */
export const commandIntents: readonly IntentContent[] = [
  {
    id: 'link.start',
    group: 'command',
    label: { ja: 'アカウント連携', en: 'Link my account' },
    title: { ja: '出品用アカウントを連携する', en: 'Link your seller account' },
  },
  {
    id: 'link.relink',
    group: 'command',
    label: { ja: 'もう一度連携する', en: 'Link again' },
    title: { ja: 'もう一度連携する', en: 'Link your account again' },
  },
  {
    id: 'link.unlink',
    group: 'command',
    label: { ja: '連携を解除する', en: 'Unlink' },
    title: { ja: '連携を解除する', en: 'Unlink your account' },
  },
  {
    id: 'link.status',
    group: 'command',
    label: { ja: '連携状況', en: 'Link status' },
    title: { ja: '連携状況を確認する', en: 'Check your link status' },
  },
  {
    id: 'diagnosis.start',
    group: 'command',
    label: { ja: 'ログインできない', en: 'Can’t log in' },
    title: { ja: 'ログインできないときの診断', en: 'Login trouble check' },
  },
  {
    id: 'settings.open',
    group: 'command',
    label: { ja: '通知設定', en: 'Alert settings' },
    title: { ja: '通知設定', en: 'Alert settings' },
  },
  {
    id: 'settings.language',
    group: 'command',
    label: { ja: '言語を変更', en: 'Change language' },
    title: { ja: '言語を変更する', en: 'Change the language' },
  },
  {
    id: 'alerts.history',
    group: 'command',
    label: { ja: '通知履歴', en: 'Alert history' },
    title: { ja: '通知履歴', en: 'Alert history' },
  },
  {
    id: 'menu.help',
    group: 'command',
    label: { ja: 'ヘルプ', en: 'Help' },
    title: { ja: 'メニュー', en: 'Menu' },
  },
  {
    id: 'menu.faq',
    group: 'command',
    label: { ja: 'よくある質問', en: 'FAQ' },
    title: { ja: 'よくある質問', en: 'Frequently asked questions' },
  },
];
