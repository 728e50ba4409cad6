import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { importKeys, readNextProposals, type ImportOutput } from '../api/imports.ts';

/** Pause before asking again while another browser or server is reading the same import. */
const BUSY_WAIT_MS = 300;

/**
 * Reads an import to its end, one step per request, and reports the progress the server
 * answers. The server keeps the progress, so leaving the page and coming back goes on where
 * it stopped, on whichever server answers.
 */
export function useReading(id: string, reading: boolean) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<ImportOutput | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!reading) return;
    let stopped = false;
    const run = async () => {
      let done = -1;
      while (!stopped) {
        const step = await readNextProposals(id);
        if (stopped) return;
        setProgress(step);
        await queryClient.invalidateQueries({ queryKey: importKeys.one(id) });
        if (step.status === 'done') return;
        if (step.done === done) await new Promise((resolve) => setTimeout(resolve, BUSY_WAIT_MS));
        done = step.done;
      }
    };
    run().catch((cause: unknown) => {
      if (!stopped) setError(cause instanceof Error ? cause : new Error(String(cause)));
    });
    return () => {
      stopped = true;
    };
  }, [id, reading, attempt, queryClient]);

  const retry = () => {
    setError(null);
    setAttempt((n) => n + 1);
  };
  return { progress, error, retry };
}
