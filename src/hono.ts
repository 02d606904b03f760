import type { Env, Schema } from 'hono';
import { HonoBase } from 'hono/hono-base';
import { TrieRouter } from 'hono/router/trie-router';

/**
 * Hono with its TrieRouter alone, for every app of the production Worker. Hono's default
 * router tries a RegExpRouter first and falls back to this one, and both match the same
 * routes; leaving the RegExpRouter out makes the Worker smaller (about 1.7 KiB gzip) without
 * changing what any path reaches. hono/tiny's PatternRouter is smaller still, but it also
 * matches a path with a trailing slash (`/healthz/`, `/api/alerts/:id/`) that is a 404 today.
 */
export class Hono<E extends Env = Env, S extends Schema = {}, BasePath extends string = '/'> extends HonoBase<E, S, BasePath> {
  constructor() {
    super({ router: new TrieRouter() });
  }
}
