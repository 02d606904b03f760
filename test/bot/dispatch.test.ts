import { describe, expect, it } from 'vitest';
import { OUTCOME_IDS } from '../../content/diagnosis';
import { intentContents } from '../../content/intents';
import { RICH_MENUS } from '../../content/richmenus';
import { FLOWS, hasIntent, INTENTS, POSTBACKS } from '../../src/bot/dispatch';
import * as diagnosis from '../../src/bot/features/diagnosis';
import { modelData } from '../support/worker-assets';
import { DIAGNOSIS_FLOW } from '../../src/render/diagnosis-cards';
import { UNLINK_FLOW } from '../../src/render/linking-cards';

describe('the dispatch tables', () => {
  it('give every intent the router can decide on an owner', () => {
    for (const id of modelData.classes) expect(hasIntent(id), id).toBe(true);
  });

  it('give every intent a button or rich-menu area can carry an owner', () => {
    const carried = [
      ...RICH_MENUS.flatMap((menu) => menu.buttons.map((b) => b.intent)),
      ...intentContents.flatMap((c) => [...(c.actions ?? []), ...(c.related ?? [])]),
      'diagnosis.cancel',
    ];
    for (const id of carried) expect(hasIntent(id), id).toBe(true);
  });

  it('let the diagnosis own its outcomes, so that 解決しない can move on to the next cause', () => {
    for (const id of OUTCOME_IDS) {
      expect(diagnosis.isOutcome(id)).toBe(true);
      expect(INTENTS()[id]!.toString()).toBe(diagnosis.jumpTo(id).toString());
    }
  });

  it('give every postback action and every flow a card can start an owner', () => {
    for (const action of ['intent', 'flow', 'fb', 'set', 'lang', 'alert'] as const) expect(POSTBACKS[action], action).toBeDefined();
    for (const flow of ['link', 'relink', UNLINK_FLOW, DIAGNOSIS_FLOW]) expect(Object.hasOwn(FLOWS, flow), flow).toBe(true);
  });
});
