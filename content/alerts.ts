import type { Localized } from './i18n';
import { ui } from './ui';

/**
 * The alerts the bot delivers and the switches that govern them (seed: 通知の内容 and the
 * notification settings page). The Japanese titles are the official notice names and must
 * stay word for word; everything else is our own wording.
 */
export const ALERT_TYPES = [
  'disbursement-failed',
  'late-shipment-rate',
  'valid-tracking-rate',
  'support-contact',
  'account-suspended',
  'account-at-risk',
  'listing-suspended',
  'listing-at-risk',
] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

export const SWITCH_IDS = [
  'bank-account',
  'tracking-rate',
  'account-suspension',
  'account-suspension-risk',
  'listing-suspension',
  'listing-suspension-risk',
] as const;
export type SwitchId = (typeof SWITCH_IDS)[number];

export const isAlertType = (value: unknown): value is AlertType => typeof value === 'string' && (ALERT_TYPES as readonly string[]).includes(value);
export const isSwitchId = (value: unknown): value is SwitchId => typeof value === 'string' && (SWITCH_IDS as readonly string[]).includes(value);

export interface AlertTypeContent {
  title: Localized;
  /** What happened, in one or two sentences. */
  happened: Localized;
  /** What the seller has to do about it. */
  action: Localized;
  /** The switch that can silence it; null = always sent. */
  switchId: SwitchId | null;
}

export const alertTypes: Record<AlertType, AlertTypeContent> = {
  'disbursement-failed': {
    title: { ja: '銀行口座への送金に失敗しました', en: 'We could not pay your sales into your bank account' },
    happened: {
      ja: '出品用アカウントに登録されている銀行口座の情報に誤りがあったため、売上金をお振り込みできませんでした。',
      en: 'Your sales could not be paid out because the bank account details on your seller account are not correct.',
    },
    action: {
      ja: 'セラーセントラルで銀行口座情報を確認し、正しい内容に更新してください。',
      en: 'Check the bank account details in Seller Central and correct them so that your sales can be paid out.',
    },
    switchId: 'bank-account',
  },
  'late-shipment-rate': {
    title: { ja: '出荷遅延率が要件を満たしていません', en: 'Your late shipment rate does not meet the requirement' },
    happened: {
      ja: '出荷遅延率がAmazonの求める水準を超えています。この状態が続くと、出品用アカウントが停止されるおそれがあります。',
      en: 'Your late shipment rate is above the level Amazon requires. If it stays there, your seller account may be suspended.',
    },
    action: {
      ja: 'メールまたはセラーセントラルの通知で出荷遅延率を健全に保つ方法を確認し、期限内の出荷を徹底してください。FBAの利用も検討してください。',
      en: 'Read how to keep the rate healthy in the notice sent by email or shown in Seller Central, and ship every order on time. Consider using FBA.',
    },
    switchId: null,
  },
  'valid-tracking-rate': {
    title: { ja: '追跡可能率が要件を下回っています', en: 'Your valid tracking rate is below the requirement' },
    happened: {
      ja: '追跡可能率が基準に届いていません。このままでは、追跡可能率が95%未満のカテゴリーで自社出荷の出品資格が停止されるおそれがあります。',
      en: 'Your valid tracking rate is below the required level. If nothing changes, you may lose the right to sell self-fulfilled items in categories where it is under 95%.',
    },
    action: {
      ja: '追跡番号のある配送方法で出荷し、出荷通知に追跡番号を必ず入力してください。改善の方法はメールまたはセラーセントラルの通知に記載されています。',
      en: 'Ship with a tracked service and always enter the tracking number when you confirm shipment. The notice in your email or Seller Central explains how to improve.',
    },
    switchId: 'tracking-rate',
  },
  'support-contact': {
    title: {
      ja: '出品用アカウントのパフォーマンス改善や出品継続のためにサポートチームがご連絡します',
      en: 'Our support team will contact you about your account’s performance',
    },
    happened: {
      ja: 'お客様のアカウントで、パフォーマンス指標の目標未達またはポリシー違反が見つかりました。出品を続けるために必要な対応について、サポートチームからご連絡します。',
      en: 'Your account has missed performance targets or a policy violation was found. Our support team will get in touch about what is needed to keep selling.',
    },
    action: {
      ja: 'サポートチームからの連絡を見落とさないよう、メールとセラーセントラルを確認してください。アカウント健全性のページで現在の状況も確認できます。',
      en: 'Keep an eye on your email and Seller Central so you do not miss the support team’s message. The Account Health page shows where you stand now.',
    },
    switchId: null,
  },
  'account-suspended': {
    title: { ja: '出品用アカウントが停止されました', en: 'Your seller account has been suspended' },
    happened: {
      ja: 'パフォーマンス指標の目標未達やポリシー違反により、出品用アカウントが停止されました。出品を再開するための対応は、メールとセラーセントラルの「パフォーマンス通知」でご案内しています。',
      en: 'Your seller account was suspended because of missed performance targets or a policy violation. What you need to do to sell again is in the email and in Performance Notifications in Seller Central.',
    },
    action: {
      ja: 'セラーセントラルの「パフォーマンス通知」を開き、案内に沿って対応してください。改善計画書を求められた場合は、原因と再発防止策を具体的に書いてください。',
      en: 'Open Performance Notifications in Seller Central and follow the steps there. If you are asked for a plan of action, state the cause and concrete measures against a recurrence.',
    },
    switchId: 'account-suspension',
  },
  'account-at-risk': {
    title: { ja: '出品用アカウントが停止される可能性があります', en: 'Your seller account may be suspended' },
    happened: {
      ja: 'パフォーマンス指標の目標未達やポリシー違反が見つかり、出品用アカウントが停止されるおそれがあります。必要な対応はメールとセラーセントラルの「パフォーマンス通知」でご案内しています。',
      en: 'Missed performance targets or a policy violation put your seller account at risk of suspension. The email and Performance Notifications in Seller Central tell you what to do.',
    },
    action: {
      ja: '停止を避けるため、すぐに「パフォーマンス通知」とアカウント健全性のページを確認し、案内された対応を行ってください。',
      en: 'To avoid a suspension, check Performance Notifications and the Account Health page now and take the actions listed there.',
    },
    switchId: 'account-suspension-risk',
  },
  'listing-suspended': {
    title: { ja: '出品商品が停止されました', en: 'One of your listings has been suspended' },
    happened: {
      ja: 'パフォーマンス指標の目標未達やポリシー違反により、出品商品が停止されました。再び出品するための対応は、メールとセラーセントラルの「パフォーマンス通知」でご案内しています。',
      en: 'A listing was suspended because of missed performance targets or a policy violation. What you need to do to list it again is in the email and in Performance Notifications in Seller Central.',
    },
    action: {
      ja: 'セラーセントラルの「パフォーマンス通知」で対象の商品と理由を確認し、案内に沿って対応してください。',
      en: 'Find the affected item and the reason in Performance Notifications in Seller Central, then follow the steps given.',
    },
    switchId: 'listing-suspension',
  },
  'listing-at-risk': {
    title: { ja: '出品商品が停止される可能性があります', en: 'One of your listings may be suspended' },
    happened: {
      ja: 'パフォーマンス指標の目標未達やポリシー違反が見つかり、出品商品が停止されるおそれがあります。対応方法はメールとセラーセントラルの「パフォーマンス通知」でご案内しています。',
      en: 'Missed performance targets or a policy violation put one of your listings at risk of suspension. The email and Performance Notifications in Seller Central tell you what to do.',
    },
    action: {
      ja: '出品を続けるため、早めに「パフォーマンス通知」で対象の商品を確認し、案内された対応を行ってください。',
      en: 'To keep the listing, check the affected item in Performance Notifications soon and take the actions listed there.',
    },
    switchId: 'listing-suspension-risk',
  },
};

/** The six per-type switches of the notification settings page; every one starts ON. */
export const alertSwitches: Record<SwitchId, { label: Localized; description: Localized }> = {
  'bank-account': {
    label: { ja: '銀行口座情報更新のご案内', en: 'Bank account updates' },
    description: {
      ja: '売上金を受け取るために銀行口座情報の更新が必要なときにお知らせします。',
      en: 'When your bank account details must be updated before your sales can be paid out.',
    },
  },
  'tracking-rate': {
    label: { ja: '追跡可能率に関するアラート', en: 'Valid tracking rate' },
    description: {
      ja: '追跡可能率が目標の基準を下回ったときにお知らせします。',
      en: 'When your valid tracking rate falls below the target.',
    },
  },
  'account-suspension': {
    label: { ja: 'アカウント停止', en: 'Account suspension' },
    description: {
      ja: '数値目標の未達やポリシー違反により、出品用アカウントが停止されたときにお知らせします。',
      en: 'When your seller account is suspended over missed targets or a policy violation.',
    },
  },
  'account-suspension-risk': {
    label: { ja: 'アカウント停止のリスク', en: 'Account suspension risk' },
    description: {
      ja: '数値目標の未達やポリシー違反により、出品用アカウントが停止されるおそれがあるときにお知らせします。',
      en: 'When missed targets or a policy violation put your seller account at risk.',
    },
  },
  'listing-suspension': {
    label: { ja: '出品商品の停止', en: 'Listing suspension' },
    description: {
      ja: '数値目標の未達やポリシー違反により、商品の出品が停止されたときにお知らせします。',
      en: 'When a listing is suspended over missed targets or a policy violation.',
    },
  },
  'listing-suspension-risk': {
    label: { ja: '出品商品の停止のリスク', en: 'Listing suspension risk' },
    description: {
      ja: '数値目標の未達やポリシー違反により、商品の出品が停止されるおそれがあるときにお知らせします。',
      en: 'When missed targets or a policy violation put a listing at risk.',
    },
  },
};

/** Labels of the optional details an alert may carry, in the order the card shows them. */
export const detailLabels = {
  marketplace: { ja: 'マーケットプレイス', en: 'Marketplace' },
  category: { ja: 'カテゴリー', en: 'Category' },
  asin: { ja: 'ASIN', en: 'ASIN' },
  sku: { ja: 'SKU', en: 'SKU' },
  metricValue: { ja: '現在の値', en: 'Current value' },
  threshold: { ja: '基準値', en: 'Requirement' },
  amount: { ja: '金額', en: 'Amount' },
  deadline: { ja: '対応期限', en: 'Respond by' },
} satisfies Record<string, Localized>;

/** Words of the alert card, the history and the settings screens. */
export const alertUi = {
  cardLabel: { ja: '重要なお知らせ', en: 'Important notice' },
  happenedHeading: { ja: '内容', en: 'What happened' },
  actionHeading: { ja: 'お願いしたい対応', en: 'What to do' },
  sellerCentralButton: { ja: 'セラーセントラルを開く', en: 'Open Seller Central' },
  emailReminder: {
    ja: 'このLINE通知は、メールとセラーセントラルでお送りしたお知らせがあることをお伝えするものです。全文は必ずメールとセラーセントラルでご確認ください。',
    en: 'This LINE alert only points you to a notice we sent by email and in Seller Central. Please read the full notice there.',
  },
  /** When the alert was raised; never "received", since a card may show one that was not delivered. */
  raisedAt: { ja: '発生日時', en: 'Raised' },
  historyTitle: { ja: '最近の通知', en: 'Recent alerts' },
  historyIntro: { ja: '最近の通知を新しい順に表示しています。', en: 'Your recent alerts, newest first.' },
  historyEmpty: {
    ja: 'まだ通知はありません。新しい通知が届くとここに表示されます。',
    en: 'No alerts yet. New alerts will show up here.',
  },
  openAlert: { ja: '詳しく見る', en: 'View' },
  alertNotFound: {
    ja: 'その通知は見つかりませんでした。通知履歴からもう一度お選びください。',
    en: 'We could not find that alert. Please pick it again from your alert history.',
  },
  notLinked: {
    ja: '出品用アカウントがまだ連携されていないため、通知の履歴と設定はありません。連携すると、ここで確認・変更できます。',
    en: 'Your seller account is not linked yet, so there are no alerts or settings to show. Link it to see and change them here.',
  },
  linkButton: ui.menuLink,
  settingsTitle: { ja: '通知設定', en: 'Alert settings' },
  settingsIntro: {
    ja: 'ボタンをタップすると通知のON/OFFを切り替えられます。出荷遅延率とサポートチームからのご連絡は、設定にかかわらず必ずお送りします。',
    en: 'Tap a button to turn an alert on or off. Alerts about your late shipment rate and contact from the support team are always sent.',
  },
  on: { ja: 'ON', en: 'ON' },
  off: { ja: 'OFF', en: 'OFF' },
  turnOn: { ja: 'ONにする', en: 'Turn on' },
  turnOff: { ja: 'OFFにする', en: 'Turn off' },
  switchedOn: { ja: '「{label}」の通知をONにしました。', en: 'Turned on: {label}.' },
  switchedOff: { ja: '「{label}」の通知をOFFにしました。', en: 'Turned off: {label}.' },
  languageLabel: { ja: '通知の言語', en: 'Alert language' },
  changeLanguage: { ja: '言語を変更', en: 'Change language' },
  languagePrompt: {
    ja: '通知とメッセージの言語を選んでください。',
    en: 'Choose the language for your alerts and messages.',
  },
  languageChanged: { ja: '言語を日本語に切り替えました。', en: 'Switched the language to English.' },
  languageName: { ja: '日本語', en: 'English' },
  status: {
    queued: { ja: '配信待ち', en: 'Pending' },
    delivered: { ja: '配信済み', en: 'Delivered' },
    skipped: { ja: '未配信', en: 'Not sent' },
    failed: { ja: '配信失敗', en: 'Failed' },
  },
  /** Why an alert did not reach LINE, by the reason delivery recorded; `failed` covers every LINE error. */
  notSentReason: {
    'switched-off': { ja: '通知設定でOFFにしていたため、LINEには送っていません。', en: 'Not sent to LINE: it was switched off in your alert settings.' },
    'not-linked': { ja: '出品用アカウントが連携されていなかったため、LINEには送っていません。', en: 'Not sent to LINE: your seller account was not linked.' },
    blocked: { ja: 'このLINEアカウントがブロックされていたため、LINEには送っていません。', en: 'Not sent to LINE: you had blocked this LINE account.' },
    failed: { ja: 'LINEへの送信に失敗しました。', en: 'Sending it to LINE failed.' },
    unknown: { ja: 'LINEには送っていません。', en: 'It was not sent to LINE.' },
  },
  /** The answer to one tap on a switch: the switch, its new state and a tap to undo. */
  allSettings: { ja: 'すべての通知設定', en: 'All alert settings' },
  currentLanguage: { ja: '現在: {language}', en: 'Now: {language}' },
  currentMark: { ja: '✓ {language}', en: '✓ {language}' },
} as const;
