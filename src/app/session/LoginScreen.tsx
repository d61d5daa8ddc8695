import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../data/db';
import { transport } from '../data/sync';
import { login, refusalText, type LoginRefusal } from './login';
import type { DeskSession } from '../../db/session.ts';

/** The first login on a device needs the network; afterwards the desk opens offline. */
export default function LoginScreen({ onLoggedIn }: { onLoggedIn: (session: DeskSession) => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<LoginRefusal | null>(null);
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const result = await login(db, transport, username, password);
    setBusy(false);
    if ('problem' in result) {
      setProblem(result);
      return;
    }
    const { user } = result.ok;
    onLoggedIn({ user, siteId: user.siteIds[0]!, loggedInAt: new Date().toISOString() });
  }

  return (
    <section className="screen login-screen">
      <h1 tabIndex={-1}>{t('session.title')}</h1>
      <p>{t('session.intro')}</p>
      <form className="form" onSubmit={submit} aria-describedby={problem ? errorId : undefined} noValidate>
        <label>
          {t('session.username')}
          <input name="username" autoComplete="username" required value={username}
            onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          {t('session.password')}
          <input name="password" type="password" autoComplete="current-password" required value={password}
            onChange={(e) => setPassword(e.target.value)} />
        </label>
        {problem && (
          <p id={errorId} className="form-error" role="alert">
            {refusalText(t, problem)}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy || !username || !password}>
          {busy ? t('session.loggingIn') : t('session.login')}
        </button>
      </form>
    </section>
  );
}
