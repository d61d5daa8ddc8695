import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { Layout } from './components/Layout';
import { SessionGate } from './session/SessionGate';
import FrontDeskScreen from './screens/FrontDeskScreen';
import NotFoundScreen from './screens/NotFoundScreen';

// Every screen but the front desk is loaded on demand, to keep the initial JS within the
// 150 KB gzip budget (DESIGN §6). The service worker precaches these chunks, so they load
// offline too.
const PathwaysScreen = lazy(() => import('./screens/PathwaysScreen'));
const SyncScreen = lazy(() => import('./screens/SyncScreen'));
const SettingsScreen = lazy(() => import('./screens/SettingsScreen'));

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
            <Route path="/pathways" component={PathwaysScreen} />
            <Route path="/sync" component={SyncScreen} />
            <Route path="/settings" component={SettingsScreen} />
            <Route component={NotFoundScreen} />
          </Switch>
        </Suspense>
      </SessionGate>
    </Layout>
  );
}
