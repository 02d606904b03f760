import type { messagingApi } from '@line/bot-sdk';
import type { RichMenuDefinition } from '../../content/richmenus';
import { encodePostback } from './postback';

/**
 * LINE's rich menu object for a definition. `name` is left to the caller: the deploy puts
 * the content hash there to recognise a menu that is already up to date.
 */
export function richMenuRequest(menu: RichMenuDefinition, name: string): messagingApi.RichMenuRequest {
  return {
    size: { ...menu.size },
    selected: false,
    name,
    chatBarText: menu.chatBarText,
    areas: menu.buttons.map(({ cell, intent, label }) => ({
      bounds: { x: cell.x, y: cell.y, width: cell.width, height: cell.height },
      action: {
        type: 'postback',
        label: label[menu.lang],
        data: encodePostback({ a: 'intent', id: intent }),
        displayText: label[menu.lang],
      } satisfies messagingApi.PostbackAction,
    })),
  };
}
