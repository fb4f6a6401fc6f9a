/** Siapkan: make the tracker in this workbook, or upgrade it in place without touching typed cells. */
import { Body1, Button, Caption1, Checkbox, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { LakipError } from '../../core/errors';
import { prepareIntro, prepareTracker } from '../../core/operations/prepare-tracker';
import { useTask } from '../use-task';
import { useWorkbook } from '../workbook-context';
import { ReadFailed, Reading, TaskStatus, useViewStyles } from './ui';
import type { ViewProps } from './view-id';

/** The year a new tracker reports on by default: last year (LKjIP n is written in n+1). */
export function defaultTahun(now: Date): number {
  return now.getFullYear() - 1;
}

function tahunProblem(text: string): string | null {
  if (text.trim() === '') return 'Isi Tahun Laporan, mis. 2017.';
  const n = Number(text);
  if (!Number.isInteger(n) || n < 2000 || n > 2100)
    return 'Tahun Laporan harus bilangan bulat 2000–2100, mis. 2017.';
  return null;
}

export function SiapkanView(_props: ViewProps) {
  const view = useViewStyles();
  const { snapshot, readError, reload, apply, port } = useWorkbook();
  const task = useTask();
  // What the workbook is and what Pengaturan says, as the operation sees it before any change.
  const current = useMemo(
    () => (snapshot === null ? null : prepareTracker(snapshot, { currentYear: new Date().getFullYear() })),
    [snapshot],
  );
  const existing = current?.existing ?? null;
  const tracker = current !== null && current.workbook.kind !== 'none';
  const [tahun, setTahun] = useState(() => String(defaultTahun(new Date())));
  const [unit, setUnit] = useState('');
  const [kabupaten, setKabupaten] = useState('');
  const [sample, setSample] = useState(false);
  const [kategoriCapaian, setKategoriCapaian] = useState(false);
  // The sample is offered only for a new, empty workbook (the same decision as lakip init --sample).
  const sampleOffered = current?.sampleOffered === true;
  const kategoriSheet = current?.kategoriSheet ?? null;

  if (snapshot === null || existing === null) {
    if (readError !== null)
      return <ReadFailed message={readError} onRetry={() => void reload().catch(() => undefined)} />;
    return <Reading />;
  }

  /** Where the fields taken from Pengaturan can be changed, in words the user can act on (said once). */
  const howToChange =
    port.kind === 'excel'
      ? 'Isian yang abu-abu diambil dari sheet Pengaturan. Untuk mengubahnya, ketik nilai baru di sheet Pengaturan buku kerja ini.'
      : 'Isian yang abu-abu diambil dari sheet Pengaturan. Untuk mengubahnya: Unduh file, ubah sheet Pengaturan di Excel, simpan, lalu buka lagi di sini.';
  const fixedHint = 'Diambil dari sheet Pengaturan.';
  const tahunFixed = existing.tahunLaporan !== null;
  const unitFixed = existing.namaUnit !== '';
  const kabupatenFixed = existing.kabupaten !== '';
  const problem = tahunFixed ? null : tahunProblem(tahun);

  const submit = () =>
    task.run(tracker ? 'Memutakhirkan tracker…' : 'Membuat tracker…', async () => {
      const fresh = await reload();
      const prepared = prepareTracker(fresh, {
        currentYear: new Date().getFullYear(),
        ...(existing.tahunLaporan === null ? { tahun: Number(tahun) } : {}),
        ...(unit.trim() !== '' ? { unit: unit.trim() } : {}),
        ...(kabupaten.trim() !== '' ? { kabupaten: kabupaten.trim() } : {}),
        ...(kategoriCapaian ? { kategoriCapaian: true } : {}),
        // The sample is big and rarely wanted: a chunk of its own, fetched only when asked for.
        ...(sample && sampleOffered
          ? {
              sample: (await import(/* webpackChunkName: "sample" */ '../../core/seed/sample'))
                .SAMPLE_PASRUJAMBE_2017,
            }
          : {}),
      });
      // The workbook may have been filled since the pane offered the sample.
      if (prepared.refusal !== null) throw new LakipError('usage', prepared.refusal);
      const { plan } = prepared;
      if (plan.ops.length === 0)
        return { message: 'Tracker sudah lengkap; tidak ada yang diubah.', notes: plan.notes };
      const made = prepared.workbook.kind === 'none';
      const skipped = await apply(plan);
      const sheets = prepared.sheets.length;
      const saved = port.kind === 'browser' ? ' Klik Unduh di atas untuk menyimpan file hasilnya.' : '';
      return {
        message: made
          ? `Tracker dibuat: ${sheets} sheet.${saved}`
          : `Tracker dimutakhirkan (${sheets} sheet disentuh). Isian Anda tidak diubah.${saved}`,
        notes: [...plan.notes, ...skipped],
      };
    });

  return (
    <div className={view.view}>
      <section className={view.section} aria-labelledby="siapkan-title">
        <Subtitle2 as="h2" id="siapkan-title">
          {tracker ? 'Mutakhirkan tracker' : 'Buat tracker'}
        </Subtitle2>
        <Body1 className={view.wrapText}>{prepareIntro(tracker)}</Body1>
        <form
          className={view.section}
          onSubmit={(e) => {
            e.preventDefault();
            if (problem === null) void submit();
          }}
        >
          <Field
            label="Tahun Laporan"
            required={!tahunFixed}
            {...(problem === null ? {} : { validationState: 'error' as const, validationMessage: problem })}
            hint={tahunFixed ? fixedHint : 'Tahun yang dilaporkan, biasanya tahun lalu.'}
          >
            <Input
              type="number"
              inputMode="numeric"
              min={2000}
              max={2100}
              value={tahunFixed ? String(existing.tahunLaporan) : tahun}
              disabled={tahunFixed}
              onChange={(_e, d) => setTahun(d.value)}
            />
          </Field>
          <Field label="Nama Unit Kerja" hint={unitFixed ? fixedHint : 'Mis. Kecamatan Pasrujambe.'}>
            <Input
              value={unitFixed ? existing.namaUnit : unit}
              disabled={unitFixed}
              onChange={(_e, d) => setUnit(d.value)}
            />
          </Field>
          <Field label="Kabupaten" hint={kabupatenFixed ? fixedHint : 'Mis. Lumajang.'}>
            <Input
              value={kabupatenFixed ? existing.kabupaten : kabupaten}
              disabled={kabupatenFixed}
              onChange={(_e, d) => setKabupaten(d.value)}
            />
          </Field>
          {(tahunFixed || unitFixed || kabupatenFixed) && (
            <Caption1 className={view.muted} data-testid="siapkan-how-to-change">
              {howToChange}
            </Caption1>
          )}
          {sampleOffered ? (
            <Checkbox
              checked={sample}
              onChange={(_e, d) => setSample(d.checked === true)}
              label="Isi dengan data contoh (Kecamatan Pasrujambe 2017), untuk mencoba di buku kerja baru"
            />
          ) : null}
          {kategoriSheet === null ? (
            <Checkbox
              checked={kategoriCapaian}
              onChange={(_e, d) => setKategoriCapaian(d.checked === true)}
              label="Buat juga sheet Kategori Capaian (kategori dan batas bawah milik kantor Anda; bila ada, Batas di Pengaturan tidak dipakai)"
            />
          ) : (
            <Caption1 className={view.muted} data-testid="siapkan-kategori-ada">
              Sheet {kategoriSheet} sudah ada: kategorinya yang dipakai (Batas di Pengaturan tidak dipakai
              selama sheet itu dapat dipakai), dan isinya tidak diubah.
            </Caption1>
          )}
          <div className={view.actions}>
            <Button appearance="primary" type="submit" disabled={task.busy || problem !== null}>
              {tracker ? 'Mutakhirkan tracker' : 'Buat tracker'}
            </Button>
          </div>
        </form>
        <TaskStatus state={task.state} />
      </section>
    </div>
  );
}
