import type { Localized } from './i18n';
import { ui } from './ui';

/** Everything a seller reads while linking, unlinking or coming back after a block. */
export const linkingChat = {
  startTitle: { ja: '出品用アカウントの連携', en: 'Link your seller account' },
  startIntro: {
    ja: '通知を受け取るには、このLINEアカウントとAmazonの出品用アカウントをつなぐ必要があります。手順は次の4つです。',
    en: 'To get alerts here, this LINE account has to be connected to your Amazon seller account. It takes four steps:',
  },
  steps: {
    ja: [
      '下の「セラーセントラルでログイン」をタップします',
      '出品用アカウントでセラーセントラルにログインします',
      '確認画面で「同意」を押します',
      '「連携済み」と表示されれば完了です。このチャットにもお知らせします',
    ],
    en: [
      'Tap “Log in to Seller Central” below',
      'Sign in to Seller Central with your seller account',
      'Press “Consent” on the confirmation screen',
      'When you see “Linked”, you are done. We will confirm it in this chat too',
    ],
  },
  buttonNote: {
    ja: 'このボタンは10分間、1回だけ使えます。期限が切れたら「連携」と送ってください。連携はいつでも解除できます。',
    en: 'This button works once, for 10 minutes. If it expires, send “link”. You can unlink at any time.',
  },
  loginButton: { ja: 'セラーセントラルでログイン', en: 'Log in to Seller Central' },
  cancelButton: { ja: 'やめる', en: 'Cancel' },
  alreadyLinked: {
    ja: '現在 {seller} と連携しています。別の出品用アカウントで連携すると、そちらに切り替わります。',
    en: 'You are linked to {seller} now. Linking another seller account switches to that one.',
  },
  cancelled: {
    ja: '連携を中止しました。あとで始めるときは「連携」と送ってください。',
    en: 'Linking cancelled. To start later, send “link”.',
  },
  unavailable: {
    ja: '申し訳ありません。いま連携を始められませんでした。少し時間をおいて、もう一度「連携」と送ってください。',
    en: 'Sorry, we could not start linking just now. Please wait a moment and send “link” again.',
  },

  linkedTitle: { ja: '連携済み', en: 'Linked' },
  linkedBody: {
    ja: '出品用アカウント {seller} との連携が完了しました。今後、対応が必要な重要なお知らせをこのチャットでお届けします。',
    en: 'Your seller account {seller} is now linked. Important alerts that need your action will arrive in this chat.',
  },
  restoredBody: {
    ja: '出品用アカウント {seller} と再び連携しました。通知の受け取りを再開します。これまでの通知履歴もご覧いただけます。',
    en: 'Your seller account {seller} is linked again and alerts are back on. Your earlier alert history is available again too.',
  },
  linkedNote: {
    ja: 'LINEの通知はメールとセラーセントラルのお知らせを補うものです。連携をやめるときは「連携解除」と送ってください。',
    en: 'LINE alerts point you to notices sent by email and in Seller Central. To stop them, send “unlink”.',
  },
  replacedPush: {
    ja: '出品用アカウント {seller} は、別のLINEアカウントで連携し直されました。1つの出品用アカウントで通知を受け取れるのは1名のため、このLINEへの通知は停止しました。こちらで受け取りたい場合は「連携」と送ってもう一度連携してください。',
    en: 'Seller account {seller} was linked from another LINE account. Only one person per seller account receives alerts, so alerts to this LINE have stopped. To receive them here again, send “link” and link once more.',
  },

  failedTitle: { ja: '連携できませんでした', en: 'Linking did not complete' },
  failedBody: {
    ja: 'LINEでの連携が完了しませんでした。お手数ですが、下のボタンからもう一度お試しください。',
    en: 'LINE did not complete the link. Please try again with the button below.',
  },
  rejectedBody: {
    ja: 'この連携は確認できなかったため、登録しませんでした。リンクの有効期限(10分)が切れたか、すでに使われた可能性があります。下のボタンから最初からやり直してください。',
    en: 'We could not verify this link, so nothing was recorded. The link may have expired (it lasts 10 minutes) or been used already. Please start again with the button below.',
  },
  retryButton: { ja: 'もう一度連携する', en: 'Try linking again' },

  unlinkTitle: { ja: '連携の解除', en: 'Unlink your account' },
  unlinkConfirm: {
    ja: '出品用アカウント {seller} との連携を解除すると、このLINEには通知が届かなくなります。解除してよろしいですか?',
    en: 'If you unlink seller account {seller}, alerts will no longer reach this LINE. Unlink now?',
  },
  unlinkButton: { ja: '解除する', en: 'Unlink' },
  keepButton: { ja: '解除しない', en: 'Keep the link' },
  unlinked: {
    ja: '連携を解除しました。このLINEへの通知は停止しています。また受け取りたいときは「連携」と送るか、メニューの「連携する」を押してください。',
    en: 'Unlinked. Alerts to this LINE have stopped. To get them again, send “link” or tap “Link account” in the menu.',
  },
  kept: { ja: '連携はそのままです。通知は引き続きお届けします。', en: 'Your link stays as it is, and alerts keep coming.' },
  notLinked: {
    ja: '現在、連携している出品用アカウントはありません。',
    en: 'No seller account is linked to this LINE at the moment.',
  },

  statusTitle: { ja: '連携状況', en: 'Link status' },
  statusLinked: { ja: '連携中の出品用アカウント: {seller}', en: 'Linked seller account: {seller}' },
  statusSince: { ja: '連携日時: {since}', en: 'Linked since: {since}' },
  statusPaused: {
    ja: 'このLINEアカウントをブロックされていたため、出品用アカウント {seller} との連携は停止中です。下のボタンから連携し直すと通知が再開します。',
    en: 'The link to seller account {seller} is paused because you blocked this LINE account. Link again with the button below to resume alerts.',
  },
  statusNotLinked: {
    ja: '連携している出品用アカウントはありません。通知を受け取るには連携してください。',
    en: 'No seller account is linked, so no alerts are sent. Link one to receive them.',
  },
  linkButton: ui.menuLink,
  unlinkMenuButton: { ja: '連携を解除する', en: 'Unlink' },

  welcomeBackTitle: { ja: 'おかえりなさい', en: 'Welcome back' },
  welcomeBackBody: {
    ja: 'ブロックを解除していただきありがとうございます。ブロック中は連携が止まっていたため、このままでは通知が届きません。下のボタンから、もう一度連携してください。',
    en: 'Thanks for unblocking us. The link was paused while you had us blocked, so alerts will not arrive yet. Tap the button below to link again.',
  },
  relinkTitle: { ja: '通知を再開するには', en: 'Getting alerts again' },
  relinkBody: {
    ja: 'ブロックを解除しただけでは通知は再開されません。解除したあと、もう一度アカウント連携が必要です。',
    en: 'Unblocking alone does not bring alerts back: after unblocking, the account has to be linked again.',
  },
  unblockSteps: {
    ja: [
      'このアカウントとのLINEトークを開く',
      '右上の「≡」をタップ',
      '「ブロック解除」をタップ',
      '下のボタンからもう一度連携する',
    ],
    en: [
      'Open the chat with this account in LINE',
      'Tap “≡” at the top right',
      'Tap “Unblock”',
      'Link again with the button below',
    ],
  },
  relinkButton: { ja: 'もう一度連携する', en: 'Link again' },
  notNowButton: { ja: 'あとで', en: 'Not now' },
  later: {
    ja: 'わかりました。準備ができたら「連携」と送ってください。連携するまで通知は届きません。',
    en: 'All right. Send “link” whenever you are ready. Alerts stay off until you link.',
  },
} satisfies Record<string, Localized<string | readonly string[]>>;

/** The web pages of /link and its callback. Every error says how to start again. */
export const linkingPages = {
  restart: {
    ja: 'LINEのトークに戻り「連携」と送ると、新しいリンクが届きます。',
    en: 'Go back to the LINE chat and send “link” to get a new link.',
  },
  backToLine: { ja: 'LINEに戻る', en: 'Back to LINE' },
  invalid: {
    title: { ja: 'このリンクは使えません', en: 'This link cannot be used' },
    body: {
      ja: 'リンクが正しくないか、途中で切れています。LINEのボタンから開き直してください。',
      en: 'The link is not valid or was cut short. Please open it again from the button in LINE.',
    },
  },
  expired: {
    title: { ja: 'リンクの有効期限が切れました', en: 'This link has expired' },
    body: {
      ja: '安全のため、連携用のリンクは10分間だけ有効です。お手数ですが、最初からやり直してください。',
      en: 'For your security, a linking link only works for 10 minutes. Please start again.',
    },
  },
  used: {
    title: { ja: 'このリンクは使用済みです', en: 'This link was already used' },
    body: {
      ja: '連携用のリンクは1回しか使えません。連携が完了していない場合は、最初からやり直してください。',
      en: 'A linking link works only once. If your account is not linked yet, please start again.',
    },
  },
  consentMissing: {
    title: { ja: '同意が確認できませんでした', en: 'Consent was not given' },
    body: {
      ja: 'セラーセントラルで「同意」が完了しなかったため、連携していません。',
      en: 'Consent was not completed in Seller Central, so nothing was linked.',
    },
  },
  exchangeRejected: {
    title: { ja: 'セラーセントラルで確認できませんでした', en: 'Seller Central could not confirm this' },
    body: {
      ja: 'セラーセントラルから受け取った情報を確認できなかったため、連携していません。',
      en: 'We could not confirm what Seller Central sent back, so nothing was linked.',
    },
  },
  sellerMismatch: {
    title: { ja: '出品用アカウントが一致しません', en: 'The seller account does not match' },
    body: {
      ja: 'セラーセントラルでログインしたアカウントと、連携しようとした出品用アカウントが一致しなかったため、連携していません。連携したい出品用アカウントでログインして、最初からやり直してください。',
      en: 'The account you signed in to Seller Central with is not the seller account this link was for, so nothing was linked. Sign in with the seller account you want to link and start again.',
    },
  },
  exchangeUnavailable: {
    title: { ja: 'ただいま連携できません', en: 'Linking is unavailable right now' },
    body: {
      ja: 'Amazonで出品用アカウントを確認できなかったため、連携していません。少し時間をおいてお試しください。',
      en: 'Amazon could not confirm your seller account just now, so nothing was linked. Please try again in a little while.',
    },
  },
  notConfigured: {
    title: { ja: 'ただいま連携できません', en: 'Linking is unavailable right now' },
    body: {
      ja: '連携の準備が整っていません。しばらくしてからお試しください。',
      en: 'Linking is not set up yet. Please try again later.',
    },
  },
} as const satisfies Record<string, Localized | { title: Localized; body: Localized }>;

/** The local stand-ins for Seller Central and LINE's dialog (DEV_MODE only). */
export const devLinkingPages = {
  consentTitle: { ja: 'セラーセントラル(開発用)', en: 'Seller Central (development)' },
  consentBody: {
    ja: 'これは開発用のページです。連携する出品者ID(英大文字と数字)を入力して「同意」を押してください。',
    en: 'This is a development page. Enter the seller id to link (capital letters and digits) and press 同意 (Consent).',
  },
  sellerIdLabel: { ja: '出品者ID', en: 'Seller id' },
  consentButton: { ja: '同意', en: '同意 (Consent)' },
  badSellerId: { ja: '出品者IDは英大文字と数字で8〜20文字です。', en: 'A seller id is 8–20 capital letters and digits.' },
  badRequest: { ja: '必要な情報が足りません。', en: 'Something required is missing.' },
  dialogTitle: { ja: 'LINE アカウント連携(開発用)', en: 'LINE account link (development)' },
  dialogBody: {
    ja: 'このLINEアカウントとAmazon出品サービスを連携します。よろしいですか?',
    en: 'Link this LINE account with Amazon Seller Services?',
  },
  dialogConfirm: { ja: '連携する', en: 'Link' },
  dialogCancel: { ja: 'キャンセル', en: 'Cancel' },
  dialogUnknownToken: {
    ja: 'この連携トークンは発行されていないか、すでに使われています。',
    en: 'This link token was never issued or has been used already.',
  },
  dialogLinked: { ja: '連携済み', en: 'Linked' },
  dialogLinkedBody: { ja: 'LINEに戻って、トークの返信をご確認ください。', en: 'Go back to LINE and check the reply in the chat.' },
  dialogCancelled: { ja: '連携をキャンセルしました。', en: 'Linking was cancelled.' },
  dialogWebhookFailed: { ja: 'Webhookの送信に失敗しました: {status}', en: 'Posting the webhook failed: {status}' },
} satisfies Record<string, Localized>;
