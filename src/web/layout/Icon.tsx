import sprite from 'dkfds/dist/img/all-svg-icons.svg';

/** A dkfds icon from its sprite; decorative, so hidden from assistive technology. */
export function Icon({ name, className }: { name: string; className?: string }) {
  return (
    <svg
      className={className ? `icon-svg ${className}` : 'icon-svg'}
      focusable="false"
      aria-hidden="true"
    >
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
