import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { diagnosisGraph as writtenGraph } from '../content/diagnosis-graph';
import { intentContents as writtenIntents } from '../content/intents';
import { conversationContentFileText, makeConversationContent } from '../scripts/lib/conversation-content';
import { CONVERSATION_CONTENT_PATH, diagnosisGraph, intentContent, intentContents, isCommandIntent } from '../src/conversation-content';
import { fetchStaticAsset } from '../src/static-assets';

describe('the conversation content asset', () => {
  it('is what content/ says now (after editing the answers, the diagnosis or help, `npm run build:content` writes it again)', async () => {
    const res = await fetchStaticAsset(env.ASSETS, CONVERSATION_CONTENT_PATH);
    expect(res.status).toBe(200);
    const served = await res.text();
    expect(JSON.parse(served)).toEqual(makeConversationContent());
    expect(served).toBe(conversationContentFileText());
  });

  it('answers by id, in FAQ-list order, once loaded', () => {
    expect(intentContents().map((c) => c.id)).toEqual(writtenIntents.map((c) => c.id));
    expect(intentContent('login.forgot-password')?.title.ja).toBe(writtenIntents.find((c) => c.id === 'login.forgot-password')!.title.ja);
    expect(intentContent('no.such-intent')).toBeUndefined();
    expect(isCommandIntent('link.start')).toBe(true);
    expect(isCommandIntent('login.forgot-password')).toBe(false);
    expect(diagnosisGraph()).toEqual(writtenGraph);
  });
});
