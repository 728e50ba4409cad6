import type { MessageKey } from '../shared/i18n/da.ts';
import { da } from '../shared/i18n/da.ts';
import { translate, type MessageParams } from '../shared/i18n/translate.ts';

// Documents are written in Danish, the template's language, with the very words the web app
// shows, so a printed proposal and the screen never disagree on a heading.
export const word = (key: MessageKey, params?: MessageParams): string => translate(da, key, params);
