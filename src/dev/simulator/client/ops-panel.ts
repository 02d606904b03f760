/**
 * ops-panel.js: what ops do through the ops API: send one alert of any type to a seller
 * (POST /api/alerts with the ops token) and follow its delivery (GET /api/alerts/:id)
 * until it is delivered, skipped or failed. Errors of the API are shown as they come.
 */
export const opsPanelJs = /* js */ String.raw`
import { h, readJson } from './dom.js';

const SELLER_KEY = 'line-simulator.sellerId';
const FINAL = new Set(['delivered', 'skipped', 'failed']);
const POLL_MS = 1000;
const POLLS = 60;

/** Returns showUser(userId): call it when the selected user or their link may have changed. */
export function mountOpsPanel(container, config) {
  const seller = h('input', { id: 'ops-seller', value: localStorage.getItem(SELLER_KEY) || '', placeholder: 'seller id (selling_partner_id)' });
  const linkHint = h('p', { class: 'hint', id: 'ops-link-hint' }, 'The seller id the user linked with on the dev consent page.');
  const type = h('select', { id: 'ops-type' }, config.alertTypes.map((t) => h('option', { value: t }, t)));
  const details = h('textarea', { id: 'ops-details', placeholder: '{"amount": 12000, "deadline": "2026-12-31"}' });
  const results = h('ul', { class: 'alert-results', id: 'ops-results' });
  const send = h('button', { type: 'submit', id: 'ops-send' }, 'Send alert');
  const form = h('form', { id: 'ops-form' },
    h('label', { for: 'ops-seller' }, 'Seller id'), seller, linkHint,
    h('label', { for: 'ops-type' }, 'Alert type'), type,
    h('label', { for: 'ops-details' }, 'Details (optional JSON object)'), details,
    h('div', { class: 'actions' }, send));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    localStorage.setItem(SELLER_KEY, seller.value.trim());
    let extra;
    try {
      extra = details.value.trim() ? JSON.parse(details.value) : undefined;
    } catch {
      results.prepend(resultItem({ type: type.value, status: 'error', reason: 'details is not valid JSON' }));
      return;
    }
    await sendAlert(config, { sellerId: seller.value.trim(), type: type.value, ...(extra === undefined ? {} : { details: extra }) }, results);
  });
  container.replaceChildren(h('h2', null, 'Ops: send an alert'), form, results);

  let shownSeller = null;
  return async function showUser(userId) {
    const res = await fetch('/dev/simulator/link?userId=' + encodeURIComponent(userId));
    const link = await readJson(res);
    if (!res.ok || !link.sellerId) {
      shownSeller = null;
      linkHint.replaceChildren('The selected user has not linked a seller account yet; alerts to an unlinked seller are skipped.');
      return;
    }
    // Follow the selected user's seller unless ops typed another one.
    if (!seller.value || seller.value === shownSeller) seller.value = link.sellerId;
    shownSeller = link.sellerId;
    linkHint.replaceChildren('The selected user is linked to seller ' + link.sellerId + (link.active ? '' : ' (blocked: alerts are skipped)') + ' ',
      h('button', { type: 'button', class: 'link-button', onclick: () => (seller.value = link.sellerId) }, 'use it'));
  };
}

function resultItem(view) {
  const li = h('li', { class: 'alert-result' });
  li.dataset.alertType = view.type;
  paint(li, view);
  return li;
}

function paint(li, { id, type, status, reason, attempts, lastError }) {
  li.dataset.status = status;
  const view = h('div', null,
    h('span', { class: 'status status-' + status }, status), ' · ', type,
    id ? h('div', { class: 'hint' }, 'id ' + id + (attempts !== undefined ? ' · attempts ' + attempts : '')) : null,
    reason ? h('div', { class: 'reason' }, reason) : null,
    lastError ? h('div', { class: 'reason' }, 'last error: ' + lastError) : null);
  li.replaceChildren(...view.childNodes);
}

async function sendAlert(config, alert, results) {
  const li = resultItem({ type: alert.type, status: 'sending' });
  results.prepend(li);
  let res;
  let body;
  try {
    res = await fetch('/dev/simulator/ops/api/alerts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(alert) });
    body = await readJson(res);
  } catch (error) {
    paint(li, { type: alert.type, status: 'error', reason: String(error) });
    return;
  }
  const accepted = body && Array.isArray(body.alerts) ? body.alerts[0] : undefined;
  if (!res.ok || !accepted) {
    const why = body && body.error ? body.error + (body.details ? ': ' + JSON.stringify(body.details) : '') : JSON.stringify(body);
    paint(li, { type: alert.type, status: 'error', reason: 'POST /api/alerts answered ' + res.status + ' ' + why });
    return;
  }
  let view = { type: alert.type, ...accepted };
  paint(li, view);
  for (let i = 0; i < POLLS && !FINAL.has(view.status); i++) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    const poll = await fetch('/dev/simulator/ops/api/alerts/' + encodeURIComponent(accepted.id));
    const record = await readJson(poll);
    view = poll.ok ? { ...view, ...record } : { ...view, status: 'error', reason: 'GET /api/alerts/:id answered ' + poll.status + ' ' + JSON.stringify(record) };
    paint(li, view);
    if (!poll.ok) return;
  }
}
`;
