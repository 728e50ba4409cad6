import { formatDanishNumber } from '../../../shared/danish-number.ts';
import type { MessageKey } from '../../../shared/i18n/da.ts';
import { useT } from '../../i18n/context.ts';
import { describeField, fieldId, isField } from './field-paths.ts';
import { useEditForm } from './form-context.ts';
import type { RuleNote } from './useProposalCheck.ts';

/** Names for the findings on figures the user does not type: computed lines and whole tables. */
const COMPUTED: [RegExp, MessageKey][] = [
  [/^economy\.payback\.total$/, 'economy.paybackTotal'],
  [/^economy\.payback\.service$/, 'economy.paybackService'],
  [/^economy\.totals\.implementation$/, 'economy.groupTotal.implementation'],
  [/^economy\.(rows|years)/, 'editEconomy.heading'],
  [/^stated\./, 'check.stated'],
  [/^futureInvestment$/, 'check.futureInvestment'],
  [/^followUpGoals$/, 'check.followUpGoals'],
];

function Finding({ note }: { note: RuleNote }) {
  const t = useT();
  const { draft } = useEditForm();
  const computed = COMPUTED.find(([pattern]) => pattern.test(note.field))?.[1];
  const name = computed ? t(computed) : describeField(note.field, draft, t);
  const text = `${name}: ${note.message}`;
  if (!isField(note.field)) return <li>{text}</li>;
  return (
    <li>
      <a
        href={`#${fieldId(note.field)}`}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(fieldId(note.field))?.focus();
        }}
      >
        {text}
      </a>
    </li>
  );
}

function Findings({ heading, notes }: { heading: string; notes: readonly RuleNote[] }) {
  if (notes.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul className="check-list">
        {notes.map((note, i) => (
          <Finding key={i} note={note} />
        ))}
      </ul>
    </>
  );
}

/**
 * Every finding of the submission rules on the draft, errors (which stop a submission) apart
 * from warnings, with the rules of the year they were judged by. Drafts are saved regardless.
 */
export function CheckList() {
  const t = useT();
  const { check, draft } = useEditForm();
  const errors = check.notes.filter((note) => note.severity === 'error');
  const warnings = check.notes.filter((note) => note.severity === 'warning');
  const cap = check.rules?.rules.capByKind[draft.kind];
  return (
    <div>
      <p>{t('check.intro')}</p>
      <p>
        {check.rulesYear === null
          ? t('check.noYear')
          : check.rules === null
            ? t('check.noRules', { year: check.rulesYear })
            : t(check.rules.source === 'round' ? 'check.roundRules' : 'check.rules', {
                year: check.rules.year,
                priceLevel: check.rules.rules.capsAt?.year ?? check.rules.year,
                limit: check.rules.rules.paybackLimitYears,
                kind: t(`kind.${draft.kind}`).toLowerCase(),
                cap:
                  cap === null || cap === undefined
                    ? t('check.noCap')
                    : `${formatDanishNumber(cap)} kr.`,
              })}
      </p>
      {errors.length === 0 && warnings.length === 0 && <p>{t('check.none')}</p>}
      <Findings heading={t('check.errors', { n: errors.length })} notes={errors} />
      <Findings heading={t('check.warnings', { n: warnings.length })} notes={warnings} />
    </div>
  );
}
