import type { Localized } from './i18n';
import type { DiagnosisGraph, DiagnosisNext, DiagnosisOption, DiagnosisOutcome, DiagnosisQuestion, LinkButton, OutcomeId, QuestionId } from './diagnosis';

/**
 * The login-trouble diagnosis's graph: its questions, each option's next question or outcome,
 * and the outcomes with their causes, steps and links. Facts from the seed article on Seller
 * Central login trouble, in our own words. The Worker reads it from a static asset
 * (`npm run build:content`), not from its script.
 */

const SELLER_CENTRAL = 'https://sellercentral.amazon.co.jp/';
const link = {
  sellerCentral: { label: { ja: 'セラーセントラルを開く', en: 'Open Seller Central' }, url: SELLER_CENTRAL },
  help: { label: { ja: 'ヘルプ・お問い合わせ', en: 'Help and contact' }, url: `${SELLER_CENTRAL}help/hub/support` },
  accountHealth: { label: { ja: 'アカウント健全性を見る', en: 'Account Health' }, url: `${SELLER_CENTRAL}performance/dashboard` },
} satisfies Record<string, LinkButton>;

const yes = (next: DiagnosisNext): DiagnosisOption => ({ id: 'yes', label: { ja: 'はい', en: 'Yes' }, means: 'yes', next });
const no = (next: DiagnosisNext): DiagnosisOption => ({ id: 'no', label: { ja: 'いいえ', en: 'No' }, means: 'no', next });

const prevention = {
  noReuse: {
    ja: 'パスワードはサービスごとに変え、使い回さないようにしましょう。どこか1か所から漏れただけで、すべてのアカウントに入られてしまいます。',
    en: 'Give every service its own password. If one reused password leaks anywhere, every account that shares it is open.',
  },
  twoStep: {
    ja: '2段階認証を設定しましょう。パスワードが知られても、それだけではログインされなくなります。',
    en: 'Turn on 2-step verification, so a known password alone is no longer enough to sign in.',
  },
} satisfies Record<string, Localized>;

const questions: Record<QuestionId, DiagnosisQuestion> = {
  notice: {
    text: {
      ja: 'Amazonから「出品用アカウントを停止または閉鎖した」という内容のメールが届いていますか？',
      en: 'Has Amazon emailed you that your seller account was suspended or closed?',
    },
    options: [yes({ ask: 'notice-kind' }), no({ ask: 'credentials' })],
  },
  'notice-kind': {
    text: { ja: 'メールに書かれているのはどちらですか？', en: 'Which of the two does the email say?' },
    options: [
      { id: 'suspended', label: { ja: '停止', en: 'Suspended' }, next: { outcome: 'account.suspended' } },
      { id: 'closed', label: { ja: '閉鎖', en: 'Closed' }, next: { outcome: 'account.closed' } },
    ],
  },
  credentials: {
    text: {
      ja: 'ログイン画面で「パスワードが正しくありません」と出る、またはパスワードを思い出せない状態ですか？',
      en: 'Does the login page reject your password, or can you not remember it?',
    },
    options: [yes({ ask: 'takeover' }), no({ ask: 'marketplace' })],
  },
  takeover: {
    text: {
      ja: 'パスワードを再設定しようとしたら登録したメールアドレスが通らなかった、またはAmazonから毎日のように来ていたメールが急に届かなくなった、ということはありますか？',
      en: 'When you tried to reset the password, was your email address not accepted? Or have the emails Amazon used to send you almost daily suddenly stopped?',
    },
    options: [yes({ outcome: 'login.account-hijacked' }), no({ outcome: 'login.forgot-password' })],
  },
  marketplace: {
    text: {
      ja: 'ログイン画面右上の「ヘルプ」を開いてください。左上の「適用されるマーケットプレイス」は「日本」になっていますか？',
      en: 'Open “Help” at the top right of the login page. Does the applicable marketplace at its top left say Japan?',
    },
    options: [yes({ ask: 'inactive' }), no({ outcome: 'login.wrong-marketplace' })],
  },
  inactive: {
    text: {
      ja: '前回ログインしてから、数か月以上など長い期間が空いていますか？',
      en: 'Has it been a long time, several months or more, since you last logged in?',
    },
    options: [yes({ outcome: 'login.inactive-access-lost' }), no({ ask: 'payment' })],
  },
  payment: {
    text: {
      ja: '大口出品の月額登録料（4,980円）が払えていない可能性はありますか？（売上がなく、登録したクレジットカードも使えなくなっている など）',
      en: 'Could the Professional plan’s monthly fee (4,980 yen) have gone unpaid? For example, no sales and the registered credit card no longer works.',
    },
    options: [yes({ outcome: 'login.payment-failed' }), no({ ask: 'browser' })],
  },
  browser: {
    text: {
      ja: 'ログイン画面がきちんと表示されない、ログインしても元の画面に戻されるなど、ブラウザの動きがおかしいですか？',
      en: 'Is the browser acting strangely, for example the login page does not load properly or sends you back to it after you sign in?',
    },
    options: [yes({ outcome: 'login.cookies-cache' }), no({ ask: 'outage' })],
  },
  outage: {
    text: {
      ja: '別の端末やネット回線から試しても同じで、Amazon側のエラー画面が出ますか？',
      en: 'Does it fail the same way from another device or network, with an error page from Amazon?',
    },
    options: [yes({ outcome: 'login.system-outage' }), no({ outcome: 'login.technical-support' })],
  },
};

const outcomes: Record<OutcomeId, DiagnosisOutcome> = {
  'login.forgot-password': {
    title: { ja: 'パスワードを忘れた', en: 'Forgotten password' },
    cause: {
      ja: 'ログインできない原因でいちばん多いのが、パスワードを忘れてしまうケースです。慌てなくても、再設定すればすぐに入れるようになります。',
      en: 'A forgotten password is the most common reason for being locked out. No need to worry: once you reset it, you can sign in again straight away.',
    },
    steps: {
      ja: [
        'セラーセントラルのログイン画面を開きます。',
        '画面中央にある「パスワードを忘れた場合」を押します。',
        '登録しているメールアドレスを入力して送信します。',
        '届いたメールのURLを開いて新しいパスワードを決め、そのパスワードでログインします。',
      ],
      en: [
        'Open the Seller Central login page.',
        'Tap “Forgot your password?” in the middle of the page.',
        'Enter the email address registered to the account and send it.',
        'Open the link in the email you receive, choose a new password and sign in with it.',
      ],
    },
    prevention: { ja: [prevention.noReuse.ja, prevention.twoStep.ja], en: [prevention.noReuse.en, prevention.twoStep.en] },
    links: [link.sellerCentral],
    alternatives: ['login.account-hijacked', 'login.cookies-cache', 'login.wrong-marketplace'],
  },
  'login.account-hijacked': {
    title: { ja: 'アカウント乗っ取りの疑い', en: 'Possible account takeover' },
    cause: {
      ja: '登録メールアドレスやパスワードが、あなた以外の誰かに書き換えられた可能性があります。Amazonから毎日届いていたメールがある日ぱったり来なくなったときも、乗っ取りを疑ってください。',
      en: 'Someone else may have changed the registered email address or password. If the emails Amazon used to send you every day have suddenly stopped, suspect a takeover as well.',
    },
    steps: {
      ja: [
        'ご自身では取り戻せないため、Amazonに連絡して確認してもらいます。',
        'セラーセントラルのログイン画面を開き、右上の「ヘルプ」を押します。',
        'ヘルプの左下にある「お問い合わせ」を押します。',
        'フォームに沿って起きていることを書き、Amazonに送信します。',
      ],
      en: [
        'You cannot win the account back on your own; Amazon has to check it, so contact them.',
        'Open the Seller Central login page and tap “Help” at the top right.',
        'Tap “Contact us” at the bottom left of the Help panel.',
        'Describe what is happening in the form and send it to Amazon.',
      ],
    },
    prevention: { ja: [prevention.noReuse.ja, prevention.twoStep.ja], en: [prevention.noReuse.en, prevention.twoStep.en] },
    links: [link.help, link.sellerCentral],
    alternatives: ['login.forgot-password', 'login.system-outage'],
  },
  'login.payment-failed': {
    title: { ja: '月額登録料が支払えていない', en: 'Monthly fee not paid' },
    cause: {
      ja: '大口出品には月額4,980円の登録料がかかり、売上から差し引かれるか、クレジットカードに請求されます。売上がなくカードも止まっていると登録料が払えず、アカウントが停止されてログインできなくなることがあります。',
      en: 'The Professional plan costs 4,980 yen a month, taken from your sales or charged to your credit card. With no sales and a stopped card the fee cannot be collected, and the account may be suspended, which locks you out.',
    },
    steps: {
      ja: [
        '登録しているクレジットカードが期限切れや利用停止になっていないか、カード会社に確認します。',
        'ログインできる場合は、セラーセントラルで支払い方法を使えるカードに変更します。',
        'ログインできない場合は、ログイン画面の「ヘルプ」→「お問い合わせ」からAmazonに支払いについて相談します。',
      ],
      en: [
        'Check with your card issuer that the registered credit card has not expired or been stopped.',
        'If you can sign in, change the payment method in Seller Central to a card that works.',
        'If you cannot sign in, ask Amazon about the payment through “Help” → “Contact us” on the login page.',
      ],
    },
    prevention: {
      ja: ['売上がない月でも登録料が払えるよう、使えるクレジットカードを登録しておきましょう。'],
      en: ['Keep a working credit card on file so the fee is paid even in a month without sales.'],
    },
    links: [link.sellerCentral, link.help],
    alternatives: ['account.suspended'],
  },
  'login.system-outage': {
    title: { ja: 'Amazon側のシステム障害', en: 'A system failure at Amazon' },
    cause: {
      ja: 'ごくまれに、Amazonのシステム障害が原因でログインできなくなることがあります。',
      en: 'Very occasionally, a failure in Amazon’s own systems stops sellers from signing in.',
    },
    steps: {
      ja: [
        'ログイン画面右上の「ヘルプ」から「お問い合わせ」を開き、Amazonに状況を伝えます。',
        'Amazonからの連絡を待ち、案内された方法で対応します。',
        '少し時間をおいてから、もう一度ログインしてみます。',
      ],
      en: [
        'Open “Help” → “Contact us” at the top right of the login page and tell Amazon what is happening.',
        'Wait for Amazon to reply and do what it advises.',
        'After a while, try signing in again.',
      ],
    },
    links: [link.help, link.sellerCentral],
    alternatives: ['login.cookies-cache'],
  },
  'login.wrong-marketplace': {
    title: { ja: '別の国のAmazonにログインしようとしている', en: 'Signing in to another country’s Amazon' },
    cause: {
      ja: '出品用アカウントにログインできるのは、そのアカウントを作った国のセラーセントラルだけです。Amazonは18か国で展開しているので、国の選択が違うとログインできません。',
      en: 'A seller account can only sign in on the Seller Central of the country it was created in. Amazon runs in 18 countries, so with another country selected the login fails.',
    },
    steps: {
      ja: [
        'セラーセントラルのログイン画面を開きます。',
        '右上の「ヘルプ」を押します。',
        'ヘルプ左上の「適用されるマーケットプレイス」が「日本」か確認します。',
        '日本以外なら日本に切り替え、日本のセラーセントラル（sellercentral.amazon.co.jp）からログインし直します。',
      ],
      en: [
        'Open the Seller Central login page.',
        'Tap “Help” at the top right.',
        'Check that the applicable marketplace at the top left of Help says Japan.',
        'If it shows another country, switch to Japan and sign in again on Japanese Seller Central (sellercentral.amazon.co.jp).',
      ],
    },
    links: [link.sellerCentral],
    alternatives: ['login.forgot-password', 'login.cookies-cache'],
  },
  'login.cookies-cache': {
    title: { ja: 'ブラウザのCookie・キャッシュ', en: 'Browser cookies and cache' },
    cause: {
      ja: 'ブラウザに長い間たまったCookieやキャッシュが不具合を起こし、ログインを邪魔していることがあります。',
      en: 'Cookies and cached files that have built up in the browser over a long time can go wrong and get in the way of signing in.',
    },
    steps: {
      ja: [
        'ブラウザの設定から、Cookieとキャッシュを削除します。',
        'ブラウザを開き直し、何度かログインを試します。',
        'それでも入れなければ、パソコンやスマートフォンを再起動してから試します。',
      ],
      en: [
        'Delete cookies and cached files in the browser’s settings.',
        'Reopen the browser and try signing in a few times.',
        'If that still fails, restart your computer or phone and try again.',
      ],
    },
    prevention: {
      ja: ['Cookieとキャッシュはときどき削除しておきましょう。'],
      en: ['Clear cookies and cache every so often.'],
    },
    links: [link.sellerCentral],
    alternatives: ['login.system-outage', 'login.forgot-password'],
  },
  'login.inactive-access-lost': {
    title: { ja: '長い間ログインしていなかった', en: 'Access lost after a long absence' },
    cause: {
      ja: '出品用アカウントは、長期間ログインがないとアクセスできなくなることがあります。',
      en: 'A seller account that nobody has signed in to for a long time can lose its access.',
    },
    steps: {
      ja: [
        'アクセスはご自身では戻せないため、ログイン画面の「ヘルプ」→「お問い合わせ」からAmazonに相談します。',
        '最後にログインしたおおよその時期と、出品を休んでいた事情を伝えます。',
      ],
      en: [
        'You cannot restore the access yourself: ask Amazon through “Help” → “Contact us” on the login page.',
        'Tell them roughly when you last signed in and why selling was paused.',
      ],
    },
    prevention: {
      ja: [
        '長く出品を休む前には「休止設定」をしておきましょう。セラーセントラルのトップ →「設定」→「出品用アカウント情報」→「休止設定」で「休止」にチェックして保存します。使われていないアカウントとして凍結されるのを防げます。',
        '離れている間は乗っ取りの危険も増えるので、2段階認証を必ず設定しておきましょう。',
      ],
      en: [
        'Before a long break, turn on vacation mode: Seller Central top → Settings → Account Info → Going on vacation, tick Inactive and save. The account is then not frozen as unused.',
        'An account left alone is a bigger takeover risk, so be sure to turn on 2-step verification.',
      ],
    },
    links: [link.help, link.sellerCentral],
    alternatives: ['login.forgot-password', 'login.account-hijacked'],
  },
  'login.technical-support': {
    title: { ja: '原因がわからない', en: 'The cause is unclear' },
    cause: {
      ja: '原因の見当がつかないときは、出品者向けの公式窓口であるAmazonのテクニカルサポートに相談するのがいちばん確実です。専門の担当者が解決まで手伝ってくれます。',
      en: 'When you cannot tell what is wrong, the surest step is Amazon’s technical support, the official help desk for sellers. Its specialists will work with you until it is solved.',
    },
    steps: {
      ja: [
        'セラーセントラルのログイン画面右上の「ヘルプ」を押します。',
        '「お問い合わせ」を選び、テクニカルサポートに連絡します。',
        'いつから、どの画面で、どんな表示が出てログインできないのかを具体的に伝えます。',
      ],
      en: [
        'Tap “Help” at the top right of the Seller Central login page.',
        'Choose “Contact us” to reach technical support.',
        'Say since when, on which page and with which message the sign-in fails.',
      ],
    },
    links: [link.help],
    alternatives: [],
  },
  'account.suspended': {
    title: { ja: 'アカウントが停止されている', en: 'Your account is suspended' },
    cause: {
      ja: '出品用アカウントが停止されると、ログインできなくなります。停止はAmazonからのメールで知らされます。主な理由は規約違反で、出品禁止商品の出品、複数アカウントの所持、顧客満足度の低下などがあります。',
      en: 'A suspended seller account cannot sign in. Amazon tells you about a suspension by email. The usual reason is a policy violation: listing prohibited products, holding more than one seller account, or falling customer satisfaction.',
    },
    steps: {
      ja: [
        'Amazonからのメールを読み、停止の理由を確かめます。',
        '下の7項目をすべて書いた「改善計画書」を作ります。',
        '改善計画書をAmazonに提出し、審査を待ちます。認められれば、また出品できるようになる場合があります。',
      ],
      en: [
        'Read Amazon’s email to find out why the account was suspended.',
        'Write a plan of action that covers all seven items below.',
        'Submit the plan to Amazon and wait for the review. If it is accepted, you may be able to sell again.',
      ],
    },
    planOfAction: {
      ja: [
        '起きた規約違反の内容',
        'その違反が起きた原因',
        '同じ違反を二度と起こさないための具体的な改善策',
        '改善策を実施したときの効果',
        '改善策を実施し終える期日（年月日）',
        '効果が出る見込みの時期（年月）',
        '改善策の実施責任者の氏名',
      ],
      en: [
        'What the violation was',
        'Why it happened',
        'Concrete measures so that it never happens again',
        'What effect those measures will have',
        'The date by which the measures will be in place (day, month, year)',
        'When the effect is expected (month and year)',
        'The name of the person responsible for the measures',
      ],
    },
    prevention: {
      ja: [
        '出品の前に、その商品が出品禁止でないか必ず確認しましょう。',
        '出品用アカウントは1人1つまでです。複数持つと規約違反になります。',
        '注文不良率・キャンセル率・出荷遅延率・ポリシー違反・返品の不満足度を日ごろから確認しましょう。FBAを使うと、キャンセル率と出荷遅延率はまず悪化しません。',
      ],
      en: [
        'Before listing a product, always check that it is not prohibited.',
        'One seller account per person: holding several is a violation.',
        'Keep an eye on order defect rate, cancellation rate, late shipment rate, policy violations and return dissatisfaction. With FBA, cancellation and late shipment rates hardly ever suffer.',
      ],
    },
    links: [link.accountHealth, link.help],
    alternatives: ['login.payment-failed'],
  },
  'account.closed': {
    title: { ja: 'アカウントが閉鎖されている', en: 'Your account is closed' },
    cause: {
      ja: '閉鎖された出品用アカウントを、同じアカウントのまま使えるように戻すのはほぼ不可能です。停止とは違い、改善計画書による再開はまず期待できません。',
      en: 'Getting a closed seller account back in use as the same account is almost impossible. Unlike a suspension, a plan of action is very unlikely to reopen it.',
    },
    steps: {
      ja: [
        'Amazonからのメールを読み、閉鎖の理由を確かめます。',
        '復旧にかかる時間と手間を考えると、多くの場合は新しいアカウントを作るほうが現実的です。',
        '新しいアカウントは、閉鎖されたアカウントと結びつかないように注意して作ります。',
      ],
      en: [
        'Read Amazon’s email to find out why the account was closed.',
        'Weigh the time and effort a recovery would take; in most cases opening a new account is the realistic choice.',
        'Set up the new account so that it is not associated with the closed one.',
      ],
    },
    prevention: {
      ja: ['新しいアカウントでは、出品前にAmazonの規約をしっかり読み、停止や閉鎖につながる違反を避けましょう。'],
      en: ['With the new account, read Amazon’s policies carefully before listing and stay clear of the violations that lead to suspension or closure.'],
    },
    links: [link.sellerCentral, link.help],
    alternatives: [],
  },
};

export const diagnosisGraph: DiagnosisGraph = { start: 'notice', questions, outcomes, lastResort: 'login.technical-support' };
