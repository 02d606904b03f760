import { SELLER_CENTRAL_HELP_URL, type IntentContent } from './types';

const help = { label: { ja: 'セラーセントラルのヘルプ', en: 'Seller Central help' }, url: SELLER_CENTRAL_HELP_URL };

/** Why a seller cannot log in to Seller Central, cause by cause. */
export const loginIntents: readonly IntentContent[] = [
  {
    id: 'login.forgot-password',
    group: 'login',
    label: { ja: 'パスワードを忘れた', en: 'Forgot password' },
    title: { ja: 'パスワードを忘れたとき', en: 'If you forgot your password' },
    answer: {
      ja: ['ログイン画面からパスワードを再設定できます。'],
      en: ['You can set a new password from the login screen.'],
    },
    steps: {
      ja: [
        'セラーセントラルのログイン画面で「パスワードを忘れた場合」を押す',
        '登録しているメールアドレスを入力する',
        '届いたメールのURLを開き、新しいパスワードを設定する',
      ],
      en: ['On the Seller Central login screen, choose “Forgot password”', 'Enter the email address you registered', 'Open the URL in the email we send and set a new password'],
    },
    related: ['login.account-hijacked', 'security.prevent-hijack', 'diagnosis.start'],
  },
  {
    id: 'login.account-hijacked',
    group: 'login',
    label: { ja: '乗っ取りの疑い', en: 'Account taken over' },
    title: { ja: 'メールアドレスやパスワードが変えられている', en: 'Your email or password was changed' },
    answer: {
      ja: [
        '身に覚えのない変更があった場合や、毎日届いていたAmazonからのメールが突然来なくなった場合は、アカウントの乗っ取りが疑われます。',
        'この場合はAmazonにメッセージを送って確認してもらうしかありません。解決したら、乗っ取り対策もあわせて行ってください。',
      ],
      en: [
        'If the email address or password changed without you, or the emails Amazon used to send every day suddenly stopped, your account may have been taken over.',
        'The only way forward is to message Amazon and have them check. Once it is solved, protect the account against takeover.',
      ],
    },
    steps: {
      ja: ['セラーセントラルのログイン画面を開く', '右上の「ヘルプ」を押す', '左下の「お問い合わせ」を押す', 'フォームに状況を書いて送信する'],
      en: ['Open the Seller Central login screen', 'Click “Help” at the top right', 'Click “Contact us” at the bottom left', 'Describe the problem in the form and send it'],
    },
    links: [help],
    related: ['security.prevent-hijack', 'login.forgot-password'],
  },
  {
    id: 'login.payment-failed',
    group: 'login',
    label: { ja: '月額料金の支払い失敗', en: 'Fee payment failed' },
    title: { ja: '大口出品の月額料金が支払えていない', en: 'The Professional plan fee could not be charged' },
    answer: {
      ja: [
        '大口出品の月額登録料4,980円は、売上金から差し引かれるか、クレジットカードに請求されます。',
        '売上がなく、カードも使えない状態だと支払いができず、アカウントが停止されることがあります。有効な支払い方法を登録しておいてください。',
      ],
      en: [
        'The Professional plan costs 4,980 yen a month, deducted from your sales or charged to your credit card.',
        'With no sales and a card that cannot be charged, the fee fails and the account can be suspended. Keep a valid payment method on file.',
      ],
    },
    related: ['account.monthly-fee', 'account.suspended'],
  },
  {
    id: 'login.system-outage',
    group: 'login',
    label: { ja: 'システム障害', en: 'System outage' },
    title: { ja: 'Amazon側のシステム障害', en: 'An outage on Amazon’s side' },
    answer: {
      ja: ['まれに、Amazon側のシステム障害でログインできなくなることがあります。', 'その場合はヘルプからAmazonにメッセージを送り、案内を待ってください。'],
      en: ['Rarely, a system failure on Amazon’s side stops logins.', 'If so, send Amazon a message through Help and wait for their instructions.'],
    },
    links: [help],
    related: ['login.technical-support', 'login.cookies-cache'],
  },
  {
    id: 'login.wrong-marketplace',
    group: 'login',
    label: { ja: '別の国にログイン', en: 'Wrong marketplace' },
    title: { ja: '他の国のAmazonにログインしようとしている', en: 'Logging in to another country’s Amazon' },
    answer: {
      ja: [
        '出品用アカウントは、作成した国のAmazonでしかログインできません(Amazonは18か国で展開しています)。',
        'ログイン画面で、対象のマーケットプレイスが日本になっているか確かめてください。',
      ],
      en: [
        'A seller account logs in only in the country where it was created (Amazon runs in 18 countries).',
        'Check on the login screen that the marketplace is Japan.',
      ],
    },
    steps: {
      ja: ['セラーセントラルのログイン画面を開く', '右上の「ヘルプ」を押す', '「適用されるマーケットプレイス」が「日本」か確認する'],
      en: ['Open the Seller Central login screen', 'Click “Help” at the top right', 'Check that “Applicable marketplace” says Japan'],
    },
    related: ['diagnosis.start', 'login.cookies-cache'],
  },
  {
    id: 'login.cookies-cache',
    group: 'login',
    label: { ja: 'Cookie・キャッシュ', en: 'Cookies and cache' },
    title: { ja: 'ブラウザのCookieやキャッシュが原因のとき', en: 'When browser cookies or cache get in the way' },
    answer: {
      ja: ['ブラウザに長くたまったCookieやキャッシュが、ログインの不具合を起こすことがあります。'],
      en: ['Cookies and cache that pile up in the browser can break logging in.'],
    },
    steps: {
      ja: ['ブラウザのCookieとキャッシュを消去する', '何度かログインし直す', 'それでもだめなら端末を再起動する'],
      en: ['Clear the browser’s cookies and cache', 'Try logging in a few more times', 'If it still fails, restart the device'],
    },
    related: ['login.technical-support', 'diagnosis.start'],
  },
  {
    id: 'login.technical-support',
    group: 'login',
    label: { ja: '原因がわからない', en: 'Cause unknown' },
    title: { ja: '原因がまったくわからないとき', en: 'When you have no idea why' },
    answer: {
      ja: [
        '思い当たる原因がない場合は、出品者向けの公式窓口であるAmazonのテクニカルサポートに相談してください。',
        'セラーセントラルのヘルプから問い合わせできます。',
      ],
      en: [
        'If nothing explains it, contact Amazon’s technical support, the official help desk for sellers.',
        'You can reach it through Seller Central help.',
      ],
    },
    links: [help],
    actions: ['diagnosis.start'],
    related: ['login.system-outage', 'faq.contact-via-line'],
  },
  {
    id: 'login.inactive-access-lost',
    group: 'login',
    label: { ja: '長期間ログインなし', en: 'Long inactivity' },
    title: { ja: '長い間ログインしていなかった', en: 'You have not logged in for a long time' },
    answer: {
      ja: [
        '長期間使われていないアカウントは、アクセスできなくなることがあります。',
        '長くお休みするときは、前もって休止設定をして、2段階認証も有効にしておいてください。',
      ],
      en: [
        'Accounts that go unused for a long time may lose access.',
        'Before a long break, turn on vacation mode and enable two-step verification.',
      ],
    },
    links: [help],
    related: ['account.vacation-mode', 'security.prevent-hijack'],
  },
];
