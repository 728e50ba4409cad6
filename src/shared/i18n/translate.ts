import { IntlMessageFormat } from 'intl-messageformat';
import { da, type MessageKey } from './da.ts';
import { en } from './en.ts';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const dictionaries: Record<Language, Record<MessageKey, string>> = { da, en };

export type MessageParams = Record<string, string | number>;

// The messages are ICU MessageFormat, read by FormatJS: `{name}` is filled in as given, and
// `{n, plural, one {# år} other {# år}}` chooses the word by the language's plural rules. A
// count (#) is written in Danish number format in both languages, as every number in the app.
const danishNumbers = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 3 });
const formatters = {
  getNumberFormat: () => danishNumbers,
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) =>
    new Intl.DateTimeFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) =>
    new Intl.PluralRules(...args),
};

const compiled = new WeakMap<Record<MessageKey, string>, Map<MessageKey, IntlMessageFormat>>();

function compile(dictionary: Record<MessageKey, string>, key: MessageKey): IntlMessageFormat {
  let messages = compiled.get(dictionary);
  if (!messages) compiled.set(dictionary, (messages = new Map()));
  let message = messages.get(key);
  if (!message) {
    const locale = dictionary === en ? 'en' : 'da';
    message = new IntlMessageFormat(dictionary[key], locale, undefined, { formatters });
    messages.set(key, message);
  }
  return message;
}

/** The names of a message's arguments: `{name}` and `{name, plural, ...}`. */
const argumentNames = (message: string) =>
  [...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]!);

/** Looks a message up and fills in its arguments; an argument not given stays visible. */
export function translate(
  dictionary: Record<MessageKey, string>,
  key: MessageKey,
  params?: MessageParams,
): string {
  const values: MessageParams = { ...params };
  for (const name of argumentNames(dictionary[key])) {
    if (!(name in values)) values[name] = `{${name}}`;
  }
  return String(compile(dictionary, key).format(values));
}
