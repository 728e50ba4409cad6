import type { ProposalOutput } from '../../../shared/proposal-schema.ts';
import { useT } from '../../i18n/context.ts';
import { ScrollBox } from '../../layout/ScrollBox.tsx';

/** Tabel 5. */
export function PartnersTable({ partners }: { partners: ProposalOutput['partners'] }) {
  const t = useT();
  return (
    <ScrollBox label={t('partners.caption')}>
      <table className="table table--compact">
        <caption>{t('partners.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('partners.name')}</th>
            <th scope="col">{t('partners.description')}</th>
          </tr>
        </thead>
        <tbody>
          {partners.length === 0 && (
            <tr>
              <td colSpan={2}>{t('partners.none')}</td>
            </tr>
          )}
          {partners.map((p, i) => (
            <tr key={i}>
              <th scope="row" className="weight-normal">
                {p.name}
              </th>
              <td className="pre-line">{p.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
