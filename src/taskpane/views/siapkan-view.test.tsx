/** @jest-environment jsdom */
import '../../../test/support/taskpane/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { findSheet } from '../../core/snapshot';
import { EditableWorkbook } from '../../../test/support/tracker-fixtures';
import { BUSY_ERROR, FakePort } from '../../../test/support/taskpane/fake-port';
import { cleanTracker, emptyWorkbook, sampleTracker } from '../../../test/support/taskpane/fixtures';
import { renderWithPort } from '../../../test/support/taskpane/render';
import { defaultTahun, SiapkanView } from './siapkan-view';

function input(label: string): HTMLInputElement {
  return screen.getByLabelText<HTMLInputElement>(label, { exact: false });
}

/** The view's title, once it reads `title` (it changes after a write). */
async function title(expected: string): Promise<void> {
  await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(expected));
}

/** The sentence shown when the write is done (the spinner's status is gone then). */
async function doneMessage(expected: string): Promise<void> {
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe(expected));
}

describe('Siapkan', () => {
  test('empty workbook: makes a tracker for the year and unit typed, then says how many sheets', async () => {
    const port = new FakePort(emptyWorkbook());
    renderWithPort(<SiapkanView onNavigate={() => undefined} />, port);
    await title('Buat tracker');
    expect(screen.getByText(/^Membuat semua sheet tracker/).textContent).toContain(
      '(Pengaturan, Bagian, Identitas SOP, SOP, Dokumen, 14 dokumen, Data Kinerja)',
    );
    expect(input('Tahun Laporan').value).toBe(String(defaultTahun(new Date())));
    fireEvent.change(input('Tahun Laporan'), { target: { value: '2017' } });
    fireEvent.change(input('Nama Unit Kerja'), { target: { value: 'Kecamatan Pasrujambe' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buat tracker' }));
    // Pengaturan, Bagian, Identitas SOP, SOP, Dokumen, the 14 document sheets and Data Kinerja:
    // 5 + 14 + 1 = 20 sheets.
    const done = await screen.findByText(/^Tracker dibuat: \d+ sheet\./);
    expect(done.textContent).toBe('Tracker dibuat: 20 sheet.');
    expect(findSheet(port.snapshot, 'Pengaturan')?.rows.flat()).toEqual(
      expect.arrayContaining([2017, 'Kecamatan Pasrujambe']),
    );
    // Read again after writing: the view now offers the upgrade, with the year from Pengaturan.
    await title('Mutakhirkan tracker');
    expect(input('Tahun Laporan').disabled).toBe(true);
  });

  test('Kategori Capaian only when ticked: an upgrade adds the sheet with the five Pengaturan kategori', async () => {
    const port = new FakePort(cleanTracker());
    renderWithPort(<SiapkanView onNavigate={() => undefined} />, port);
    await title('Mutakhirkan tracker');
    expect(findSheet(port.snapshot, 'Kategori Capaian')).toBeUndefined();
    const box = screen.getByLabelText<HTMLInputElement>(/sheet Kategori Capaian/);
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Mutakhirkan tracker' }));
    // The clean tracker's Pengaturan says 91 / 76 / 66 / 51: the five bands, and 0 for Sangat Rendah.
    await waitFor(() => expect(findSheet(port.snapshot, 'Kategori Capaian')).toBeDefined());
    const rows = findSheet(port.snapshot, 'Kategori Capaian')?.rows ?? [];
    expect(rows.slice(5, 10).map((r) => r.slice(0, 2))).toEqual([
      [91, 'Sangat Tinggi'],
      [76, 'Tinggi'],
      [66, 'Sedang'],
      [51, 'Rendah'],
      [0, 'Sangat Rendah'],
    ]);
    // Once the sheet is there, Siapkan no longer offers to make it: it says the sheet is kept.
    await waitFor(() => expect(screen.queryByLabelText(/sheet Kategori Capaian/)).toBeNull());
    expect(screen.getByTestId('siapkan-kategori-ada').textContent).toBe(
      'Sheet Kategori Capaian sudah ada: kategorinya yang dipakai (Batas di Pengaturan tidak dipakai selama sheet itu dapat dipakai), dan isinya tidak diubah.',
    );
  });

  test('the sample is offered for an empty workbook only (the same decision as lakip init --sample)', async () => {
    const empty = renderWithPort(<SiapkanView onNavigate={() => undefined} />, new FakePort(emptyWorkbook()));
    await title('Buat tracker');
    expect(screen.getByLabelText<HTMLInputElement>(/data contoh/).checked).toBe(false);
    expect(screen.getByText(/data contoh/).textContent).toBe(
      'Isi dengan data contoh (Kecamatan Pasrujambe 2017), untuk mencoba di buku kerja baru',
    );
    empty.unmount();
    renderWithPort(<SiapkanView onNavigate={() => undefined} />, new FakePort(cleanTracker()));
    await title('Mutakhirkan tracker');
    expect(screen.queryByLabelText(/data contoh/)).toBeNull();
  });
  test.each([
    [
      'excel',
      /^Isian yang abu-abu diambil dari sheet Pengaturan\. Untuk mengubahnya, ketik nilai baru di sheet Pengaturan buku kerja ini\.$/,
    ],
    [
      'browser',
      /^Isian yang abu-abu diambil dari sheet Pengaturan\. Untuk mengubahnya: Unduh file, ubah sheet Pengaturan di Excel, simpan, lalu buka lagi di sini\.$/,
    ],
  ] as const)(
    '%s: a greyed field says how it can actually be changed (never "ubah di sana")',
    async (kind, hint) => {
      renderWithPort(<SiapkanView onNavigate={() => undefined} />, new FakePort(cleanTracker(), { kind }));
      await screen.findByRole('heading', { name: 'Mutakhirkan tracker' });
      expect(screen.getByTestId('siapkan-how-to-change').textContent).toMatch(hint);
      expect(screen.getAllByText('Diambil dari sheet Pengaturan.')).toHaveLength(3);
      expect(screen.queryByText(/ubah di sana/)).toBeNull();
    },
  );

  test('refuses a year outside 2000–2100 before anything is written', async () => {
    const port = new FakePort(emptyWorkbook());
    renderWithPort(<SiapkanView onNavigate={() => undefined} />, port);
    fireEvent.change(await screen.findByLabelText('Tahun Laporan', { exact: false }), {
      target: { value: '17' },
    });
    const tahun = input('Tahun Laporan');
    expect(tahun.getAttribute('aria-invalid')).toBe('true');
    // What the field says under it: the error first, then its hint.
    expect(
      (tahun.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent),
    ).toEqual([
      'Tahun Laporan harus bilangan bulat 2000–2100, mis. 2017.',
      'Tahun yang dilaporkan, biasanya tahun lalu.',
    ]);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Buat tracker' }).disabled).toBe(true);
    expect(port.applied()).toEqual([]);
  });

  test('clean tracker: nothing to do, nothing written; the year and unit come from Pengaturan', async () => {
    const port = new FakePort(cleanTracker());
    renderWithPort(<SiapkanView onNavigate={() => undefined} />, port);
    await title('Mutakhirkan tracker');
    expect(input('Tahun Laporan').value).toBe('2017');
    expect(input('Nama Unit Kerja').disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Mutakhirkan tracker' }));
    await doneMessage('Tracker sudah lengkap; tidak ada yang diubah.');
    expect(port.applied()).toEqual([]);
  });

  test('tracker with a missing sheet: adds it and leaves every typed cell as it was', async () => {
    const before = new EditableWorkbook(sampleTracker()).removeSheet('Renstra').snapshot();
    const port = new FakePort(before);
    renderWithPort(<SiapkanView onNavigate={() => undefined} />, port);
    fireEvent.click(await screen.findByRole('button', { name: 'Mutakhirkan tracker' }));
    // Only the missing Renstra sheet is written.
    await doneMessage('Tracker dimutakhirkan (1 sheet disentuh). Isian Anda tidak diubah.');
    expect(findSheet(port.snapshot, 'Renstra')?.name).toBe('Renstra');
    const changed: string[] = [];
    for (const sheet of before.sheets) {
      const after = findSheet(port.snapshot, sheet.name)!;
      sheet.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && JSON.stringify(after.rows[r]?.[c]) !== JSON.stringify(v))
            changed.push(`${sheet.name}!${r + 1}:${c + 1}`);
        }),
      );
    }
    expect(changed).toEqual([]);
  });

  test('in the browser mode, says to download the result', async () => {
    const port = new FakePort(emptyWorkbook(), { kind: 'browser' });
    renderWithPort(<SiapkanView onNavigate={() => undefined} />, port);
    fireEvent.change(await screen.findByLabelText('Tahun Laporan', { exact: false }), {
      target: { value: '2018' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Buat tracker' }));
    await doneMessage('Tracker dibuat: 20 sheet. Klik Unduh di atas untuk menyimpan file hasilnya.');
  });

  test('failure: a write that fails shows its sentence', async () => {
    const port = new FakePort(emptyWorkbook(), { fail: { apply: BUSY_ERROR } });
    renderWithPort(<SiapkanView onNavigate={() => undefined} />, port);
    fireEvent.click(await screen.findByRole('button', { name: 'Buat tracker' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(BUSY_ERROR.userMessage));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Buat tracker' }).disabled).toBe(false);
  });
});
