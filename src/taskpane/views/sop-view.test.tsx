/** @jest-environment jsdom */
import '../../../test/support/taskpane/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readSopState } from '../../core/sop/sop-steps';
import { BUSY_ERROR, FakePort } from '../../../test/support/taskpane/fake-port';
import { cleanTracker, emptyWorkbook, sampleTracker, trackerWithFindings } from '../../../test/support/taskpane/fixtures';
import { navigationSpy, renderWithPort } from '../../../test/support/taskpane/render';
import { formWarnings, SopView } from './sop-view';

function step(no: number): HTMLElement {
  return screen.getByRole('listitem', { name: `Langkah ${no}` });
}

/** The value of the SOP progress bar whose label is `label` (0–1). */
async function progress(label: string): Promise<number> {
  return Number((await screen.findByRole('progressbar', { name: label })).getAttribute('aria-valuenow'));
}

/** The text of the hint or validation message under a field's input. */
function describedText(input: HTMLElement): string | null | undefined {
  return document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent;
}

/** The status badge of a step: the badge just before its first Pelaksana badge. */
function statusOf(no: number): string | null | undefined {
  return within(step(no)).getAllByLabelText(/^Pelaksana: /)[0]?.previousElementSibling?.textContent;
}

/** The success message once the write is done (the spinner's status is gone then). */
async function savedMessage(text: string): Promise<void> {
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe(text));
}

describe('SOP', () => {
  test('empty workbook: no steps, leads to Siapkan', async () => {
    const nav = navigationSpy();
    renderWithPort(<SopView onNavigate={nav.onNavigate} />, new FakePort(emptyWorkbook()));
    fireEvent.click(await screen.findByRole('button', { name: 'Buka Siapkan' }));
    expect(nav.visited).toEqual(['siapkan']);
  });

  test('clean tracker: 13 of 13 Selesai, no warning', async () => {
    renderWithPort(<SopView onNavigate={() => undefined} />, new FakePort(cleanTracker()));
    // 13 of 13 steps done: the bar is full.
    expect(await progress('13 dari 13 langkah Selesai · waktu baku 723 menit')).toBe(1);
    expect(screen.queryByText(/Pelaporan akan terhambat/)).toBeNull();
  });

  test('the 13 steps with their actors, standard time and status; the SOP warning while incomplete', async () => {
    renderWithPort(<SopView onNavigate={() => undefined} />, new FakePort(sampleTracker()));
    // 4 of the 13 sample steps are Selesai: 4/13 of the bar.
    expect(await progress('4 dari 13 langkah Selesai · waktu baku 723 menit')).toBeCloseTo(4 / 13, 12);
    expect(screen.getByText(/Pelaporan akan terhambat\.$/).textContent).toBe(
      'Apabila SOP Pengumpulan Data Kinerja tidak diselesaikan maka kegiatan Pelaporan akan terhambat.',
    );
    expect(within(screen.getByRole('list', { name: 'Langkah SOP' })).getAllByRole('listitem')).toHaveLength(
      13,
    );
    const seven = step(7);
    expect(within(seven).getByText('7.').nextElementSibling?.textContent).toBe('Rapat finalisasi LAKIP');
    expect(
      within(seven)
        .getAllByLabelText(/^Pelaksana: /)
        .map((b) => b.textContent),
    ).toEqual(['Camat', 'Sekcam', 'Kasi/Kasubbag']);
    expect(within(seven).getByText(/ menit$/).textContent).toBe('60 menit');
    expect(within(step(1)).getByText(/ menit$/).textContent).toBe('3 menit');
    expect(statusOf(5)).toBe('Proses');
    expect(statusOf(1)).toBe('Selesai');
  });

  test('dates are shown and typed day first (dd/mm/yyyy), never in the browser’s month-first format', async () => {
    const port = new FakePort(sampleTracker());
    renderWithPort(<SopView onNavigate={() => undefined} />, port);
    await screen.findByText('4 dari 13 langkah Selesai · waktu baku 723 menit');
    fireEvent.click(within(step(5)).getByRole('button', { name: 'Ubah langkah 5' }));
    const form = screen.getByRole('form', { name: 'Ubah langkah 5' });
    const mulai = within(form).getByLabelText<HTMLInputElement>('Tanggal Mulai');
    expect(mulai.type).toBe('text');
    expect(mulai.value).toBe('08/02/2018');
    const selesai = within(form).getByLabelText<HTMLInputElement>('Tanggal Selesai');
    expect(selesai.placeholder).toBe('hh/bb/tttt');
    fireEvent.change(selesai, { target: { value: '03/04/2018' } });
    expect(describedText(selesai)).toBe('3 April 2018');
    expect(selesai.getAttribute('aria-invalid')).toBeNull();
    fireEvent.change(selesai, { target: { value: '31/02/2018' } });
    expect(describedText(selesai)).toBe('"31/02/2018" bukan tanggal. Tulis hari/bulan/tahun, mis. 16/02/2018.');
    expect(selesai.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByRole<HTMLButtonElement>('button', { name: 'Simpan' }).disabled).toBe(true);
    fireEvent.change(selesai, { target: { value: '16 Feb 2018' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan' }));
    await savedMessage('Langkah 5 disimpan sebagai Proses.');
    expect(readSopState(port.snapshot)!.steps[4]).toMatchObject({
      tanggalMulai: '2018-02-08',
      tanggalSelesai: '2018-02-16',
    });
  });

  test('marks step 5 Selesai with dates and evidence, written to the SOP sheet', async () => {
    const port = new FakePort(sampleTracker());
    renderWithPort(<SopView onNavigate={() => undefined} />, port);
    await screen.findByText('4 dari 13 langkah Selesai · waktu baku 723 menit');
    fireEvent.click(within(step(5)).getByRole('button', { name: 'Ubah langkah 5' }));
    const form = screen.getByRole('form', { name: 'Ubah langkah 5' });
    expect(document.activeElement).toBe(within(form).getByLabelText('Status'));
    fireEvent.change(within(form).getByLabelText('Status'), { target: { value: 'Selesai' } });
    fireEvent.change(within(form).getByLabelText('Tanggal Selesai'), { target: { value: '16/02/2018' } });
    expect(describedText(within(form).getByLabelText('Tanggal Selesai'))).toBe('16 Februari 2018');
    expect(describedText(within(form).getByLabelText('Tanggal Mulai'))).toBe('8 Februari 2018');
    // The SOP's rule is shown before saving: Selesai needs soft AND hard copy.
    expect(within(form).getByTestId('sop-form-warning').textContent).toMatch(/soft copy DAN hard copy/);
    fireEvent.change(within(form).getByLabelText('Bukti soft copy'), {
      target: { value: 'LAKIP/draft-2017.docx' },
    });
    fireEvent.click(within(form).getByLabelText('Bukti hard copy sudah diarsipkan'));
    expect(within(form).queryByTestId('sop-form-warning')).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan' }));

    await savedMessage('Langkah 5 disimpan sebagai Selesai.');
    expect(port.applied()).toHaveLength(1);
    expect(readSopState(port.snapshot)!.steps[4]).toMatchObject({
      status: 'Selesai',
      tanggalSelesai: '2018-02-16',
      buktiSoft: 'LAKIP/draft-2017.docx',
      buktiHard: true,
    });
    expect(await progress('5 dari 13 langkah Selesai · waktu baku 723 menit')).toBeCloseTo(5 / 13, 12);
    expect(statusOf(5)).toBe('Selesai');
  });

  test('with findings elsewhere in the tracker the steps still show and save', async () => {
    const port = new FakePort(trackerWithFindings());
    renderWithPort(<SopView onNavigate={() => undefined} />, port);
    await screen.findByText('4 dari 13 langkah Selesai · waktu baku 723 menit');
    fireEvent.click(within(step(6)).getByRole('button', { name: 'Ubah langkah 6' }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await savedMessage('Langkah 6 disimpan sebagai Proses.');
  });

  test('Batal closes the form without writing', async () => {
    const port = new FakePort(sampleTracker());
    renderWithPort(<SopView onNavigate={() => undefined} />, port);
    await screen.findByText('4 dari 13 langkah Selesai · waktu baku 723 menit');
    fireEvent.click(within(step(2)).getByRole('button', { name: 'Ubah langkah 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(within(step(2)).getByRole('button', { name: 'Ubah langkah 2' }));
    expect(port.applied()).toEqual([]);
  });

  test('failure: a failed write keeps the form open with the sentence', async () => {
    const port = new FakePort(sampleTracker(), { fail: { apply: BUSY_ERROR } });
    renderWithPort(<SopView onNavigate={() => undefined} />, port);
    await screen.findByText('4 dari 13 langkah Selesai · waktu baku 723 menit');
    fireEvent.click(within(step(6)).getByRole('button', { name: 'Ubah langkah 6' }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(BUSY_ERROR.userMessage));
    // The form stays open, ready to save again.
    const form = screen.getByRole('form', { name: 'Ubah langkah 6' });
    expect(within(form).getByRole<HTMLButtonElement>('button', { name: 'Simpan' }).disabled).toBe(false);
  });

  test('failure: a read that fails is shown with a retry', async () => {
    renderWithPort(
      <SopView onNavigate={() => undefined} />,
      new FakePort(sampleTracker(), { fail: { read: BUSY_ERROR } }),
    );
    expect((await screen.findByRole('alert')).textContent).toContain(BUSY_ERROR.userMessage);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Coba lagi' }).disabled).toBe(false);
  });
});

describe('formWarnings', () => {
  test.each([
    ['Proses', '', '', '', false, []],
    ['Selesai', '2018-01-02', '2018-01-03', 'a.pdf', true, []],
    ['Selesai', '', '2018-01-03', '', true, [/bukti soft copy belum diisi/]],
    ['Selesai', '', '2018-01-03', 'a.pdf', false, [/bukti hard copy belum diisi/]],
    ['Selesai', '', '', 'a.pdf', true, [/^Isi Tanggal Selesai/]],
    ['Proses', '2018-01-05', '2018-01-03', '', false, [/^Tanggal Selesai lebih awal/]],
  ] as const)('%s %s–%s soft=%s hard=%s', (status, mulai, selesai, soft, hard, expected) => {
    const out = formWarnings(status, mulai, selesai, soft, hard);
    expect(out).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(out[i]).toMatch(re));
  });
});
