import { dictionary } from '@zxcvbn-ts/language-common';

// What a new password must be, after NIST SP 800-63B (5.1.1.2): at least 8 characters, not one
// that is common or known from breaches, and not built from the user's own name or the
// service's; no rules about which kinds of characters it holds, which only make passwords
// harder to remember and no harder to guess. The demo accounts' `demo` is set by the demo
// seeding, never through this policy.

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 1000;

// The words of this service and this municipality, which an attacker tries first.
const SERVICE_WORDS = ['puljer', 'puljen', 'pulje', 'kobenhavn', 'københavn', 'kommune'];

let common: Set<string> | undefined;
/** About 49.000 passwords most often seen in breaches, from zxcvbn-ts's common dictionary. */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common']);
  return common;
}

/** The parts of a username or a name that a password must not contain (three letters and up). */
function ownWords(username: string, name: string): string[] {
  return [username, ...username.split(/[^\p{L}\p{N}]+/u), ...name.split(/[^\p{L}\p{N}]+/u)]
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= 3);
}

/**
 * Why `password` may not be used by the user `username` called `name`, as a Danish message
 * that names the field, or null when it may.
 */
export function refusePassword(
  password: string,
  { username, name }: { username: string; name: string },
): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `password: adgangskoden skal have mindst ${MIN_PASSWORD_LENGTH} tegn`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `password: adgangskoden må højst have ${MAX_PASSWORD_LENGTH} tegn`;
  }
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower) || /^(.)\1*$/u.test(password)) {
    return 'password: adgangskoden er blandt de mest brugte og lækkede; vælg en anden';
  }
  const own = ownWords(username, name).find((word) => lower.includes(word));
  if (own !== undefined) {
    return 'password: adgangskoden må ikke indeholde dit brugernavn eller navn';
  }
  if (SERVICE_WORDS.some((word) => lower.includes(word))) {
    return 'password: adgangskoden må ikke indeholde systemets eller kommunens navn';
  }
  return null;
}
