import '../ui/renderer/i18n-setup';
import { describe, expect, it } from 'vitest';
import { OpenGrantsChoice } from '../../../src/app/pathways/close/OpenGrantsChoice';
import type { Grant } from '../../../src/domain/records/grant.ts';
import { grant } from '../../domain/factories.ts';
import { render, textOf } from '../ui/renderer/render';

const g = (id: string, status: Grant['status'], amountCents: number): Grant => ({ ...grant(), id, status, amountCents, expenseType: 'newborn_kit' });
const choice = (grants: Grant[], chosen: string[] = []) => render(<OpenGrantsChoice grants={grants} chosen={chosen} onChoose={() => {}} />);

describe('the close screen’s grants not yet paid', () => {
  it('asks, for each proposed or approved grant, to cancel it; the paid ones only get a word', () => {
    const html = choice([g('a', 'proposed', 45_000), g('b', 'approved', 12_050), g('c', 'paid', 1_000), g('d', 'accounted', 2_000), g('e', 'cancelled', 3_000)], ['b']);
    const text = textOf(html);
    expect(text).toContain('Kit neonato: 450,00 € (Proposta)');
    expect(text).toContain('Kit neonato: 120,50 € (Approvata)');
    expect(text).not.toContain('10,00');
    expect([...html.matchAll(/<input type="checkbox"[^>]*>/g)].map((m) => m[0].includes('checked'))).toEqual([false, true]);
    expect([...html.matchAll(/Annullala alla chiusura/g)]).toHaveLength(2);
    expect(text).toContain('non si può più approvare né pagare');
    expect(text).toContain("1 dote già pagata resta com'è");
  });

  it('says the plural of paid grants, and asks nothing when none is open', () => {
    const text = textOf(choice([g('c', 'paid', 1_000), g('f', 'paid', 2_000)]));
    expect(text).toContain('2 doti già pagate restano come sono');
    expect(text).not.toContain('Annullala');
    expect(choice([g('d', 'accounted', 2_000), g('e', 'cancelled', 3_000)])).toBe('');
  });
});
