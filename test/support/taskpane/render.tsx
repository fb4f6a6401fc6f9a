/** Renders a view (or the whole workspace) over a port, inside Fluent's provider, for component tests. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { WorkbookPort } from '../../../src/taskpane/port';
import type { ViewId } from '../../../src/taskpane/views/view-id';
import { WorkbookProvider } from '../../../src/taskpane/workbook-context';

export function renderWithPort(ui: ReactElement, port: WorkbookPort): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <WorkbookProvider port={port}>{ui}</WorkbookProvider>
    </FluentProvider>,
  );
}

/** A navigation callback that records where the view sent the user. */
export function navigationSpy(): { readonly visited: ViewId[]; readonly onNavigate: (v: ViewId) => void } {
  const visited: ViewId[] = [];
  return { visited, onNavigate: (v) => visited.push(v) };
}
