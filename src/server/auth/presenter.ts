import type { Me, RoleGrantOutput } from '../../shared/auth-schema.ts';
import type { RoleGrant, SignedInUser } from './actor.ts';

export const presentGrant = ({
  role,
  administration,
  hearingBody = null,
}: RoleGrant): RoleGrantOutput => ({ role, administration, hearingBody });

export function presentMe(user: SignedInUser, csrfToken: string): Me {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    roles: user.roles.map(presentGrant),
    csrfToken,
  };
}
