/** @jest-environment jsdom */
import './testing/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from './app';
import { FakePort } from './testing/fake-port';
import { sampleTracker } from './testing/fixtures';

function renderApp(ui: React.ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

describe('the task pane', () => {
  test('says it is looking at its surroundings until the host is known', () => {
    renderApp(<App host={null} />);
    expect(screen.getByText('Memeriksa lingkungan…')).toBeTruthy();
  });

  test('inside Excel: seven tabs in Indonesian over the open workbook, Beranda first', async () => {
    const port = new FakePort(sampleTracker());
    renderApp(<App host="excel" excelPort={() => port} />);
    const tabs = within(screen.getByRole('tablist', { name: 'Menu LAKIP Tracker' })).getAllByRole('tab');
    const labels = ['Beranda', 'Siapkan', 'Periksa', 'SOP', 'Konsolidasi', 'Ekspor', 'Rekap'];
    expect(tabs).toEqual(labels.map((name) => screen.getByRole('tab', { name })));
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByText('Langkah SOP selesai: 4 dari 13')).toBeTruthy();
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-beranda');
  });

  test('a tab shows its view and reads the workbook again (the user may have typed)', async () => {
    const port = new FakePort(sampleTracker());
    renderApp(<App host="excel" excelPort={() => port} />);
    await screen.findByText('Langkah SOP selesai: 4 dari 13');
    const reads = port.calls.filter((c) => c.call === 'read').length;
    fireEvent.click(screen.getByRole('tab', { name: 'SOP' }));
    expect(await screen.findByText('4 dari 13 langkah Selesai · waktu baku 723 menit')).toBeTruthy();
    await waitFor(() => expect(port.calls.filter((c) => c.call === 'read').length).toBeGreaterThan(reads));
    // The next step's button moves between tabs too.
    fireEvent.click(screen.getByRole('tab', { name: 'Beranda' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Buka SOP' }));
    expect(screen.getByRole('tab', { name: 'SOP' }).getAttribute('aria-selected')).toBe('true');
    // Let the read that the tab switch started finish inside act, as it would on screen.
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  });

  test('browser mode: offers to open an .xlsx or make a new tracker, with a file input e2e tests can fill', async () => {
    renderApp(<App host="browser" />);
    expect(screen.getByRole('heading', { name: 'Mode peramban' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Buka file .xlsx' })).toBeTruthy();
    const input = screen.getByTestId('open-file-input');
    expect(input.getAttribute('type')).toBe('file');
    expect(input.getAttribute('name')).toBe('tracker');
    fireEvent.click(screen.getByRole('button', { name: 'Buat tracker baru' }));
    // exceljs is loaded on demand; then the new workbook opens on Siapkan.
    expect(await screen.findByRole('heading', { name: 'Buat tracker' }, { timeout: 20000 })).toBeTruthy();
    expect(screen.getByTestId('file-name').textContent).toBe('Tracker LAKIP.xlsx');
    expect(screen.getByRole('tab', { name: 'Siapkan' }).getAttribute('aria-selected')).toBe('true');
  });

  test('browser mode: a file that is not an .xlsx gets a sentence saying what to do', async () => {
    renderApp(<App host="browser" />);
    const text = 'No;Aktivitas';
    const file = new File([text], 'data.csv', { type: 'text/csv' });
    // jsdom's File may lack arrayBuffer(); the bytes are the same either way.
    const bytes = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
    Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.resolve(bytes.buffer) });
    fireEvent.change(screen.getByTestId('open-file-input'), { target: { files: [file] } });
    const alert = await screen.findByRole('alert', {}, { timeout: 20000 });
    expect(alert.textContent).toContain('File "data.csv" berformat CSV');
    expect(alert.textContent).toContain('simpan sebagai "Buku Kerja Excel (.xlsx)"');
  });
});
