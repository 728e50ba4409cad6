import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../i18n/context.ts';
import type { MessageKey } from '../../shared/i18n/da.ts';
import { Alert } from '../layout/Alert.tsx';
import { ErrorAlert } from '../layout/ErrorAlert.tsx';
import { usePageTitle } from '../layout/usePageTitle.ts';
import { FieldShell, fieldAria } from '../proposals/edit/fields/FieldShell.tsx';
import { TextField } from '../proposals/edit/fields/TextField.tsx';
import { signIn } from './api.ts';
import { DemoAccounts } from './DemoAccounts.tsx';
import { returnPath } from './return-path.ts';
import { authKeys, useSignInOptions } from './queries.ts';

/** Why the identity provider's sign-in came back here (`?fejl=`), as the server names it. */
const PROVIDER_ERRORS: Record<string, MessageKey> = {
  provider: 'auth.error.provider',
  role: 'auth.error.role',
  administration: 'auth.error.administration',
};

export function SignInPage() {
  const t = useT();
  usePageTitle(t('auth.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const options = useSignInOptions().data;
  const [params] = useSearchParams();
  const providerError = PROVIDER_ERRORS[params.get('fejl') ?? ''];
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [tried, setTried] = useState(false);

  const login = useMutation({
    mutationFn: () => signIn({ username, password }),
    onSuccess: (me) => {
      // Whatever was fetched before belongs to nobody or to someone else.
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, me);
      void navigate(returnPath(params.get('til')));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (username.trim() && password) login.mutate();
  };
  const required = (value: string) => (tried && !value ? t('validation.required') : undefined);

  return (
    <>
      <h1>{t('auth.title')}</h1>
      {providerError && (
        <Alert variant="error" heading={t('auth.failed')}>
          <p className="alert-text">{t(providerError)}</p>
        </Alert>
      )}
      {login.isError && <ErrorAlert heading={t('auth.failed')} error={login.error} />}
      {options?.oidc && (
        <section className="mb-7">
          <p>{t('auth.oidcIntro')}</p>
          <a className="button button-primary" href="/api/auth/oidc/start">
            {t('auth.oidc')}
          </a>
        </section>
      )}
      <section>
        {options?.oidc && <h2>{t('auth.localHeading')}</h2>}
        <p>{t('auth.intro')}</p>
        <form onSubmit={submit} noValidate>
          <TextField
            id="signin-username"
            label={t('auth.username')}
            required
            value={username}
            onChange={setUsername}
            error={required(username.trim())}
            widthClass="input-width-l"
          />
          <FieldShell
            id="signin-password"
            label={t('auth.password')}
            required
            error={required(password)}
          >
            <input
              type="password"
              id="signin-password"
              className="form-input input-width-l"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
              {...fieldAria({ id: 'signin-password', error: required(password) })}
            />
          </FieldShell>
          <button type="submit" className="button button-primary mt-6" disabled={login.isPending}>
            {login.isPending ? t('auth.signingIn') : t('auth.signIn')}
          </button>
        </form>
      </section>
      {options && options.demoAccounts.length > 0 && (
        <DemoAccounts accounts={options.demoAccounts} />
      )}
    </>
  );
}
