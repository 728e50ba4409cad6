import type { AdministrationDirectory } from './administrations.ts';

/**
 * The seven forvaltninger of Københavns Kommune, with former names that older documents use.
 * Passed to the importer by its callers (the CLI, the server); another municipality passes its
 * own directory.
 */
export const COPENHAGEN_ADMINISTRATIONS: AdministrationDirectory = [
  { code: 'ØKF', names: ['Økonomiforvaltningen'] },
  { code: 'KFF', names: ['Kultur- og Fritidsforvaltningen'] },
  { code: 'BUF', names: ['Børne- og Ungdomsforvaltningen'] },
  { code: 'SUF', names: ['Sundheds- og Omsorgsforvaltningen'] },
  { code: 'SOF', names: ['Socialforvaltningen'] },
  { code: 'TMF', names: ['Teknik- og Miljøforvaltningen'] },
  {
    code: 'BIF',
    names: [
      'Beskæftigelses-, Integrations- og Erhvervsforvaltningen',
      'Beskæftigelses- og Integrationsforvaltningen',
      'Beskæftigelsesforvaltningen',
    ],
  },
];
