import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { ScreenHeading } from './ScreenHeading';

/** A screen: its section and its h1 (ScreenHeading), then its content. */
export function Screen({ title, className, children }: { title: ReactNode; className?: string; children?: ReactNode }) {
  return (
    <section className={className ? `screen ${className}` : 'screen'}>
      <ScreenHeading>{title}</ScreenHeading>
      {children}
    </section>
  );
}

/** A screen whose record is not on this device (yet, or any more), with the way back. */
export function NotHereScreen({ title, back, backText }: { title: string; back: string; backText: string }) {
  return (
    <Screen title={title}>
      <p>
        <Link href={back}>{backText}</Link>
      </p>
    </Screen>
  );
}
