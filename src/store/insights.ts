import type { Lang } from '../../content/i18n';
import type { FeedbackCount, UnansweredQuestion } from '../model/insights';
import { sha256Hex } from '../crypto/hash';
import type { Env } from '../env';

/**
 * What ops learn from the chat: questions the router could not answer, and how sellers rated
 * each answer. User ids are stored only as SHA-256 hashes: enough to see that several
 * questions came from one person, not who they are.
 */

const UNANSWERED = 'insights:unanswered:';
const FEEDBACK = 'insights:fb:';
/** Unanswered questions are kept for 30 days, then KV drops them. */
export const UNANSWERED_TTL_SECONDS = 30 * 24 * 60 * 60;
/** KV metadata holds at most 1024 bytes: 150 characters stay below that even as 4-byte emoji. */
const MAX_STORED_TEXT = 150;
// Keys sort ascending, so a countdown puts the newest question first in a listing.
const NEWEST_FIRST_BASE = 9_999_999_999_999;

export type Vote = 'up' | 'down';

export const hashUserId = (userId: string): Promise<string> => sha256Hex(userId);

export async function recordUnanswered(env: Pick<Env, 'KV'>, question: { text: string; userId: string; lang: Lang; now: number }): Promise<void> {
  const entry: UnansweredQuestion = {
    text: [...question.text.trim()].slice(0, MAX_STORED_TEXT).join(''),
    user: await hashUserId(question.userId),
    lang: question.lang,
    at: new Date(question.now).toISOString(),
  };
  const key = `${UNANSWERED}${String(NEWEST_FIRST_BASE - question.now).padStart(13, '0')}:${crypto.randomUUID()}`;
  await env.KV.put(key, '', { expirationTtl: UNANSWERED_TTL_SECONDS, metadata: entry });
}

/** Newest first; pass the returned cursor to read on. */
export async function listUnanswered(env: Pick<Env, 'KV'>, options: { limit: number; cursor?: string }): Promise<{ questions: UnansweredQuestion[]; cursor?: string }> {
  const page = await env.KV.list<UnansweredQuestion>({ prefix: UNANSWERED, limit: options.limit, ...(options.cursor ? { cursor: options.cursor } : {}) });
  const questions = page.keys.flatMap((k) => (k.metadata ? [k.metadata] : []));
  return page.list_complete ? { questions } : { questions, cursor: page.cursor };
}

/** One vote per user and answer: voting again replaces the earlier vote. */
export async function recordFeedback(env: Pick<Env, 'KV'>, vote: { intentId: string; userId: string; vote: Vote }): Promise<void> {
  await env.KV.put(`${FEEDBACK}${vote.intentId}:${await hashUserId(vote.userId)}`, vote.vote, { metadata: { v: vote.vote } });
}

export async function feedbackCounts(env: Pick<Env, 'KV'>): Promise<FeedbackCount[]> {
  const counts = new Map<string, FeedbackCount>();
  let cursor: string | undefined;
  do {
    const page = await env.KV.list<{ v: Vote }>({ prefix: FEEDBACK, ...(cursor ? { cursor } : {}) });
    for (const key of page.keys) {
      const rest = key.name.slice(FEEDBACK.length);
      const id = rest.slice(0, rest.lastIndexOf(':'));
      const count = counts.get(id) ?? { id, up: 0, down: 0 };
      if (key.metadata?.v === 'up') count.up++;
      else if (key.metadata?.v === 'down') count.down++;
      counts.set(id, count);
    }
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return [...counts.values()].sort((a, b) => a.id.localeCompare(b.id));
}
