import { join } from 'node:path';
import type { RichMenuDefinition } from '../../content/richmenus';

/** Where each menu's generated image lives; the image and deploy scripts agree through this. */
export const RICH_MENU_IMAGE_DIR = join(process.cwd(), 'assets', 'richmenus');

export const richMenuImagePath = (menu: RichMenuDefinition, dir = RICH_MENU_IMAGE_DIR): string => join(dir, `${menu.aliasId}.png`);

/** LINE refuses rich-menu images over 1 MB. */
export const MAX_RICH_MENU_IMAGE_BYTES = 1024 * 1024;
