import type { ReactNode } from 'react';

/**
 * The h1 of each screen. tabIndex -1 lets the layout move focus here after navigation, so a
 * screen-reader user hears which screen opened instead of staying on the nav link.
 */
export function ScreenHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="screen-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
