import type { ProposalContentInput } from '../../../shared/proposal-schema.ts';

// BC39, innovation proposal in OFS 2025-2026 (seed 000). Tabel 1 names no price level; the note
// under it says proposals are written in 2027 p/l. Its columns start in 2027.
// Document arithmetic: Tabel 1 agrees with itself (300 + 750 + 250 + 150 = 1.450 in 2027;
// 300 + 150 + 100 = 550 in 2028). The prose disagrees: it allots "0,5 mio. kr. i 2028" and then
// lists 2028 items of 0,3 + 0,1 + 0,15 = 0,55 mio. kr., which is what the table holds.
export const bc39VisitationMentalSundhed: ProposalContentInput = {
  code: 'BC39',
  title: 'Automatisering af visitationsproces i Center for Mental Sundhed',
  kind: 'innovationsforslag',
  summary:
    'Center for Mental Sundhed i SUF har forebyggende tilbud til københavnere med psykisk ' +
    'mistrivsel, som bl.a. henvises fra almen praksis og derefter visiteres. Forslaget vil bruge ' +
    'kunstig intelligens som beslutningsstøtte i dele af visitationen for at øge kvalitet, ' +
    'effektivitet og borgertilfredshed. Den kommende investeringscase forudsætter en lovændring, ' +
    'som projektet som foregangsprojekt kan være med til at fremme.',
  leadAdministration: 'SUF',
  affectedAdministrations: [],
  committee: 'SUND',
  roundId: 'ofs-2025-2026',
  originProposalId: null,
  description: [
    'Centret giver hvert år forebyggende forløb til ca. 5.000 københavnere i alle aldre med let ' +
      'til moderat psykisk mistrivsel; omkring halvdelen er voksne med stress eller symptomer på ' +
      'angst og depression. Efter henvisningen besvarer borgeren et spørgeskema om bl.a. ' +
      'symptomer, og svarene bruges til at screene og afgøre, om centrets tilbud passer, eller om ' +
      'borgeren har brug for anden støtte.',
    'Forslaget udvikler og afprøver i et test-setup en AI-løsning til beslutningsstøtte i ' +
      'visitationen på voksenområdet, hvor potentialet for automatisering vurderes størst; senere ' +
      'kan den udbredes til andre målgrupper. Der bygges proof of concept af tre komponenter:',
    '1. AI analyserer henvisningstekster og spørgeskemasvar og skriver korte resuméer og ' +
      'eventuelle anbefalinger, som lægges i fagsystemerne og sendes til de rette medarbejdere.\n' +
      '2. AI tildeler så vidt muligt forløb automatisk; de øvrige borgere vurderes manuelt som i ' +
      'dag. Det juridiske grundlag for automatisk tildeling afklares.\n' +
      '3. Dataindsamlingen ved screening forbedres, så behov og effekt bedre kan forudsiges, fx ' +
      'med et interaktivt spørgeskema baseret på chatbot eller tale-til-tekst. Hjemlen til at ' +
      'bruge data til prædiktion afklares.',
    'Forslaget skal afklare potentialet for bedre kvalitet i visitationen, hurtigere start for ' +
      'nogle borgere, større tilfredshed med screening og spørgeskema og bedre udnyttelse af ' +
      'psykologernes tid. Arbejdet trækker på forvaltningens erfaringer med automatisering.',
  ].join('\n\n'),
  economyNarrative:
    'Der afsættes 1,45 mio. kr. i 2027 til udvikling og idriftsættelse: 0,3 mio. kr. til KIT til ' +
    'projektafklaring og forberedende dataarbejde og 0,75 mio. kr. til udvikling og støtte af de ' +
    'tre komponenter, samt 0,25 mio. kr. til projektledelse og 0,15 mio. kr. til juridisk og ' +
    'teknisk bistand i SUF. I 2028 får KIT 0,3 mio. kr. til udvikling og støtte og 0,1 mio. kr. ' +
    'til evaluering, og SUF 0,15 mio. kr. til projektledelse og drift. Budgettet bygger på ' +
    'erfaringer fra lignende projekter med CMS, CDI og KIT; det detailplanlægges ikke yderligere, ' +
    'fordi AI-feltet udvikler sig hurtigt, og løsningsvalget skal holdes åbent til opstarten i 2027.',
  economy: {
    priceLevelYear: 2027,
    years: [2027, 2028, 2029, 2030],
    rows: [
      {
        label: 'Projektafklaring og forberedende dataarbejde',
        section: 'implementation',
        area: 'service',
        values: [300, null, null, null],
      },
      {
        label: 'Udvikling og understøttelse af arbejdet med de tre komponenter',
        section: 'implementation',
        area: 'service',
        values: [750, 300, null, null],
      },
      {
        label: 'Projektledelse og drift',
        section: 'implementation',
        area: 'service',
        values: [250, 150, null, null],
      },
      {
        label: 'Juridisk og teknisk bistand',
        section: 'implementation',
        area: 'service',
        values: [150, null, null, null],
      },
      {
        // The extraction leaves the column open; the prose and the 2028 total place it in 2028.
        label: 'Evaluering',
        section: 'implementation',
        area: 'service',
        values: [null, 100, null, null],
      },
    ],
  },
  stated: {
    payback: { service: null, total: null },
    totals: [{ label: 'Samlede implementeringsomkostninger', values: [1450, 550, null, null] }],
  },
  futureInvestmentNarrative:
    'Et foreløbigt skøn over de psykologtimer, der kan spares ved at automatisere dele af ' +
    'visitationen, giver 0,9–1,5 mio. kr. om året i Center for Mental Sundhed ved fuld ' +
    'implementering, og mere hvis løsningen udbredes i SUF eller til andre forvaltninger. ' +
    'Effektiviseringen forudsætter en lovændring; ny lovgivning ventes primo 2026 og bredere ' +
    'regler frem mod 2027. Kommer hjemlen, skal der fra 2029 bruges 0,2 mio. kr. om året til ' +
    'drift, hvilket indgår i et investeringsforslag til Budget 2029. Det skal afklares, om en del ' +
    'af effekten hører til OFS23/24 ”SU01 Softwarerobotter sparer arbejdskraft”.',
  // The extraction prints two X marks after an empty first cell: read as large-scale potential
  // and mature use of new technology, not cross-cutting efficiency.
  futureInvestment: {
    expectedCost: { min: 200, max: 200 },
    expectedDecisionRound: 'B2029',
    efficiencyPotential: { min: 900, max: 1500 },
    efficiencyArea: 'service',
    crossCuttingEfficiency: false,
    largeScalePotential: true,
    matureNewTechnology: true,
    note: 'Udgiften er årlig drift fra 2029; potentialet er pr. år.',
  },
  implementationNarrative:
    'Løsningen indføres i visitationen på voksenområdet i en testperiode, eventuelt for en mindre ' +
    'del af centrets borgere, og kan derefter skaleres til hele målgruppen. Der følges op på ' +
    'modellens nøjagtighed, borgertilfredshed og omkostningseffektivitet.',
  // Tabel 3 has no group headings here; all three goals follow the innovation case itself.
  followUpGoals: [
    {
      group: 'implementation',
      goal: 'Nøjagtighed i den automatiserede visitation og prædiktion',
      measure:
        'Test og statistisk sammenligning med manuel visitation og med det efterfølgende frafald.',
      responsible: 'Center for Mental Sundhed og Center for Digitalisering',
      when: 'I testperioden og et år efter implementering',
    },
    {
      group: 'implementation',
      goal: 'Borgertilfredshed',
      measure:
        'Tilfredshedsmåling blandt alle testpersoner og interview om oplevelsen af screening og ' +
        'opstart af forløb.',
      responsible: 'Center for Mental Sundhed',
      when: 'I testperioden og et år efter implementering',
    },
    {
      group: 'implementation',
      goal: 'Omkostningseffektivitet',
      measure: 'Det gøres op, om drift og vedligehold står mål med den værdi, løsningen skaber.',
      responsible: 'Center for Digitalisering',
      when: 'I testperioden og et år efter implementering',
    },
  ],
  // No level is given, neither overall nor per risk.
  riskLevel: null,
  riskNarrative:
    'Forslaget forudsætter ændret lovgivning om AI i screening på sundhedsområdet; efter dialog ' +
    'med AI-taskforcen i TALT-projektet ventes ny lovgivning primo 2026 og bredere regler frem ' +
    'mod 2027. Hver fase af projektet kræver løbende juridisk afklaring af hjemlen.',
  risks: [
    {
      name: 'Manglende lovhjemmel',
      level: null,
      mitigation:
        'Afhænger af ny lovgivning om AI i screeningsarbejdet; hjemlen afklares løbende i ' +
        'projektets faser.',
    },
    {
      name: 'Databehandleraftale',
      level: null,
      mitigation:
        'Afhængigt af teknologien til det interaktive spørgeskema kan databehandleraftalen skulle ' +
        'udvides.',
    },
    {
      name: 'Datasikkerhed, etik og bias',
      level: null,
      mitigation:
        'AI og sprogteknologi kan give brud på datasikkerheden, etiske dilemmaer og bias, fx hvis ' +
        'modellen visiterer nogle grupper bedre end andre efter køn, etnicitet eller ' +
        'socioøkonomi. Det testes, om løsningen er gennemsigtig og visiterer ens.',
    },
    {
      name: 'Borgernes oplevelse og tillid',
      level: null,
      mitigation:
        'Automatiseringen kan opleves som en serviceforringelse og svække tilliden til centret, ' +
        'men også som en forbedring, fordi visitationen hviler på et bredere datagrundlag; begge ' +
        'dele undersøges.',
    },
  ],
  adminEfficiency: '',
  financeApproval: { approved: true, date: '2026-01-20', note: '' },
  // Tabel 5 says "Ikke relevant".
  partners: [],
  hearings: [
    { body: 'IT-kredsen', heard: true, date: '2025-12-19', answer: '' },
    { body: 'Koncern IT', heard: true, date: '2025-12-19', answer: '' },
    { body: 'Økonomikredsen', heard: true, date: '2025-12-12', answer: '' },
  ],
};
