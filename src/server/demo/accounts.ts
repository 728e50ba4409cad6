import type { RoleGrant } from '../auth/actor.ts';

// One account per role for trying the system out, all with the password `demo`. They exist
// only in demo mode (see README), never on a production database.

export interface DemoAccount {
  username: string;
  name: string;
  roles: RoleGrant[];
}

export const DEMO_PASSWORD = 'demo';

const central = (role: RoleGrant['role']): RoleGrant[] => [{ role, administration: null }];

export const demoAccounts: DemoAccount[] = [
  { username: 'sekretariat', name: 'Puljesekretariatet', roles: central('secretariat') },
  { username: 'okonomi', name: 'Center for Økonomi', roles: central('finance') },
  { username: 'laeser', name: 'Læser (udvalg og ledelse)', roles: central('reader') },
  {
    username: 'hoering',
    name: 'IT-kredsen (høringspart)',
    roles: [{ role: 'hearing', administration: null, hearingBody: 'IT-kredsen' }],
  },
  {
    username: 'forfatter-bif',
    name: 'Forslagsstiller i BIF',
    roles: [{ role: 'author', administration: 'BIF' }],
  },
  {
    username: 'reviewer-bif',
    name: 'BIF’s økonomi og digitalisering',
    roles: [{ role: 'reviewer', administration: 'BIF' }],
  },
  {
    username: 'forfatter-sof',
    name: 'Forslagsstiller i SOF',
    roles: [{ role: 'author', administration: 'SOF' }],
  },
  {
    username: 'reviewer-sof',
    name: 'SOF’s økonomi og digitalisering',
    roles: [{ role: 'reviewer', administration: 'SOF' }],
  },
];
