import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { Layout } from './shell/Layout';
import { lazyScreen } from './i18n/screenText';
import { SessionGate } from './session/SessionGate';
import FrontDeskScreen from './frontdesk/FrontDeskScreen';
import NotFoundScreen from './shell/NotFoundScreen';
import { adminPaths } from './routes/admin';

// Every screen but the front desk is loaded on demand, to keep the initial JS within the
// 150 KB gzip budget (docs/architecture.md, "Budgets"). The service worker precaches these chunks, so they load
// offline too.
const PathwaysScreen = lazyScreen(() => import('./pathways/PathwaysScreen'));
const SyncScreen = lazyScreen(() => import('./sync/SyncScreen'));
const SettingsScreen = lazyScreen(() => import('./settings/SettingsScreen'));
const RegisterPersonScreen = lazyScreen(() => import('./frontdesk/register/RegisterPersonScreen'));
const PersonScreen = lazyScreen(() => import('./frontdesk/person/PersonScreen'));
const EditPersonScreen = lazyScreen(() => import('./frontdesk/person/EditPersonScreen'));
const NewVisitScreen = lazyScreen(() => import('./frontdesk/visit/NewVisitScreen'));
const EditVisitScreen = lazyScreen(() => import('./frontdesk/visit/EditVisitScreen'));
const OpenPathwayScreen = lazyScreen(() => import('./pathways/open/OpenPathwayScreen'));
const EditPathwayScreen = lazyScreen(() => import('./pathways/open/EditPathwayScreen'));
const PathwayScreen = lazyScreen(() => import('./pathways/pathway/PathwayScreen'));
const NewInterventionScreen = lazyScreen(() => import('./pathways/intervention/NewInterventionScreen'));
const ProposeGrantScreen = lazyScreen(() => import('./pathways/grant/ProposeGrantScreen'));
const ClosePathwayScreen = lazyScreen(() => import('./pathways/close/ClosePathwayScreen'));
// The mediation screens share one chunk (see mediation/screens.ts).
const mediationScreens = () => import('./mediation/screens');
const IntakeScreen = lazyScreen(() => mediationScreens().then((m) => ({ default: m.IntakeScreen })));
const MediationLogScreen = lazyScreen(() => mediationScreens().then((m) => ({ default: m.MediationLogScreen })));
const MediationSessionScreen = lazyScreen(() => mediationScreens().then((m) => ({ default: m.MediationSessionScreen })));
const TranslationsScreen = lazyScreen(() => mediationScreens().then((m) => ({ default: m.TranslationsScreen })));
const AccountsScreen = lazyScreen(() => import('./admin/AccountsScreen'));

function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <p className="screen-loading" role="status">
      {t('app.loading')}
    </p>
  );
}

export function App() {
  return (
    <Layout>
      <SessionGate>
        <Suspense fallback={<ScreenLoading />}>
          <Switch>
            <Route path="/" component={FrontDeskScreen} />
            <Route path="/people/new" component={RegisterPersonScreen} />
            <Route path="/people/:id/edit" component={EditPersonScreen} />
            <Route path="/people/:id/visits/new" component={NewVisitScreen} />
            <Route path="/people/:id/visits/:visitId/edit" component={EditVisitScreen} />
            <Route path="/people/:id/pathways/new" component={OpenPathwayScreen} />
            <Route path="/people/:id/intake" component={IntakeScreen} />
            <Route path="/people/:id/mediations/new" component={MediationSessionScreen} />
            <Route path="/people/:id" component={PersonScreen} />
            <Route path="/pathways" component={PathwaysScreen} />
            <Route path="/pathways/:id/edit" component={EditPathwayScreen} />
            <Route path="/pathways/:id/close" component={ClosePathwayScreen} />
            <Route path="/pathways/:id/interventions/new" component={NewInterventionScreen} />
            <Route path="/pathways/:id/grants/new" component={ProposeGrantScreen} />
            <Route path="/pathways/:id" component={PathwayScreen} />
            <Route path="/mediation/intake" component={IntakeScreen} />
            <Route path="/mediation/new" component={MediationSessionScreen} />
            <Route path="/mediation/translations" component={TranslationsScreen} />
            <Route path="/mediation" component={MediationLogScreen} />
            <Route path="/sync" component={SyncScreen} />
            <Route path="/settings" component={SettingsScreen} />
            <Route path={adminPaths.accounts} component={AccountsScreen} />
            <Route component={NotFoundScreen} />
          </Switch>
        </Suspense>
      </SessionGate>
    </Layout>
  );
}
