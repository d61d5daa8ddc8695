// Simple line icons for the navigation; decorative, the label next to them carries the meaning.
const PATHS = {
  home: ['M3 11 12 3l9 8', 'M5 10v10h14V10'],
  pathways: ['M8 6h6a4 4 0 0 1 0 8h-4a4 4 0 0 0 0 8h6', 'M4 6a2 2 0 1 0 4 0a2 2 0 1 0-4 0', 'M16 18a2 2 0 1 0 4 0a2 2 0 1 0-4 0'],
  // Two speech bubbles: a conversation across two languages.
  mediation: ['M3 5h11v7H8l-3 3v-3H3z', 'M17 9h4v7h-2v3l-3-3h-5v-2'],
  // Two people: the accounts of the network.
  accounts: ['M6 8a3 3 0 1 0 6 0a3 3 0 1 0-6 0', 'M2 20v-1a5 5 0 0 1 5-5h4a5 5 0 0 1 5 5v1', 'M16 5a3 3 0 0 1 0 6', 'M19 14a5 5 0 0 1 3 5v1'],
  sync: ['M20 11a8 8 0 0 0-14.9-3M4 4v4h4', 'M4 13a8 8 0 0 0 14.9 3M20 20v-4h-4'],
  settings: ['M9 12a3 3 0 1 0 6 0a3 3 0 1 0-6 0', 'M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9 7 7M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1'],
} as const;

export type IconName = keyof typeof PATHS;

export function NavIcon({ name }: { name: IconName }) {
  return (
    <svg width={24} height={24} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2}
      strokeLinecap="round" strokeLinejoin="round" aria-hidden focusable={false}>
      {PATHS[name].map((d) => <path key={d} d={d} />)}
    </svg>
  );
}
