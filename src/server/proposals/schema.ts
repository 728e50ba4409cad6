import { z } from 'zod';
import { VERSION_MAX } from '../../shared/proposal-schema.ts';

// Path parameters of the proposal routes; bodies and responses are the shared wire schemas.

export const proposalParams = z.object({ id: z.uuid() });

export const versionParams = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().min(1).max(VERSION_MAX),
});
