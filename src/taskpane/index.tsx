import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Body1,
  FluentProvider,
  Spinner,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { detectHost, type HostKind } from './host';

/** How long to wait for office.js before settling on the browser mode. */
const OFFICE_READY_TIMEOUT_MS = 3000;

const STATUS_TEXT: Record<HostKind, string> = {
  excel: 'Berjalan di dalam Excel: data kinerja dibaca dari buku kerja yang terbuka.',
  browser: 'Mode peramban: buka file .xlsx tracker dari komputer Anda untuk diperiksa (segera).',
};

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  status: {
    color: tokens.colorNeutralForeground2,
  },
});

function App() {
  const styles = useStyles();
  const [host, setHost] = useState<HostKind | null>(null);

  useEffect(() => {
    let active = true;
    void detectHost(OFFICE_READY_TIMEOUT_MS).then((kind) => {
      if (active) setHost(kind);
    });
    return () => {
      active = false;
    };
  }, []);

  return (
    <main className={styles.page}>
      <Title2 as="h1">LAKIP Tracker</Title2>
      <Body1 as="p">
        Memeriksa data kinerja yang dikumpulkan setiap bagian sesuai SOP Pengumpulan Data Kinerja, lalu
        menyusun tabel LAKIP/LKjIP kecamatan.
      </Body1>
      <div role="status" aria-live="polite" className={styles.status}>
        {host === null ? (
          <Spinner size="tiny" labelPosition="after" label="Memeriksa lingkungan…" />
        ) : (
          <Body1>{STATUS_TEXT[host]}</Body1>
        )}
      </div>
    </main>
  );
}

const container = document.getElementById('root');
if (container === null) throw new Error('taskpane.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>
  </StrictMode>,
);
