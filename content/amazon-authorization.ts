import type { Localized } from './i18n';

/** What a seller reads when Amazon no longer accepts the authorization they gave at linking. */
export const amazonAuthorization = {
  revokedTitle: { ja: 'アカウント連携のやり直しが必要です', en: 'Please link your account again' },
  revokedBody: {
    ja: '出品用アカウント {seller} の連携がAmazon側で無効になっていたため、Amazonからの通知を確認できなくなりました。下のボタンから、もう一度連携してください。',
    en: 'Amazon no longer accepts the link to seller account {seller}, so we cannot check Amazon for alerts. Please link again with the button below.',
  },
  revokedNote: {
    ja: 'セラーセントラルでこのアプリの権限を取り消した場合にも表示されます。連携し直すまで、Amazonからの自動通知は止まります。',
    en: 'This also appears if the app’s access was removed in Seller Central. Automatic alerts from Amazon stay off until you link again.',
  },
  relinkButton: { ja: 'もう一度連携する', en: 'Link again' },
} satisfies Record<string, Localized>;
