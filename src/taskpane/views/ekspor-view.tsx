/** Ekspor: the LAKIP tables — written into this workbook, or handed over as a workbook of their own; capaian chart. */
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  mergeClasses,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { LakipError } from '../../core/errors';
import { describeFinding } from '../../core/findings/messages';
import { formatNumber, formatPercent, formatRupiah } from '../../core/format/indonesian';
import { unplacedText } from '../../core/lakip/export-plan';
import { LAKIP_SHEETS } from '../../core/lakip/tables';
import { exportLakip, wasExported, type PreparedExport } from '../../core/operations/export-lakip';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { DOCX_MIME, docxFileName, loadDocxBuilder, type DocxBuilder } from '../docx-engine';
import { downloadBytes, safeFileName } from '../download';
import { useTask } from '../use-task';
import { useWorkbook } from '../workbook-context';
import { CapaianChart, SasaranAverages, capaianBars } from './capaian-chart';
import { NoTracker, ReadFailed, Reading, TaskStatus, useViewStyles } from './ui';
import type { ViewProps } from './view-id';

export interface EksporProps extends ViewProps {
  /** How the Word document is built (default: the lazy `docx` chunk); tests pass a fake. */
  readonly docx?: () => Promise<DocxBuilder>;
  /** How its bytes reach the user (default: a download). */
  readonly save?: (bytes: Uint8Array, fileName: string) => void;
}

function saveDocx(bytes: Uint8Array, fileName: string): void {
  downloadBytes(bytes, fileName, DOCX_MIME);
}

/** The export operation on a fresh read; a workbook that stopped being a tracker is said. */
function preparedExport(snapshot: WorkbookSnapshot, into: 'tracker' | 'new'): PreparedExport {
  const prepared = exportLakip(snapshot, { into });
  if (!wasExported(prepared)) throw new LakipError('usage', NOT_A_TRACKER);
  return prepared;
}

const NOT_A_TRACKER =
  'Buku kerja ini tidak lagi berisi sheet tracker LAKIP, jadi tidak ada tabel yang dapat diekspor. Buat tracker lebih dulu di tab Siapkan.';

export function EksporView({ onNavigate, docx = loadDocxBuilder, save = saveDocx }: EksporProps) {
  const view = useViewStyles();
  const { port, snapshot, readError, reload, apply } = useWorkbook();
  const writeTask = useTask();
  const exportTask = useTask();
  const wordTask = useTask();
  const shown = useMemo(
    () => (snapshot === null ? null : exportLakip(snapshot, { into: 'new' })),
    [snapshot],
  );
  const result = shown !== null && wasExported(shown) ? shown.result : null;
  const bars = useMemo(() => (result === null ? [] : capaianBars(result)), [result]);

  if (snapshot === null) {
    if (readError !== null)
      return <ReadFailed message={readError} onRetry={() => void reload().catch(() => undefined)} />;
    return <Reading />;
  }
  if (result === null) return <NoTracker onNavigate={onNavigate} what="tabel LAKIP untuk diekspor" />;

  const excel = port.kind === 'excel';
  const busy = writeTask.busy || exportTask.busy || wordTask.busy;

  const writeSheets = () =>
    writeTask.run('Menulis sheet LAKIP…', async () => {
      // The same plan as `lakip export`: the user's notes in the old LAKIP sheets kept, DRAF while galat remain.
      const prepared = preparedExport(await reload(), 'tracker');
      const { plan } = prepared;
      if (prepared.blocked) throw new LakipError('usage', unplacedText(plan.unplaced));
      const skipped = await apply(plan);
      const saved = excel ? '' : ' Klik Unduh di atas untuk menyimpan file hasilnya.';
      return {
        message: `${LAKIP_SHEETS.length} sheet LAKIP ditulis ulang.${saved}`,
        notes: [...plan.notes.slice(1), ...skipped],
      };
    });

  const exportBook = () =>
    exportTask.run(excel ? 'Menyiapkan buku kerja baru…' : 'Menyiapkan file unduhan…', async () => {
      const fresh = preparedExport(await reload(), 'new');
      const name = fresh.fileName;
      await port.exportWorkbook(fresh.plan, name);
      return excel
        ? 'Tabel LAKIP dibuka di buku kerja baru. Simpan buku kerja itu dari Excel (File > Simpan).'
        : `File "${name}" diunduh; lihat folder Unduhan di komputer Anda.`;
    });

  const exportWord = () =>
    wordTask.run('Menyusun dokumen Word…', async () => {
      // The same tables and DRAF decision as lakip export --docx.
      const { result: fresh, draft } = preparedExport(await reload(), 'new');
      const build = await docx();
      const name = safeFileName(docxFileName(fresh), '.docx');
      save(await build(fresh, draft === undefined ? {} : { draft }), name);
      return excel
        ? `Dokumen Word "${name}" diunduh. Bila unduhan tidak muncul (Excel untuk Mac tidak mengizinkan unduhan dari panel), simpan buku kerja ini lalu buka panel LAKIP Tracker di peramban (mode peramban) dengan file itu, atau jalankan: lakip export tracker.xlsx --docx laporan.docx`
        : `Dokumen Word "${name}" diunduh; lihat folder Unduhan di komputer Anda. Buka di Word untuk melengkapi narasi BAB II dan BAB III.`;
    });

  const { summary } = result;
  const counted = summary.kategori
    .filter((k) => k.jumlah > 0)
    .map((k) => `${k.jumlah} ${k.kategori}`)
    .join(', ');

  return (
    <div className={view.view}>
      <section className={view.section} aria-labelledby="ekspor-tabel">
        <Subtitle2 as="h2" id="ekspor-tabel">
          Tabel LAKIP
        </Subtitle2>
        <Body1 className={view.wrapText}>
          Tujuh tabel (Perjanjian Kinerja, Capaian, Perbandingan, Analisis, Anggaran, Efisiensi, SOP) dihitung
          dari isian tracker. Sheet LAKIP dibuat ulang setiap kali ditulis; sheet lain tidak diubah.
        </Body1>
        <div className={view.actions}>
          <Button appearance="primary" onClick={() => void writeSheets()} disabled={busy}>
            Tulis sheet LAKIP
          </Button>
          <Button onClick={() => void exportBook()} disabled={busy}>
            {excel ? 'Buka sebagai buku kerja baru' : 'Unduh tabel LAKIP (.xlsx)'}
          </Button>
        </div>
        <TaskStatus state={writeTask.state} onDismiss={writeTask.reset} />
        <TaskStatus state={exportTask.state} onDismiss={exportTask.reset} />
      </section>

      <section className={view.section} aria-labelledby="ekspor-word">
        <Subtitle2 as="h2" id="ekspor-word">
          Dokumen Word
        </Subtitle2>
        <Body1 className={view.wrapText}>
          Tabel yang sama dalam bab Laporan Kinerja (BAB II Perencanaan Kinerja, BAB III Akuntabilitas
          Kinerja, Lampiran SOP), dengan judul tabel dan paragraf pengantar, siap dilengkapi di Word.
        </Body1>
        <div className={view.actions}>
          <Button onClick={() => void exportWord()} disabled={busy}>
            Unduh dokumen Word (.docx)
          </Button>
        </div>
        <TaskStatus state={wordTask.state} onDismiss={wordTask.reset} />
      </section>

      <section className={view.section} aria-labelledby="ekspor-capaian">
        <Subtitle2 as="h2" id="ekspor-capaian">
          Capaian per indikator
        </Subtitle2>
        {bars.length === 0 ? (
          <Body1>Belum ada indikator di sheet PK, jadi belum ada capaian untuk digambarkan.</Body1>
        ) : (
          <>
            <Caption1 className={view.muted}>
              {formatNumber(summary.indicators)} indikator{counted === '' ? '' : `: ${counted}`}. Garis
              putus-putus = 100%.
            </Caption1>
            <CapaianChart bars={bars} legend={summary.kategori} />
            <SasaranAverages averages={summary.sasaran} legend={summary.kategori} />
          </>
        )}
        {summary.pagu > 0 && (
          <Caption1 className={mergeClasses(view.muted, view.wrapText)}>
            Anggaran: realisasi {formatRupiah(summary.realisasi)} dari pagu {formatRupiah(summary.pagu)}
            {summary.serapan === null ? '' : ` (serapan ${formatPercent(summary.serapan)})`}.
          </Caption1>
        )}
      </section>

      {result.findings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={view.wrapText}>
            {formatNumber(result.findings.length)} angka tidak dapat dihitung (baris ditandai kuning di sheet
            LAKIP):
            <ul className={view.notes}>
              {result.findings.slice(0, 10).map((f, i) => (
                <li key={i}>{describeFinding(f).message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
