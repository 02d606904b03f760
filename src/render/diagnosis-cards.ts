import type { messagingApi } from '@line/bot-sdk';
import type { LinkButton, OutcomeId, QuestionId } from '../../content/diagnosis';
import { fill, type Lang } from '../../content/i18n';
import { maxQuestions } from '../../flows/diagnosis';
import { diagnosisGraph, diagnosisText } from '../conversation-content';
import { encodePostback } from './postback';
import { bullets, button, buttonRow, card, COLORS, flexMessage, postbackAction, quickReply, separator, steps, text, textMessage, uriAction, vbox } from './flex';
import { intentAction } from './menu';

export const DIAGNOSIS_FLOW = 'diagnosis';

/** The control events every screen offers. */
export type DiagnosisControl = 'BACK' | 'RESTART' | 'CANCEL';

/**
 * `o` names the screen a button was shown on (`<question>.<option>` for an answer), so a
 * button of an earlier step of the same run cannot act on the step now on screen.
 */
export const answerValue = (question: QuestionId, option: string) => `${question}.${option}`;

const flowData = (run: string, e: string, o: string) => encodePostback({ a: 'flow', f: DIAGNOSIS_FLOW, r: run, e, o });

const CONTROL_WORDS = { BACK: 'back', RESTART: 'restart', CANCEL: 'cancel' } as const satisfies Record<DiagnosisControl, string>;

/** Back and start over only once there is something to go back to; cancel always. */
function controlActions(lang: Lang, run: string, screen: string, answered: number): messagingApi.PostbackAction[] {
  const controls: DiagnosisControl[] = answered > 0 ? ['BACK', 'RESTART', 'CANCEL'] : ['CANCEL'];
  return controls.map((e) => {
    const label = diagnosisText()[CONTROL_WORDS[e]][lang];
    return postbackAction(label, flowData(run, e, screen), label);
  });
}

const label = (value: string): messagingApi.FlexText => text(value, { size: 'xs', weight: 'bold', color: COLORS.accent, margin: 'lg' });

export interface QuestionView {
  lang: Lang;
  run: string;
  question: QuestionId;
  /** How many questions were answered before this one. */
  answered: number;
  /** Shown above the question: an introduction, or why it is asked again. */
  intro?: readonly string[];
}

/** 質問 2/7: n of the most questions a run can ask. */
const progress = (lang: Lang, answered: number) => fill(diagnosisText().questionNumber[lang], { n: answered + 1, total: maxQuestions(diagnosisGraph()) });

/** The options as numbered answer taps (a typed number picks the same option). */
function optionActions({ lang, run, question }: QuestionView): messagingApi.PostbackAction[] {
  return diagnosisGraph().questions[question].options.map((option, i) =>
    postbackAction(`${i + 1}. ${option.label[lang]}`, flowData(run, 'ANSWER', answerValue(question, option.id)), option.label[lang]),
  );
}

/**
 * One question: progress, the question, numbered option buttons of equal weight (none is
 * suggested), and the controls that apply here. No quick replies: the buttons are the choices.
 */
export function questionMessage(view: QuestionView): messagingApi.FlexMessage {
  const { lang, run, question, answered } = view;
  const q = diagnosisGraph().questions[question];
  const controls = controlActions(lang, run, question, answered);
  const body = vbox(
    [
      text(diagnosisText().title[lang], { weight: 'bold', size: 'md', color: COLORS.brand }),
      ...(view.intro ?? []).map((p) => text(p, { size: 'sm', margin: 'md' })),
      label(progress(lang, answered)),
      text(q.text[lang], { size: 'md', margin: 'sm' }),
      text((answered > 0 ? diagnosisText().answerHint : diagnosisText().answerHintFirst)[lang], { size: 'xs', color: COLORS.muted, margin: 'md' }),
    ],
    { spacing: 'none' },
  );
  const footer = vbox([...optionActions(view).map((a) => button(a, 'secondary')), buttonRow(controls, 'link')], { spacing: 'sm' });
  const alt = [...(view.intro ?? []), q.text[lang], q.options.map((o, i) => `${i + 1}. ${o.label[lang]}`).join(' / ')].join('\n');
  return flexMessage(alt, { type: 'bubble', body, footer });
}

/**
 * The question again in a few words, after something that was not an answer (small talk, a
 * non-answer, back on the first question): why, the question, and its options and controls
 * as quick replies. Never the whole card again.
 */
export function questionReminderMessage(view: QuestionView, lead: string): messagingApi.TextMessage {
  const { lang, run, question, answered } = view;
  const reminder = `${lead}\n${progress(lang, answered)}: ${diagnosisGraph().questions[question].text[lang]}`;
  return textMessage(reminder, quickReply([...optionActions(view), ...controlActions(lang, run, question, answered)]));
}

/** 解決した / 解決しない: feedback on the outcome, named by its id like every answer's feedback. */
const feedbackAction = (lang: Lang, outcome: OutcomeId, vote: 'up' | 'down') => {
  const words = vote === 'up' ? diagnosisText().solved : diagnosisText().notSolved;
  return postbackAction(words[lang], encodePostback({ a: 'fb', id: outcome, vote }), words[lang]);
};

/** The outcome's links (Seller Central, help and contact): opening a page is safe, so the first is highlighted. */
const linkButtons = (lang: Lang, links: readonly LinkButton[]) => links.map((l, i) => button(uriAction(l.label[lang], l.url), i === 0 ? 'primary' : 'secondary'));

export interface OutcomeView {
  lang: Lang;
  outcome: OutcomeId;
}

/**
 * An outcome: likely cause, numbered steps, the plan of action where it applies, prevention,
 * links, and 解決した / 解決しない. The questions are over, so there is nothing to go back to:
 * feedback is the only thing left to tap.
 */
export function outcomeMessage({ lang, outcome }: OutcomeView): messagingApi.FlexMessage {
  const o = diagnosisGraph().outcomes[outcome];
  const contents: messagingApi.FlexComponent[] = [
    text(o.title[lang], { weight: 'bold', size: 'md', color: COLORS.brand }),
    label(diagnosisText().causeLabel[lang]),
    text(o.cause[lang], { size: 'sm', margin: 'sm' }),
    label(diagnosisText().stepsLabel[lang]),
    steps(o.steps[lang]),
  ];
  if (o.planOfAction) contents.push(label(diagnosisText().planLabel[lang]), steps(o.planOfAction[lang]));
  if (o.prevention) contents.push(separator(), label(diagnosisText().preventionLabel[lang]), bullets(o.prevention[lang], lang, { size: 'xs', color: COLORS.muted }));
  const footer = vbox(
    [
      ...linkButtons(lang, o.links),
      separator(),
      text(diagnosisText().feedbackQuestion[lang], { size: 'xs', color: COLORS.muted, margin: 'md', align: 'center' }),
      buttonRow([feedbackAction(lang, outcome, 'up'), feedbackAction(lang, outcome, 'down')]),
    ],
    { spacing: 'sm' },
  );
  const alt = `${o.title[lang]}\n${o.cause[lang]}`;
  return flexMessage(alt, { type: 'bubble', body: vbox(contents, { spacing: 'none' }), footer });
}

/**
 * 解決しない on the last cause: an apology and where to go next, with the same help and
 * contact button the last step offered.
 */
export function exhaustedMessage(lang: Lang): messagingApi.FlexMessage {
  const graph = diagnosisGraph();
  const { links } = graph.outcomes[graph.lastResort];
  const bubble = card({
    title: diagnosisText().exhaustedTitle[lang],
    body: [diagnosisText().exhausted[lang], diagnosisText().exhaustedHint[lang]],
    buttons: linkButtons(lang, links),
  });
  return flexMessage(`${diagnosisText().exhaustedTitle[lang]}\n${diagnosisText().exhausted[lang]}`, bubble);
}

/** "Back" under an outcome: the questions are over; starting again is one tap away. */
export function questionsOverMessage(lang: Lang): messagingApi.TextMessage {
  return textMessage(diagnosisText().questionsOver[lang], quickReply([intentAction(diagnosisText().restart[lang], 'diagnosis.start')]));
}

/** After an idle flow: no continuation, just the offer to start over (or stop). */
export function restartOfferMessage(lang: Lang): messagingApi.TextMessage {
  return textMessage(
    diagnosisText().expiredOffer[lang],
    quickReply([intentAction(diagnosisText().restart[lang], 'diagnosis.start'), intentAction(diagnosisText().cancel[lang], 'diagnosis.cancel')]),
  );
}
