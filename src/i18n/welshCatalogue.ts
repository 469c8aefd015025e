/** Every Welsh PO file of the app, as one catalogue (each area of the app has its own file). */
import type { Catalogue } from '../core/index';

const files = import.meta.glob<Catalogue>('./locales/cy/*.po', { eager: true, import: 'default' });

export const WELSH: Catalogue = Object.assign({}, ...Object.values(files));
