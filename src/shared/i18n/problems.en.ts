import type { problemsDa } from './problems.da.ts';

// What the API answers when it refuses a request, in English; the keys of problems.da.ts.
export const problemsEn: Record<keyof typeof problemsDa, string> = {
  'problem.bodyTooLarge': 'body: the request is larger than the allowed {limit} bytes.',
  'problem.mediaType': "Content-Type: ''{type}'' is not supported; send application/json.",
  'problem.emptyJson': 'body: the content is empty, but Content-Type is application/json.',
  'problem.invalidJson': 'body: the content is not valid JSON.',
  'problem.notUnderstood': 'The request could not be understood ({code}).',
  'problem.unknownError': 'unknown error',
  'problem.internal': 'An error occurred on the server. Please try again later.',
  'problem.badUrl': 'url: the address contains invalid %-encoding.',
  'problem.paramTooLong': 'params: a value in the address is longer than allowed.',
  'problem.unknownAddress': 'Unknown address: {method} {path}',
  'issue.unknownField': 'unknown field',
  'issue.invalidValue': 'invalid value',
  'issue.nul': 'must not contain the NUL character (\\u0000)',
  'issue.rowTooLong':
    'the row has {values} values, but the table has {years, plural, one {# year} other {# years}}',

  'zod.required': 'is required',
  'zod.string.atMost': 'must be at most {n} characters',
  'zod.string.under': 'must be under {n} characters',
  'zod.string.atLeast': 'must be at least {n} characters',
  'zod.array.atMost': 'must have at most {n} items',
  'zod.array.under': 'must have under {n} items',
  'zod.array.atLeastOne': 'must have at least one item',
  'zod.array.atLeast': 'must have at least {n} items',
  'zod.number.atMost': 'must be at most {n}',
  'zod.number.under': 'must be under {n}',
  'zod.number.atLeast': 'must be at least {n}',
  'zod.number.over': 'must be over {n}',
  'zod.mustBe': 'must be {what}',
  'zod.oneOf': 'must be one of: {values}',
  'zod.multipleOf': 'must be a multiple of {n}',
  'zod.kind.string': 'text',
  'zod.kind.number': 'a number',
  'zod.kind.int': 'a whole number',
  'zod.kind.boolean': 'yes or no',
  'zod.kind.array': 'a list',
  'zod.kind.object': 'an object',
  'zod.kind.date': 'a date',
  'zod.format.uuid': 'a valid id',
  'zod.format.email': 'a valid e-mail address',
  'zod.format.url': 'a valid URL',
  'zod.format.date': 'a date (yyyy-mm-dd)',
  'zod.format.datetime': 'a timestamp (ISO 8601)',

  'problem.signIn.wrong': 'Wrong username or password.',
  'problem.signIn.tooMany': 'Too many attempts to sign in. Try again in {wait}.',
  'problem.wait.seconds': '{n} seconds',
  'problem.wait.minutes': '{n, plural, one {# minute} other {# minutes}}',
  'problem.signIn.first': 'You must sign in first.',
  'problem.signIn.none': 'You are not signed in.',
  'problem.signIn.oidcMissing':
    "Sign-in through the municipality's identity provider is not set up.",
  'problem.signIn.oidcDown':
    "The municipality's identity provider does not answer. Please try again later.",
  'problem.foreignOrigin': 'The request comes from another website and is refused.',
  'problem.csrf': '{header}: missing or does not match the session. Reload the page and try again.',
  'problem.busy': 'The server is busy right now. Try again in a moment.',
  'problem.databaseDown': 'The database does not answer.',

  'problem.proposal.notFound': "There is no proposal with id ''{id}''.",
  'problem.proposal.stale':
    'The proposal has been changed by someone else since you opened it (you have version {version}, the saved one is version {currentVersion}). Reload the proposal and make your changes again.',
  'problem.proposal.move':
    'leadAdministration: you cannot move the proposal to another administration.',
  'problem.proposal.forbidden': 'Your role does not give access to this on the proposal.',
  'problem.proposal.createOwnOnly': 'You can only create proposals for your own administration.',
  'problem.proposal.createNone':
    'Your role cannot create proposals: the administrations’ authors and the pool secretariat do.',
  'problem.proposal.noVersion': 'The proposal has no version {version}.',
  'issue.unknownAdministration': "unknown administration ''{code}''",
  'issue.unknownCommittee': "unknown committee ''{code}''",
  'issue.unknownRound': "unknown round ''{id}''",
  'issue.unknownProposal': "unknown proposal ''{id}''",
  'issue.ownOrigin': 'a proposal cannot originate from itself',

  'problem.recorded.financeApproval':
    '{field}: Table 4 is recorded only by the Centre for Finance with the step "Approve the economics" (approve_finance), not by saving the proposal.',
  'problem.recorded.stated.financeApproval':
    '{field}: what the source stated in Table 4 comes from the import and is not changed by saving.',
  'problem.recorded.hearings':
    '{field}: an answer in Table 6 is recorded only by the consulted body itself (POST .../hearings); by saving you can only add or remove planned bodies without an answer.',
  'problem.recorded.code': '{field}: the proposal’s code is given by the pool secretariat.',
  'problem.recorded.roundId':
    '{field}: the pool secretariat places the proposal in a round (the step assign_round).',

  'problem.step.role': 'Your role may not take this step for this proposal.',
  'problem.step.state': "The step cannot be taken while the proposal has status ''{status}''.",
  'problem.step.noRole': 'You have no role that may take steps.',
  'problem.step.cannotSubmit': 'The proposal cannot be submitted',
  'issue.step.comment': 'write a reason for this step',
  'issue.step.decision':
    'recommendations and decisions are recorded with what they settle: POST {where}',
  'issue.step.financeApproval':
    'the Centre for Finance has not approved the economics (the step approve_finance is missing from the proposal’s history since it was last sent back)',
  'problem.hearing.role': 'Your role may not record consultation answers.',
  'problem.hearing.notInHearing':
    'Consultation answers are recorded while the proposal is in consultation.',
  'problem.hearing.otherBody': 'body: you answer for {own}, not for {body}.',
  'problem.hearing.noBody': 'body: your account is not linked to a consulted body.',

  'problem.round.notFound': "There is no round with id ''{id}''.",
  'problem.round.forbidden':
    'Only the secretariat can change a round’s rules and open it for decision.',
  'problem.round.noRules': "The round ''{id}'' has no rules yet.",
  'problem.round.noRulesVersion': "The round ''{id}'' has no version {version} of the rules.",
  'problem.round.rulesStale': 'The rules have changed since you fetched them. Fetch them again.',
  'problem.round.stale': 'The round has changed since you fetched it.',
  'problem.round.codesForbidden':
    'Only the secretariat can give the proposals of a round their codes.',
  'issue.round.reasonLocked':
    'is required: the round is open for decision and its rules are locked',
  'issue.round.reasonNewVersion': 'is required for a new version',
  'issue.round.noRulesToLock': 'the round has no rules to lock',
  'issue.round.alreadyOpen': 'the round is already open for decision',

  'problem.decision.noRole': 'You have no role that may record recommendations and decisions.',
  'problem.decision.notOpen':
    "The round ''{round}'' is not open for decision: its rules must be locked before decisions are recorded.",
  'issue.decision.notInRound': "the proposal is not in the round ''{round}''",
  'issue.decision.notInRoundIn':
    "the proposal is not in the round ''{round}'' (it is in ''{other}'')",
  'issue.decision.comment': 'write a reason for the recommendation or decision',
  'issue.decision.noPools': "the round ''{round}'' has no pools and rules yet",
  'issue.decision.noPool': "the round has no pool ''{pool}''",
  'issue.decision.choosePool': 'none of the round’s pools takes a {kind}; choose the pool',
  'issue.decision.nothingGranted': 'there is no amount to grant; state the amount per year',
  'issue.decision.priceLevel': 'the plan must be in the round’s price level, {level} p/l',
  'issue.decision.planMismatch':
    'the implementation costs in {year} are DKK {planned} thousand, but DKK {granted} thousand is granted',
  'issue.decision.notLater': "''{target}'' is not a later, undecided round than ''{round}''",

  'problem.upload.notMultipart': 'file: send the file as multipart/form-data in the field "file".',
  'problem.upload.noFile': 'file: the request contains no file.',
  'problem.upload.tooLarge': 'file: the file is larger than the allowed {limit} bytes.',
  'problem.upload.broken':
    'file: the upload was cut off or is not valid multipart/form-data; send the file again.',
  'problem.work.busy':
    'The server is already reading as many files as it can at a time; try again in {seconds} seconds.',
  'problem.work.time':
    'file: reading {what} took more than {seconds} seconds and was stopped; the file is too large or too complex.',
  'problem.work.memory':
    'file: reading {what} needed more than {mb} MB of memory and was stopped; the file is too large or too complex.',
  'problem.work.refused': 'file: {reason}',
  'file.pdf': 'the PDF file',
  'file.document': 'the document',
  'file.spreadsheet': 'the spreadsheet',
  'file.proposalN': 'proposal {n}',
  'issue.tabel1TooLarge':
    'the amounts in Tabel 1 are too large to calculate with safely; correct them first',

  'problem.priceIndex.noYear':
    'The price index has no year {year}; someone else may have removed it.',
  'problem.priceIndex.stale':
    'The price index for {year} has been changed by someone else ({yours}, the saved one is version {currentVersion}). Reload and enter the change again.',
  'problem.priceIndex.adding': 'you were adding the year',
  'problem.priceIndex.yourVersion': 'you have version {version}',
  'problem.priceIndex.forbidden': 'Only the pool secretariat can change the price and wage index.',
  'problem.audit.forbidden':
    'Only the Centre for Finance, the pool secretariat and readers can verify the trail.',
  'problem.portfolio.forbidden': 'Only the secretariat can prioritise a round.',
  'problem.portfolio.notInRound': 'The proposal {id} is not in the round.',
  'issue.portfolio.noCriterion': "the round has no criterion ''{key}''",
  'issue.portfolio.scale': 'must be between {min} and {max} ({criterion})',
  'issue.portfolio.twice': 'appears twice',
  'issue.portfolio.noPools': 'the round has no pools yet',
  'issue.portfolio.notPrioritised': 'the proposal {id} is not up for prioritisation in the round',
  'note.portfolio.poolFull':
    '{pool} cannot hold the chosen proposals in {year}: they ask for {used} against {limit} (DKK 1,000)',
  'note.portfolio.requires': '{dependent} requires {required}, which is left out',
  'note.portfolio.noChoice': 'The solver could not find a choice ({status}).',
  'note.overview.noPriceLevel': 'The proposal has no price level (p/l year).',

  'problem.import.notFound': "There is no import with id ''{id}''.",
  'issue.import.held':
    'the proposal resembles a proposal that exists: {named}; send "createAnyway": true to create it anyway, or skip it',
  'issue.import.heldMany':
    'the proposal resembles proposals that exist: {named}; send "createAnyway": true to create it anyway, or skip it',
  'problem.fieldIssue': '{field}: {issue}',
  'problem.import.notReadYet': 'Proposal {n} is not read yet ({done} of {total} are read).',
  'problem.import.noSuch': 'The import has {total} proposals; there is no proposal {n}.',
  'issue.import.correctionRows': 'must have one row for each of the {rows} rows of Tabel 1',
  'issue.import.correctionValues':
    'must have one number (or a blank) for each of the {years} years of the table',
  'issue.import.fileType': 'only PDF and text files (.pdf, .txt) can be imported',
  'problem.import.deleted': 'The proposal has been deleted.',
  'problem.import.notImported': "The proposal with id ''{id}'' was not imported from a document.",
  'issue.import.alreadyCreated':
    'proposal {n} has already been created as a draft and cannot be skipped',
  'problem.import.noneRead': 'The import has no read proposal {n}.',
  'problem.import.forbidden': 'Only the pool secretariat can import documents with proposals.',
  'problem.overview.forbidden': 'Only the pool secretariat can read an overview into a round.',
  'issue.overview.none': 'the document has no overview of a round to read in',
  'issue.overview.elsewhere': "the overview has already been read into the round ''{round}''",

  'problem.goal.notFound': "There is no follow-up goal with id ''{id}''.",
  'problem.goal.stale':
    'The goal has been changed by someone else since you opened it (you have version {version}). Reload the page and make your changes again.',
  'problem.goal.forbidden':
    'Only the proposal’s own administration and the pool secretariat keep its follow-up goals.',
  'issue.goal.notGranted': 'the proposal is not granted, so it has no follow-up',
  'issue.goal.noTabel3': 'the proposal’s Tabel 3 has no follow-up goals; add them one at a time',
  'problem.goal.started': 'The follow-up of the proposal has already started; reload the page.',
  'issue.goal.statusComment': 'write why the goal is delayed or abandoned',
  'issue.goal.future': 'the measurement cannot be taken after today',
  'issue.goal.fileKind': 'the file is neither PDF, Word (.docx), Excel (.xlsx), PNG, JPEG nor CSV',
  'problem.goal.noFile': "The file ''{id}'' does not exist.",
  'problem.measurement.notMultipart':
    'body: send the measurement as multipart/form-data (the fields, and any file in "file").',
  'issue.measurement.oneFile': 'send at most one file, in the field file',
  'issue.fileEmpty': 'the file is empty',
  'problem.measurement.broken':
    'body: the form was cut off or is not valid multipart/form-data; send it again.',

  'issue.realised.notGranted':
    'the proposal is not granted (status {status}), so it has no plan to report realised figures against',
  'issue.realised.noPriceLevel': 'the plan has no price level, so the amount cannot be converted',
  'problem.realised.settingsForbidden': 'Only the pool secretariat sets up the follow-up.',
  'problem.realised.reportForbidden':
    'Realised figures are reported by the proposal’s own administration and the pool secretariat.',
  'issue.realised.notAYear': '{year} is not a year of the proposal’s plan ({first}-{last})',
  'issue.realised.noRow': 'the plan has {rows} rows; row {row} does not exist',
  'problem.realised.importForbidden':
    'Realised figures are imported by the proposals’ administrations and the pool secretariat.',
  'issue.realised.notXlsx': 'the file is named .xlsx but is not an Excel spreadsheet',
  'issue.realised.notCsv': 'the file is named .csv but is not text',
  'issue.realised.fileKind':
    "''{name}'' is neither an Excel spreadsheet (.xlsx) nor a CSV file (.csv)",
  'issue.realised.noLines': 'the file has no lines of realised figures below the header row',
  'issue.realised.noCode': "there is no proposal with the code ''{code}'' that you can see",
  'issue.realised.codeTwice':
    "the code ''{code}'' is on {n} proposals; correct the code in the system",
  'issue.realised.codeNotGranted': "the proposal ''{code}'' is not granted",
  'issue.realised.notYours': "you do not report realised figures for ''{code}''",
  'issue.realised.notPlanYear': "{year} is not a year of the plan for ''{code}'' ({first}-{last})",
  'issue.realised.noPlanRow':
    "the plan for ''{code}'' has no row ''{row}''; write the row’s name from Tabel 1 or its number 1-{rows}",
  'problem.loan.notFound': "The proposal ''{id}'' has no internal loan.",
  'problem.loan.stale':
    'The loan has been changed by someone else since you opened it (you have version {version}). Reload the loan and record again.',
  'problem.loan.forbidden': 'Only the pool secretariat records internal loans.',
  'issue.loan.notGranted': 'the proposal is not granted, so it has no loan',
  'issue.loan.kind':
    'only innovation proposals and preliminary studies can be financed as an internal loan',
  'issue.loan.sameDay': 'two instalments fall due on the same day ({date})',
  'issue.loan.noPlan': 'the loan has no repayment plan yet',
  'issue.loan.future': 'the payment date is after today ({today})',

  'schema.rowTwice': 'the row appears twice',
  'schema.dueDay': 'the day does not exist in that month every year',
  'schema.targetTwice': 'there is already a target for that year',
  'schema.yearTwice': 'a year appears more than once',
  'schema.postponedRequired': 'is required when the proposal is postponed',
  'schema.onlyPostponed': 'only when the proposal is postponed',
  'schema.onlyGranted': 'only when the proposal is granted',
  'schema.thousands': 'must be a number (DKK 1,000)',
  'schema.threeDecimals': 'at most three decimals (whole kroner)',
  'schema.isoDate': 'must be a date in the form YYYY-MM-DD',
  'schema.indexValue': 'must be a number, e.g. 121.35',
  'schema.indexPositive': 'must be greater than 0 and have at most two decimals',
  'schema.number': 'must be a number',
  'schema.indicator':
    'must be a number with a point as decimal separator and at most four decimals (12.5)',
  'schema.toNotBefore': 'must be the same year as from or later',
  'schema.fortyYears': 'at most 40 years at a time',
  'schema.rate': 'must be an interest rate in percent, e.g. 3.5',
  'schema.twoDecimals': 'at most two decimals',

  'issue.economics.tooLarge': 'the amounts are too large to add up exactly in whole kroner',

  'issue.rules.paybackYears': 'must be a whole number of years between 1 and 30',
  'issue.rules.negative': 'must not be negative',
  'issue.rules.poolTwice': "the pool ''{pool}'' appears twice",
  'issue.rules.noPool': "there is no pool ''{pool}''",
  'issue.rules.yearTwice': '{year} appears twice',
  'issue.rules.overPool': 'must not be greater than the pool’s amount',
  'issue.rules.poolRing': 'the pools lie inside each other in a ring',
  'issue.rules.childrenOver':
    "the pools in ''{pool}'' together have DKK {inside} in {year}, more than its DKK {amount}",
  'issue.rules.criterionTwice': "the criterion ''{criterion}'' appears twice",
  'issue.rules.scale': 'must be greater than the scale’s lowest value',

  'issue.priceLevel.missing': 'Tabel 1 has no price level (p/l year), so it cannot be converted.',
  'issue.priceLevel.yearMissing':
    'The price index does not have the year {year}; it must be added before converting.',
  'issue.priceLevel.invalid':
    'The price index for {year} must be a positive whole number in hundredths, not {points}.',
  'issue.priceLevel.outOfRange': 'The amount becomes too large for whole kroner when converted.',
  'issue.priceLevel.outOfRangeAt':
    'The amount in row {row}, column {column} becomes too large for whole kroner when converted.',
};
