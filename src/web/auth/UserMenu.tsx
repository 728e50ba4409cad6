import './user-menu.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate } from 'react-router';
import { useT } from '../i18n/context.ts';
import { signOut } from './api.ts';
import { authKeys, useMe } from './queries.ts';
import { signInPath } from './return-path.ts';
import { roleLabel } from './roles.ts';

/** In the header: who is signed in, with their roles, and signing out; or a link to sign in. */
export function UserMenu() {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const out = useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      // What was fetched as this user must not show to whoever uses the browser next.
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, null);
      void navigate('/log-ind');
    },
  });

  if (me.isPending || me.isError) return null;
  if (!me.data) {
    return (
      <Link className="function-link user-menu" to={signInPath(pathname + search)}>
        {t('auth.signIn')}
      </Link>
    );
  }
  return (
    <div className="user-menu">
      <span className="user-menu-name">
        {t('auth.signedInAs', { name: me.data.name })}
        <span className="user-menu-roles">
          {me.data.roles.map((grant) => roleLabel(t, grant)).join(', ')}
        </span>
      </span>
      <button
        type="button"
        className="function-link"
        onClick={() => out.mutate()}
        disabled={out.isPending}
      >
        {t('auth.signOut')}
      </button>
    </div>
  );
}
