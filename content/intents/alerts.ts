import { SELLER_CENTRAL_URL, type IntentContent } from './types';

const sellerCentral = { label: { ja: 'セラーセントラルを開く', en: 'Open Seller Central' }, url: SELLER_CENTRAL_URL };

/** "I got this alert — what now?", one per alert type. */
export const alertIntents: readonly IntentContent[] = [
  {
    id: 'alert.disbursement-failed',
    group: 'alert',
    label: { ja: '送金に失敗した', en: 'Payout failed' },
    title: { ja: '「銀行口座への送金に失敗しました」', en: '“Disbursement to your bank account failed”' },
    answer: {
      ja: [
        '登録されている銀行口座の情報が正しくなかったため、売上金を振り込めなかったというお知らせです。',
        'セラーセントラルで正しい口座情報を登録してください。登録後に振り込まれます。',
      ],
      en: [
        'Your sales could not be paid out because the bank account details on file were not correct.',
        'Register the correct bank account in Seller Central so the payout can go through.',
      ],
    },
    links: [sellerCentral],
    related: ['faq.notification-types', 'settings.open'],
  },
  {
    id: 'alert.late-shipment-rate',
    group: 'alert',
    label: { ja: '出荷遅延率', en: 'Late shipment rate' },
    title: { ja: '「出荷遅延率が要件を満たしていません」', en: '“Late shipment rate does not meet the target”' },
    answer: {
      ja: [
        '出荷の遅れが基準を超えているというお知らせです。このままだとアカウントが停止される可能性があるため、改善が必要です。',
        '期日どおりの出荷を徹底してください。FBAを使うと出荷遅延はほぼ起きません。通知には改善方法も書かれています。',
      ],
      en: [
        'Too many orders shipped late. If it continues the account may be suspended, so it needs to improve.',
        'Ship every order on time; with FBA, late shipments practically stop. The alert itself explains how to keep the rate healthy.',
      ],
    },
    links: [sellerCentral],
    related: ['account.health-metrics', 'alert.account-at-risk'],
  },
  {
    id: 'alert.valid-tracking-rate',
    group: 'alert',
    label: { ja: '追跡可能率', en: 'Valid tracking rate' },
    title: { ja: '「追跡可能率が要件を下回っています」', en: '“Valid tracking rate is below the target”' },
    answer: {
      ja: [
        '追跡番号つきで出荷された注文の割合が基準を下回っているというお知らせです。',
        '追跡可能率が95%未満のカテゴリーでは、自社出荷での出品資格が停止されることがあります。追跡できる配送方法で出荷してください。',
      ],
      en: [
        'Too few of your orders shipped with a valid tracking number.',
        'In a category below 95%, you can lose the right to list self-fulfilled items. Ship with a trackable service.',
      ],
    },
    links: [sellerCentral],
    related: ['settings.open', 'account.health-metrics'],
  },
  {
    id: 'alert.support-contact',
    group: 'alert',
    label: { ja: 'サポートからの連絡', en: 'Support will contact' },
    title: { ja: '「サポートチームがご連絡します」', en: '“Our support team will contact you”' },
    answer: {
      ja: [
        'パフォーマンス指標の未達成やポリシー違反が見つかったため、改善や出品継続に必要な対応について、サポートチームから連絡することを前もってお知らせするものです。',
        'サポートチームからの連絡と、メールやセラーセントラルのお知らせを確認してください。',
      ],
      en: [
        'Missed performance targets or a policy violation were found, and this alert tells you in advance that the support team will contact you about what to do to improve and keep selling.',
        'Watch for their message, and check your email and Seller Central.',
      ],
    },
    links: [sellerCentral],
    related: ['account.health-metrics', 'alert.account-at-risk'],
  },
  {
    id: 'alert.account-at-risk',
    group: 'alert',
    label: { ja: '停止のリスク', en: 'Account at risk' },
    title: { ja: '「出品用アカウントが停止される可能性があります」', en: '“Your seller account may be suspended”' },
    answer: {
      ja: [
        'パフォーマンス指標の未達成やポリシー違反などで、アカウントが停止されるおそれがあるというお知らせです。',
        'すぐにセラーセントラルのアカウント健全性とパフォーマンス通知を確認し、案内された対応をしてください。',
      ],
      en: [
        'Missed performance targets or a policy violation put your account at risk of suspension.',
        'Act now: check Account Health and the Performance Notifications in Seller Central and do what they ask.',
      ],
    },
    links: [sellerCentral],
    related: ['account.health-metrics', 'account.suspension-causes', 'account.suspended'],
  },
  {
    id: 'alert.listing-suspended',
    group: 'alert',
    label: { ja: '出品商品が停止された', en: 'Listing suspended' },
    title: { ja: '「出品商品が停止されました」', en: '“A listing has been suspended”' },
    answer: {
      ja: [
        'パフォーマンス指標の未達成やポリシー違反などで、商品の出品が止められたというお知らせです。',
        '再び出品するために必要な対応は、セラーセントラルのパフォーマンス通知に書かれています。',
      ],
      en: [
        'A listing was stopped because of missed performance targets or a policy violation.',
        'What you need to do to list it again is in the Performance Notifications in Seller Central.',
      ],
    },
    links: [sellerCentral],
    related: ['alert.listing-at-risk', 'account.suspension-causes'],
  },
  {
    id: 'alert.listing-at-risk',
    group: 'alert',
    label: { ja: '出品停止のリスク', en: 'Listing at risk' },
    title: { ja: '「出品商品が停止される可能性があります」', en: '“A listing may be suspended”' },
    answer: {
      ja: [
        'パフォーマンス指標の未達成やポリシー違反などで、商品の出品が止められるおそれがあるというお知らせです。',
        '出品を続けるために、セラーセントラルのパフォーマンス通知を見てすぐに対応してください。',
      ],
      en: [
        'Missed performance targets or a policy violation put a listing at risk of being stopped.',
        'To keep it, act now on the Performance Notification in Seller Central.',
      ],
    },
    links: [sellerCentral],
    related: ['alert.listing-suspended', 'account.health-metrics'],
  },
];
