import type { ProposalOutput } from '../../../shared/proposal-schema.ts';
import { EconomyAtPriceLevel } from '../../economics/EconomyAtPriceLevel.tsx';
import { useT } from '../../i18n/context.ts';
import { ApprovalTable } from './ApprovalTable.tsx';
import { FollowUpTable } from './FollowUpTable.tsx';
import { FutureInvestmentTable } from './FutureInvestmentTable.tsx';
import { HeaderBlock } from './HeaderBlock.tsx';
import { HearingsTable } from './HearingsTable.tsx';
import { Narrative } from './Narrative.tsx';
import { PartnersTable } from './PartnersTable.tsx';
import { RiskSection } from './RiskSection.tsx';

/** A proposal, read-only, in the order and with the headings of the template. */
export function ProposalDocument({ proposal: p }: { proposal: ProposalOutput }) {
  const t = useT();
  return (
    <article className="proposal-document">
      <HeaderBlock proposal={p} />
      <section aria-labelledby="s1">
        <h2 id="s1">{t('view.s1')}</h2>
        <Narrative text={p.description} />
      </section>
      <section aria-labelledby="s2">
        <h2 id="s2">{t('view.s2')}</h2>
        <Narrative text={p.economyNarrative} />
        <EconomyAtPriceLevel economy={p.economy} stated={p.stated} />
      </section>
      <section aria-labelledby="s3">
        <h2 id="s3">{t('view.s3')}</h2>
        <Narrative text={p.futureInvestmentNarrative} />
        <FutureInvestmentTable future={p.futureInvestment} />
      </section>
      <section aria-labelledby="s4">
        <h2 id="s4">{t('view.s4')}</h2>
        <Narrative text={p.implementationNarrative} />
        <FollowUpTable goals={p.followUpGoals} />
      </section>
      <section aria-labelledby="s5">
        <h2 id="s5">{t('view.s5')}</h2>
        <RiskSection proposal={p} />
      </section>
      <section aria-labelledby="s6">
        <h2 id="s6">{t('view.s6')}</h2>
        <ApprovalTable approval={p.financeApproval} stated={p.stated?.financeApproval} />
        <PartnersTable partners={p.partners} />
        <HearingsTable hearings={p.hearings} />
      </section>
    </article>
  );
}
