/** Small pieces the views share: the state of an action, the "no tracker yet" notice, layout styles. */
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode, Ref } from 'react';
import type { TaskState } from '../use-task';
import type { ViewId } from './view-id';

export const useViewStyles = makeStyles({
  view: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  notes: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  /** Text for screen readers only. */
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  wrapText: {
    overflowWrap: 'anywhere',
  },
});

/** The state of an action: a spinner with its label, what was done, or the sentence of a failure. */
export function TaskStatus({
  state,
  onDismiss,
}: {
  readonly state: TaskState;
  readonly onDismiss?: () => void;
}) {
  const styles = useViewStyles();
  switch (state.kind) {
    case 'idle':
      return null;
    case 'working':
      return (
        <div role="status" aria-live="polite">
          <Spinner size="tiny" labelPosition="after" label={state.label} />
        </div>
      );
    case 'done':
      return (
        <MessageBar
          intent={state.intent ?? 'success'}
          data-intent={state.intent ?? 'success'}
          layout="multiline"
          role="status"
        >
          <MessageBarBody className={styles.wrapText}>
            {state.message}
            {state.notes.length > 0 && (
              <ul className={styles.notes}>
                {state.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
          {onDismiss && (
            <MessageBarActions>
              <DismissButton onClick={onDismiss} />
            </MessageBarActions>
          )}
        </MessageBar>
      );
    case 'failed':
      return <FailureBar message={state.message} />;
  }
}

function DismissButton({ onClick }: { readonly onClick: () => void }) {
  return (
    <Button appearance="transparent" size="small" onClick={onClick}>
      Tutup
    </Button>
  );
}

/** A failure as a sentence saying what to do. */
export function FailureBar({ message, action }: { readonly message: string; readonly action?: ReactNode }) {
  const styles = useViewStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody className={styles.wrapText}>
        <MessageBarTitle>Gagal.</MessageBarTitle> {message}
      </MessageBarBody>
      {action && <MessageBarActions>{action}</MessageBarActions>}
    </MessageBar>
  );
}

/** What a view shows while the first read of the workbook is under way. */
export function Reading() {
  return (
    <div role="status" aria-live="polite">
      <Spinner size="small" labelPosition="after" label="Membaca buku kerja…" />
    </div>
  );
}

/** The workbook has no tracker sheets yet: say so and lead to Siapkan. */
export function NoTracker({
  onNavigate,
  what,
}: {
  readonly onNavigate: (view: ViewId) => void;
  readonly what: string;
}) {
  const styles = useViewStyles();
  return (
    <div className={styles.section} data-testid="no-tracker">
      <Subtitle2 as="h2">Belum ada tracker</Subtitle2>
      <Body1>
        Buku kerja ini belum berisi sheet tracker LAKIP, jadi belum ada {what}. Buat tracker lebih dulu di tab
        Siapkan.
      </Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => onNavigate('siapkan')}>
          Buka Siapkan
        </Button>
      </div>
    </div>
  );
}

/** The failed first read, with a retry. */
export function ReadFailed({ message, onRetry }: { readonly message: string; readonly onRetry: () => void }) {
  return (
    <FailureBar
      message={message}
      action={
        <Button size="small" onClick={onRetry}>
          Coba lagi
        </Button>
      }
    />
  );
}

const usePickerStyles = makeStyles({
  /** Hidden but focusable by script: a button of the view opens it (a bare file input cannot be styled). */
  input: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden' },
});

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The hidden .xlsx file input every view opens with a button of its own: hands over the files
 * picked (none when the dialog is cancelled) and clears itself, so picking the same file again
 * reads it again.
 */
export function XlsxFileInput(props: {
  inputRef: Ref<HTMLInputElement>;
  name: string;
  label: string;
  testId: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}): ReactNode {
  const styles = usePickerStyles();
  return (
    <input
      ref={props.inputRef}
      className={styles.input}
      type="file"
      name={props.name}
      accept={XLSX_ACCEPT}
      multiple={props.multiple ?? false}
      aria-label={props.label}
      data-testid={props.testId}
      tabIndex={-1}
      onChange={(e) => {
        const files = Array.from(e.currentTarget.files ?? []);
        e.currentTarget.value = '';
        if (files.length > 0) props.onFiles(files);
      }}
    />
  );
}
