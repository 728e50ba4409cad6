// Signing in returns the user to the page they came from, named in `?til=`. Only a path of this
// app is followed, so a link cannot send a freshly signed-in user to another site.

export function signInPath(from: string): string {
  return from === '/' || from.startsWith('/log-ind')
    ? '/log-ind'
    : `/log-ind?til=${encodeURIComponent(from)}`;
}

export function returnPath(til: string | null): string {
  return til && til.startsWith('/') && !til.startsWith('//') && !til.startsWith('/\\') ? til : '/';
}
