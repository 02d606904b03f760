import { h } from './dom';
import type { SelectedSeller, SellerState } from './selected-seller';

/**
 * The line at the top of a panel that says which seller it acts on (the selected user's),
 * and keeps the panel's buttons off while there is none. `data-seller-id` carries the id.
 */
export function sellerLine(id: string, selected: SelectedSeller, buttons: () => HTMLButtonElement[]): HTMLElement {
  const line = h('p', { class: 'seller-line', id, 'aria-live': 'polite' });
  const paint = (state: SellerState) => {
    line.dataset.status = state.status;
    if (state.status === 'linked') line.dataset.sellerId = state.sellerId;
    else delete line.dataset.sellerId;
    const text =
      state.status === 'linked'
        ? [h('strong', null, state.sellerId), ` · ${state.userName}'s seller account${state.active ? '' : ' (the user blocked the account: alerts are skipped)'}`]
        : state.status === 'unlinked'
          ? [h('strong', null, 'none'), ` · ${state.userName} has not linked a seller account yet`]
          : state.status === 'error'
            ? [h('strong', null, '?'), ` · ${state.error}`]
            : ['…'];
    line.replaceChildren('Seller: ', ...text);
    for (const button of buttons()) button.disabled = state.status !== 'linked';
  };
  selected.onChange(paint);
  return line;
}
