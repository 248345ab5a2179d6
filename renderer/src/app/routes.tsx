import { Navigate, Route, Routes } from 'react-router';
import { AccountDetailPage } from '../features/accounts';
import { AccountsPage } from '../features/accounts';
import { ActivitiesPage } from '../features/activities';
import { AdminPage } from '../features/admin';
import { ExchangeRatesPage } from '../features/admin';
import { SettingsPage } from '../features/settings';
import { LoginPage } from '../features/auth';
import { DevicesPage } from '../features/sync';
import { NotSyncedPage } from '../features/sync';
import { CampaignDetailPage } from '../features/campaigns';
import { CampaignsPage } from '../features/campaigns';
import { CapturePage } from '../features/capture';
import { DocumentsPage } from '../features/documents';
import { DocumentDetailPage } from '../features/documents';
import { LeadDetailPage } from '../features/leads';
import { LeadEntryPage } from '../features/leads';
import { LeadListPage } from '../features/leads';
import { OpportunitiesPage } from '../features/opportunities';
import { PoolPage } from '../features/pool';
import { OpportunityDetailPage } from '../features/opportunities';
import { ProductsPage } from '../features/products';
import { ReportsPage } from '../features/reports';
import { SamplesPage } from '../features/samples';
import { AppLayout } from './AppLayout';
import { useConfig } from '../data/use-config';
import { useDatabase } from '../data/db-context';
import { homePath } from './nav';

/** The app opens straight into card entry: at a booth that is the work. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomeRedirect />} />
        <Route path="leads" element={<LeadListPage />} />
        <Route path="leads/entry" element={<LeadEntryPage />} />
        <Route path="leads/:id" element={<LeadDetailPage />} />
        <Route path="accounts" element={<AccountsPage />} />
        <Route path="accounts/:id" element={<AccountDetailPage />} />
        <Route path="pool" element={<PoolPage />} />
        <Route path="opportunities" element={<OpportunitiesPage />} />
        <Route path="opportunities/:id" element={<OpportunityDetailPage />} />
        <Route path="samples" element={<SamplesPage />} />
        <Route path="activities" element={<ActivitiesPage />} />
        <Route path="campaigns" element={<CampaignsPage />} />
        <Route path="campaigns/:id" element={<CampaignDetailPage />} />
        <Route path="products" element={<ProductsPage />} />
        <Route path="documents" element={<DocumentsPage />} />
        <Route path="documents/:id" element={<DocumentDetailPage />} />
        <Route path="reports" element={<ReportsPage />} />
        <Route path="capture" element={<CapturePage />} />
        <Route path="admin" element={<AdminPage />} />
        <Route path="admin/devices" element={<DevicesPage />} />
        <Route path="rates" element={<ExchangeRatesPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="sync/not-synced" element={<NotSyncedPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/leads/entry" replace />} />
      </Route>
    </Routes>
  );
}

/** Opens on card entry, or on the opportunity board for a company without lead management. */
function HomeRedirect() {
  const { company } = useConfig(useDatabase());
  return <Navigate to={homePath(company.leadManagement)} replace />;
}
