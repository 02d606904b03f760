import type { messagingApi } from '@line/bot-sdk';
import { diagnosisGraph, diagnosisText, type OutcomeId, type QuestionId } from '../../content/diagnosis';
import { fill, type Lang } from '../../content/i18n';
import { encodePostback } from '../bot/postback';
import { button, COLORS, flexMessage, postbackAction, quickReply, separator, steps, text, textMessage, uriAction, vbox } from './flex';
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

const controlLabels: Record<DiagnosisControl, typeof diagnosisText.back> = {
  BACK: diagnosisText.back,
  RESTART: diagnosisText.restart,
  CANCEL: diagnosisText.cancel,
};

function controlActions(lang: Lang, run: string, screen: string, withBack: boolean): messagingApi.PostbackAction[] {
  const controls: DiagnosisControl[] = withBack ? ['BACK', 'RESTART', 'CANCEL'] : ['RESTART', 'CANCEL'];
  return controls.map((e) => postbackAction(controlLabels[e][lang], flowData(run, e, screen), controlLabels[e][lang]));
}

const row = (actions: readonly messagingApi.Action[]): messagingApi.FlexBox => ({
  type: 'box',
  layout: 'horizontal',
  spacing: 'sm',
  contents: actions.map((a) => ({ ...button(a, 'link'), flex: 1 })),
});

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

/** One question: numbered option buttons, back/restart/cancel, the same as quick replies. */
export function questionMessage(view: QuestionView): messagingApi.FlexMessage {
  const { lang, run, question } = view;
  const q = diagnosisGraph.questions[question];
  const options = q.options.map((option, i) => ({
    label: `${i + 1}. ${option.label[lang]}`,
    action: postbackAction(`${i + 1}. ${option.label[lang]}`, flowData(run, 'ANSWER', answerValue(question, option.id)), option.label[lang]),
  }));
  const controls = controlActions(lang, run, question, view.answered > 0);
  const body = vbox(
    [
      text(diagnosisText.title[lang], { weight: 'bold', size: 'md', color: COLORS.brand }),
      ...(view.intro ?? []).map((p) => text(p, { size: 'sm', margin: 'md' })),
      label(fill(diagnosisText.questionNumber[lang], { n: view.answered + 1 })),
      text(q.text[lang], { size: 'md', margin: 'sm' }),
      text(diagnosisText.answerHint[lang], { size: 'xs', color: COLORS.muted, margin: 'md' }),
    ],
    { spacing: 'none' },
  );
  const footer = vbox([...options.map((o, i) => button(o.action, i === 0 ? 'primary' : 'secondary')), row(controls)], { spacing: 'sm' });
  const alt = [...(view.intro ?? []), q.text[lang], q.options.map((o, i) => `${i + 1}. ${o.label[lang]}`).join(' / ')].join('\n');
  return flexMessage(alt, { type: 'bubble', body, footer }, quickReply([...options.map((o) => o.action), ...controls]));
}

/** 解決した / 解決しない: feedback on the outcome, named by its id like every answer's feedback. */
const feedbackAction = (lang: Lang, outcome: OutcomeId, vote: 'up' | 'down') => {
  const words = vote === 'up' ? diagnosisText.solved : diagnosisText.notSolved;
  return postbackAction(words[lang], encodePostback({ a: 'fb', id: outcome, vote }), words[lang]);
};

export interface OutcomeView {
  lang: Lang;
  outcome: OutcomeId;
  /** The run the card belongs to; its back/restart/cancel buttons expire with it. */
  run: string;
}

/** An outcome: likely cause, numbered steps, the plan of action where it applies, prevention, links, feedback. */
export function outcomeMessage({ lang, outcome, run }: OutcomeView): messagingApi.FlexMessage {
  const o = diagnosisGraph.outcomes[outcome];
  const contents: messagingApi.FlexComponent[] = [
    text(o.title[lang], { weight: 'bold', size: 'md', color: COLORS.brand }),
    label(diagnosisText.causeLabel[lang]),
    text(o.cause[lang], { size: 'sm', margin: 'sm' }),
    label(diagnosisText.stepsLabel[lang]),
    steps(o.steps[lang]),
  ];
  if (o.planOfAction) contents.push(label(diagnosisText.planLabel[lang]), steps(o.planOfAction[lang]));
  if (o.prevention) {
    contents.push(
      separator(),
      label(diagnosisText.preventionLabel[lang]),
      ...o.prevention[lang].map((tip) => text(`・${tip}`, { size: 'xs', color: COLORS.muted, margin: 'sm' })),
    );
  }
  const feedback = [feedbackAction(lang, outcome, 'up'), feedbackAction(lang, outcome, 'down')];
  const controls = controlActions(lang, run, outcome, true);
  const footer = vbox(
    [
      ...o.links.map((l, i) => button(uriAction(l.label[lang], l.url), i === 0 ? 'primary' : 'secondary')),
      separator(),
      text(diagnosisText.feedbackQuestion[lang], { size: 'xs', color: COLORS.muted, margin: 'md', align: 'center' }),
      { type: 'box', layout: 'horizontal', spacing: 'sm', contents: feedback.map((a) => ({ ...button(a, 'secondary'), flex: 1 })) },
      row(controls),
    ],
    { spacing: 'sm' },
  );
  const alt = `${o.title[lang]}\n${o.cause[lang]}`;
  return flexMessage(alt, { type: 'bubble', body: vbox(contents, { spacing: 'none' }), footer }, quickReply([...feedback, ...controls]));
}

/** After an idle flow: no continuation, just the offer to start over (or stop). */
export function restartOfferMessage(lang: Lang): messagingApi.TextMessage {
  return textMessage(
    diagnosisText.expiredOffer[lang],
    quickReply([intentAction(diagnosisText.restart[lang], 'diagnosis.start'), intentAction(diagnosisText.cancel[lang], 'diagnosis.cancel')]),
  );
}
