/**
 * The task pane: inside Excel it works on the open workbook; in a plain browser it first asks
 * for an .xlsx file (or makes a new one) and works on it in memory. Navigation is a Fluent
 * TabList with plain state — no router (office.js nulls history.pushState).
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Overflow,
  OverflowItem,
  Spinner,
  Subtitle1,
  Tab,
  TabList,
  makeStaticStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { BrowserFileContext, readSourceAgain, type BrowserSource } from './browser-file';
import { newBrowserWorkbook, openBrowserWorkbook } from './browser-port';
import type { HostKind } from './host';
import { isBrowserPort, type BrowserWorkbookPort, type WorkbookPort } from './port';
import { useTask } from './use-task';
import { BerandaView } from './views/beranda-view';
import { PeriksaView } from './views/periksa-view';
import { SiapkanView } from './views/siapkan-view';
import { SopView } from './views/sop-view';
import { FailureBar, Reading, TaskStatus, useViewStyles, XlsxFileInput } from './views/ui';
import { VIEWS, type ViewId, type ViewProps } from './views/view-id';
import { useWorkbook, WorkbookProvider } from './workbook-context';

/** The page itself: no body margin (it made the pane scroll by 16 px), headings spaced by their sections' gaps. */
const usePageStyles = makeStaticStyles({
  body: { margin: 0 },
  'h1, h2, h3': { margin: 0 },
});

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    maxWidth: '720px',
    boxSizing: 'border-box',
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  fileLine: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  fileName: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    flexGrow: 1,
    flexBasis: '120px',
    minWidth: 0,
  },
  fileNameText: {
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground2,
  },
  /**
   * One row at any width: the tabs that do not fit go into a "Lainnya" menu at the end (the
   * selected tab always stays in the row), instead of wrapping onto a second line.
   */
  tabs: {
    flexWrap: 'nowrap',
    overflow: 'hidden',
    minWidth: 0,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  /** Fluent's small tab less its side padding (6 px → 2 px), so that more of the six fit. */
  tab: {
    flexShrink: 0,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
  },
  /** As wide as "Lainnya" and its arrow, not as its longest option. */
  more: {
    flexShrink: 0,
    width: '88px',
    alignSelf: 'center',
    marginLeft: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
  },
  panel: {
    minWidth: 0,
  },
});

/**
 * Konsolidasi, Impor, Ekspor and Rekap (and the core behind them: formats, the import, the
 * LAKIP tables' export, the rekap) are their own chunks, loaded when their tab is first opened,
 * so the first load stays within its budget (test/e2e/browser-mode.e2e.test.ts).
 */
const KonsolidasiView = lazy(() =>
  import(/* webpackChunkName: "konsolidasi" */ './views/konsolidasi-view').then((m) => ({
    default: m.KonsolidasiView,
  })),
);
const EksporView = lazy(() =>
  import(/* webpackChunkName: "ekspor" */ './views/ekspor-view').then((m) => ({ default: m.EksporView })),
);
const ImporView = lazy(() =>
  import(/* webpackChunkName: "impor" */ './views/impor-view').then((m) => ({ default: m.ImporView })),
);
const RekapView = lazy(() =>
  import(/* webpackChunkName: "rekap" */ './views/rekap-view').then((m) => ({ default: m.RekapView })),
);

const VIEW_COMPONENTS: Record<ViewId, (props: ViewProps) => ReactNode> = {
  beranda: BerandaView,
  siapkan: SiapkanView,
  periksa: PeriksaView,
  sop: SopView,
  konsolidasi: KonsolidasiView,
  impor: ImporView,
  ekspor: EksporView,
  rekap: RekapView,
};

/** The browser file's name with Unduh and "Buka file lain". */
function BrowserFileBar({
  port,
  onClose,
}: {
  readonly port: BrowserWorkbookPort;
  readonly onClose: () => void;
}) {
  const styles = useStyles();
  const view = useViewStyles();
  useWorkbook(); // re-render after every apply, so `modified` is current
  const download = useTask();
  const [confirming, setConfirming] = useState(false);
  const modified = port.modified;
  useEffect(() => {
    if (!modified) return undefined;
    // Reloading or closing the page would drop changes not downloaded yet: the browser asks first.
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [modified]);
  return (
    <div className={styles.header}>
      <div className={styles.fileLine}>
        <span className={styles.fileName}>
          <Body1 className={styles.fileNameText} title={port.fileName} data-testid="file-name">
            {port.fileName}
          </Body1>
          {port.modified && (
            <Badge size="small" appearance="tint" color="warning" data-testid="file-modified">
              diubah
            </Badge>
          )}
        </span>
        <div className={view.actions}>
          <Button
            size="small"
            appearance={port.modified ? 'primary' : 'secondary'}
            disabled={download.busy}
            onClick={() =>
              void download.run('Menyiapkan unduhan…', async () => {
                const name = await port.download();
                return `File "${name}" diunduh; lihat folder Unduhan di komputer Anda.`;
              })
            }
          >
            Unduh
          </Button>
          <Button size="small" onClick={() => (port.modified ? setConfirming(true) : onClose())}>
            Buka file lain
          </Button>
        </div>
      </div>
      <Caption1 className={view.muted} data-testid="round-trip">
        Alur kerja: Unduh → isi atau perbaiki di Excel, simpan → buka lagi di sini dengan Buka file lain.
      </Caption1>
      {confirming && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Perubahan pada file ini belum diunduh dan akan hilang bila Anda membuka file lain.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onClose}>
              Tetap buka file lain
            </Button>
            <Button size="small" appearance="primary" onClick={() => setConfirming(false)}>
              Batal
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <TaskStatus state={download.state} onDismiss={download.reset} />
    </div>
  );
}

/** The tabs and the selected view, over one port. */
export function Workspace({
  port,
  initialView = 'beranda',
  onClose,
  source = null,
  onReopen,
  openFile = openBrowserWorkbook,
}: {
  readonly port: WorkbookPort;
  readonly initialView?: ViewId;
  readonly onClose?: () => void;
  /** Browser mode: the file the workbook was read from, to read again. */
  readonly source?: BrowserSource | null;
  /** Browser mode: the file opened anew (read again or picked again), to show in `view`. */
  readonly onReopen?: (port: BrowserWorkbookPort, source: BrowserSource, view: ViewId) => void;
  /** How a file's bytes become a workbook (default: exceljs in memory); tests pass a fake. */
  readonly openFile?: (name: string, bytes: ArrayBuffer) => Promise<BrowserWorkbookPort>;
}) {
  const picker = useRef<HTMLInputElement>(null);
  const open = useCallback(
    async (name: string, read: () => Promise<ArrayBuffer>, bytes: ArrayBuffer) => {
      const next = await openFile(name, bytes);
      onReopen?.(next, { name, read, readAt: new Date() }, 'periksa');
    },
    [onReopen, openFile],
  );
  const repick = useTask();
  const fileState = useMemo(
    () =>
      isBrowserPort(port) && onReopen !== undefined
        ? {
            source,
            reread: async () => {
              if (source === null) throw new Error('no file to read again');
              await open(source.name, source.read, await readSourceAgain(source));
            },
            pickAgain: () => picker.current?.click(),
          }
        : null,
    [port, source, onReopen, open],
  );
  return (
    <WorkbookProvider port={port}>
      <BrowserFileContext.Provider value={fileState}>
        {isBrowserPort(port) && onClose !== undefined && <BrowserFileBar port={port} onClose={onClose} />}
        {fileState !== null && (
          <XlsxFileInput
            inputRef={picker}
            name="tracker-lagi"
            label="Pilih ulang file tracker .xlsx"
            testId="reopen-file-input"
            onFiles={([file]) => {
              if (file !== undefined)
                void repick.run(`Membuka ${file.name}…`, async () => {
                  await open(file.name, () => file.arrayBuffer(), await file.arrayBuffer());
                  return '';
                });
            }}
          />
        )}
        {repick.state.kind === 'failed' && <TaskStatus state={repick.state} />}
        <Views initialView={initialView} />
      </BrowserFileContext.Provider>
    </WorkbookProvider>
  );
}

/**
 * The tabs that do not fit in the row, as a native list box at its end ("Lainnya"); nothing
 * when all fit. Native on purpose: Fluent's Menu would add its positioning library (about
 * 30 KB gzip) to the first load.
 */
function MoreTabs({ onSelect }: { readonly onSelect: (view: ViewId) => void }) {
  const styles = useStyles();
  const { ref, isOverflowing } = useOverflowMenu<HTMLSelectElement>();
  if (!isOverflowing) return null;
  return (
    <select
      ref={ref}
      className={styles.more}
      aria-label="Lainnya"
      value=""
      onChange={(e) => {
        const next = e.currentTarget.value;
        if (next !== '') onSelect(next as ViewId);
      }}
    >
      <option value="" disabled>
        Lainnya
      </option>
      {VIEWS.map((v) => (
        <MoreTab key={v.id} id={v.id} label={v.label} />
      ))}
    </select>
  );
}

function MoreTab({ id, label }: { readonly id: ViewId; readonly label: string }) {
  return useIsOverflowItemVisible(id) ? null : <option value={id}>{label}</option>;
}

function Views({ initialView }: { readonly initialView: ViewId }) {
  const styles = useStyles();
  const { reload } = useWorkbook();
  const [selected, setSelected] = useState<ViewId>(initialView);
  const View = VIEW_COMPONENTS[selected];
  const show = (next: ViewId) => {
    setSelected(next);
    // Inside Excel the user types between visits: a view shown again reads the workbook again.
    reload().catch(() => undefined /* the view shows the failure */);
  };
  return (
    <>
      <Overflow minimumVisible={2}>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={selected}
          onTabSelect={(_e, d) => show(d.value as ViewId)}
          aria-label="Menu LAKIP Tracker"
        >
          {VIEWS.map((v) => (
            <OverflowItem key={v.id} id={v.id} priority={v.id === selected ? 2 : 1}>
              <Tab value={v.id} id={`tab-${v.id}`} aria-controls="view-panel" className={styles.tab}>
                {v.label}
              </Tab>
            </OverflowItem>
          ))}
          <MoreTabs onSelect={show} />
        </TabList>
      </Overflow>
      <div role="tabpanel" id="view-panel" aria-labelledby={`tab-${selected}`} className={styles.panel}>
        <Suspense fallback={<Reading />}>
          <View onNavigate={show} />
        </Suspense>
      </div>
    </>
  );
}

/** Browser mode before a file: open an .xlsx from this computer, or make a new tracker. */
export function BrowserStart({
  onReady,
}: {
  readonly onReady: (port: BrowserWorkbookPort, view: ViewId, source: BrowserSource | null) => void;
}) {
  const view = useViewStyles();
  const task = useTask();
  const input = useRef<HTMLInputElement>(null);

  const open = (file: File) =>
    task.run(`Membuka ${file.name}…`, async () => {
      const port = await openBrowserWorkbook(file.name, await file.arrayBuffer());
      onReady(port, 'beranda', { name: file.name, read: () => file.arrayBuffer(), readAt: new Date() });
      return '';
    });
  const make = () =>
    task.run('Menyiapkan buku kerja baru…', async () => {
      const port = await newBrowserWorkbook('Tracker LAKIP.xlsx');
      onReady(port, 'siapkan', null);
      return '';
    });

  return (
    <section className={view.section} aria-labelledby="start-title">
      <Subtitle1 as="h2" id="start-title">
        Mode peramban
      </Subtitle1>
      <Body1 className={view.wrapText}>
        LAKIP Tracker tidak berjalan di dalam Excel. Buka file tracker (.xlsx) dari komputer Anda: file diolah
        di peramban ini saja, tidak dikirim ke mana pun, dan hasilnya dapat diunduh kembali.
      </Body1>
      <XlsxFileInput
        inputRef={input}
        name="tracker"
        label="Pilih file tracker .xlsx"
        testId="open-file-input"
        onFiles={([file]) => {
          if (file !== undefined) void open(file);
        }}
      />
      <div className={view.actions}>
        <Button appearance="primary" disabled={task.busy} onClick={() => input.current?.click()}>
          Buka file .xlsx
        </Button>
        <Button disabled={task.busy} onClick={() => void make()}>
          Buat tracker baru
        </Button>
      </div>
      {task.state.kind === 'failed' ? (
        <FailureBar message={task.state.message} />
      ) : (
        task.state.kind === 'working' && <TaskStatus state={task.state} />
      )}
      <Caption1 className={view.muted}>
        Di dalam Excel, panel ini langsung bekerja pada buku kerja yang terbuka.
      </Caption1>
    </section>
  );
}

export function App({
  host,
  excelPort,
}: {
  readonly host: HostKind | null;
  readonly excelPort?: () => WorkbookPort;
}) {
  usePageStyles();
  const styles = useStyles();
  const [browser, setBrowser] = useState<{
    port: BrowserWorkbookPort;
    view: ViewId;
    n: number;
    source: BrowserSource | null;
  } | null>(null);
  const opened = useRef(0);
  // Made once the host is known; `excelPort` is expected to be a stable function.
  const excel = useMemo(() => (host === 'excel' && excelPort ? excelPort() : null), [host, excelPort]);

  const reopen = useMemo(
    () => (port: BrowserWorkbookPort, source: BrowserSource, view: ViewId) =>
      setBrowser({ port, view, source, n: ++opened.current }),
    [],
  );

  let body: ReactNode;
  if (host === null) {
    body = (
      <div role="status" aria-live="polite">
        <Spinner size="tiny" labelPosition="after" label="Memeriksa lingkungan…" />
      </div>
    );
  } else if (host === 'excel') {
    body =
      excel === null ? (
        <FailureBar message="Panel ini tidak dapat terhubung ke Excel. Tutup lalu buka lagi panel LAKIP Tracker." />
      ) : (
        <Workspace port={excel} />
      );
  } else if (browser === null) {
    body = (
      <BrowserStart
        onReady={(port, view, source) => setBrowser({ port, view, source, n: ++opened.current })}
      />
    );
  } else {
    body = (
      <Workspace
        key={browser.n}
        port={browser.port}
        initialView={browser.view}
        onClose={() => setBrowser(null)}
        source={browser.source}
        onReopen={reopen}
      />
    );
  }

  return (
    <main className={styles.page}>
      <Subtitle1 as="h1">LAKIP Tracker</Subtitle1>
      {body}
    </main>
  );
}
