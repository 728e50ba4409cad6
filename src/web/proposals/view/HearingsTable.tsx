import { formatDanishDate } from '../../../shared/danish-number.ts';
import type { ProposalOutput } from '../../../shared/proposal-schema.ts';
import { useT } from '../../i18n/context.ts';
import { yesNoKey } from '../../../shared/yes-no.ts';
import { ScrollBox } from '../../layout/ScrollBox.tsx';

/** Tabel 6. */
export function HearingsTable({ hearings }: { hearings: ProposalOutput['hearings'] }) {
  const t = useT();
  return (
    <ScrollBox label={t('hearings.caption')}>
      <table className="table table--compact">
        <caption>{t('hearings.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('hearings.body')}</th>
            <th scope="col">{t('hearings.heard')}</th>
            <th scope="col">{t('hearings.date')}</th>
            <th scope="col">{t('hearings.answer')}</th>
          </tr>
        </thead>
        <tbody>
          {hearings.length === 0 && (
            <tr>
              <td colSpan={4}>{t('hearings.none')}</td>
            </tr>
          )}
          {hearings.map((h, i) => (
            <tr key={i}>
              <th scope="row" className="weight-normal">
                {h.body}
              </th>
              <td>{t(yesNoKey(h.heard))}</td>
              <td className="nowrap">{h.date ? formatDanishDate(h.date) : t('common.none')}</td>
              <td className="pre-line">{h.answer}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
