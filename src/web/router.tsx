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
import { ProposalRoute } from './proposals/ProposalRoute.tsx';
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
          {
            path: 'forslag/:id',
            element: <ProposalRoute />,
            children: [
              { index: true, element: <ProposalPage /> },
              { path: 'rediger', element: <EditProposalPage /> },
              { path: 'versioner', element: <VersionsPage /> },
              { path: 'versioner/:version', element: <VersionPage /> },
              { path: 'versioner/:a/sammenlign/:b', element: <ComparePage /> },
              { path: 'maal', element: <GoalsPage /> },
              { path: 'realiseret', element: <RealisedPage /> },
            ],
          },
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
          { path: 'opfoelgning', element: <DashboardPage /> },
          { path: 'opfoelgning/afvigelser', element: <DeviationsPage /> },
          { path: 'opfoelgning/indstillinger', element: <SettingsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
