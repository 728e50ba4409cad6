// What the API answers when it refuses a request or warns, in Danish; spread into da.ts. The server words
// each problem in the language the client asks for (src/server/words.ts), so the English
// (problems.en.ts) must have the same keys. `problem.*` is a whole message, `issue.*` what is
// wrong with one field (it follows the field's name), `zod.*` what a request's schema found,
// `note.*` a warning in an answer that succeeds.
// ICU quoting: '' is one apostrophe.
export const problemsDa = {
  // The request itself
  'problem.bodyTooLarge': 'body: forespørgslen er større end de tilladte {limit} bytes.',
  'problem.mediaType': "Content-Type: ''{type}'' understøttes ikke; send application/json.",
  'problem.emptyJson': 'body: tomt indhold, men Content-Type er application/json.',
  'problem.invalidJson': 'body: indholdet er ikke gyldig JSON.',
  'problem.notUnderstood': 'Forespørgslen kunne ikke forstås ({code}).',
  'problem.unknownError': 'ukendt fejl',
  'problem.internal': 'Der opstod en fejl på serveren. Prøv igen senere.',
  'problem.badUrl': 'url: adressen indeholder ugyldig %-kodning.',
  'problem.paramTooLong': 'params: en værdi i adressen er længere end tilladt.',
  'problem.unknownAddress': 'Ukendt adresse: {method} {path}',
  'issue.unknownField': 'ukendt felt',
  'issue.invalidValue': 'ugyldig værdi',
  'issue.nul': 'må ikke indeholde NUL-tegnet (\\u0000)',
  'issue.rowTooLong':
    'rækken har {values} værdier, men tabellen har {years, plural, one {# år} other {# år}}',

  // What a request's schema found (zod)
  'zod.required': 'skal udfyldes',
  'zod.string.atMost': 'må højst være {n} tegn',
  'zod.string.under': 'må være under {n} tegn',
  'zod.string.atLeast': 'skal være mindst {n} tegn',
  'zod.array.atMost': 'må højst have {n} punkter',
  'zod.array.under': 'må have under {n} punkter',
  'zod.array.atLeastOne': 'skal have mindst ét punkt',
  'zod.array.atLeast': 'skal have mindst {n} punkter',
  'zod.number.atMost': 'må højst være {n}',
  'zod.number.under': 'må være under {n}',
  'zod.number.atLeast': 'skal være mindst {n}',
  'zod.number.over': 'skal være over {n}',
  'zod.mustBe': 'skal være {what}',
  'zod.oneOf': 'skal være en af: {values}',
  'zod.multipleOf': 'skal gå op i {n}',
  'zod.kind.string': 'tekst',
  'zod.kind.number': 'et tal',
  'zod.kind.int': 'et helt tal',
  'zod.kind.boolean': 'ja eller nej',
  'zod.kind.array': 'en liste',
  'zod.kind.object': 'et objekt',
  'zod.kind.date': 'en dato',
  'zod.format.uuid': 'et gyldigt id',
  'zod.format.email': 'en gyldig e-mailadresse',
  'zod.format.url': 'en gyldig adresse',
  'zod.format.date': 'en dato (åååå-mm-dd)',
  'zod.format.datetime': 'et tidspunkt (ISO 8601)',

  // Signing in and access
  'problem.signIn.wrong': 'Forkert brugernavn eller adgangskode.',
  'problem.signIn.tooMany': 'For mange forsøg på at logge ind. Prøv igen om {wait}.',
  'problem.wait.seconds': '{n} sekunder',
  'problem.wait.minutes': '{n, plural, one {# minut} other {# minutter}}',
  'problem.signIn.first': 'Du skal logge ind først.',
  'problem.signIn.none': 'Du er ikke logget ind.',
  'problem.signIn.oidcMissing': 'Log-ind via kommunens identitetsudbyder er ikke sat op.',
  'problem.signIn.oidcDown': 'Kommunens identitetsudbyder svarer ikke. Prøv igen senere.',
  'problem.foreignOrigin': 'Forespørgslen kommer fra et andet websted og er afvist.',
  'problem.csrf':
    '{header}: mangler eller passer ikke til sessionen. Genindlæs siden, og prøv igen.',
  'problem.busy': 'Serveren har travlt lige nu. Prøv igen om et øjeblik.',
  'problem.databaseDown': 'Databasen svarer ikke.',

  // Proposals
  'problem.proposal.notFound': "Der findes intet forslag med id ''{id}''.",
  'problem.proposal.stale':
    'Forslaget er blevet ændret af en anden, siden du åbnede det (du har version {version}, den gemte er version {currentVersion}). Genindlæs forslaget, og indfør dine ændringer igen.',
  'problem.proposal.move':
    'leadAdministration: du kan ikke flytte forslaget til en anden forvaltning.',
  'problem.proposal.forbidden': 'Din rolle giver ikke adgang til dette på forslaget.',
  'problem.proposal.createOwnOnly': 'Du kan kun oprette forslag for din egen forvaltning.',
  'problem.proposal.createNone':
    'Din rolle kan ikke oprette forslag: det gør forvaltningernes forslagsstillere og puljesekretariatet.',
  'problem.proposal.noVersion': 'Forslaget har ingen version {version}.',
  'issue.unknownAdministration': "ukendt forvaltning ''{code}''",
  'issue.unknownCommittee': "ukendt udvalg ''{code}''",
  'issue.unknownRound': "ukendt runde ''{id}''",
  'issue.unknownProposal': "ukendt forslag ''{id}''",
  'issue.ownOrigin': 'et forslag kan ikke udspringe af sig selv',

  // What the workflow records, refused in a save (the field leads the message)
  'problem.recorded.financeApproval':
    '{field}: Tabel 4 registreres kun af Center for Økonomi med skridtet "Godkend økonomien" (approve_finance), ikke ved at gemme forslaget.',
  'problem.recorded.stated.financeApproval':
    '{field}: det, kilden angav i Tabel 4, kommer fra importen og ændres ikke ved at gemme.',
  'problem.recorded.hearings':
    '{field}: et høringssvar i Tabel 6 registreres kun af høringsparten selv (POST .../hearings); ved at gemme kan du kun tilføje eller fjerne planlagte høringsparter uden svar.',
  'problem.recorded.code': '{field}: forslagets kode gives af puljesekretariatet.',
  'problem.recorded.roundId':
    '{field}: puljesekretariatet placerer forslaget i en runde (skridtet assign_round).',

  // The workflow
  'problem.step.role': 'Din rolle må ikke tage dette skridt for dette forslag.',
  'problem.step.state': "Skridtet kan ikke tages, når forslaget har status ''{status}''.",
  'problem.step.noRole': 'Du har ingen rolle, der må tage skridt.',
  'problem.step.cannotSubmit': 'Forslaget kan ikke indsendes',
  'issue.step.comment': 'skriv en begrundelse for dette skridt',
  'issue.step.decision':
    'indstilling og beslutning registreres med det, de fastlægger: POST {where}',
  'issue.step.financeApproval':
    'Center for Økonomi har ikke godkendt økonomien (skridtet approve_finance mangler i forslagets historik, efter det sidst blev sendt tilbage)',
  'problem.hearing.role': 'Din rolle må ikke registrere høringssvar.',
  'problem.hearing.notInHearing': 'Høringssvar registreres, mens forslaget er i høring.',
  'problem.hearing.otherBody': 'body: du svarer for {own}, ikke for {body}.',
  'problem.hearing.noBody': 'body: din konto er ikke knyttet til en høringspart.',

  // Rounds and their rules
  'problem.round.notFound': "Der findes ingen runde med id ''{id}''.",
  'problem.round.forbidden':
    'Kun sekretariatet kan ændre en rundes regler og åbne den for beslutning.',
  'problem.round.noRules': "Runden ''{id}'' har ingen regler endnu.",
  'problem.round.noRulesVersion': "Runden ''{id}'' har ingen version {version} af reglerne.",
  'problem.round.rulesStale': 'Reglerne er ændret, siden du hentede dem. Hent dem igen.',
  'problem.round.stale': 'Runden er ændret, siden du hentede den.',
  'problem.round.codesForbidden': 'Kun sekretariatet kan give forslagene i en runde deres koder.',
  'issue.round.reasonLocked': 'skal udfyldes: runden er åbnet for beslutning, og reglerne er låst',
  'issue.round.reasonNewVersion': 'skal udfyldes for en ny version',
  'issue.round.noRulesToLock': 'runden har ingen regler at låse',
  'issue.round.alreadyOpen': 'runden er allerede åbnet for beslutning',

  // Recommendations and decisions
  'problem.decision.noRole': 'Du har ingen rolle, der må registrere indstillinger og beslutninger.',
  'problem.decision.notOpen':
    "Runden ''{round}'' er ikke åbnet for beslutning: dens regler skal låses, før der registreres beslutninger.",
  'issue.decision.notInRound': "forslaget er ikke i runden ''{round}''",
  'issue.decision.notInRoundIn': "forslaget er ikke i runden ''{round}'' (det er i ''{other}'')",
  'issue.decision.comment': 'skriv en begrundelse for indstillingen eller beslutningen',
  'issue.decision.noPools': "runden ''{round}'' har ingen puljer og regler endnu",
  'issue.decision.noPool': "runden har ingen pulje ''{pool}''",
  'issue.decision.choosePool': 'ingen af rundens puljer tager imod et {kind}; vælg puljen',
  'issue.decision.nothingGranted': 'der er intet beløb at bevilge; angiv beløbet pr. år',
  'issue.decision.priceLevel': 'planen skal stå i rundens prisniveau, {level} p/l',
  'issue.decision.planMismatch':
    'implementeringsomkostningerne i {year} er {planned} t.kr., men der er bevilget {granted} t.kr.',
  'issue.decision.notLater': "''{target}'' er ikke en senere, uafgjort runde end ''{round}''",

  // Files sent to the server
  'problem.upload.notMultipart': 'file: send filen som multipart/form-data i feltet "file".',
  'problem.upload.noFile': 'file: forespørgslen indeholder ingen fil.',
  'problem.upload.tooLarge': 'file: filen er større end de tilladte {limit} bytes.',
  'problem.upload.broken':
    'file: upload er afbrudt eller ikke gyldig multipart/form-data; send filen igen.',
  'problem.work.busy':
    'Serveren læser allerede så mange filer, som den kan ad gangen; prøv igen om {seconds} sekunder.',
  'problem.work.time':
    'file: at læse {what} tog mere end {seconds} sekunder og er afbrudt; filen er for stor eller for indviklet.',
  'problem.work.memory':
    'file: at læse {what} krævede mere end {mb} MB hukommelse og er afbrudt; filen er for stor eller for indviklet.',
  'problem.work.refused': 'file: {reason}',
  'file.pdf': 'PDF-filen',
  'file.document': 'dokumentet',
  'file.spreadsheet': 'regnearket',
  'file.proposalN': 'forslag {n}',
  'issue.tabel1TooLarge': 'beløbene i Tabel 1 er for store til at regne sikkert med; ret dem først',

  // Price index, audit trail and prioritisation
  'problem.priceIndex.noYear':
    'Prisindekset har intet år {year}; det kan være fjernet af en anden.',
  'problem.priceIndex.stale':
    'Prisindekset for {year} er ændret af en anden ({yours}, den gemte er version {currentVersion}). Genindlæs og indtast ændringen igen.',
  'problem.priceIndex.adding': 'du ville tilføje året',
  'problem.priceIndex.yourVersion': 'du har version {version}',
  'problem.priceIndex.forbidden': 'Kun puljesekretariatet kan ændre pris- og lønindekset.',
  'problem.audit.forbidden':
    'Kun Center for Økonomi, puljesekretariatet og læsere kan kontrollere sporet.',
  'problem.portfolio.forbidden': 'Kun sekretariatet kan prioritere en runde.',
  'problem.portfolio.notInRound': 'Forslaget {id} er ikke i runden.',
  'issue.portfolio.noCriterion': "runden har intet kriterium ''{key}''",
  'issue.portfolio.scale': 'skal være mellem {min} og {max} ({criterion})',
  'issue.portfolio.twice': 'står to gange',
  'issue.portfolio.noPools': 'runden har ingen puljer endnu',
  'issue.portfolio.notPrioritised': 'forslaget {id} er ikke til prioritering i runden',
  'note.portfolio.poolFull':
    '{pool} kan ikke rumme de valgte forslag i {year}: de beder om {used} mod {limit} (1.000 kr.)',
  'note.portfolio.requires': '{dependent} forudsætter {required}, som er valgt fra',
  'note.portfolio.noChoice': 'Løseren kunne ikke finde et valg ({status}).',
  'note.overview.noPriceLevel': 'Forslaget har intet prisniveau (p/l-år).',

  // Imports of documents
  'problem.import.notFound': "Der findes ingen indlæsning med id ''{id}''.",
  'issue.import.held':
    'forslaget ligner et forslag, der findes: {named}; send "createAnyway": true for at oprette det alligevel, eller spring det over',
  'issue.import.heldMany':
    'forslaget ligner forslag, der findes: {named}; send "createAnyway": true for at oprette det alligevel, eller spring det over',
  'problem.fieldIssue': '{field}: {issue}',
  'problem.import.notReadYet': 'Forslag {n} er ikke læst endnu ({done} af {total} er læst).',
  'problem.import.noSuch': 'Indlæsningen har {total} forslag; der er intet forslag {n}.',
  'issue.import.correctionRows': "skal have én række for hver af Tabel 1''s {rows} rækker",
  'issue.import.correctionValues':
    'skal have ét tal (eller tomt) for hvert af tabellens {years} år',
  'issue.import.fileType': 'kun PDF- og tekstfiler (.pdf, .txt) kan indlæses',
  'problem.import.deleted': 'Forslaget er slettet.',
  'problem.import.notImported': "Forslaget med id ''{id}'' er ikke indlæst fra et dokument.",
  'issue.import.alreadyCreated':
    'forslag {n} er allerede oprettet som kladde og kan ikke springes over',
  'problem.import.noneRead': 'Indlæsningen har intet læst forslag {n}.',
  'problem.import.forbidden': 'Kun puljesekretariatet kan indlæse dokumenter med forslag.',
  'problem.overview.forbidden': 'Kun puljesekretariatet kan læse en oversigt ind i en runde.',
  'issue.overview.none': 'dokumentet har ingen oversigt over en runde at læse ind',
  'issue.overview.elsewhere': "oversigten er allerede læst ind i runden ''{round}''",

  // Follow-up goals and their measurements
  'problem.goal.notFound': "Der findes intet opfølgningsmål med id ''{id}''.",
  'problem.goal.stale':
    'Målet er ændret af en anden, siden du åbnede det (du har version {version}). Genindlæs siden, og indfør dine ændringer igen.',
  'problem.goal.forbidden':
    'Kun forslagets egen forvaltning og puljesekretariatet fører dets opfølgningsmål.',
  'issue.goal.notGranted': 'forslaget er ikke bevilget, så det har ingen opfølgning',
  'issue.goal.noTabel3': 'forslagets Tabel 3 har ingen opfølgningsmål; tilføj dem ét ad gangen',
  'problem.goal.started': 'Opfølgningen på forslaget er allerede startet; genindlæs siden.',
  'issue.goal.statusComment': 'skriv hvorfor målet er forsinket eller opgivet',
  'issue.goal.future': 'målingen kan ikke være foretaget efter i dag',
  'issue.goal.fileKind': 'filen er hverken PDF, Word (.docx), Excel (.xlsx), PNG, JPEG eller CSV',
  'problem.goal.noFile': "Filen ''{id}'' findes ikke.",
  'problem.measurement.notMultipart':
    'body: send målingen som multipart/form-data (felterne og evt. filen i "file").',
  'issue.measurement.oneFile': 'send højst én fil, i feltet file',
  'issue.fileEmpty': 'filen er tom',
  'problem.measurement.broken':
    'body: formularen er afbrudt eller ikke gyldig multipart/form-data; send den igen.',

  // Realised figures and internal loans
  'issue.realised.notGranted':
    'forslaget er ikke bevilget (status {status}), så det har ingen plan at rapportere realiserede tal imod',
  'issue.realised.noPriceLevel': 'planen har intet prisniveau, så beløbet kan ikke omregnes',
  'problem.realised.settingsForbidden': 'Kun puljesekretariatet sætter opfølgningen.',
  'problem.realised.reportForbidden':
    'Realiserede tal rapporteres af forslagets egen forvaltning og puljesekretariatet.',
  'issue.realised.notAYear': '{year} er ikke et år i forslagets plan ({first}-{last})',
  'issue.realised.noRow': 'planen har {rows} rækker; række {row} findes ikke',
  'problem.realised.importForbidden':
    'Realiserede tal indlæses af forslagenes forvaltninger og puljesekretariatet.',
  'issue.realised.notXlsx': 'filen hedder .xlsx, men er ikke et Excel-regneark',
  'issue.realised.notCsv': 'filen hedder .csv, men er ikke tekst',
  'issue.realised.fileKind':
    "''{name}'' er hverken et Excel-regneark (.xlsx) eller en CSV-fil (.csv)",
  'issue.realised.noLines': 'filen har ingen linjer med realiserede tal under overskriftsrækken',
  'issue.realised.noCode': "der er intet forslag med koden ''{code}'', som du kan se",
  'issue.realised.codeTwice': "koden ''{code}'' står på {n} forslag; ret koden i systemet",
  'issue.realised.codeNotGranted': "forslaget ''{code}'' er ikke bevilget",
  'issue.realised.notYours': "du rapporterer ikke realiserede tal for ''{code}''",
  'issue.realised.notPlanYear': "{year} er ikke et år i planen for ''{code}'' ({first}-{last})",
  'issue.realised.noPlanRow':
    "planen for ''{code}'' har ingen række ''{row}''; skriv rækkens navn fra Tabel 1 eller dens nummer 1-{rows}",
  'problem.loan.notFound': "Forslaget ''{id}'' har intet internt lån.",
  'problem.loan.stale':
    'Lånet er ændret af en anden, siden du åbnede det (du har version {version}). Genindlæs lånet, og registrér igen.',
  'problem.loan.forbidden': 'Kun puljesekretariatet registrerer interne lån.',
  'issue.loan.notGranted': 'forslaget er ikke bevilget, så det har intet lån',
  'issue.loan.kind': 'kun innovationsforslag og foranalyser kan finansieres som internt lån',
  'issue.loan.sameDay': 'to rater forfalder samme dag ({date})',
  'issue.loan.noPlan': 'lånet har ingen tilbagebetalingsplan endnu',
  'issue.loan.future': 'betalingsdatoen ligger efter i dag ({today})',

  // The shared schemas' own words, recognised in a request's issues by their Danish
  'schema.rowTwice': 'rækken står to gange',
  'schema.dueDay': 'dagen findes ikke i hvert år i den måned',
  'schema.targetTwice': 'der er allerede et mål for det år',
  'schema.yearTwice': 'et år står mere end én gang',
  'schema.postponedRequired': 'skal udfyldes, når forslaget udsættes',
  'schema.onlyPostponed': 'kun når forslaget udsættes',
  'schema.onlyGranted': 'kun når forslaget bevilges',
  'schema.thousands': 'skal være et tal (1.000 kr.)',
  'schema.threeDecimals': 'højst tre decimaler (hele kroner)',
  'schema.isoDate': 'skal være en dato på formen ÅÅÅÅ-MM-DD',
  'schema.indexValue': 'skal være et tal, fx 121.35',
  'schema.indexPositive': 'skal være større end 0 og have højst to decimaler',
  'schema.number': 'skal være et tal',
  'schema.indicator': 'skal være et tal med punktum som decimaltegn og højst fire decimaler (12.5)',
  'schema.toNotBefore': 'skal være samme år som from eller senere',
  'schema.fortyYears': 'højst 40 år ad gangen',
  'schema.rate': 'skal være en rente i procent, fx 3.5',
  'schema.twoDecimals': 'højst to decimaler',

  // Economics
  'issue.economics.tooLarge': 'beløbene er for store til at lægge præcist sammen i hele kroner',

  // A round's rules that do not hold together (by the domain's finding)
  'issue.rules.paybackYears': 'skal være et helt antal år mellem 1 og 30',
  'issue.rules.negative': 'må ikke være negativ',
  'issue.rules.poolTwice': "puljen ''{pool}'' står to gange",
  'issue.rules.noPool': "der er ingen pulje ''{pool}''",
  'issue.rules.yearTwice': '{year} står to gange',
  'issue.rules.overPool': 'må ikke være større end puljens beløb',
  'issue.rules.poolRing': 'puljerne ligger i hinanden i ring',
  'issue.rules.childrenOver':
    "puljerne i ''{pool}'' har tilsammen {inside} kr. i {year}, mere end dens {amount} kr.",
  'issue.rules.criterionTwice': "kriteriet ''{criterion}'' står to gange",
  'issue.rules.scale': 'skal være større end skalaens mindste værdi',

  // Converting to another price level (by the domain error's code)
  'issue.priceLevel.missing': 'Tabel 1 har intet prisniveau (p/l-år), så den kan ikke omregnes.',
  'issue.priceLevel.yearMissing':
    'Prisindekset har ikke året {year}; det skal tilføjes før der kan omregnes.',
  'issue.priceLevel.invalid':
    'Prisindekset for {year} skal være et positivt heltal i hundrededele, ikke {points}.',
  'issue.priceLevel.outOfRange': 'Beløbet bliver for stort til hele kroner ved omregning.',
  'issue.priceLevel.outOfRangeAt':
    'Beløbet i række {row}, kolonne {column} bliver for stort til hele kroner ved omregning.',
} as const;
