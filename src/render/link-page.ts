import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Lang } from '../../content/i18n';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface PageSpec {
  lang: Lang;
  title: string;
  /** Paragraphs of plain text. */
  paragraphs: readonly string[];
  tone?: 'info' | 'error' | 'success';
  /** More of the card (forms, buttons), made with Hono's `html` so that every value in it is escaped. */
  extra?: Html;
}

const TONE = { info: '#007185', error: '#B12704', success: '#067D62' } as const;

/**
 * A small self-contained page that reads well on a phone: viewport meta, one column,
 * large tap targets, inline CSS, no scripts and nothing loaded from elsewhere.
 */
export function renderPage(spec: PageSpec): Html {
  const color = TONE[spec.tone ?? 'info'];
  return html`<!doctype html>
<html lang="${spec.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${spec.title}</title>
<style>
body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Hiragino Sans","Noto Sans JP",Meiryo,sans-serif;background:#F3F4F6;color:#111827;line-height:1.6}
main{max-width:28rem;margin:0 auto;padding:1.5rem 1rem}
.card{background:#fff;border-radius:12px;padding:1.25rem;box-shadow:0 1px 3px rgba(0,0,0,.12);border-top:6px solid ${color}}
h1{font-size:1.25rem;margin:0 0 .75rem;color:${color}}
p{margin:.5rem 0;font-size:1rem}
label{display:block;font-weight:600;margin:1rem 0 .25rem}
input[type=text]{width:100%;box-sizing:border-box;font-size:1.1rem;padding:.6rem;border:1px solid #9CA3AF;border-radius:8px}
button,.button{display:block;width:100%;box-sizing:border-box;margin-top:1rem;padding:.8rem;font-size:1.05rem;border:0;border-radius:8px;background:#FF9900;color:#111827;font-weight:700;text-align:center;text-decoration:none;cursor:pointer}
button.secondary{background:#E5E7EB}
.brand{font-size:.8rem;color:#6B7280;margin-bottom:.5rem}
</style>
</head>
<body>
<main>
<div class="brand">Amazon Seller Services × LINE</div>
<div class="card">
<h1>${spec.title}</h1>
${spec.paragraphs.map((p) => html`<p>${p}</p>\n`)}
${spec.extra}
</div>
</main>
</body>
</html>`;
}
