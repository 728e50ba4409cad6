import { createBrowserRouter } from 'react-router';
import { DecisionRoundsPage } from './decisions/DecisionRoundsPage.tsx';
import { OverviewPage } from './rounds/OverviewPage.tsx';
import { PrioritisationPage } from './rounds/PrioritisationPage.tsx';
import { DecisionsPage } from './decisions/DecisionsPage.tsx';
import { PriceIndexPage } from './economics/PriceIndexPage.tsx';
import { ImportPage } from './imports/ImportPage.tsx';
import { ImportProgressPage } from './imports/ImportProgressPage.tsx';
import { ReviewPage } from './imports/ReviewPage.tsx';
import { SignInPage } from './auth/SignInPage.tsx';
import { Layout } from './layout/Layout.tsx';
import { NotFoundPage } from './layout/NotFoundPage.tsx';
import { RouteError } from './layout/RouteError.tsx';
import { EditProposalPage } from './proposals/edit/EditProposalPage.tsx';
import { ProposalListPage } from './proposals/list/ProposalListPage.tsx';
import { NewProposalPage } from './proposals/new/NewProposalPage.tsx';
import { ProposalPage } from './proposals/view/ProposalPage.tsx';
import { VersionPage } from './proposals/versions/VersionPage.tsx';
import { VersionsPage } from './proposals/versions/VersionsPage.tsx';
import { ComparePage } from './proposals/versions/ComparePage.tsx';
import { RulesPage } from './rounds/RulesPage.tsx';
import { SearchPage } from './search/SearchPage.tsx';
import { LoanPage } from './followup/loans/LoanPage.tsx';
import { LoansPage } from './followup/loans/LoansPage.tsx';
import { FramesPage } from './followup/frames/FramesPage.tsx';
import { GoalsPage } from './followup/goals/GoalsPage.tsx';
import { RealisedPage } from './followup/realised/RealisedPage.tsx';
import { DashboardPage } from './followup/dashboard/DashboardPage.tsx';
import { DeviationsPage } from './followup/dashboard/DeviationsPage.tsx';
import { SettingsPage } from './followup/dashboard/SettingsPage.tsx';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <ProposalListPage /> },
          { path: 'log-ind', element: <SignInPage /> },
          { path: 'forslag/ny', element: <NewProposalPage /> },
          { path: 'forslag/:id', element: <ProposalPage /> },
          { path: 'forslag/:id/rediger', element: <EditProposalPage /> },
          { path: 'forslag/:id/versioner', element: <VersionsPage /> },
          { path: 'forslag/:id/versioner/:version', element: <VersionPage /> },
          { path: 'forslag/:id/versioner/:a/sammenlign/:b', element: <ComparePage /> },
          { path: 'soeg', element: <SearchPage /> },
          { path: 'prisindeks', element: <PriceIndexPage /> },
          { path: 'beslutninger', element: <DecisionRoundsPage /> },
          { path: 'runder/:roundId/beslutninger', element: <DecisionsPage /> },
          { path: 'runder/:roundId/oversigt', element: <OverviewPage /> },
          { path: 'runder/:roundId/prioritering', element: <PrioritisationPage /> },
          { path: 'runder/:roundId/regler', element: <RulesPage /> },
          { path: 'indlaes', element: <ImportPage /> },
          { path: 'indlaesninger/:id', element: <ImportProgressPage /> },
          { path: 'indlaesninger/:id/forslag/:position', element: <ReviewPage /> },
          { path: 'laan', element: <LoansPage /> },
          { path: 'laan/:proposalId', element: <LoanPage /> },
          { path: 'rammer', element: <FramesPage /> },
          { path: 'forslag/:id/maal', element: <GoalsPage /> },
          { path: 'forslag/:id/realiseret', element: <RealisedPage /> },
          { path: 'opfoelgning', element: <DashboardPage /> },
          { path: 'opfoelgning/afvigelser', element: <DeviationsPage /> },
          { path: 'opfoelgning/indstillinger', element: <SettingsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
