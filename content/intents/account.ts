import { SELLER_CENTRAL_URL, type IntentContent } from './types';

/** Account health, suspension and closure, and keeping the account safe. */
export const accountIntents: readonly IntentContent[] = [
  {
    id: 'account.suspended',
    group: 'account',
    label: { ja: 'アカウントが停止された', en: 'Account suspended' },
    title: { ja: '出品用アカウントが停止されたとき', en: 'If your seller account is suspended' },
    answer: {
      ja: [
        '停止(一時的な利用停止)であれば、Amazonに改善計画書を提出することで再開できる場合があります。',
        'セラーセントラルの「パフォーマンス通知」で理由を確かめ、必須項目をそろえた改善計画書を用意してください。',
      ],
      en: [
        'A suspension can often be lifted by sending Amazon a plan of action.',
        'Read the reason in the Performance Notifications in Seller Central, then prepare a plan of action that covers every required item.',
      ],
    },
    links: [{ label: { ja: 'セラーセントラルを開く', en: 'Open Seller Central' }, url: SELLER_CENTRAL_URL }],
    related: ['account.plan-of-action', 'account.suspension-causes', 'account.closed'],
  },
  {
    id: 'account.closed',
    group: 'account',
    label: { ja: 'アカウントが閉鎖された', en: 'Account closed' },
    title: { ja: '出品用アカウントが閉鎖されたとき', en: 'If your seller account is closed' },
    answer: {
      ja: [
        '閉鎖されたアカウントを元どおり使えるようにするのは、ほぼ不可能です。',
        '時間と手間を考えると、新しいアカウントを作るほうが現実的です。その際は、閉鎖されたアカウントと関連づかないよう注意してください。',
      ],
      en: [
        'Getting a closed account back is close to impossible.',
        'Given the time and effort involved, creating a new account is usually better. Make sure it is not associated with the closed one.',
      ],
    },
    related: ['account.multiple-accounts', 'account.suspension-causes', 'account.suspended'],
  },
  {
    id: 'account.plan-of-action',
    group: 'account',
    label: { ja: '改善計画書', en: 'Plan of action' },
    title: { ja: '改善計画書に書くこと', en: 'What a plan of action must contain' },
    answer: {
      ja: ['改善計画書には、次の7項目を必ず入れてください。'],
      en: ['A plan of action must include these seven items.'],
    },
    steps: {
      ja: [
        'どの規約に違反したか',
        '違反が起きた原因',
        '再発を防ぐための具体的な対策',
        '対策によって見込まれる効果',
        '対策を実施する期日',
        '効果が出る見込みの時期',
        '対策の実施責任者の氏名',
      ],
      en: [
        'Which policy was violated',
        'What caused the violation',
        'Concrete measures so it does not happen again',
        'The effect you expect from those measures',
        'The date by which they will be in place',
        'When you expect the effect to show',
        'The name of the person responsible',
      ],
    },
    related: ['account.suspended', 'account.suspension-causes'],
  },
  {
    id: 'account.suspension-causes',
    group: 'account',
    label: { ja: '停止・閉鎖の原因', en: 'Why suspensions' },
    title: { ja: 'アカウントが停止・閉鎖される主な原因', en: 'Why accounts get suspended or closed' },
    answer: {
      ja: ['原因は規約違反です。特に多いのは次の3つです。'],
      en: ['The cause is a policy violation. These are the most common ones.'],
    },
    steps: {
      ja: ['出品が禁止されている商品を出品した', '1人で複数の出品用アカウントを持っていた', '顧客満足度の指標が悪化した'],
      en: ['Listing products that are prohibited', 'One person holding several seller accounts', 'Customer satisfaction metrics getting worse'],
    },
    related: ['account.health-metrics', 'account.multiple-accounts', 'account.plan-of-action'],
  },
  {
    id: 'account.health-metrics',
    group: 'account',
    label: { ja: '停止につながる指標', en: 'Health metrics' },
    title: { ja: '停止につながるアカウントの指標', en: 'Metrics that can lead to suspension' },
    answer: {
      ja: [
        '次の5つが悪化すると、停止や閉鎖に直結することがあります。',
        'FBAを使えば、キャンセル率と出荷遅延率はまず悪化しません。',
      ],
      en: ['These five, when they get worse, can lead straight to suspension or closure.', 'With FBA, the cancellation rate and the late shipment rate practically stay healthy.'],
    },
    steps: {
      ja: ['注文不良率', 'キャンセル率', '出荷遅延率', 'ポリシー違反', '返品の不満足度'],
      en: ['Order defect rate', 'Cancellation rate', 'Late shipment rate', 'Policy violations', 'Return dissatisfaction'],
    },
    related: ['alert.late-shipment-rate', 'account.suspension-causes'],
  },
  {
    id: 'account.multiple-accounts',
    group: 'account',
    label: { ja: '複数アカウント', en: 'Multiple accounts' },
    title: { ja: '出品用アカウントを複数持てますか', en: 'Can I have more than one seller account?' },
    answer: {
      ja: ['いいえ。出品用アカウントは1人1つです。', '複数のアカウントを運営していると規約違反になり、停止や閉鎖の対象になります。'],
      en: ['No. Each person may hold one seller account.', 'Running several is a policy violation and can lead to suspension or closure.'],
    },
    related: ['account.suspension-causes', 'account.closed'],
  },
  {
    id: 'account.vacation-mode',
    group: 'account',
    label: { ja: '休止設定', en: 'Vacation mode' },
    title: { ja: '長くお休みするときの休止設定', en: 'Vacation mode for a long break' },
    answer: {
      ja: ['休止設定をしておくと、使われていないアカウントとして凍結されるのを防げます。'],
      en: ['Vacation mode keeps the account from being frozen as unused while you are away.'],
    },
    steps: {
      ja: ['セラーセントラルのトップで「設定」を押す', '「出品用アカウント情報」を開く', '「休止設定」を押す', '「休止」にチェックを入れて保存する'],
      en: ['In Seller Central, click “Settings”', 'Open “Account Info”', 'Click “Going on a vacation”', 'Check “Inactive” and save'],
    },
    links: [{ label: { ja: 'セラーセントラルを開く', en: 'Open Seller Central' }, url: SELLER_CENTRAL_URL }],
    related: ['login.inactive-access-lost', 'security.prevent-hijack'],
  },
  {
    id: 'account.monthly-fee',
    group: 'account',
    label: { ja: '大口出品の月額料金', en: 'Monthly fee' },
    title: { ja: '大口出品の月額登録料', en: 'The Professional plan monthly fee' },
    answer: {
      ja: ['大口出品の月額登録料は4,980円です。', '売上金から差し引かれるか、登録したクレジットカードに請求されます。'],
      en: ['The Professional plan costs 4,980 yen a month.', 'It is deducted from your sales or charged to your registered credit card.'],
    },
    related: ['login.payment-failed'],
  },
  {
    id: 'security.prevent-hijack',
    group: 'account',
    label: { ja: '乗っ取り対策', en: 'Prevent takeover' },
    title: { ja: 'アカウントの乗っ取りを防ぐには', en: 'Protect your account from takeover' },
    answer: {
      ja: ['次の2つを必ず行ってください。'],
      en: ['Do both of these.'],
    },
    steps: {
      ja: ['パスワードを使い回さず、サービスごとに変える', '2段階認証を有効にする'],
      en: ['Never reuse a password; use a different one for every service', 'Turn on two-step verification'],
    },
    related: ['login.account-hijacked', 'login.forgot-password'],
  },
];
