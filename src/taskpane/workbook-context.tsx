/**
 * The workbook the views work on: the port and the snapshot last read through it. Views
 * re-read before they compute a plan (inside Excel the user types between clicks) and after
 * they apply one.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { WritePlan } from '../core/plan/plan';
import type { WorkbookSnapshot } from '../core/snapshot';
import { errorSentence, type WorkbookPort } from './port';

export interface WorkbookState {
  readonly port: WorkbookPort;
  /** The last snapshot read; null before the first read finishes or when it failed. */
  readonly snapshot: WorkbookSnapshot | null;
  /** The sentence of the last failed read, or null. */
  readonly readError: string | null;
  readonly reading: boolean;
  /** Reads the workbook again; rejects (with the port's error) when the read fails. */
  readonly reload: () => Promise<WorkbookSnapshot>;
  /** Bumped after every apply, so the frame can show that a browser file has changes. */
  readonly revision: number;
  /** Applies a plan through the port and reads the workbook again. */
  readonly apply: (plan: WritePlan) => Promise<readonly string[]>;
}

const WorkbookContext = createContext<WorkbookState | null>(null);

export function WorkbookProvider({
  port,
  children,
}: {
  readonly port: WorkbookPort;
  readonly children: ReactNode;
}) {
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [reading, setReading] = useState(true);
  const [revision, setRevision] = useState(0);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  /** The read under way: callers that ask meanwhile share it (inside Excel a read is a full round trip). */
  const inFlight = useRef<Promise<WorkbookSnapshot> | null>(null);

  const reload = useCallback((): Promise<WorkbookSnapshot> => {
    if (inFlight.current !== null) return inFlight.current;
    setReading(true);
    const read = (async () => {
      try {
        const next = await port.readSnapshot();
        if (mounted.current) {
          setSnapshot(next);
          setReadError(null);
        }
        return next;
      } catch (error) {
        if (mounted.current) setReadError(errorSentence(error));
        throw error;
      } finally {
        inFlight.current = null;
        if (mounted.current) setReading(false);
      }
    })();
    inFlight.current = read;
    return read;
  }, [port]);

  const apply = useCallback(
    async (plan: WritePlan): Promise<readonly string[]> => {
      const skipped = await port.apply(plan);
      if (mounted.current) setRevision((r) => r + 1);
      // A read that started before the write ended may miss it: let it finish, then read anew.
      await inFlight.current?.catch(() => undefined);
      await reload();
      return skipped;
    },
    [port, reload],
  );

  useEffect(() => {
    reload().catch(() => undefined /* shown through readError */);
  }, [reload]);

  const value = useMemo<WorkbookState>(
    () => ({ port, snapshot, readError, reading, reload, revision, apply }),
    [port, snapshot, readError, reading, reload, revision, apply],
  );
  return <WorkbookContext.Provider value={value}>{children}</WorkbookContext.Provider>;
}

export function useWorkbook(): WorkbookState {
  const state = useContext(WorkbookContext);
  if (state === null) throw new Error('useWorkbook outside a WorkbookProvider');
  return state;
}
