import type { ProposalContentInput } from '../../../shared/proposal-schema.ts';

// BC01, innovation proposal in OFS 2025-2026 (seed 000). Amounts in 1.000 kr., 2027 p/l as the
// proposal's Tabel 1 states; the round overview lists it at 1.017 in 2026 p/l.
// Document arithmetic: Tabel 1 agrees with itself (345 + 400 + 100 + 200 = 1.045). The prose calls
// the frame "1,0 mio. kr.", a rounding of the 1.045 in the table.
export const bc01AiTolk: ProposalContentInput = {
  code: 'BC01',
  title: 'Test af AI-tolk på borgersamtaler i BIF',
  kind: 'innovationsforslag',
  summary:
    'BIF afprøver AI-tolkeværktøjer i borgersamtaler, efterhånden som teknologien og markedet modnes, ' +
    'og undersøger samtidig de juridiske og organisatoriske forudsætninger for at bruge AI-tolkning ' +
    'i beskæftigelsesindsatsen.',
  leadAdministration: 'BIF',
  affectedAdministrations: [],
  committee: 'BIU',
  roundId: 'ofs-2025-2026',
  originProposalId: null,
  description: [
    'Visionen er AI-tolk, hvor det kan lade sig gøre, og menneskelig tolk, hvor det er nødvendigt. ' +
      'Indvandringen efter krigen i Ukraine har øget forvaltningens udgifter til og arbejde med ' +
      'tolkning, og det er svært at skaffe stabile tolke på de mange sprog og dialekter. Det giver ' +
      'svingende kvalitet, aflyste samtaler og dårligere vejledning af borgerne.',
    'En foranalyse i 2025 afdækkede behov, jura, teknologi og marked. Forvaltningen havde ca. ' +
      '14.000 samtaler med tolkebehov i 2024 og brugte over 13 mio. kr. på tolkning, og mindst ' +
      '50.000 minutter (over 100 arbejdsdage) går til at administrere tolke. Manuel booking og ' +
      'fysiske tolke gør processen sårbar over for sygdom, aflysninger og rekruttering.',
    'Hjemlen manglede i 2025, men beskæftigelsesreformen, der træder i kraft i februar 2026, og ' +
      'den tilhørende AI-bekendtgørelse vurderes af forvaltningens jurister, leverandører og KL at ' +
      'give adgang til AI-tolkning. En minitest over to dage med 32 simulerede samtaler viste, at ' +
      'de fire løsninger på det danske marked stadig er umodne: de klarer russisk og ukrainsk (57 % ' +
      'af tolkesamtalerne) bedst og arabisk og små sprog som urdu dårligere. Flere leverandører ' +
      'venter en markedsklar løsning i første halvdel af 2026.',
    'I 2026 testes et eller flere værktøjer løbende, når de meldes klar, på russisk, ukrainsk og ' +
      'arabisk og så vidt muligt grønlandsk og urdu. Testene begynder i lavrisikosituationer som ' +
      'beskeder i uplanlagte samtaler og går derefter videre til planlagte samtaler. De skal vise, ' +
      'hvordan værktøjerne håndterer fagtermer og nuancer, og afgrænse, hvor AI-tolkning kan bruges ' +
      'forsvarligt, så der kan laves en opdateret business case til et investeringsforslag i 2027, ' +
      'eventuelt på tværs af forvaltningerne.',
    'Projektet forankres i Kontor for Digitalisering (BIF) med centre som CSI, CBA og CBE og i ' +
      'samarbejde med Koncern IT. En følgegruppe i AI-netværket giver de øvrige forvaltninger del i ' +
      'erfaringerne.',
  ].join('\n\n'),
  economyNarrative: [
    'Et étårigt innovationsforløb i 2026, betalt af innovationspuljen. Midlerne dækker ' +
      'projektledelse, teknisk opsætning og licenser, sproglige og dataetiske afklaringer og ' +
      'inddragelse af medarbejdere og borgere i testen. Testudgifterne bygger på dialogen med ' +
      'leverandørerne i foranalysen, resten på timeforbruget i foranalysen og tidligere ' +
      'innovationscases i BIF. De deltagende centre bidrager med egen arbejdstid.',
    'Projektet skal ikke give varige effektiviseringer i 2026, men et beslutningsgrundlag for en ' +
      'investeringscase i 2027 med estimater for lavere tolkeudgifter, bedre tilgængelighed og ' +
      'sparet sagsbehandlingstid. Potentialet gælder også KFF, SOF, BUF og SUF, og det undersøges ' +
      'med KIT, om AI-tolk kan blive en fælles it-kapabilitet i kommunen.',
  ].join('\n\n'),
  economy: {
    priceLevelYear: 2027,
    years: [2026, 2027, 2028, 2029, 2030, 2031],
    rows: [
      {
        // The closing parenthesis is missing in the document too.
        label: 'Projektledelse (inkl. evaluering, dokumentation og rapportering',
        section: 'implementation',
        area: 'service',
        values: [345, null, null, null, null, null],
      },
      {
        label: 'Teknisk opsætning, licenser og support (leverandører af tolkeløsninger)',
        section: 'implementation',
        area: 'service',
        values: [400, null, null, null, null, null],
      },
      {
        label: 'Dataetiske og sprogfaglige afklaringer',
        section: 'implementation',
        area: 'service',
        values: [100, null, null, null, null, null],
      },
      {
        label: 'Afklaring af tekniske forhold i forbindelse med test på borgersituationer.',
        section: 'implementation',
        area: 'service',
        values: [200, null, null, null, null, null],
      },
    ],
  },
  stated: {
    payback: { service: null, total: null },
    totals: [
      {
        label: 'Samlede implementeringsomkostninger',
        values: [1045, null, null, null, null, null],
      },
    ],
  },
  futureInvestmentNarrative:
    'Investeringsforslaget i 2027 skal hente de økonomiske og organisatoriske gevinster ved ' +
    'AI-tolkning i de samtaler, hvor det er lovligt og fagligt forsvarligt, og bygger på testens ' +
    'data om kvalitet, jura, bruger- og medarbejderoplevelse og driftsgevinster. Udrulningen ' +
    'sker gradvist, efterhånden som sprogene og funktionerne (fx baggrundsstøj, flere deltagere, ' +
    'komplekse forløb) modnes. Udgiften i Tabel 2 er BIF’s forventede årlige udgift ud fra ' +
    'leverandørernes første priser og bliver højere, hvis casen bliver tværgående. Der ventes ' +
    '50-100 t.kr. i støtte fra KIT til den tekniske afklaring.',
  // Tabel 2 prints the cost as "1.300 kr." in a column headed 1.000 kr. (2026 p/l); read as 1,3
  // mio. kr. The potential is printed without a styringsområde.
  futureInvestment: {
    expectedCost: { min: 1300, max: 1300 },
    expectedDecisionRound: 'OFS 26/27',
    efficiencyPotential: { min: 4000, max: 8000 },
    efficiencyArea: null,
    crossCuttingEfficiency: true,
    largeScalePotential: true,
    matureNewTechnology: true,
    note: 'Udgiften er den forventede årlige udgift for BIF alene.',
  },
  implementationNarrative:
    'Projektet slutter med en evalueringsrapport, der præsenteres for IT-kredsen og styregruppen ' +
    'i december 2026. Den samler testresultater, juridiske og tekniske anbefalinger og en ' +
    'foreløbig business case, deles med de øvrige forvaltninger via følgegruppen og indgår i et ' +
    'eventuelt investeringsforslag i 2027.',
  followUpGoals: [
    {
      group: 'implementation',
      goal: 'Tolkningens tekniske kvalitet og præcision',
      measure: 'Fejlrate i stikprøver af samtaler, suppleret med medarbejdernes vurdering.',
      responsible: 'KfD',
      when: 'Løbende under testen og samlet i Q4 2026',
    },
    {
      group: 'implementation',
      goal: 'Brugervenlighed og den værdi, brugerne oplever',
      measure: 'Spørgeskema til sagsbehandlere og borgere om tilfredshed, tillid og forståelse.',
      responsible: 'KfD',
      when: 'Midtvejs og ved slutningen af hver testperiode',
    },
    {
      group: 'implementation',
      goal: 'Juridisk afklaring',
      measure: 'Den nye lov og bekendtgørelse analyseres i forhold til de mulige brugsscenarier.',
      responsible: 'KfD',
      when: 'Q2 2026',
    },
    {
      group: 'implementation',
      goal: 'Det økonomiske potentiale',
      measure:
        'Tolkeudgifter og tidsforbrug før og under testen sammenlignes, og der opstilles ' +
        'scenarier for effektivisering som grundlag for investeringsforslaget.',
      responsible: 'KfD',
      when: 'Q4 2026',
    },
    {
      group: 'implementation',
      goal: 'Organisatoriske erfaringer og behov for kompetencer',
      measure: 'Interviews og workshop med medarbejderne om roller, ansvar og læringsbehov.',
      responsible: 'KfD',
      when: 'Løbende og afsluttende i Q4 2026',
    },
    {
      group: 'implementation',
      goal: 'Potentialet for skalering og brug på tværs',
      measure:
        'Interesse og mulige gevinster i de øvrige forvaltninger afdækkes som grundlag for at ' +
        'beslutte, om der skal laves et tværgående investeringsforslag.',
      responsible: 'KfD',
      when: 'Q4 2026, som input til investeringscasen 2027',
    },
  ],
  // The document rates each risk but gives no overall level.
  riskLevel: null,
  riskNarrative:
    'Både teknologien og muligheden for at bruge AI i borgersamtaler er under modning, så testen ' +
    'rummer juridiske, tekniske og organisatoriske risici. Projektet følger kommunens ' +
    'retningslinjer for databeskyttelse, informationssikkerhed og ansvarlig brug af AI og fører ' +
    'en risikolog, som styregruppen gennemgår hvert kvartal.',
  risks: [
    {
      name: 'Juridisk risiko',
      level: 'lav',
      mitigation:
        'Hjemlen i beskæftigelsesreformen er ny, og klagesager og domme kan ændre brugsscenarierne. ' +
        'Der testes kun med samtykke og hvor lovgrundlaget vurderes tilstrækkeligt; borgere, hvis ' +
        'sager går på tværs af sektorlove uden samme hjemmel, holdes uden for testen.',
    },
    {
      name: 'Databeskyttelse og informationssikkerhed',
      level: 'lav',
      mitigation:
        'Lyd og tekst kan rumme følsomme oplysninger. Kun leverandører, der lever op til kommunens ' +
        'sikkerhedskrav og behandler data i EU/EØS; Koncern IT indgår databehandleraftaler og ' +
        'fører tilsyn med hosting, adgangsstyring og sletning.',
    },
    {
      name: 'Teknisk kvalitet og præcision i sprog og fagtermer',
      level: 'middel',
      mitigation:
        'Fejloversættelser kan give misforståelser og forkert vejledning, især ved støj, dialekter ' +
        'og flere talere. Testen holdes til lavrisikosamtaler på de bedst dækkede sprog, med ' +
        'kontrolsamtaler med menneskelig tolk og systematisk analyse af fejltyper og fagtermer.',
    },
    {
      name: 'Etiske og bias-relaterede risici',
      level: 'lav',
      mitigation:
        'Sprogmodeller kan gengive bias og stereotyper. Kvalitetskontrol, manuel gennemgang af ' +
        'samtaler og et etisk review efter Dataetisk Råds anbefalinger.',
    },
    {
      name: 'Brugeraccept og tillid',
      level: 'middel',
      mitigation:
        'Utryghed ved AI som tolk kan give lav brug og dårlige data. Klar kommunikation, frivilligt ' +
        'samtykke og inddragelse af medarbejderne i design og evaluering.',
    },
    {
      name: 'Økonomisk og driftsmæssig risiko',
      level: 'lav-middel',
      mitigation:
        'Licenser, API-forbrug og opsætning kan blive dyrere, og driften kan være ustabil. Fast ' +
        'budgetloft, leverandørdialog før teststart, løbende økonomiopfølgning og flere ' +
        'leverandører.',
    },
    {
      name: 'Organisatorisk forankring',
      level: 'lav-middel',
      mitigation:
        'Resultaterne kan gå tabt efter projektet. Casen kobles direkte til det kommende ' +
        'investeringsforslag, og resultaterne forankres i jobcentrene.',
    },
  ],
  adminEfficiency: '',
  financeApproval: {
    approved: true,
    date: '2026-01-09',
    note: 'Godkendt af CFØ 9. januar 2026; forinden godkendt af CDØ i november 2025.',
  },
  partners: [
    {
      name: 'Koncern IT (KIT)',
      description: 'Forslaget har været i høring hos KIT i december 2025.',
    },
    {
      name: 'Øvrige forvaltninger',
      description:
        'Orienteret; BIF indkalder dem primo 2026 til et første møde om en mulig tværgående ' +
        'investeringscase fra 2027.',
    },
  ],
  // The document has no Tabel 6.
  hearings: [],
};
