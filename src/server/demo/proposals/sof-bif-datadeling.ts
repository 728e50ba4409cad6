import type { ProposalContentInput } from '../../../shared/proposal-schema.ts';

// The SOF/BIF data-sharing analysis, OFS 2024-2025 (seed 002). Amounts in 1.000 kr., 2025 p/l.
// Kind: the work is a pre-analysis, but the document is filed as an innovation proposal (page
// header, "Administrative bilag til innovationsforslag", Tabel 2 on a future investment case,
// follow-up under "Realisering af innovationsforslag") and asks for 1,2 mio. kr., more than the
// 1 mio. kr. cap on a foranalyse. It is kept as what it was submitted as: innovationsforslag.
// The document carries no code and names no committee; SOF leads, and Socialudvalget is the first
// of the two committees it names for the loan.
// Loan layout: the pool pays 1.200 in 2025 as implementation costs, and a separate row
// "Tilbagebetalingsplan på internt lån" repays it from the two forvaltninger's later savings.
// Document arithmetic: 500 + 500 + 200 = 1.200 as stated. The repayment plan does not match the
// loan: it repays 610 + 610 = 1.220, 20 more than the 1.200 borrowed (no price adjustment is
// mentioned), and the prose calls it a three-year repayment starting in 2026 while the table
// has two instalments (2026 and 2027). The prose also prices a full-time secondment from May to
// December at "ca. 500 t.kr. pr ÅV", yet the table books the full 500 per forvaltning for the
// eight months. No payback and no "Samlet økonomisk påvirkning" are stated.
export const sofBifDatadeling: ProposalContentInput = {
  code: null,
  title: 'Analyse af indsamling, deling og anvendelse af data ml. SOF og BIF',
  kind: 'innovationsforslag',
  summary:
    'SOF og BIF søger midler til en foranalyse af, hvordan forvaltningerne kan indsamle, dele og ' +
    'bruge data på tværs. Analysen afprøver flere typer samarbejde og områder, så resultaterne ' +
    'kan bruges bredt.',
  leadAdministration: 'SOF',
  affectedAdministrations: ['SOF', 'BIF'],
  committee: 'SOU',
  roundId: 'ofs-2024-2025',
  originProposalId: null,
  description: [
    'Beskæftigelses- og socialindsatsen understøttes af sektoropdelt lovgivning og it. SOF og BIF ' +
      'udveksler derfor kun lidt data og få dokumenter, og der er ingen integration mellem deres ' +
      'fagsystemer. Forvaltningerne ser et stort potentiale i en infrastruktur for datadeling: ' +
      'mere helhedsorienteret sagsbehandling, færre dobbelte indhentninger af fx lægeerklæringer, ' +
      'bedre timing af indsatser og bedre service for borgerne.',
    'Analysen begynder på bolig- og hjemløseområdet, som fik midler i B2025, med fokus på udsatte ' +
      'borgeres vej fra herberg til egen bolig efter bolig-hjemløsereformen, hvor betalingsevne, ' +
      'boevne og beskæftigelse går hånd i hånd. Andre mulige områder er det tværfaglige ' +
      'rehabiliteringsområde, afklaringsretten i kontanthjælpsreformen og helhedsorienteret ' +
      'familieindsats.',
    'Der er to hovedspor. 1) Fælles ledelsesinformation: hvor og hvordan data kan sammenstilles ' +
      'til overblik over borgerforløb, effekter og resultater på tværs. 2) Bedre datadeling i ' +
      'sagsbehandlingen af fællesborgere, med tre underspor fra lidt til meget integration: ' +
      'A) kortlægning af data og databehov i FASIT (BIF) og DOMUS (SOF), herunder hjemmel og ' +
      'compliance, uden ny teknologi; B) lavteknologiske løsninger som samkørsel af data, opslag ' +
      'i begge systemer, udveksling via SAPA eller softwarerobotter; C) en API-integration mellem ' +
      'DOMUS og FASIT, hvor data om fællesborgere sendes automatisk og den modtagende ' +
      'sagsbehandler får besked. Erfaringerne kan føre til en innovations- eller investeringscase.',
  ].join('\n\n'),
  economyNarrative: [
    'Udgifterne er først og fremmest frikøb af en fuldtidsmedarbejder i både BIF og SOF fra maj ' +
      'til december 2025 (ca. 500 t.kr. pr. årsværk). Dertil 200 t.kr. til ekstern bistand på ' +
      'særligt komplekse områder, fx fra fagsystemleverandørerne, eller til hurtige, små proof of ' +
      'concept-løsninger.',
    'Beløbet finansieres som et internt lån, som BIF og SOF optager og betaler tilbage med ' +
      'effektiviseringer fra et kommende investeringsforslag, ventet til OFS 25/26. Lånet har en ' +
      'tilbagebetalingstid på tre år, afdragene begynder i 2026 og deles ligeligt mellem ' +
      'forvaltningerne. Giver analysen ikke de ventede effektiviseringer, betales lånet inden for ' +
      'Socialudvalgets og Beskæftigelses- og Integrationsudvalgets egne rammer.',
  ].join('\n\n'),
  economy: {
    priceLevelYear: 2025,
    years: [2025, 2026, 2027, 2028, 2029, 2030],
    rows: [
      {
        label: 'Interne analyseressourcer i BIF',
        section: 'implementation',
        area: 'service',
        values: [500, null, null, null, null, null],
      },
      {
        label: 'Interne analyseressourcer i SOF',
        section: 'implementation',
        area: 'service',
        values: [500, null, null, null, null, null],
      },
      {
        label: 'Ekstern bistand eller udvikling af små PoC’er',
        section: 'implementation',
        area: 'service',
        values: [200, null, null, null, null, null],
      },
      {
        label: 'Tilbagebetalingsplan på internt lån',
        section: 'loan',
        area: 'service',
        values: [0, -610, -610, null, null, null],
      },
    ],
  },
  stated: {
    payback: { service: null, total: null },
    totals: [
      {
        label: 'Samlede implementeringsomkostninger',
        values: [1200, null, null, null, null, null],
      },
    ],
  },
  futureInvestmentNarrative:
    'Analysen kan pege på betydelige gevinster gennem automatisering og bedre datahåndtering: ' +
    'færre manuelle arbejdsgange og mindre tid pr. sag, mere sammenhængende forløb med færre ' +
    'afbrudte sager, bedre ressourceallokering og stærkere databeskyttelse. Potentialet er svært ' +
    'at sætte tal på, fordi analysen netop skal finde effektiviseringerne og prisen for at ' +
    'realisere dem.',
  futureInvestment: {
    expectedCost: { min: 1000, max: 5000 },
    expectedDecisionRound: 'OFS 25/26',
    efficiencyPotential: { min: 1000, max: 5000 },
    efficiencyArea: 'service',
    crossCuttingEfficiency: true,
    largeScalePotential: true,
    matureNewTechnology: false,
    note: 'Om forslaget bliver en moden anvendelse af ny teknologi, afhænger af analysens konklusioner.',
  },
  implementationNarrative:
    'Analysen organiseres som et fælles projekt mellem SOF og BIF, hvor hver forvaltning frikøber ' +
    'data- og fagsystemeksperter og faglige eksperter fra bolig- og hjemløseområdet.',
  followUpGoals: [
    {
      group: 'implementation',
      goal: 'Analysen af potentialer og gevinster i hovedspor 1 (fælles ledelsesinformation) er klar i Q3 2025',
      measure: 'Direktionen har godkendt analysen.',
      responsible: 'Digitalisering i SOF og Kontor for Politik og Driftsudvikling i BIF',
      when: 'Løbende styring af, at tidsplanen holdes',
    },
    {
      group: 'implementation',
      goal: 'Analysen af potentialer og gevinster i hovedspor 2 (bedre datadeling) er klar i Q4 2025',
      measure: 'Direktionen har godkendt analysen.',
      responsible: 'Digitalisering i SOF og Kontor for Politik og Driftsudvikling i BIF',
      when: 'Løbende styring af, at tidsplanen holdes',
    },
    {
      group: 'implementation',
      goal: '1-2 mini-PoC’er bygget på analyserne er gennemført i Q4 2025',
      measure: 'Afslutningsrapporterne for PoC’erne er afleveret.',
      responsible: 'Digitalisering i SOF og Kontor for Politik og Driftsudvikling i BIF',
      when: 'Fastlægges i løbet af projektet, når PoC’ernes timing kendes',
    },
  ],
  riskLevel: 'lav',
  riskNarrative:
    'Som foranalyse har forslaget en meget begrænset risiko, og den samlede risikoprofil ' +
    'vurderes lav trods kompleksiteten i data og lovgivning.',
  risks: [
    {
      name: 'Juridisk risiko',
      level: 'lav',
      mitigation:
        'Meget af dataene udveksles allerede manuelt i dag. Lovgivningen kan begrænse, hvordan ' +
        'eller hvor meget der må deles, og det er netop en del af analysen at afklare det.',
    },
  ],
  adminEfficiency: '',
  financeApproval: { approved: true, date: '2025-02-06', note: '' },
  // Tabel 5 is left empty in the document.
  partners: [],
  hearings: [{ body: 'IT-kredsen', heard: true, date: '2025-01-31', answer: '' }],
};
