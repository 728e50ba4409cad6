import { da, type MessageKey } from './da.ts';
import { en } from './en.ts';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const dictionaries: Record<Language, Record<MessageKey, string>> = { da, en };

export type MessageParams = Record<string, string | number>;

/** Looks a message up and fills in its `{name}` placeholders; unknown placeholders stay visible. */
export function translate(
  dictionary: Record<MessageKey, string>,
  key: MessageKey,
  params?: MessageParams,
): string {
  const message = dictionary[key];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
