import { useT } from '../i18n/context.ts';
import type { SignInOptions } from './api.ts';
import { roleLabel } from './roles.ts';

export function DemoAccounts({ accounts }: { accounts: SignInOptions['demoAccounts'] }) {
  const t = useT();
  return (
    <section className="mt-8">
      <h2>{t('auth.demoHeading')}</h2>
      <p>{t('auth.demoIntro')}</p>
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('auth.demoAccount')}</th>
              <th scope="col">{t('auth.demoRole')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.username}>
                <td>
                  <code>{account.username}</code>
                </td>
                <td>{account.roles.map((grant) => roleLabel(t, grant)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
