import type { ReactNode, Ref } from 'react';
import { Icon } from './Icon.tsx';

type Variant = 'success' | 'error' | 'warning' | 'info';

const ICONS: Record<Variant, string> = {
  success: 'success',
  error: 'error',
  warning: 'warning',
  info: 'info',
};

/**
 * A dkfds alert. Errors and warnings interrupt (role="alert"); success and info are announced
 * politely (role="status"), so a screen reader hears the outcome of a save either way.
 */
export function Alert({
  variant,
  heading,
  children,
  ref,
}: {
  variant: Variant;
  heading?: string;
  children?: ReactNode;
  ref?: Ref<HTMLDivElement>;
}) {
  const urgent = variant === 'error' || variant === 'warning';
  return (
    <div
      ref={ref}
      className={`alert alert-${variant} alert--paragraph`}
      role={urgent ? 'alert' : 'status'}
      tabIndex={-1}
    >
      <Icon name={ICONS[variant]} className="alert-icon" />
      <div className="alert-body">
        {heading && <p className="alert-heading">{heading}</p>}
        {children}
      </div>
    </div>
  );
}
