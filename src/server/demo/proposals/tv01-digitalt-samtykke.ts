import type { ProposalContentInput } from '../../../shared/proposal-schema.ts';

// TV01 (2025), investment proposal in OFS 2024-2025 (seed 002). Amounts in 1.000 kr., 2026 p/l.
// The document names no committee; Socialforvaltningen's proposals go to Socialudvalget.
// It grew out of the innovation proposal "Digital selv- og medbetjening" (OFS 22/23), which is
// not among the demo proposals, so originProposalId stays null and the description names it.
// Document arithmetic: every stated subtotal equals the sum of its rows, and both paybacks
// (4 and 4 years; the cumulative total reaches exactly 0 in year 4) follow from the table.
export const tv01DigitaltSamtykke: ProposalContentInput = {
  code: 'TV01',
  title: 'Digitalt Samtykke i Socialforvaltningens fagsystemer',
  kind: 'investeringsforslag',
  summary:
    'SOF indfører Digitaliseringsstyrelsens nationale samtykkeløsning i sit primære ' +
    'socialfaglige fagsystem DOMUS og implementerer den i organisationen. ' +
    'Beskæftigelsesforvaltningen stiller et tilsvarende forslag for sit eget fagsystem.',
  leadAdministration: 'SOF',
  affectedAdministrations: [],
  committee: 'SOU',
  roundId: 'ofs-2024-2025',
  originProposalId: null,
  description: [
    'Den nationale samtykkeløsning er et fællesoffentligt initiativ i digitaliseringsstrategien ' +
      '2022-2025 (”Let og tryg brug af samtykke”), udviklet af Digitaliseringsstyrelsen med ' +
      'kommuner, regioner og stat. Den skal gøre det lettere for borgerne at forstå, give, finde ' +
      'og tilbagekalde samtykker, afskaffe papirblanketter og manuelle processer, muliggøre ' +
      'automatisk datadeling og adgangsstyring og støtte samarbejdet mellem myndigheder. ' +
      'Løsningen ventes at blive obligatorisk, men hvordan og hvornår er ikke aftalt.',
    'SOF og Beskæftigelsesforvaltningen har siden 2023 været førsteanvendere. I dag printes ' +
      'samtykker i SOF, underskrives, scannes, makuleres og journaliseres manuelt. Med en ' +
      'integration til DOMUS og en tilpasset brugerflade kan samtykker håndteres helt digitalt, ' +
      'mens ikke-digitale borgere fortsat kan give samtykke på papir. Borgerne skal på sigt kunne ' +
      'se deres samtykker på borger.dk eller en lignende løsning. Fuldt implementeret ventes ' +
      'løsningen at spare ca. 15 minutter pr. samtykke.',
    'Forslaget udspringer af innovationsforslaget ”Digital selv- og medbetjening” fra OFS 22/23.',
  ].join('\n\n'),
  economyNarrative: [
    'Digitaliseringsstyrelsen betaler driften af selve løsningen, så SOF’s udgifter går til ' +
      'snitflade, tilpasning af DOMUS og implementering. Udviklingen skønnes til ca. 2 mio. kr. ' +
      'ud fra tidligere snitflader i DOMUS; dertil ½ årsværk til projektledelse og interne ' +
      'ressourcer, ca. 150 t.kr. til e-læring og en mindre post til KIT’s bistand med ' +
      'it-arkitektur og jura.',
    'Driften af DOMUS stiger med 10 % af udviklingsudgiften (200 t.kr.) plus 50 t.kr. til ' +
      'småtilpasninger, i alt 250 t.kr., og systemejerskabet koster ca. ¼ årsværk eller 150 t.kr.',
    'SOF havde ca. 12.500 samtykker i 2023. 15 minutter sparet på hvert giver 3.125 timer eller ' +
      '2½ årsværk (à 1.250 effektive timer), svarende til 1,5 mio. kr. I 2026 regnes med halv ' +
      'effekt, fordi udrulningen kan blive forsinket til marts 2026, og brugerne skal vænne sig ' +
      'til løsningen.',
  ].join('\n\n'),
  economy: {
    priceLevelYear: 2026,
    years: [2025, 2026, 2027, 2028, 2029, 2030],
    rows: [
      {
        label: 'Øgede driftsudgifter til DOMUS',
        section: 'lasting',
        area: 'service',
        values: [null, 250, 250, 250, 250, 250],
      },
      {
        label: 'Udgifter til systemejerskab',
        section: 'lasting',
        area: 'service',
        values: [null, 150, 150, 150, 150, 150],
      },
      {
        label: 'Tidsbesparelse',
        section: 'lasting',
        area: 'service',
        values: [null, -750, -1500, -1500, -1500, -1500],
      },
      {
        label: 'Udvikling af integration og tilpasning af fagsystem',
        section: 'implementation',
        area: 'anlaeg',
        values: [1000, 1000, null, null, null, null],
      },
      {
        label: 'Projektledelse og interne ressourcer',
        section: 'implementation',
        area: 'anlaeg',
        values: [150, 150, null, null, null, null],
      },
      {
        // The extraction leaves the column open; only 2026 makes the anlæg subtotals add up.
        label: 'E-læring og uddannelsesmaterialer',
        section: 'implementation',
        area: 'anlaeg',
        values: [null, 150, null, null, null, null],
      },
      {
        label: 'Udgifter til KIT',
        section: 'implementation',
        area: 'anlaeg',
        values: [100, null, null, null, null, null],
      },
    ],
  },
  stated: {
    payback: { service: 4, total: 4 },
    totals: [
      {
        label: 'Samlet varig ændring, service',
        values: [null, -350, -1100, -1100, -1100, -1100],
      },
      {
        label: 'Samlet varig ændring',
        values: [null, -350, -1100, -1100, -1100, -1100],
      },
      {
        label: 'Samlede implementeringsomkostninger, service',
        values: [0, 0, null, null, null, null],
      },
      {
        label: 'Samlede implementeringsomkostninger, anlæg',
        values: [1250, 1300, null, null, null, null],
      },
      {
        label: 'Samlede implementeringsomkostninger',
        values: [1250, 1300, null, null, null, null],
      },
      {
        label: 'Samlet økonomisk påvirkning',
        values: [1250, 950, -1100, -1100, -1100, -1100],
      },
    ],
  },
  futureInvestmentNarrative: '',
  futureInvestment: null,
  implementationNarrative: [
    'Snitflade og tilpasninger bygges ind i det almindelige udviklingsflow for DOMUS sammen med ' +
      'Netcompany frem mod 2. release i november 2025, med en ekstra projektleder på grund af ' +
      'kompleksiteten. Derefter indføres løsningen trinvis i forretningen i første halvår 2026.',
    'Samtidig ensrettes forvaltningens mange decentrale samtykkeskabeloner, arbejdsgange og ' +
      'juridiske retningslinjer, så løsningen kan vedligeholdes, tiden reelt spares, og borgerne ' +
      'får samme oplevelse overalt, i tråd med Ét SOF (omorganiseringen pr. 1/1-2025).',
  ].join('\n\n'),
  followUpGoals: [
    {
      group: 'implementation',
      goal: 'Snitflade og brugerflade i DOMUS udvikles inden for tid og budget',
      measure:
        'Løbende opfølgning med leverandøren på tid, budget og kvalitet i det agile forløb, med ' +
        'ekstra tid til samtykke i det faste opsamlingsrul.',
      responsible: 'Digitalisering',
      when: 'Månedligt frem mod udrulningen',
    },
    {
      group: 'implementation',
      goal: 'Samtykkeskabelonerne i forvaltningen standardiseres',
      measure: 'Antallet af samtykkeskabeloner i SOF tælles; det skal mindst være halveret.',
      responsible: 'Digitalisering',
      when: 'Ved udrulning og igen 6 måneder efter',
    },
    {
      group: 'efficiency',
      goal: 'Der spares 15 minutter pr. samtykke',
      measure:
        'Tilfredshedsmåling og selvevaluering blandt brugerne kombineret med stikprøvemålinger ' +
        'på udvalgte områder.',
      responsible: 'Digitalisering',
      when: 'Primo 2026, når implementeringen er gennemført og brugerne har erfaring med løsningen',
    },
    {
      group: 'efficiency',
      goal: 'Få samtykker håndteres fortsat analogt',
      measure:
        'Det opgøres med spørgeskema og data, hvor mange samtykker der stadig håndteres manuelt.',
      responsible: 'Digitalisering',
      when: 'Løbende gennem 2026',
    },
  ],
  // "Lav til middel" in the document.
  riskLevel: 'lav-middel',
  riskNarrative:
    'Risikoen vurderes lav til middel. Forvaltningen har erfaring med snitflader og ' +
    'brugerfladeændringer i DOMUS, men området er teknisk komplekst og afhænger af samarbejdet ' +
    'mellem Digitaliseringsstyrelsen, SOF og leverandøren.',
  risks: [
    {
      name: 'Forsinkelser',
      level: null,
      mitigation:
        'Tre parter i et teknisk komplekst forløb kan give forsinkelser; forvaltningens erfaring ' +
        'med udvikling i DOMUS mindsker risikoen.',
    },
  ],
  adminEfficiency: 'Forslaget rummer ingen effektivisering på administration.',
  financeApproval: { approved: true, date: '2025-01-29', note: '' },
  partners: [{ name: 'Koncern IT', description: '' }],
  hearings: [
    { body: 'IT-kredsen', heard: true, date: '2024-12-13', answer: '' },
    { body: 'MED-udvalg', heard: true, date: '2025-02-25', answer: '' },
  ],
};
