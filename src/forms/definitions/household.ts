import type { FormDef } from '../types.ts';

/** The household: pregnancy and children. */
export const householdForm: FormDef = {
  id: 'household',
  versions: [
    {
      version: 1,
      fields: [
        { id: 'household.pregnant', type: 'boolean', icons: { true: '🤰' } },
        { id: 'household.dueDate', type: 'date', showIf: { field: 'household.pregnant', equals: true } },
        { id: 'household.children', type: 'children' },
      ],
    },
  ],
};
