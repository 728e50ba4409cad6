import { z } from 'zod';
import { AREAS, ROW_SECTIONS } from '../domain/proposal.ts';

// What reading Tabel 1 from a spreadsheet answers: the table in 1.000 kr., as the economics API
// writes it, and in Danish what could not be read (naming the cell) or looks wrong.

export const tabel1Issue = z.object({
  /** The cell at fault, e.g. "C7"; null for the file as a whole. */
  cell: z.string().nullable(),
  message: z.string(),
});

export const tabel1Import = z
  .object({
    table: z
      .object({
        priceLevelYear: z.number().int().nullable(),
        years: z.array(z.number().int()),
        rows: z.array(
          z.object({
            label: z.string(),
            section: z.enum(ROW_SECTIONS),
            area: z.enum(AREAS),
            values: z.array(z.number().nullable()),
          }),
        ),
      })
      .nullable(),
    /** When not empty, the table is incomplete and should not be used as it is. */
    errors: z.array(tabel1Issue),
    warnings: z.array(tabel1Issue),
  })
  .meta({ id: 'Tabel1Import' });
export type Tabel1Import = z.infer<typeof tabel1Import>;
