import { z } from 'zod';

// zod would otherwise probe whether it may compile parsers with `new Function`, which the
// content security policy forbids and reports as a violation. Imported first by main.tsx, so
// the setting holds before any module parses anything.
z.config({ jitless: true });
