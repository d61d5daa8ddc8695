import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** Static markup of a component tree, parsed enough for assertions. */
export function render(element: ReactElement): string {
  return renderToStaticMarkup(element);
}

/** The text of the markup, tags removed and entities decoded (the few React emits). */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
