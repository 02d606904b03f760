import type { Localized } from './i18n';

/**
 * The login-trouble diagnosis: its ids and shapes, and the words of its screens. The graph
 * itself (short questions whose options lead to another question or to one of the outcomes,
 * and the outcomes) is in diagnosis-graph.ts; flows/diagnosis.ts interprets it and
 * src/render/diagnosis-cards.ts turns it into messages.
 */

/** Outcome ids are intent ids (shared/intents.md): feedback and direct intents use them. */
export const OUTCOME_IDS = [
  'login.forgot-password',
  'login.account-hijacked',
  'login.payment-failed',
  'login.system-outage',
  'login.wrong-marketplace',
  'login.cookies-cache',
  'login.inactive-access-lost',
  'login.technical-support',
  'account.suspended',
  'account.closed',
] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

export const QUESTION_IDS = ['notice', 'notice-kind', 'credentials', 'takeover', 'marketplace', 'inactive', 'payment', 'browser', 'outage'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export type DiagnosisNext = { ask: QuestionId } | { outcome: OutcomeId };

export interface DiagnosisOption {
  /** Carried in postback data (`o=`), so [A-Za-z0-9._-] only. */
  id: string;
  label: Localized;
  /** Lets a typed はい/yes or いいえ/no pick this option. */
  means?: 'yes' | 'no';
  next: DiagnosisNext;
}

export interface DiagnosisQuestion {
  text: Localized;
  options: readonly DiagnosisOption[];
}

export interface LinkButton {
  label: Localized;
  url: string;
}

export interface DiagnosisOutcome {
  title: Localized;
  cause: Localized;
  steps: Localized<readonly string[]>;
  /** The seven items Amazon expects in a plan of action (suspension only). */
  planOfAction?: Localized<readonly string[]>;
  prevention?: Localized<readonly string[]>;
  links: readonly LinkButton[];
  /** When this outcome did not help: the next most likely causes, in order. Technical support always comes last. */
  alternatives: readonly OutcomeId[];
}

export interface DiagnosisGraph {
  start: QuestionId;
  questions: Record<QuestionId, DiagnosisQuestion>;
  outcomes: Record<OutcomeId, DiagnosisOutcome>;
  /** Where every "not solved" chain ends. */
  lastResort: OutcomeId;
}

/** The words of the diagnosis screens. */
export const diagnosisText = {
  title: { ja: 'ログインできないときの診断', en: 'Can’t log in? Let’s find out why' },
  intro: {
    ja: 'いくつかの質問に答えていただくと、ログインできない原因と対処法をご案内します。',
    en: 'Answer a few questions and I will show you the likely cause and what to do about it.',
  },
  /** n of the longest possible run, so the seller sees how far there is at most to go. */
  questionNumber: { ja: '質問 {n}/{total}', en: 'Question {n} of {total}' },
  /** The first question has nothing to go back to or start over from. */
  answerHintFirst: {
    ja: 'ボタンを押すか、「はい」「いいえ」や番号で答えてください。「やめる」でいつでも終了できます。',
    en: 'Tap a button, or reply yes, no or an option number. Say cancel to stop at any time.',
  },
  answerHint: {
    ja: 'ボタンを押すか、「はい」「いいえ」や番号で答えてください。「戻る」「最初から」「やめる」も使えます。',
    en: 'Tap a button, or reply yes, no or an option number. You can also say back, restart or cancel.',
  },
  back: { ja: '戻る', en: 'Back' },
  restart: { ja: '最初から', en: 'Restart' },
  cancel: { ja: 'やめる', en: 'Cancel' },
  causeLabel: { ja: '考えられる原因', en: 'Likely cause' },
  stepsLabel: { ja: '対処の手順', en: 'What to do' },
  planLabel: { ja: '改善計画書に書く7項目', en: 'The 7 items of a plan of action' },
  preventionLabel: { ja: '再発を防ぐために', en: 'To keep it from happening again' },
  feedbackQuestion: { ja: 'これで解決しましたか？', en: 'Did this solve it?' },
  solved: { ja: '解決した', en: 'Solved' },
  notSolved: { ja: '解決しない', en: 'Not solved' },
  solvedReply: {
    ja: '解決してよかったです。ほかにお困りのことがあれば、メニューからお選びください。',
    en: 'Glad that sorted it out. If there is anything else, choose from the menu.',
  },
  nextCause: {
    ja: 'では、次に考えられる原因を見てみましょう。',
    en: 'Then let’s look at the next most likely cause.',
  },
  exhaustedTitle: { ja: 'テクニカルサポートに相談する', en: 'Ask Amazon’s technical support' },
  exhausted: {
    ja: 'お役に立てず申し訳ありません。Amazonのテクニカルサポート（セラーセントラルの「ヘルプ」→「お問い合わせ」）に相談するのがいちばん確実です。',
    en: 'Sorry this did not solve it. Amazon’s technical support (Seller Central “Help” → “Contact us”) is the surest next step.',
  },
  exhaustedHint: {
    ja: 'いつから、どの画面で、どんな表示が出てログインできないのかを伝えると、話が早く進みます。',
    en: 'Say since when, on which page and with which message the sign-in fails: it speeds things up.',
  },
  cancelled: {
    ja: 'ログインの診断を終了しました。必要なときはいつでもメニューの「ログインできない」からどうぞ。',
    en: 'The login check has ended. Whenever you need it again, choose “Can’t log in” in the menu.',
  },
  notUnderstood: {
    ja: 'すみません、回答として読み取れませんでした。下のボタンから選ぶか、「はい」「いいえ」や番号で答えてください。',
    en: 'Sorry, I could not read that as an answer. Pick one below, or reply yes, no or an option number.',
  },
  /** After small talk or a repeated start during a question: the question is still there. */
  stillWaiting: {
    ja: 'ログインの診断の質問はそのままです。続けるときは下から選んでください。',
    en: 'The login check is still waiting for your answer; pick one below to go on.',
  },
  firstQuestion: { ja: 'これが最初の質問です。', en: 'This is the first question.' },
  /** "Back" typed under an outcome: the questions are over, there is nowhere to go back to. */
  questionsOver: {
    ja: 'ログインの診断の質問はもう終わっています。もう一度はじめから答えるときは「最初から」と送ってください。',
    en: 'The questions of the login check are over. To answer them again from the start, say restart.',
  },
  expiredOffer: {
    ja: '前回のログインの診断は、30分以上操作がなかったため終了しました。最初からやり直しますか？',
    en: 'Your earlier login check ended because nothing happened for over 30 minutes. Would you like to start over?',
  },
} satisfies Record<string, Localized>;

export type DiagnosisText = typeof diagnosisText;

/**
 * What people type for the commands of the diagnosis, compared after NFKC, lower case
 * and without punctuation or spaces. Both languages are accepted whatever the chat language.
 */
export const diagnosisWords = {
  yes: ['はい', 'はいそうです', 'そうです', 'そう', 'うん', 'ええ', 'ある', 'あります', 'yes', 'y', 'yeah', 'yep', 'yup', 'sure', 'correct'],
  no: ['いいえ', 'いえ', 'いや', 'ううん', 'ちがう', '違う', '違います', 'ない', 'ないです', 'ありません', 'no', 'n', 'nope', 'nah', 'notreally'],
  back: ['戻る', 'もどる', '戻って', 'ひとつ前', '一つ前', '前へ', 'back', 'goback', 'previous', 'prev'],
  restart: ['最初から', 'さいしょから', 'はじめから', '初めから', 'やり直し', 'やりなおし', 'やり直す', 'restart', 'startover', 'reset', 'fromthestart'],
  cancel: ['やめる', 'やめます', '止める', '中止', 'キャンセル', '終了', '終わり', 'おわり', 'cancel', 'stop', 'quit', 'exit', 'end'],
  solved: ['解決した', '解決しました', '解決', 'できた', 'できました', 'ログインできた', 'ログインできました', 'solved', 'itworked', 'worked', 'fixed', 'resolved'],
  notSolved: ['解決しない', '解決しません', '解決しなかった', 'だめ', 'ダメ', 'だめでした', 'できない', 'できなかった', 'notsolved', 'unsolved', 'didnotwork', 'didntwork', 'stillnot', 'notfixed'],
} as const satisfies Record<string, readonly string[]>;
