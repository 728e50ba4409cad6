import type { Dispatch, SetStateAction } from 'react';
import { AREAS, PROPOSAL_KINDS, ROW_SECTIONS } from '../../domain/proposal.ts';
import { formatDanishNumber } from '../../shared/danish-number.ts';
import type { ProposalContentOutput } from '../../shared/proposal-schema.ts';
import { useAdministrations } from '../api/queries.ts';
import { useT } from '../i18n/context.ts';
import type { CorrectedView, Edits, RowEdit } from './corrections.ts';
import { YearHeaders } from '../layout/YearHeaders.tsx';

const cellText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : formatDanishNumber(value);

/**
 * The reviewer's corrections of what was read, before accepting: the code, the kind, the lead
 * forvaltning, and each Tabel 1 row's section, area and figures. Tabel 1 above is computed from
 * the corrected rows as they are typed.
 */
export function CorrectReading({
  read,
  edits,
  setEdits,
  view,
}: {
  read: ProposalContentOutput;
  edits: Edits;
  setEdits: Dispatch<SetStateAction<Edits>>;
  view: CorrectedView;
}) {
  const t = useT();
  const administrations = useAdministrations().data ?? [];
  const editRow = (r: number, change: (edit: RowEdit) => RowEdit) =>
    setEdits((e) => ({ ...e, rows: { ...e.rows, [r]: change(e.rows[r] ?? {}) } }));
  const { years, rows } = read.economy;
  return (
    <section className="correct-reading mt-6" aria-labelledby="correct-heading">
      <h3 id="correct-heading">{t('review.correct')}</h3>
      <p className="form-hint" id="correct-hint">
        {t('review.correctHint')}
      </p>
      <div className="correct-header">
        <div className="form-group">
          <label className="form-label" htmlFor="correct-code">
            {t('review.field.code')}
          </label>
          <input
            id="correct-code"
            className="form-input input-width-xs"
            value={edits.code ?? read.code ?? ''}
            onChange={(e) => setEdits((x) => ({ ...x, code: e.target.value }))}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="correct-kind">
            {t('review.field.kind')}
          </label>
          <select
            id="correct-kind"
            className="form-select"
            value={edits.kind ?? read.kind}
            onChange={(e) =>
              setEdits((x) => ({ ...x, kind: e.target.value as (typeof PROPOSAL_KINDS)[number] }))
            }
          >
            {PROPOSAL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="correct-lead">
            {t('review.field.leadAdministration')}
          </label>
          <select
            id="correct-lead"
            className="form-select"
            value={edits.leadAdministration ?? read.leadAdministration ?? ''}
            onChange={(e) => setEdits((x) => ({ ...x, leadAdministration: e.target.value }))}
          >
            <option value="">{t('common.none')}</option>
            {administrations.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name} ({a.code})
              </option>
            ))}
          </select>
        </div>
      </div>
      {rows.length > 0 && (
        <div
          className="review-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('review.correctRows')}
        >
          <table className="table table--compact correct-rows">
            <caption>{t('review.correctRows')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('economy.rowHeader')}</th>
                <th scope="col">{t('review.rowSectionHeader')}</th>
                <th scope="col">{t('review.rowAreaHeader')}</th>
                <YearHeaders years={years} />
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => {
                const edit = edits.rows[r] ?? {};
                return (
                  <tr key={r}>
                    <th scope="row" className="weight-normal">
                      {row.label}
                    </th>
                    <td>
                      <select
                        className="form-select"
                        aria-label={t('review.rowSection', { label: row.label })}
                        value={edit.section ?? row.section}
                        onChange={(e) =>
                          editRow(r, (x) => ({
                            ...x,
                            section: e.target.value as (typeof ROW_SECTIONS)[number],
                          }))
                        }
                      >
                        {ROW_SECTIONS.map((section) => (
                          <option key={section} value={section}>
                            {t(`section.${section}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select
                        className="form-select"
                        aria-label={t('review.rowArea', { label: row.label })}
                        value={edit.area ?? row.area}
                        onChange={(e) =>
                          editRow(r, (x) => ({
                            ...x,
                            area: e.target.value as (typeof AREAS)[number],
                          }))
                        }
                      >
                        {AREAS.map((area) => (
                          <option key={area} value={area}>
                            {t(`area.${area}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    {years.map((year, y) => {
                      const bad = view.invalid.includes(`${r}.${y}`);
                      return (
                        <td key={year}>
                          <input
                            className="form-input correct-cell"
                            inputMode="decimal"
                            aria-label={t('review.rowValue', { label: row.label, year })}
                            aria-invalid={bad || undefined}
                            value={edit.values?.[y] ?? cellText(row.values[y])}
                            onChange={(e) =>
                              editRow(r, (x) => ({
                                ...x,
                                values: { ...x.values, [y]: e.target.value },
                              }))
                            }
                          />
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" className="mt-3">
        {view.invalid.length > 0
          ? t('review.invalidNumbers', { n: view.invalid.length })
          : t('review.correctionsCount', { n: view.corrections.length })}
      </p>
    </section>
  );
}
