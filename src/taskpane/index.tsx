import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createExcelPort } from './excel-port';
import { detectHost, stopOfficeTelemetry, type HostKind } from './host';
import { officeTheme } from './theme';

/** How long to wait for office.js before settling on the browser mode. */
const OFFICE_READY_TIMEOUT_MS = 3000;

function makeExcelPort() {
  return createExcelPort();
}

function Root() {
  const [host, setHost] = useState<HostKind | null>(null);
  const [theme, setTheme] = useState<Theme>(webLightTheme);

  useEffect(() => {
    let active = true;
    void detectHost(OFFICE_READY_TIMEOUT_MS).then((kind) => {
      if (kind === 'browser') stopOfficeTelemetry();
      if (!active) return;
      if (kind === 'excel') setTheme(officeTheme());
      setHost(kind);
    });
    return () => {
      active = false;
    };
  }, []);

  return (
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      <App host={host} excelPort={makeExcelPort} />
    </FluentProvider>
  );
}

const container = document.getElementById('root');
if (container === null) throw new Error('taskpane.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
