import type { ValidationIssue } from '../domain/validation/index.ts';
import { fieldName } from '../shared/field-labels.ts';
import type { MessageKey } from '../shared/i18n/da.ts';
import { englishRuleMessage } from '../shared/i18n/rule-messages.ts';
import { dictionaries, translate, type Language } from '../shared/i18n/translate.ts';

// What the server says to a person, kept apart from the language it is said in: a service
// answers with a message of the shared catalogue (problems.da.ts, problems.en.ts) and its
// values, and the HTTP layer words it in the language the client asked for (language.ts), with
// the same ICU messages the web app uses.

/**
 * A message of the catalogue with its values; a value may itself be words (a reason inside a
 * sentence). A rule's issue is worded by its rule (rule-messages.ts). A string is said as it
 * stands: words that are the same in every language (a name, a path, a request's own text).
 */
export type Words =
  | { key: MessageKey; values?: Record<string, string | number | Words> }
  | { rule: ValidationIssue }
  | string;

export const say = (key: MessageKey, values?: Record<string, string | number | Words>): Words => ({
  key,
  values,
});

/** The words in `language`. */
export function word(words: Words, language: Language): string {
  if (typeof words === 'string') return words;
  if ('rule' in words) {
    const { rule } = words;
    return language === 'da'
      ? rule.message
      : englishRuleMessage(rule, fieldName(rule.field, language));
  }
  const values = Object.fromEntries(
    Object.entries(words.values ?? {}).map(([name, value]) => [
      name,
      typeof value === 'number' ? value : word(value, language),
    ]),
  );
  return translate(dictionaries[language], words.key, values);
}
