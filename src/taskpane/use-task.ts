/** The state of one action of a view: idle, working (with a label), done (with what happened) or failed. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorSentence } from './port';

export type TaskState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly label: string }
  | {
      readonly kind: 'done';
      readonly message: string;
      readonly notes: readonly string[];
      /** How the result reads: a check that found galat is not a green success. */
      readonly intent?: 'success' | 'warning' | 'error';
    }
  | { readonly kind: 'failed'; readonly message: string };

export interface TaskOutcome {
  readonly message: string;
  readonly notes?: readonly string[];
  readonly intent?: 'success' | 'warning' | 'error';
}

export interface Task {
  readonly state: TaskState;
  readonly busy: boolean;
  /** Runs `work` unless a run is under way; a thrown error becomes the failed state's sentence. */
  readonly run: (label: string, work: () => Promise<TaskOutcome | string>) => Promise<void>;
  readonly reset: () => void;
}

export function useTask(): Task {
  const [state, setState] = useState<TaskState>({ kind: 'idle' });
  const mounted = useRef(true);
  const running = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (label: string, work: () => Promise<TaskOutcome | string>): Promise<void> => {
    if (running.current) return;
    running.current = true;
    setState({ kind: 'working', label });
    try {
      const outcome = await work();
      const done =
        typeof outcome === 'string'
          ? { message: outcome, notes: [] }
          : {
              message: outcome.message,
              notes: outcome.notes ?? [],
              ...(outcome.intent === undefined ? {} : { intent: outcome.intent }),
            };
      if (mounted.current) setState({ kind: 'done', ...done });
    } catch (error) {
      if (!(error instanceof Error && 'userMessage' in error)) console.error(error);
      if (mounted.current) setState({ kind: 'failed', message: errorSentence(error) });
    } finally {
      running.current = false;
    }
  }, []);

  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, busy: state.kind === 'working', run, reset };
}
