import type { LiveOverview } from '../../domain/rounds/overview.ts';
import { notConvertedMessage } from '../../shared/i18n/price-level-messages.ts';
import type { Language } from '../../shared/i18n/translate.ts';
import { word } from '../words.ts';

/** The round's overview as the API answers it: why a proposal is not converted, in `language`. */
export function presentOverview(overview: LiveOverview, language: Language) {
  return {
    ...overview,
    committees: overview.committees.map((committee) => ({
      ...committee,
      administrations: committee.administrations.map((administration) => ({
        ...administration,
        entries: administration.entries.map((entry) => ({
          ...entry,
          notConverted:
            entry.notConverted && word(notConvertedMessage(entry.notConverted), language),
        })),
      })),
    })),
  };
}
