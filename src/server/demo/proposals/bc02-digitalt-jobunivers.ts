import type { ProposalContentInput } from '../../../shared/proposal-schema.ts';

// BC02, innovation proposal in OFS 2025-2026 (seed 000). Amounts in 1.000 kr., 2027 p/l.
// Document arithmetic: Tabel 1 agrees with itself (209 + 418 + 418 = 1.045; 600 + 400 = 1.000).
// Cap: the table totals 2.045 in 2027 p/l, above the 2 mio. kr. cap for innovation proposals,
// while the round overview lists the same proposal at 1.989 in 2026 p/l, below it; the round's
// rules state the cap in the p/l it pays in, so the editor and the submission judge it there too.
export const bc02DigitaltJobunivers: ProposalContentInput = {
  code: 'BC02',
  title: 'Digitalt Jobunivers – en samlet digital indgang for ledige til beskæftigelsessystemet',
  kind: 'innovationsforslag',
  summary:
    'Et digitalt jobunivers giver ledige én samlet digital indgang til vejledning, information og ' +
    'AI-støtte, så flere kan klare deres forløb selv. Det understøtter beskæftigelsesreformen og ' +
    'frigør medarbejdertid til borgere med større behov.',
  leadAdministration: 'BIF',
  affectedAdministrations: [],
  committee: 'BIU',
  roundId: 'ofs-2025-2026',
  originProposalId: null,
  description: [
    'Beskæftigelsesreformen kræver en overskuelig, målrettet og let tilgængelig indsats, og AI og ' +
      'selvbetjening gør service døgnet rundt mulig. Et digitalt jobunivers er et signaturprojekt ' +
      'i BIF’s digitaliseringsstrategi 2025–27. En borgerundersøgelse fra 2024 viser, at de fleste ' +
      'bruger smartphone og oplever kontakten med jobcentret som fragmenteret; 79 % ønsker én ' +
      'samlet digital indgang.',
    'BIF lavede i 2025 en foranalyse med bistand fra Deloitte efter en politisk beslutning i OFS ' +
      '24/25. Markedet er ujævnt modent, men der er store effektiviseringspotentialer, især på ' +
      'dagpengeområdet. Casen skal efterprøve leverandørernes antagelse om, at op mod 30 % af ' +
      'dagpengemodtagerne kan klare sig helt selv i en virtuel modtagelse, svarende til ca. 19.000 ' +
      'dagpengesamtaler det første år.',
    'Gevinsterne ligger dels i kortere forløb og lavere udgifter til ydelser og indsatser, dels i ' +
      'frigjort medarbejdertid, når digitale og AI-understøttede forløb erstatter eller støtter ' +
      'dele af kontakten, især generel information og vejledning. Leverandørerne regner med 20–35 ' +
      'mio. kr., svarende til ca. 6–20 årsværk; BIF har i sin vurdering reduceret beløbet med 50 %, ' +
      'fordi dele kan være realiseret allerede. Hertil kommer hurtigere og mere fleksibel service, ' +
      'ensartet information, bedre data og et mere sammenhængende forløb.',
    'Prøveanskaffelsen retter sig mod nytilmeldte dagpengemodtagere med enkel arbejdshistorik, ' +
      'korttidsledige under 6 måneder og dagpengemodtagere med afklaret jobsigte. De byggeklodser ' +
      'fra foranalysen, der har størst værdi, testes sammen med integrationen til BIF’s løsninger, ' +
      'og der indgås et projektsamarbejde med KIT om infrastruktur, sikkerhedsarkitektur og ny ' +
      'teknologi.',
  ].join('\n\n'),
  economyNarrative: [
    'Casen løber over 24 måneder som en prøveanskaffelse; beløbene dækker test og afklaring, ikke ' +
      'fuld drift eller implementering.',
    'Juridisk og datamæssig afklaring dækker samarbejdet med KIT om infrastruktur, arkitektur og ' +
      'ny teknologi samt sparring om fx kunstig intelligens. Afprøvning af IT-løsninger er de ' +
      'direkte udgifter til prøveanskaffelse, test og evaluering af et eller flere jobuniverser. ' +
      'Projektledelse m.m. dækker projektledelse og konsulentbistand til anskaffelse, test og ' +
      'evaluering og forberedelsen af en eventuel investeringscase.',
    'Tabellen er i 2027 p/l; forslag i overførselssagen udmøntes i 2026 p/l.',
  ].join('\n\n'),
  economy: {
    priceLevelYear: 2027,
    years: [2026, 2027, 2028, 2029, 2030, 2031],
    rows: [
      {
        label: 'Juridisk og datamæssig afklaring',
        section: 'implementation',
        area: 'service',
        values: [209, null, null, null, null, null],
      },
      {
        label: 'Afprøvning af IT-løsninger',
        section: 'implementation',
        area: 'service',
        values: [418, 600, null, null, null, null],
      },
      {
        label: 'Projektledelse, kommunikation, effektmåling og opsætning af tests',
        section: 'implementation',
        area: 'service',
        values: [418, 400, null, null, null, null],
      },
    ],
  },
  stated: {
    payback: { service: null, total: null },
    totals: [
      {
        label: 'Samlede implementeringsomkostninger',
        values: [1045, 1000, null, null, null, null],
      },
    ],
  },
  futureInvestmentNarrative: [
    'Casen har tre spor. Det faglige spor tester, om digitale byggeklodser kan overtage dele af ' +
      'sagsbehandlernes manuelle arbejde uden at gå på kompromis med kvalitet og lovlighed. Det ' +
      'tekniske spor afklarer integration, dataudveksling og informationssikkerhed med ' +
      'udgangspunkt i markedets løsninger. Sporet om AI-støtte, fx avatarer, undersøger, hvordan ' +
      'ledige bliver mere digitalt selvhjulpne, og hvor de juridiske og etiske grænser går.',
    'Testene køres iterativt med leverandører, fagfolk, sagsbehandlere, borgere og KIT, og i ' +
      'projektets andet år skal de give grundlag for et investeringsforslag om en eventuel fuld ' +
      'implementering. Gevinsterne afhænger især af borgernes brug og digitale parathed, teknisk ' +
      'modenhed og integration, faglig kvalitet og organisatorisk støtte, brugeroplevelse og ' +
      'dokumenterede effekter samt behovet for support.',
  ].join('\n\n'),
  // Tabel 2 repeats the column heading where the cost belongs and sets none of the three marks.
  futureInvestment: {
    expectedCost: { min: null, max: null },
    expectedDecisionRound: 'OFS 27/28',
    efficiencyPotential: { min: 20000, max: 35000 },
    efficiencyArea: null,
    crossCuttingEfficiency: false,
    largeScalePotential: false,
    matureNewTechnology: false,
    note: '',
  },
  implementationNarrative:
    'Projektet følger kommunens it-projektmodel og ledes af en projektleder fra BIF’s Kontor for ' +
    'Digitalisering. Projektgruppen skriver et projektgrundlag, som styregruppen godkender, og ' +
    'hver fase slutter med en formel beslutning om næste trin. Undervejs laves 1–2 ' +
    'markedsafsøgninger, så løsningerne følger markedet. Der følges løbende op med dokumentation ' +
    'og evaluering af prøvehandlinger, og resultaterne deles med styregruppen og ' +
    'samarbejdspartnerne.',
  followUpGoals: [
    {
      group: 'implementation',
      goal: 'Innovationsforslaget gennemføres',
      measure: 'Gennemførte initiativer og leverancer dokumenteres op mod projektgrundlaget.',
      responsible: 'Projektleder i samarbejde med styregruppen',
      when: 'Løbende i år 1 og år 2',
    },
    {
      group: 'implementation',
      goal: 'Fremdrift efter projektgrundlag og milepæle',
      measure: 'Statusrapporter, milepælsrapportering og styregruppemøder.',
      responsible: 'Projektleder i samarbejde med styregruppen',
      when: 'Kvartalsvis i år 1 og år 2',
    },
    {
      group: 'implementation',
      goal: 'En prototype eller konceptløsning afprøves',
      measure: 'Prøvehandlinger, brugertest og teknisk evaluering dokumenteres.',
      responsible: 'Projektleder og styregruppe',
      when: 'Løbende i år 1 og år 2',
    },
    {
      group: 'implementation',
      goal: 'Løsningen prøves i praksis og tilpasses efter feedback',
      measure:
        'Funktionalitet, brugeroplevelse og økonomiske og organisatoriske effekter evalueres.',
      responsible: 'Projektleder og styregruppe',
      when: 'Ved afslutningen af år 1 og år 2',
    },
    {
      group: 'implementation',
      goal: 'Beslutningsgrundlag for en eventuel videreførelse',
      measure:
        'Samlet vurdering af økonomi, organisation og teknik med gevinster, risici og omkostninger.',
      responsible: 'Projektleder og styregruppe',
      when: 'Ved afslutningen af år 2',
    },
  ],
  // The document calls the overall level "moderat".
  riskLevel: 'middel',
  riskNarrative:
    'De fleste risici kan håndteres med tidlig planlægning, en modulær tilgang og god inddragelse ' +
    'af interessenter, så den samlede risiko vurderes moderat.',
  risks: [
    {
      name: 'Lovhjemmel og dataanvendelse',
      level: 'lav',
      mitigation:
        'Projektet kræver hjemmel til AI, screening, segmentering og datadeling via ' +
        'glaspladeløsning. Lovgivningen fra 1. februar 2026 ventes at give den; området følges ' +
        'tæt med juridiske rådgivere.',
    },
    {
      name: 'Tidsmæssige forsinkelser',
      level: 'middel',
      mitigation:
        'Markedsafdækning, teknisk afklaring og sikkerhedsgodkendelse kan trække ud. Tæt ' +
        'projektstyring, klare milepæle og løbende rapportering til styregruppen.',
    },
    {
      name: 'Økonomisk ramme og integrationsomkostninger',
      level: null,
      mitigation:
        'Koblingen til fagsystemerne kan blive dyrere end ventet. Leverancerne er modulære og kan ' +
        'faseopdeles, justeres eller skaleres ned inden for rammen.',
    },
    {
      name: 'Udviklingsbehov og leverandørsamarbejder',
      level: null,
      mitigation:
        'Der findes ingen færdig løsning, så der udvikles med eksterne partnere med risiko for ' +
        'afvigelser i tid og budget. Markedsafdækning, kravspecifikation og agil udvikling med ' +
        'løbende test.',
    },
    {
      name: 'Modstand mod løsningen hos borgere og medarbejdere',
      level: null,
      mitigation:
        'AI- og avatarløsninger kan møde skepsis. Klar kommunikation, uddannelse og gradvis ' +
        'indførelse.',
    },
    {
      name: 'Teknisk kompleksitet og datakvalitet',
      level: null,
      mitigation:
        'Dataudvekslingen med fagsystemerne kan give tekniske fejl og dårlige data. Tidlig ' +
        'teknisk afklaring og tæt samarbejde med systemejere og leverandører.',
    },
    {
      name: 'Fagsystemleverandørernes kapacitet',
      level: null,
      mitigation:
        'Fremdriften afhænger af, at leverandørerne af de nuværende fagsystemer har ressourcer ' +
        'til integrationsarbejdet; deres bidrag kan give meromkostninger, som skal holdes inden ' +
        'for projektets ramme.',
    },
  ],
  adminEfficiency: '',
  financeApproval: { approved: true, date: '2026-01-12', note: '' },
  // Tabel 5 is left empty in the document.
  partners: [],
  hearings: [
    { body: 'Økonomikredsen', heard: true, date: '2025-12-12', answer: '' },
    { body: 'Koncern IT', heard: true, date: '2026-01-11', answer: '' },
  ],
};
