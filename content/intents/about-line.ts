import type { IntentContent } from './types';

/** Questions about this LINE official account itself. */
export const lineAccountIntents: readonly IntentContent[] = [
  {
    id: 'faq.how-to-receive',
    group: 'line',
    label: { ja: '通知を受け取るには', en: 'Getting alerts' },
    title: { ja: 'LINEで通知を受け取るには', en: 'How to get alerts on LINE' },
    answer: {
      ja: ['必要なのは次の2つだけです。', 'どちらも済んでいれば、対象の通知がこのトークに届きます。'],
      en: ['You need exactly two things.', 'Once both are done, the alerts that apply to you arrive in this chat.'],
    },
    steps: {
      ja: ['このLINE公式アカウントを友だち追加する', '出品用アカウントをLINEと連携する'],
      en: ['Add this LINE official account as a friend', 'Link your seller account to LINE'],
    },
    actions: ['link.start'],
    related: ['faq.how-to-add-friend', 'faq.notification-types', 'faq.start-delay'],
  },
  {
    id: 'faq.how-to-add-friend',
    group: 'line',
    label: { ja: '友だち追加の方法', en: 'Adding us as friend' },
    title: { ja: '友だち追加の方法', en: 'How to add this account as a friend' },
    answer: {
      ja: ['リンクかQRコードから、3ステップで追加できます。'],
      en: ['It takes three taps from the link or the QR code.'],
    },
    steps: {
      ja: ['案内のリンクを開くか、QRコードを読み取る', '「開く」をタップする', '「追加」をタップする'],
      en: ['Open the link we shared, or scan the QR code', 'Tap “Open”', 'Tap “Add”'],
    },
    related: ['faq.who-can-add', 'faq.how-to-receive', 'link.start'],
  },
  {
    id: 'faq.who-can-add',
    group: 'line',
    label: { ja: '誰でも追加できる？', en: 'Who can add us' },
    title: { ja: '友だち追加は誰でもできますか', en: 'Can anyone add this account?' },
    answer: {
      ja: [
        'はい、どなたでも友だち追加できます。',
        'ただし通知が届くのは、出品用アカウントを連携した出品者の方だけです。',
      ],
      en: ['Yes, anyone can add it as a friend.', 'Alerts, however, only go to sellers who have linked their seller account.'],
    },
    actions: ['link.start'],
    related: ['faq.one-person-per-account', 'faq.how-to-receive'],
  },
  {
    id: 'faq.devices',
    group: 'line',
    label: { ja: '対応している端末', en: 'Supported devices' },
    title: { ja: '使える端末', en: 'Which devices work' },
    answer: {
      ja: ['LINEアプリを入れられる端末なら使えます。Android、iPhone、iPadにも対応しています。'],
      en: ['Any device that can install the LINE app works, including Android phones, iPhone and iPad.'],
    },
    related: ['faq.desktop', 'faq.how-to-receive'],
  },
  {
    id: 'faq.desktop',
    group: 'line',
    label: { ja: 'PC版LINEでの連携', en: 'LINE for PC' },
    title: { ja: 'PC版LINEから連携できますか', en: 'Can I link from LINE on a computer?' },
    answer: {
      ja: ['はい、PC(デスクトップ)版のLINEからも連携できます。'],
      en: ['Yes, you can also link from LINE for desktop (PC or Mac).'],
    },
    actions: ['link.start'],
    related: ['faq.devices', 'link.start'],
  },
  {
    id: 'faq.actions-included',
    group: 'line',
    label: { ja: '対応内容は書いてある？', en: 'Actions in alerts' },
    title: { ja: '通知に対応方法は書かれていますか', en: 'Does an alert tell me what to do?' },
    answer: {
      ja: [
        'はい。各通知には、出品者の方に必要な対応を記載しています。',
        'たとえば「セラーセントラルから書類を送る」「セラーセントラルで登録情報を修正する」といった内容です。',
      ],
      en: [
        'Yes. Every alert states the action you need to take.',
        'For example: send documents through Seller Central, or correct your information in Seller Central.',
      ],
    },
    related: ['faq.notification-types', 'faq.line-supplements-email'],
  },
  {
    id: 'faq.one-person-per-account',
    group: 'line',
    label: { ja: '複数人で受け取れる？', en: 'Several staff' },
    title: { ja: '複数の担当者で連携できますか', en: 'Can several staff members link one account?' },
    answer: {
      ja: ['いいえ。通知を受け取れるのは、1つの出品用アカウント(1社)につき1名だけです。', '別の方が連携すると、それまでの方の連携は置き換わります。'],
      en: ['No. Only one person per seller account (one per company) can receive the alerts.', 'If someone else links, they replace the previous person.'],
    },
    related: ['faq.third-party', 'link.status'],
  },
  {
    id: 'faq.third-party',
    group: 'line',
    label: { ja: '第三者の連携', en: 'Third parties' },
    title: { ja: '権限を付与した第三者が連携してもよいですか', en: 'Can a third party with user permissions link?' },
    answer: {
      ja: [
        'はい、ユーザー権限を付与した第三者の方が連携しても問題ありません。',
        'ただし通知を受け取れるのは1つの出品用アカウントにつき1名なので、その方だけに届くことになります。',
      ],
      en: [
        'Yes, a third party you gave user permissions to may link.',
        'Keep in mind that only one person per seller account receives the alerts, so they would go to that person alone.',
      ],
    },
    related: ['faq.one-person-per-account', 'link.status'],
  },
  {
    id: 'faq.contact-via-line',
    group: 'line',
    label: { ja: 'LINEで問い合わせ', en: 'Asking via LINE' },
    title: { ja: 'LINEでAmazonに問い合わせできますか', en: 'Can I contact Amazon through LINE?' },
    answer: {
      ja: [
        'いいえ。このLINE公式アカウントは通知の送信専用で、お問い合わせは受け付けていません。',
        'ご質問やご相談は、セラーセントラルのヘルプからお送りください。',
      ],
      en: [
        'No. This LINE official account only sends alerts and does not take inquiries.',
        'Please send questions through Seller Central help.',
      ],
    },
    links: [{ label: { ja: 'セラーセントラルのヘルプ', en: 'Seller Central help' }, url: 'https://sellercentral.amazon.co.jp/help/hub' }],
    related: ['login.technical-support', 'faq.line-supplements-email'],
  },
  {
    id: 'faq.no-penalty',
    group: 'line',
    label: { ja: 'ペナルティはある？', en: 'Any penalty?' },
    title: { ja: '使わないとペナルティはありますか', en: 'Is there a penalty for not using it?' },
    answer: {
      ja: ['いいえ。友だち追加や連携をしなくても、ペナルティは一切ありません。'],
      en: ['No. There is no penalty at all for not adding the account or not linking.'],
    },
    related: ['faq.how-to-receive', 'faq.line-supplements-email'],
  },
  {
    id: 'faq.notification-types',
    group: 'line',
    label: { ja: '通知の種類', en: 'Alert types' },
    title: { ja: '届く通知の種類', en: 'Which alerts are sent' },
    answer: {
      ja: [
        '出品用アカウントの状態、出品商品の状態、売上金の振込エラーについて、対応が必要なものをお知らせします。現在は次の8種類です。',
        '新しい種類が加わったときは、この一覧にも追加します。',
      ],
      en: [
        'We send alerts that need your action about your account status, your listings and sales payouts. These are the eight types today.',
        'When a new type is added, it appears in this list too.',
      ],
    },
    steps: {
      ja: [
        '銀行口座への送金に失敗しました',
        '出荷遅延率が要件を満たしていません',
        '追跡可能率が要件を下回っています',
        'サポートチームからのご連絡の予告',
        '出品用アカウントが停止されました',
        '出品用アカウントが停止される可能性があります',
        '出品商品が停止されました',
        '出品商品が停止される可能性があります',
      ],
      en: [
        'Disbursement to your bank account failed',
        'Late shipment rate does not meet the target',
        'Valid tracking rate is below the target',
        'Notice that the support team will contact you',
        'Your seller account has been suspended',
        'Your seller account may be suspended',
        'A listing has been suspended',
        'A listing may be suspended',
      ],
    },
    actions: ['settings.open'],
    related: ['faq.actions-included', 'settings.open', 'faq.line-supplements-email'],
  },
  {
    id: 'faq.line-supplements-email',
    group: 'line',
    label: { ja: 'メールの確認は必要？', en: 'Still check email?' },
    title: { ja: 'メールやセラーセントラルも確認が必要ですか', en: 'Do I still need email and Seller Central?' },
    answer: {
      ja: [
        'はい。LINEの通知は、メールとセラーセントラルでお送りしたお知らせがあることを伝えるためのものです。',
        'すべての通知や詳細がLINEに届くわけではありません。これまでどおりメールとセラーセントラルもご確認ください。',
      ],
      en: [
        'Yes. A LINE alert only tells you that we sent a notice by email and in Seller Central.',
        'Not every notice, and not every detail, reaches LINE. Please keep checking your email and Seller Central.',
      ],
    },
    links: [{ label: { ja: 'セラーセントラルを開く', en: 'Open Seller Central' }, url: 'https://sellercentral.amazon.co.jp/' }],
    related: ['faq.notification-types', 'faq.start-delay'],
  },
  {
    id: 'faq.start-delay',
    group: 'line',
    label: { ja: '通知がまだ来ない', en: 'No alerts yet' },
    title: { ja: '連携したのに通知が来ません', en: 'Linked, but no alerts yet' },
    answer: {
      ja: [
        'システムへの反映の都合で、実際に通知が届き始めるのが利用開始日より遅れることがあります。',
        'その間もこれまでどおり、メールとセラーセントラルをご確認ください。連携が済んでいるかは連携状況から確認できます。',
      ],
      en: [
        'Because of the system rollout, alerts may start arriving later than the announced start date.',
        'Meanwhile, keep checking your email and Seller Central. You can check that your link is in place from the link status.',
      ],
    },
    actions: ['link.status'],
    related: ['faq.line-supplements-email', 'link.relink'],
  },
];
