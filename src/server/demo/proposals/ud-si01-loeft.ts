import type { ProposalContentInput } from '../../../shared/proposal-schema.ts';

// UD/SI01 (2025) "LØFT", investment proposal in OFS 2024-2025 (seed 002). Amounts in 1.000 kr.,
// 2026 p/l. The document names no committee; Socialforvaltningen's proposals go to Socialudvalget.
// Document arithmetic: every stated subtotal of Tabel 1 equals the sum of its rows, and both
// paybacks (4 and 4 years) follow from the table. The prose disagrees with itself: it puts the
// lasting running costs at "12,2 mio. kr. årligt fra 2027" and then lists items summing to
// 12,85 mio. kr. (7,55 + 0,6 + 0,6 + 0,65 + 0,8 + 2,65); the service rows alone give 12,25.
// "Huslejetilskud*" and the service subtotals carry a footnote mark in the document: 300 t.kr. in
// 2026 and 600 t.kr. from 2027 move for good from service to overførsler, which is why
// "Heraf nettoeffektivisering" equals service plus overførsler.
export const udSi01Loeft: ProposalContentInput = {
  code: 'UD/SI01',
  title: 'Nyt intensivt § 85 døgnstøttetilbud (”LØFT”)',
  kind: 'investeringsforslag',
  summary:
    'Socialforvaltningen udvider tilbudsviften med LØFT, et intensivt og fleksibelt ' +
    'døgnstøttetilbud efter § 85, så flere borgere kan blive boende i eller flytte til egen bolig ' +
    'i stedet for at komme på et midlertidigt botilbud efter § 107.',
  leadAdministration: 'SOF',
  affectedAdministrations: [],
  committee: 'SOU',
  roundId: 'ofs-2024-2025',
  originProposalId: null,
  description: [
    'LØFT bliver et nyt trin på indsatstrappen under det midlertidige botilbud efter ' +
      'servicelovens § 107. Det bygger på SPIR, et døgnstøttetilbud fra Høje-Taastrup Kommune med ' +
      'gode resultater. Forløbet er midlertidigt fra start, højst to år, og sigter mod, at ' +
      'borgeren bagefter kan klare sig selv, evt. med almindelig § 85-støtte.',
    'Baggrunden er, at flere borgere med sociale problemer og psykiske lidelser har komplekse ' +
      'behov, at der er venteliste til § 107-pladser, og at mange af dem er unge under 30. En del ' +
      'kunne bo hjemme med støtte på skæve tidspunkter, et sted at henvende sig og mere intensiv ' +
      'hjælp, end forvaltningen tilbyder i dag.',
    'Tilbuddet har tre dele: fleksibel socialpædagogisk § 85-støtte i hjemmet hele døgnet, også ' +
      'aften og weekend og med følgeskab til fx jobcenter; en fysisk base, hvor borgerne kan ' +
      'komme uanmeldt, deltage i gruppeforløb og få aftenopkald, med nattevagt på telefon og ' +
      'gerne delt med Akuttilbuddet; og brobygning til aktivitets- og samværstilbud, ' +
      'rusmiddelbehandling, uddannelse og beskæftigelse. Borgerne kan få op til 20 timers støtte ' +
      'om ugen, og timetallet justeres løbende.',
    'Målgruppen er borgere fra 18 år med betydeligt nedsat psykisk funktionsevne eller særlige ' +
      'sociale problemer, som er i risiko for at få brug for botilbud, eller som med intensiv ' +
      'støtte kan flytte fra botilbud til egen bolig. I starten prioriteres nyvisiterede og unge ' +
      'under 30, fx unge der flytter hjemmefra eller fra anbringelse.',
    'Der investeres i projektledelse, kompetenceudvikling i metoder som FIT, CTI, ICM og Åben ' +
      'Dialog, supervision, basen og en ekstra myndighedssagsbehandler. Ved alle indstillinger til ' +
      '§ 107 skal det begrundes, hvorfor LØFT er fravalgt. Viser indsatsen gode resultater, kan den ' +
      'skaleres op, men det kræver adgang til boliger.',
  ].join('\n\n'),
  economyNarrative: [
    'Ca. 10 % af de 130 nyvisitationer til § 107 i socialpsykiatrien i 2023 vurderes at høre til ' +
      'målgruppen: 13 nye borgere om året og 26 pladser fuldt indfaset. Et toårigt forløb i LØFT ' +
      'koster i gennemsnit 950.000 kr. mod ca. 2,6 mio. kr. for tre år på botilbud, en forskel på ' +
      '1,6 mio. kr. pr. borger og ca. 21 mio. kr. om året fuldt indfaset.',
    'Besparelsen hentes på køb af botilbudspladser, fordi der er venteliste til forvaltningens ' +
      'egne pladser. Den stiger over fire år i takt med den naturlige afvikling af § 107-ophold: ' +
      '5,0 mio. kr. i 2026, 16,7 mio. kr. i 2027, 27,8 mio. kr. i 2028 og 33,4 mio. kr. fra 2029.',
    'Den varige drift fra 2027 består af 12 bostøttevejledere (7,55 mio. kr.), huslejetilskud til ' +
      '13 borgere (0,6 mio. kr., efterspørgselsstyrede overførsler), husleje til basen (0,6 mio. ' +
      'kr.), en ekstra myndighedssagsbehandler (0,65 mio. kr.), en afdelingsleder (0,8 mio. kr.) ' +
      'samt nattevagter, aften- og weekenddækning og driftsunderstøttelse (2,65 mio. kr.).',
    'Investeringen dækker driften i opstarten (0,55 mio. kr. i 2025 og 8,2 mio. kr. i 2026), en ' +
      'projektleder (0,4 mio. kr. i 2025 og 0,8 mio. kr. årligt i 2026-2027), kompetenceudvikling ' +
      '(0,1 mio. kr. årligt i 2026-2028), etablering af basen (0,3 mio. kr. i 2025) og 15 elcykler ' +
      '(0,15 mio. kr. i 2025 og 0,1 mio. kr. i 2026).',
    'Med forslaget flyttes 300 t.kr. i 2026 og 600 t.kr. fra 2027 varigt fra service til ' +
      'overførsler, så et tilsvarende servicemåltal frigøres ud over nettoeffektiviseringen.',
  ].join('\n\n'),
  economy: {
    priceLevelYear: 2026,
    years: [2025, 2026, 2027, 2028, 2029, 2030],
    rows: [
      {
        label: '§ 85 vejledere',
        section: 'lasting',
        area: 'service',
        values: [null, null, 7550, 7550, 7550, 7550],
      },
      {
        label: 'Huslejetilskud',
        section: 'lasting',
        area: 'overfoersler',
        values: [null, 300, 600, 600, 600, 600],
      },
      {
        label: 'Husleje',
        section: 'lasting',
        area: 'service',
        values: [null, 600, 600, 600, 600, 600],
      },
      {
        label: 'Sagsbehandling',
        section: 'lasting',
        area: 'service',
        values: [null, null, 650, 650, 650, 650],
      },
      {
        label: 'Ledelse',
        section: 'lasting',
        area: 'service',
        values: [null, null, 800, 800, 800, 800],
      },
      {
        label:
          'Nattevagter, aften- og weekenddækning samt driftsunderstøttelse (bl.a. cykeltransport)',
        section: 'lasting',
        area: 'service',
        values: [null, null, 2650, 2650, 2650, 2650],
      },
      {
        label: 'Besparelse på § 107 botilbudspladser',
        section: 'lasting',
        area: 'service',
        values: [null, -5000, -16700, -27800, -33350, -33350],
      },
      {
        label: 'Projektledelse',
        section: 'implementation',
        area: 'service',
        values: [400, 800, 800, null, null, null],
      },
      {
        label: 'Etableringsomkostninger (døgnstøtte basen)',
        section: 'implementation',
        area: 'service',
        values: [300, null, null, null, null, null],
      },
      {
        label: 'Kompetenceudvikling',
        section: 'implementation',
        area: 'service',
        values: [null, 100, 100, 100, null, null],
      },
      {
        label: 'Elcykler',
        section: 'implementation',
        area: 'service',
        values: [150, 100, null, null, null, null],
      },
      {
        label: 'Driftsudgifter - implementering',
        section: 'implementation',
        area: 'service',
        values: [550, 8200, null, null, null, null],
      },
    ],
  },
  // The subtotals the document leaves blank (efterspørgselsstyret indsats, finansposter,
  // implementation on anlæg) are left out rather than kept as rows of empty cells.
  stated: {
    payback: { service: 4, total: 4 },
    totals: [
      {
        label: 'Samlet varig ændring, service',
        values: [0, -4400, -4450, -15550, -21100, -21100],
      },
      {
        label: 'Heraf nettoeffektivisering',
        values: [0, -4100, -3850, -14950, -20500, -20500],
      },
      {
        label: 'Samlet varig ændring, efterspørgselsstyrede overførsler',
        values: [0, 300, 600, 600, 600, 600],
      },
      {
        label: 'Samlet varig ændring',
        values: [0, -4100, -3850, -14950, -20500, -20500],
      },
      {
        label: 'Samlede implementeringsomkostninger, service',
        values: [1400, 9200, 900, 100, null, null],
      },
      {
        label: 'Samlede implementeringsomkostninger',
        values: [1400, 9200, 900, 100, null, null],
      },
      {
        label: 'Samlet økonomisk påvirkning',
        values: [1400, 5100, -2950, -14850, -20500, -20500],
      },
    ],
  },
  futureInvestmentNarrative: '',
  futureInvestment: null,
  implementationNarrative:
    'Der følges op gennem projektlederens afrapportering, løndata og den almindelige ' +
    'økonomiopfølgning. Center for Aktivitet, Beskæftigelse og Støtte i egen bolig har ansvaret ' +
    'for tilbuddet og borgerforløbene, Center for Økonomi for ansættelser og besparelsen.',
  followUpGoals: [
    {
      group: 'implementation',
      goal: 'Borgere i målgruppen er fundet og visiteret til tilbuddets start',
      measure: 'Afrapportering fra projektlederen.',
      responsible: 'Center for Aktivitet, Beskæftigelse og Støtte i egen bolig',
      when: 'Ultimo 2025',
    },
    {
      group: 'implementation',
      goal: 'Personale til projektledelse og drift er ansat',
      measure: 'Løndata i Kvantum.',
      responsible: 'Center for Økonomi',
      when: 'Første kvartal 2026',
    },
    {
      group: 'implementation',
      goal: 'Medarbejderne har gennemført kompetenceudvikling',
      measure: 'Dokumentation for den gennemførte kompetenceudvikling.',
      responsible: 'Center for Aktivitet, Beskæftigelse og Støtte i egen bolig',
      when: 'Løbende indtil ultimo 2028',
    },
    {
      group: 'implementation',
      goal: 'Forløbene varer i gennemsnit højst 2 år',
      measure:
        'Tilbudsledelsen følger løbende med i, hvornår borgerne afsluttes, og det indgår i den ' +
        'almindelige økonomiopfølgning.',
      responsible:
        'Center for Aktivitet, Beskæftigelse og Støtte i egen bolig samt Center for Økonomi',
      when: 'Løbende',
    },
    {
      group: 'efficiency',
      goal: 'De første 13 borgere har afsluttet et forløb inden udgangen af 2028',
      measure: 'Tilbudsledelsen følger løbende med i, hvornår borgerne afsluttes.',
      responsible: 'Center for Aktivitet, Beskæftigelse og Støtte i egen bolig',
      when: 'Løbende frem til udgangen af 2028',
    },
    {
      group: 'efficiency',
      goal: 'I alt 26 borgere har afsluttet et forløb inden udgangen af 2029',
      measure: 'Tilbudsledelsen følger løbende med i, hvornår borgerne afsluttes.',
      responsible: 'Center for Aktivitet, Beskæftigelse og Støtte i egen bolig',
      when: 'Løbende frem til udgangen af 2029',
    },
    {
      group: 'efficiency',
      goal: 'Tilbuddet er i drift, og besparelsen er hentet på køb af botilbudspladser',
      measure: 'Den almindelige økonomiopfølgning.',
      responsible: 'Center for Økonomi',
      when: 'Andet kvartal 2026',
    },
  ],
  // "Lav til mellem" in the document.
  riskLevel: 'lav-middel',
  riskNarrative:
    'Risikoen vurderes lav til middel. Den vigtigste usikkerhed er, om tilstrækkeligt mange ' +
    'borgere i målgruppen har en bolig.',
  risks: [
    {
      name: 'For få borgere i målgruppen har en bolig',
      level: null,
      mitigation: 'Midlerne til huslejetilskud og ekstra sagsbehandling skal mindske risikoen.',
    },
  ],
  adminEfficiency: 'Forslaget rummer ingen effektiviseringer på administration.',
  financeApproval: { approved: true, date: '2025-02-05', note: '' },
  // Tabel 5 holds only a dash.
  partners: [],
  hearings: [
    { body: 'Ejendomsfaglig vurdering', heard: true, date: '2025-02-05', answer: '' },
    { body: 'MED-udvalg', heard: true, date: '2025-02-25', answer: '' },
  ],
};
