import type { Me } from '../../shared/auth-schema.ts';
import type { SignedInUser } from './actor.ts';

export function presentMe(user: SignedInUser, csrfToken: string): Me {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    roles: user.roles.map(({ role, administration }) => ({ role, administration })),
    csrfToken,
  };
}
