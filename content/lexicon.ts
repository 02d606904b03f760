/**
 * The concept lexicon: words sellers use for the same thing (jargon, abbreviations, Japanese and
 * English equivalents), grouped under one concept. The router's build step (npm run build:intents)
 * compiles it with the examples: a message that says セラセン, SC or seller central meets the same
 * `sellercentral` concept, and the model learns what each concept means for each intent.
 *
 * Terms are matched after the router's normalisation (width, case, hiragana → katakana, long
 * vowels dropped), left to right, longest term first, so ブロック解除 is `unblock`, not `unlink`.
 * Latin terms match whole words (plural and -ed/-ing forms included). The build adds the kana
 * reading of every term written in kanji, so all-kana input (れんけい) meets the concept too.
 *
 * Reviewed against the two source documents (the LINE account notice and the Seller Central login
 * article): their names for screens, plans, metrics and alerts are here with what sellers say.
 */
export interface Concept {
  id: string;
  /** What the concept means, for content writers. */
  means: string;
  terms: readonly string[];
}

export const concepts: readonly Concept[] = [
  // Places and accounts
  {
    id: 'sellercentral',
    means: 'Seller Central, the seller portal (セラーセントラル)',
    terms: ['セラーセントラル', 'セラセン', 'セラーセンター', 'セラーセントラ', 'seller central', 'sellercentral', 'sc', 'seller portal', '管理画面', 'セラーページ'],
  },
  {
    id: 'seller-account',
    means: 'the Amazon selling account (出品用アカウント)',
    terms: [
      '出品用アカウント', '出品アカウント', '出品者アカウント', 'セラーアカウント', '販売アカウント', 'ショップアカウント', '出品用のアカウント', '出品者用アカウント',
      'seller account', 'selling account', 'sellers account', 'merchant account', 'seller id', '出品者id', 'セラーid', 'マーチャントid', 'ストア',
    ],
  },
  { id: 'amazon', means: 'Amazon itself', terms: ['amazon', 'アマゾン', 'amzn', 'amz', '尼', 'amazon.co.jp', 'アマゾンジャパン'] },
  {
    id: 'this-line',
    means: 'this LINE official account (the bot)',
    terms: ['line公式', '公式アカウント', '公式line', 'このline', 'このアカウント', 'このトーク', 'このbot', 'ボット', 'bot', 'chatbot', 'official account', 'this line', 'line account', 'lineアカウント', 'ライン'],
  },
  {
    id: 'line-own-login',
    means: 'the LINE app’s own login, password or account (not ours to answer)',
    terms: [
      'lineのパスワード', 'lineパスワード', 'lineにログイン', 'lineのログイン', 'lineのアカウントにログイン', 'lineの引き継ぎ', 'line引き継ぎ', 'lineの引継ぎ', '機種変更', '機種変',
      'lineのメールアドレス', 'lineアプリ', 'lineのアプリ', 'lineのアカウント', 'lineのid', 'line id', 'line pay', 'lineペイ', 'line app', 'line password', 'password for line', 'password of line', 'line login', 'login to line', 'log into line', 'line app password', 'my line account', 'transfer my line',
    ],
  },
  {
    id: 'buyer',
    means: 'shopping as a customer: orders, deliveries, returns, Prime, Kindle (out of scope)',
    terms: [
      '買い物', '購入した', '買った', '注文した', '頼んだ', '荷物', '配達', '配送状況', '返品したい', '返金', 'プライム会員', 'プライムビデオ', 'prime video', 'アマプラ', 'kindle', 'キンドル',
      'ギフトカード', 'ギフト券', 'アマギフ', 'audible', 'オーディブル', 'alexa', 'アレクサ', 'echo', 'fire tv', '購入履歴', '注文履歴', 'my order', 'my package', 'delivery', 'parcel', 'refund',
      'prime membership', 'gift card', 'buyer account', '購入者アカウント', 'お買い物用', '買い物用のアカウント', 'shopping account', 'customer account',
    ],
  },
  {
    id: 'other-app',
    means: 'another app or service (Instagram, Gmail, a bank app…)',
    terms: ['instagram', 'インスタ', 'twitter', 'ツイッター', 'facebook', 'フェイスブック', 'gmail', 'youtube', 'ユーチューブ', 'メルカリ', '楽天', 'ヤフオク', 'yahoo', 'shopify', 'ebay', 'tiktok', 'slack', 'ゲーム', 'game', 'スマホの設定', 'iosの設定', '他のアプリ', '銀行アプリ', 'ゲームアプリ', 'ニュースアプリ', 'other app', 'another app', 'app notifications', 'banking app', 'bank app', 'news app', 'weather app', 'whatsapp', 'messenger', 'telegram'],
  },

  // Linking this account
  {
    id: 'link',
    means: 'link the seller account with this LINE account (連携)',
    terms: ['連携', '紐付け', '紐づけ', '紐付', 'ひも付け', '連動', '接続', 'あいさつメッセージ', 'ログインリンク', '同意ボタン', '同意を押', 'つなぐ', 'つなげ', 'つなが', 'つなぎ', '繋ぐ', '繋げ', '繋が', '繋ぎ', 'リンク', 'link', 'connect', 'hook up', 'hook', 'pair', 'integrate', 'sync', 'tie'],
  },
  {
    id: 'unlink',
    means: 'remove the link (連携解除)',
    terms: [
      '連携解除', '連携を解除', '連携の解除', '連携を外', '連携をやめ', '連携を切', '連携止め', '連携を止め', '紐付け解除', '紐付けを解除', '紐づけ解除', '紐づけを解除', '紐付けを外', '紐づけを外', '接続解除', '接続を切', '連携を取り消', '連携取り消', '連携を削除', '連携削除', '解除', '切断',
      'unlink', 'disconnect', 'unpair', 'remove the link', 'delete the link', 'remove my account', 'revoke', 'detach', 'deauthorize', 'disassociate',
    ],
  },
  { id: 'unblock', means: 'unblock this LINE account after blocking it', terms: ['ブロック解除', 'ブロックを解除', 'ブロック外', 'ブロックを外', 'ブロック解い', 'ブロックを解い', 'unblock', 'unblocked', 'unblocking'] },
  { id: 'block', means: 'block this LINE account', terms: ['ブロック', 'block', 'blocked', '非表示'] },
  {
    id: 'linked-state',
    means: 'whether the link is in place, and to which account',
    terms: ['連携済', '連携できてる', '連携されてる', '連携されている', '連携できている', '連携状況', '連携状態', '連携の状態', '連携の状況', 'ちゃんと連携', '連携中', 'つながってる', 'つながっている', '繋がってる', '繋がっている', 'linked', 'connected', 'link status', 'connection status', 'still linked', 'which account', 'どのアカウント', 'どのセラー'],
  },
  { id: 'expired', means: 'a link that failed or expired', terms: ['期限切れ', '有効期限', '切れた', '切れて', '失効', '無効', 'タイムアウト', 'expired', 'expire', 'timed out', 'timeout', 'invalid link'] },

  // Notifications
  {
    id: 'notification',
    means: 'the alerts this account sends (通知)',
    terms: ['通知', 'お知らせ', '知らせ', 'アラート', 'プッシュ', '連絡が来', 'メッセージが来', 'notification', 'notifs', 'notif', 'notice', 'alert', 'push', 'ping'],
  },
  {
    id: 'stop',
    means: 'stop, silence or turn off',
    terms: ['止めたい', '止めて', '止める', '止めれ', 'とめたい', 'とめて', 'とめる', 'やめたい', 'やめて', '辞めたい', 'オフ', 'off', 'いらない', '要らない', '不要', '来ないように', 'こないように', '受け取りたくない', '受け取らない', 'ミュート', '切りたい', '切って', '減らしたい', '鳴らない', 'うるさい', 'stop', 'turn off', 'mute', 'disable', 'silence', 'opt out', 'unsubscribe', 'too many'],
  },
  {
    id: 'choose',
    means: 'choose which notification types arrive (settings)',
    terms: ['設定', '選びたい', '選べ', '選択', '種類ごと', '一部だけ', '一部の', 'オンオフ', 'on off', 'オン', 'カスタマイズ', '受け取る種類', 'settings', 'setting', 'preferences', 'preference', 'configure', 'customize', 'choose', 'pick', 'only some', 'certain', 'toggle', 'turn on'],
  },
  {
    id: 'language',
    means: 'the language of the bot and its alerts',
    terms: ['言語', '英語', '日本語', '英文', '和文', 'english', 'japanese', 'language', 'lang', 'nihongo', 'eigo', 'translate', '翻訳', '英訳'],
  },
  {
    id: 'history',
    means: 'alerts received before (履歴)',
    terms: ['履歴', '過去の通知', '前の通知', '以前の通知', '届いた通知', '最近の通知', '今までの通知', 'これまでの通知', '過去の', '昨日の通知', '先週の通知', '見逃した', '見返', '消してしまった', 'history', 'past', 'previous', 'recent', 'earlier', 'last week', 'missed', 'log of', 'old alerts', 'received so far'],
  },
  {
    id: 'types',
    means: 'which kinds of notifications exist',
    terms: ['種類', 'どんな通知', 'どういう通知', '何の通知', 'なんの通知', '通知の内容', 'どんな内容', '通知対象', '対象', 'types', 'type of', 'kinds', 'kind of', 'what notifications', 'which notifications', 'what alerts', 'which alerts', 'what notice', 'which notice', 'what message', 'which message', 'what kind', 'categories'],
  },
  {
    id: 'menu',
    means: 'the menu, help, what the bot can do',
    terms: ['メニュー', '使い方', 'できること', '出来ること', '何ができる', 'なにができる', '機能', 'ヘルプ', 'menu', 'help', 'what can you do', 'features', 'functions', 'how to use', 'commands', 'options'],
  },
  { id: 'faq', means: 'the list of frequent questions', terms: ['よくある質問', 'よくある', 'faq', 'faqs', 'q&a', 'qa', '質問一覧', '質問集', 'frequently asked', 'common questions'] },

  // About this LINE account (the notice)
  { id: 'friend-add', means: 'add this account as a LINE friend (友だち追加)', terms: ['友ダチ追加', '友ダチ登録', '友ダチに追加', '友ダチになる', '友ダチ', '追加', 'qrコード', 'qr', 'フォロー', 'add friend', 'add as friend', 'add as a friend', 'add you', 'friend', 'follow', 'qr code', 'scan'] },
  {
    id: 'device',
    means: 'phones and tablets the LINE app runs on',
    terms: ['iphone', 'ipad', 'android', 'アンドロイド', 'アイフォン', 'アイパッド', 'スマホ', 'スマートフォン', 'タブレット', '携帯', 'ケータイ', '機種', '端末', 'デバイス', 'galaxy', 'pixel', 'xperia', 'phone', 'smartphone', 'tablet', 'device', 'mobile'],
  },
  { id: 'desktop', means: 'LINE on a computer', terms: ['pc', 'パソコン', 'パソコン版', 'デスクトップ', 'デスクトップ版', 'pc版', 'mac', 'windows', 'ウィンドウズ', 'マック', 'ノートパソコン', 'desktop', 'computer', 'laptop', 'macbook', 'browser version'] },
  {
    id: 'staff',
    means: 'several people or staff of one seller',
    terms: ['スタッフ', '社員', '従業員', '担当者', '複数人', '何人', '二人', '2人', '3人', '別の人', '他の人', 'ほかの人', '部下', '家族', '妻', '夫', '共同', 'チーム', 'みんな', '全員', 'staff', 'employee', 'employees', 'team', 'colleague', 'colleagues', 'coworker', 'several people', 'multiple people', 'two people', 'partner', 'my wife', 'my husband', 'more than one person'],
  },
  { id: 'third-party', means: 'an agency or other company given user permissions', terms: ['代行', '代行業者', '外注', '第三者', 'コンサル', 'ユーザー権限', '権限', '委託', '業者', 'agency', 'agent', 'third party', 'third-party', '3rd party', 'consultant', 'outsourc', 'user permission', 'permissions', 'va', 'virtual assistant'] },
  { id: 'inquiry', means: 'asking Amazon questions through this chat', terms: ['問イ合ワセ', '問合ワセ', '質問', '相談', '聞きたい', 'チャットで', 'ここで聞', 'ここから聞', 'inquiry', 'inquiries', 'enquiry', 'ask amazon', 'contact amazon', 'message amazon', 'talk to amazon', 'chat with', 'questions'] },
  { id: 'penalty', means: 'a penalty or duty for not adding or linking', terms: ['ペナルティ', '不利', 'デメリット', '義務', '必須', '強制', 'しないとダメ', 'しなくても', 'しないと', '罰', 'penalty', 'penalties', 'penalised', 'penalized', 'mandatory', 'required', 'compulsory', 'obligatory', 'disadvantage', 'punish', 'do i have to', 'must i'] },
  { id: 'email', means: 'e-mail', terms: ['メールアドレス', 'メアド', 'メル', 'email', 'mail', 'inbox', 'gmail'] },
  { id: 'replace', means: 'instead of, replacing', terms: ['代わり', '代ワリ', 'かわり', '不要になる', '見なくて', '見なくても', 'だけで', 'だけでいい', 'だけ見れば', '置き換', 'instead of', 'replace', 'replaces', 'no longer need', 'only line', 'enough', 'substitute'] },
  { id: 'not-yet', means: 'nothing has arrived yet, when it starts', terms: ['まだ来ない', 'まだこない', '来ない', 'こない', '届かない', '一度も', 'いつから', 'いつ届', '始まら', '開始', '開始日', '何も来', 'なにも来', '音沙汰', 'not received', 'nothing yet', 'no alerts yet', 'havent received', 'have not received', 'when will', 'when do', 'start date', 'not arriving', 'silent', 'nothing came'] },
  { id: 'what-to-do', means: 'what action an alert asks for', terms: ['何をすれば', 'なにをすれば', '何すれば', '対応方法', '対処法', '対処方法', 'やるべきこと', 'やること', '対応', '書いてある', '書いて', '載って', 'what to do', 'what should i do', 'action', 'actions', 'next steps', 'instructions', 'tell me what'] },
  { id: 'anyone', means: 'anyone, who', terms: ['誰でも', 'だれでも', '誰が', '誰', 'だれ', '一般', 'anyone', 'anybody', 'everyone', 'who can', 'public'] },

  // Login trouble (the Seller Central article)
  { id: 'login', means: 'signing in', terms: ['ログイン', 'ろぐいん', 'サインイン', 'ログオン', '入れない', 'はいれない', '入れません', 'login', 'logon', 'signin', 'access', 'log on', 'get in'] },
  { id: 'cannot', means: 'cannot, unable, locked out', terms: ['デキナイ', 'デキマセン', 'デキナク', '出来ない', '出来ません', '入れない', '入れません', '弾かれ', 'はじかれ', '無理', 'ダメ', 'だめ', '締め出', 'can not', 'cannot', 'cant', 'unable', 'locked out', 'not able', 'failing', 'does not work', 'not working', 'wont let me'] },
  { id: 'password', means: 'a password', terms: ['パスワード', 'パス', 'pw', 'password', 'passcode', '暗証番号'] },
  { id: 'forgot', means: 'forgot', terms: ['忘レ', 'ワスレ', '思い出せ', '覚えてない', '覚えていない', 'わからなくなっ', '分からなくなっ', '分からない', 'わからない', '紛失', 'forgot', 'forget', 'forgotten', 'remember', 'lost'] },
  { id: 'reset', means: 'reset or re-set', terms: ['再設定', 'リセット', '再発行', '変えたい', '変更したい', 'reset', 'recover', 'new password', 'change my password'] },
  { id: 'hijack', means: 'account takeover (乗っ取り)', terms: ['乗ッ取', '乗っ取', 'ノット', '不正アクセス', '不正ログイン', 'ハッキング', 'ハッキング', 'ハック', '勝手に', '知らない間に', '身に覚え', '見知らぬ', '第三者にログイン', 'hacked', 'hack', 'hijack', 'hijacked', 'taken over', 'takeover', 'compromised', 'someone changed', 'someone else', 'unauthorized', 'stolen'] },
  { id: 'email-stopped', means: 'Amazon’s usual e-mails stopped coming', terms: ['メールが来なく', 'メールが届かなく', 'メールがこなく', 'メールが止ま', 'メールがぱったり', 'ぱったり', 'emails stopped', 'no more emails', 'stopped getting emails', 'stopped receiving emails'] },
  { id: 'twostep', means: '2-step verification (2段階認証)', terms: ['2段階', '二段階', '2段階認証', '2要素', 'ワンタイム', '認証コード', '確認コード', 'otp', 'twostep', '2fa', 'mfa', 'authenticator', 'verification code', 'security code', 'sms code'] },
  { id: 'outage', means: 'a failure on Amazon’s side', terms: ['システム障害', '障害', 'サーバー', 'サーバダウン', 'ダウン', '落ちて', '落ちてる', 'メンテ', 'メンテナンス', '繋がらない', 'つながらない', '重い', 'outage', 'down', 'server', 'maintenance', 'glitch', 'crash', 'is amazon down', '503', '500'] },
  { id: 'marketplace', means: 'another country’s Amazon (marketplace)', terms: ['他国', '海外', '外国', 'アメリカ', '米国', 'イギリス', 'ドイツ', '北米', 'ヨーロッパ', '欧州', '国', 'マーケットプレイス', 'マーケットプレース', '.com', 'uk', 'usa', 'amazon.com', 'marketplace', 'country', 'countries', 'region', 'abroad', 'overseas', 'america', 'europe', 'japan site', '日本のアマゾン', 'グローバルセリング'] },
  { id: 'browser', means: 'browser trouble: cookies, cache', terms: ['クッキー', 'cookie', 'cookies', 'キャッシュ', 'cache', 'ブラウザ', 'browser', '再起動', 'restart', 'reboot', 'chrome', 'クローム', 'safari', 'サファリ', 'edge', 'firefox', 'シークレット', 'incognito', '履歴削除', 'ループ', 'loop', 'keeps reloading'] },
  { id: 'support', means: 'Amazon’s seller support desk', terms: ['テクニカルサポート', 'テクサポ', 'サポート', '窓口', 'カスタマーサービス', 'セラーサポート', '出品者サポート', 'seller support', 'technical support', 'tech support', 'support', 'helpdesk', 'help desk', 'customer service', 'call amazon', 'phone number', '電話'] },
  { id: 'no-idea', means: 'no idea why', terms: ['原因不明', '原因がわからない', '原因が分からない', 'よくわからない', '理由がわからない', 'なぜか', 'なんでか', '何が原因', 'no idea', 'no clue', 'not sure why', 'for some reason', 'dont know why', 'do not know why', 'unknown reason'] },
  { id: 'long-time', means: 'a long time without logging in', terms: ['長期間', '長い間', '長いこと', 'しばらく', '久しぶり', '久々', 'ずっと', '何年', '何ヶ月', '数年', '半年', '1年', '一年', '放置', '休眠', 'アクセス権', '使ってなかった', '使っていなかった', 'long time', 'long while', 'years', 'months', 'a year', 'inactive', 'dormant', 'havent used', 'have not used', 'not used', 'unused', 'abandoned'] },
  { id: 'vacation', means: 'pausing selling: 休止設定 (vacation / going on vacation)', terms: ['休止設定', '休止', '休暇', '休業', '休み', 'お休み', '長期休暇', '一時停止', '休ませ', '止めておき', '出品を止め', '販売を休', '販売停止したい', 'vacation', 'holiday', 'going on vacation', 'pause', 'paused', 'break', 'time off', 'inactive listings', 'away mode', 'temporarily stop selling'] },

  // Account health and suspension
  { id: 'suspended', means: 'the account is suspended (停止)', terms: ['アカウント停止', '利用停止', '停止', '垢ban', '垢バン', 'アカバン', 'ban', 'バン', '凍結', '止められ', '止まった', 'サスペンド', 'suspended', 'suspension', 'suspend', 'deactivated', 'deactivate', 'banned', 'frozen', 'reinstate', 'reinstatement', '復活', '復帰', '再開'] },
  { id: 'closed', means: 'the account is closed (閉鎖)', terms: ['閉鎖', '永久停止', '永久ban', '永久バン', '永久凍結', 'アカウント削除', '消された', '終わり', 'closed', 'closure', 'terminated', 'termination', 'shut down', 'permanently', 'permanent', 'for good', 'gone'] },
  { id: 'poa', means: 'a plan of action (改善計画書) to get reinstated', terms: ['改善計画書', '改善計画', '改善案', '再発防止', '異議申し立て', '申し立て', '嘆願', 'poa', 'plan of action', 'appeal', 'appeal letter', 'action plan', 'root cause', 'preventive measures'] },
  { id: 'why', means: 'why, the cause', terms: ['原因', '理由', 'なぜ', 'なんで', 'どうして', '何が悪', 'why', 'reason', 'reasons', 'cause', 'causes', 'what leads', 'get banned for'] },
  { id: 'policy', means: 'policy violations and prohibited items', terms: ['規約違反', '規約', '違反', 'ポリシー違反', 'ポリシー', '禁止商品', '出品禁止', '禁止', '偽物', '真贋', '知的財産', 'policy', 'violation', 'violations', 'prohibited', 'restricted', 'counterfeit', 'infringement', 'tos', 'terms of service'] },
  {
    id: 'metrics',
    means: 'account health metrics (注文不良率, キャンセル率, 出荷遅延率…)',
    terms: ['注文不良率', 'odr', 'キャンセル率', '返品不満足', '返品の不満足度', '顧客満足度', '指標', 'パフォーマンス', 'アカウント健全性', '健全性', 'アカウントヘルス', '評価', 'metric', 'metrics', 'account health', 'order defect', 'defect rate', 'cancellation rate', 'cancel rate', 'performance', 'kpi', 'health score', 'ahr'],
  },
  { id: 'multiple-accounts', means: 'more than one seller account (複数アカウント)', terms: ['複垢', '複アカ', '複数アカウント', '複数のアカウント', '複数の出品用アカウント', '2つ目のアカウント', '二つ目のアカウント', 'サブアカウント', 'サブ垢', '別アカウント', 'アカウントを2つ', 'アカウント2つ', '2アカウント', 'multiple accounts', 'second account', 'two accounts', 'another seller account', 'more than one account', 'several accounts', 'sub account', 'new account'] },
  { id: 'fee', means: 'the monthly fee of the Professional plan', terms: ['月額', '月額登録料', '月間登録料', '登録料', '月額登記料', '登記料', '月会費', '月額料金', '利用料', '固定費', '4980', '4 980', '4,980', '年会費', 'monthly fee', 'subscription fee', 'subscription', 'monthly charge', 'plan fee', 'how much per month', 'per month', 'a month'] },
  { id: 'plan', means: 'selling plans: 大口 (Professional) and 小口 (Individual)', terms: ['大口', '大口出品', '小口', '小口出品', 'プロフェッショナル', 'プラン', 'professional plan', 'professional', 'pro plan', 'individual plan', 'plan'] },
  { id: 'card', means: 'payment by card and charges', terms: ['クレジットカード', 'クレカ', 'カード', '引き落とし', '引落', '決済', '支払い', '支払', '請求', '課金', '天引き', 'credit card', 'card', 'charge', 'charged', 'payment', 'billing', 'declined', 'bill'] },
  { id: 'payout', means: 'payouts of sales to the bank (振込・送金)', terms: ['振込', '振り込み', '振りこみ', '入金', '送金', '売上金', '売り上げ金', '売上', '売り上げ', 'お金', '支払金', 'payout', 'payouts', 'disbursement', 'deposit', 'transfer', 'remittance', 'funds', 'my money', 'sales money', 'settlement'] },
  { id: 'bank', means: 'the bank account', terms: ['銀行口座', '口座', '銀行', '口座情報', '振込先', 'bank account', 'bank', 'account number', 'iban', 'bank details'] },
  { id: 'failed', means: 'failed, an error', terms: ['失敗', 'エラー', 'できなかった', '出来なかった', 'されなかった', '弾かれ', '不備', 'fail', 'failed', 'failure', 'error', 'bounced', 'rejected', 'unsuccessful', 'did not go through'] },
  { id: 'lsr', means: 'late shipment rate (出荷遅延率, LSR)', terms: ['出荷遅延率', '出荷遅延', '発送遅延', '遅延率', '発送が遅', '出荷が遅', 'lsr', 'late shipment', 'late shipping', 'shipping late', 'shipped late', 'late dispatch'] },
  { id: 'vtr', means: 'valid tracking rate (追跡可能率, VTR)', terms: ['追跡可能率', '追跡率', '追跡番号', '追跡', 'トラッキング', '問い合わせ番号', 'vtr', 'valid tracking', 'tracking rate', 'tracking number', 'tracking', 'trackable', '95'] },
  { id: 'fba', means: 'Fulfilment by Amazon', terms: ['fba', 'フルフィルメント', 'fulfillment by amazon', 'fulfilment by amazon'] },
  { id: 'self-ship', means: 'shipping it yourself (自己発送)', terms: ['自己発送', '自社出荷', 'fbm', 'mfn', 'merchant fulfilled', 'self fulfilled', 'self-fulfilled', 'ship myself'] },
  { id: 'support-team', means: 'the alert: a support team will contact you', terms: ['サポートチーム', 'サポートチームから', 'サポートチームが', '担当チーム', 'アカウントスペシャリスト', '連絡します', 'ご連絡', '連絡が来る', '連絡がある', 'support team', 'will contact', 'will reach out', 'reach out', 'account specialist', 'someone will call', 'contact me'] },
  { id: 'at-risk', means: 'may happen: a warning before a suspension', terms: ['可能性', '恐れ', 'おそれ', 'されそう', 'なりそう', 'かもしれない', 'かも', '危ない', 'やばい', 'ヤバい', '警告', 'リスク', '危険', '寸前', 'at risk', 'risk', 'warning', 'might be', 'may be', 'could be', 'about to', 'in danger', 'going to be'] },
  { id: 'listing', means: 'a listing, product or ASIN (出品商品)', terms: ['出品商品', '商品ページ', '商品', 'asin', 'sku', 'リスティング', '出品停止', '出品が停止', '出品を停止', '出品中', '出品物', '品物', 'listing', 'listings', 'product', 'products', 'item', 'items', 'asins'] },
  { id: 'performance-notice', means: 'the Performance Notifications page in Seller Central', terms: ['パフォーマンス通知', 'パフォーマンスノティフィケーション', 'performance notification', 'performance notifications'] },
  { id: 'prevent', means: 'prevent, protect, secure', terms: ['予防', '防ぐ', '防止', '対策', '守る', '守り', 'セキュリティ', '安全', '強化', '使い回', '使いまわ', 'prevent', 'protect', 'secure', 'security', 'safe', 'safety', 'reuse', 'reusing', 'hardening'] },
];
