import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The horizontal scroll box of a wide table. While the table is wider than the box (on a
 * phone) the box takes focus, so that a keyboard user can scroll a table that holds nothing
 * else to focus (WCAG 2.1.1), and is named by `label`, the table's caption.
 */
export function ScrollBox({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const observer = new ResizeObserver(() => setScrolls(box.scrollWidth > box.clientWidth));
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className={className ? `table--responsive-scroll ${className}` : 'table--responsive-scroll'}
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </div>
  );
}
