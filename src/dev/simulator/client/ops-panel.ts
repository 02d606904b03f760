import type { SimulatorConfig } from '../protocol';
import { SIMULATOR_PATHS } from '../protocol';
import { describeFailure, errorMessage, fetchJson, fill, h, sendJson } from './dom';
import type { SelectedSeller } from './selected-seller';
import { sellerLine } from './seller-line';

/**
 * What ops do through the ops API: send one alert of any type to the selected user's seller
 * (POST /api/alerts, the token added by the dev relay) and follow its delivery
 * (GET /api/alerts/:id) until it is delivered, skipped or failed.
 */

const FINAL = new Set(['delivered', 'skipped', 'failed']);
const POLL_MS = 1000;
const POLLS = 60;

interface AlertView {
  type: string;
  status: string;
  id?: string;
  sellerId?: string;
  reason?: string;
  attempts?: number;
  lastError?: string;
}

export function mountOpsPanel(container: HTMLElement, config: SimulatorConfig, selected: SelectedSeller): void {
  const type = h('select', { id: 'ops-type' }, config.alertTypes.map((t) => h('option', { value: t }, t)));
  const details = h('textarea', { id: 'ops-details', placeholder: '{"amount": 12000, "deadline": "2026-12-31"}' });
  const results = h('ul', { class: 'results', id: 'ops-results' });
  const send = h('button', { type: 'submit', id: 'ops-send' }, 'Send alert');
  const form = h('form', { id: 'ops-form' },
    sellerLine('ops-seller', selected, () => [send]),
    h('label', { for: 'ops-type' }, 'Alert type'), type,
    h('label', { for: 'ops-details' }, 'Details (optional JSON object)'), details,
    h('div', { class: 'actions' }, send));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  container.replaceChildren(h('h2', null, 'Ops: send an alert'), form, results);

  async function submit(): Promise<void> {
    const alertType = type.value;
    let extra: unknown;
    try {
      extra = details.value.trim() ? JSON.parse(details.value) : undefined;
    } catch {
      results.prepend(resultItem({ type: alertType, status: 'error', reason: 'details is not valid JSON' }));
      return;
    }
    const target = await selected.forSending();
    if (!target.ok) {
      results.prepend(resultItem({ type: alertType, status: 'error', reason: target.error }));
      return;
    }
    await sendAlert({ sellerId: target.sellerId, type: alertType, ...(extra === undefined ? {} : { details: extra }) }, results);
  }
}

function resultItem(view: AlertView): HTMLLIElement {
  const li = h('li', { class: 'result', dataset: { alertType: view.type } });
  paint(li, view);
  return li;
}

function paint(li: HTMLLIElement, view: AlertView): void {
  li.dataset.status = view.status;
  fill(
    li,
    h('span', { class: `status status-${view.status}` }, view.status), ` · ${view.type}`, view.sellerId ? ` → ${view.sellerId}` : '',
    view.id ? h('div', { class: 'hint' }, `id ${view.id}${view.attempts !== undefined ? ` · attempts ${view.attempts}` : ''}`) : null,
    view.reason ? h('div', { class: 'reason' }, view.reason) : null,
    view.lastError ? h('div', { class: 'reason' }, `last error: ${view.lastError}`) : null,
  );
}

async function sendAlert(alert: { sellerId: string; type: string; details?: unknown }, results: HTMLElement): Promise<void> {
  const base = { type: alert.type, sellerId: alert.sellerId };
  const li = resultItem({ ...base, status: 'sending' });
  results.prepend(li);
  try {
    const answer = await sendJson<{ alerts?: AlertView[] }>('POST', `${SIMULATOR_PATHS.ops}/api/alerts`, alert);
    const accepted = answer.body?.alerts?.[0];
    if (!answer.ok || !accepted?.id) {
      paint(li, { ...base, status: 'error', reason: `POST /api/alerts answered ${describeFailure(answer)}` });
      return;
    }
    let view: AlertView = { ...base, ...accepted };
    paint(li, view);
    for (let i = 0; i < POLLS && !FINAL.has(view.status); i++) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      const record = await fetchJson<AlertView>(`${SIMULATOR_PATHS.ops}/api/alerts/${encodeURIComponent(accepted.id)}`);
      if (!record.ok || !record.body) {
        paint(li, { ...view, status: 'error', reason: `GET /api/alerts/:id answered ${describeFailure(record)}` });
        return;
      }
      view = { ...view, ...record.body, type: alert.type };
      paint(li, view);
    }
  } catch (error) {
    paint(li, { ...base, status: 'error', reason: errorMessage(error) });
  }
}
