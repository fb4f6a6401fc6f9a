/**
 * Konsolidasi (SOP steps 2–3): make a data format per bagian, and import the formats bagian
 * send back into Data Kinerja. The consolidation core decides everything; this view reads the
 * files, shows the result per file, and applies the plan when the user agrees.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import {
  type CellChange,
  type ConsolidationResult,
  type SourceReport,
} from '../../core/consolidate/consolidate';
import { describeConsolidation, describeTrackerProblem, sourceDetail } from '../../core/consolidate/describe';
import { formatBlockerLines } from '../../core/consolidate/format-blockers';
import type { FormatBagian } from '../../core/consolidate/format-plan';
import { LakipError } from '../../core/errors';
import { formatNumber, formatRawForMessage } from '../../core/format/indonesian';
import { consolidateFormats } from '../../core/operations/consolidate-formats';
import { localIsoDateTime } from '../../core/operations/local-time';
import { makeFormats, type MakeFormatsResult } from '../../core/operations/make-formats';
import { isFormulaValue, isLinkValue } from '../../core/plan/plan';
import { pickedFile, readSources, type PickedFile } from '../source-files';
import { useTask } from '../use-task';
import { useWorkbook } from '../workbook-context';
import { NoTracker, ReadFailed, Reading, TaskStatus, useViewStyles, XlsxFileInput } from './ui';
import type { ViewProps } from './view-id';

const useStyles = makeStyles({
  /** Name and caption on the left, the button on the right, at any width. */
  bagianItem: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  bagianText: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
  },
});

/** A source's report line without the file name in front (the list shows the name above it). */
interface Preview {
  readonly result: ConsolidationResult;
  readonly applied: boolean;
  readonly step3Applied: boolean;
}

export interface KonsolidasiProps extends ViewProps {
  /** How picked files are read (default: the lazy exceljs chunk); tests pass a fake. */
  readonly read?: typeof readSources;
  /** The clock, for Diimpor. */
  readonly now?: () => Date;
}

/** The format operation's refusal (galat in the PK cells a format copies) as the task's failure. */
function refuseBlocked(made: MakeFormatsResult): void {
  if (made.blockers.length > 0)
    throw new LakipError('usage', formatBlockerLines(made.blockers, 5).join('\n'));
}

function noIndicatorText(b: FormatBagian): string {
  return `${b.nama} (${b.kode}) tidak menjadi Penanggung Jawab indikator mana pun di sheet PK, jadi formatnya tidak dibuat; periksa kolom Penanggung Jawab di sheet PK.`;
}

function FormatList({ bagian }: { readonly bagian: readonly FormatBagian[] }) {
  const styles = useStyles();
  const view = useViewStyles();
  const { port, reload } = useWorkbook();
  const task = useTask();
  const excel = port.kind === 'excel';
  const label = excel ? 'Buka format' : 'Unduh format';
  const withIndicators = bagian.filter((b) => b.indicators > 0);
  const make = (b: FormatBagian) =>
    task.run(`Menyiapkan format ${b.kode}…`, async () => {
      // As lakip format: no format from a PK whose copied (locked) cells have galat.
      const made = makeFormats(await reload(), {
        bagian: b.kode,
        made: localIsoDateTime(new Date()),
        into: 'files',
      });
      refuseBlocked(made);
      const [format] = made.formats;
      if (format === undefined) throw new LakipError('usage', noIndicatorText(b));
      await port.exportWorkbook(format.plan, format.fileName);
      return excel
        ? `Format ${b.nama} (${format.indicators} indikator) dibuka di buku kerja baru. Simpan sebagai ${format.fileName} lalu kirim ke bagian itu.`
        : `File "${format.fileName}" (${format.indicators} indikator) diunduh; kirim ke ${b.nama}.`;
    });
  const makeAll = () =>
    task.run(`Menyiapkan ${formatNumber(withIndicators.length)} format…`, async () => {
      const made = makeFormats(await reload(), { made: localIsoDateTime(new Date()), into: 'files' });
      refuseBlocked(made);
      const names: string[] = [];
      // One after the other: Excel opens one new workbook at a time; a browser one download each.
      for (const format of made.formats) {
        await port.exportWorkbook(format.plan, format.fileName);
        names.push(format.fileName);
      }
      return {
        message: excel
          ? `${formatNumber(names.length)} format dibuka, masing-masing di buku kerja baru. Simpan setiap buku kerja dengan nama di bawah, lalu kirim ke bagiannya.`
          : `${formatNumber(names.length)} file format diunduh ke folder Unduhan, satu per bagian (bila peramban bertanya, izinkan mengunduh beberapa file). Kirim setiap file ke bagiannya.`,
        notes: names,
      };
    });
  if (bagian.length === 0)
    return <Caption1 className={view.muted}>Sheet Bagian belum berisi bagian.</Caption1>;
  return (
    <>
      <ul className={view.list} aria-label="Format per bagian">
        {bagian.map((b) => (
          <li key={b.kode} className={styles.bagianItem}>
            <div className={styles.bagianText}>
              <Body1 id={`format-bagian-${b.kode}`}>{b.nama || b.kode}</Body1>
              <Caption1 className={view.muted}>
                Kode {b.kode} ·{' '}
                {b.indicators === 0 ? 'tidak ada indikator PK' : `${formatNumber(b.indicators)} indikator PK`}
              </Caption1>
            </div>
            <Button
              size="small"
              disabled={task.busy || b.indicators === 0}
              onClick={() => void make(b)}
              aria-describedby={`format-bagian-${b.kode}`}
            >
              {label}
            </Button>
          </li>
        ))}
      </ul>
      {withIndicators.length > 1 && (
        <div className={view.actions}>
          <Button disabled={task.busy} onClick={() => void makeAll()}>
            {excel ? 'Buka semua format' : 'Unduh semua format'} ({formatNumber(withIndicators.length)})
          </Button>
        </div>
      )}
      <TaskStatus state={task.state} onDismiss={task.reset} />
    </>
  );
}

/** `C7 (IK-05 · Realisasi TW IV): 79 → 79,5`: a replaced tracker value, old → new. */
export function changeLine(c: CellChange): string {
  const after = isFormulaValue(c.after) || isLinkValue(c.after) ? null : c.after;
  return `${c.cell} (${c.kodeIndikator} · ${c.column}): ${formatRawForMessage(c.before)} → ${formatRawForMessage(after)}`;
}

/** A source that was read but had nothing filled in is not a success: no green badge. */
function badgeOf(s: SourceReport): {
  readonly text: string;
  readonly color: 'success' | 'warning' | 'danger';
} {
  if (s.status === 'skipped') return { text: 'dilewati', color: 'danger' };
  if (s.merged === 0)
    return { text: s.rows > 0 && s.empty === s.rows ? 'belum diisi' : 'tidak digabung', color: 'warning' };
  return { text: s.bagian ?? 'dibaca', color: 'success' };
}

export function KonsolidasiView({
  onNavigate,
  read = readSources,
  now = () => new Date(),
}: KonsolidasiProps) {
  const styles = useStyles();
  const view = useViewStyles();
  const { port, snapshot, readError, reload, apply } = useWorkbook();
  // The bagian list only (no plan, no check) until the user asks for a format.
  const listed = useMemo(
    () => (snapshot === null ? null : makeFormats(snapshot, { made: '', into: 'files', listOnly: true })),
    [snapshot],
  );
  const bagian = listed?.bagian ?? [];
  const input = useRef<HTMLInputElement>(null);
  const importTask = useTask();
  const applyTask = useTask();
  const [files, setFiles] = useState<readonly PickedFile[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);

  if (snapshot === null) {
    if (readError !== null)
      return <ReadFailed message={readError} onRetry={() => void reload().catch(() => undefined)} />;
    return <Reading />;
  }
  if (listed === null || listed.workbook.kind === 'none')
    return <NoTracker onNavigate={onNavigate} what="bagian untuk dikonsolidasikan" />;

  const check = (picked: readonly PickedFile[]) =>
    importTask.run(`Membaca ${picked.length} file…`, async () => {
      setPreview(null);
      applyTask.reset();
      const sources = await read(picked);
      const { result } = consolidateFormats(await reload(), sources, { importedAt: localIsoDateTime(now()) });
      setPreview({ result, applied: false, step3Applied: false });
      if (result.trackerError !== null)
        throw new LakipError('usage', describeTrackerProblem(result.trackerError));
      return result.plan.ops.length === 0
        ? 'File sudah dibaca: tidak ada yang perlu diubah di Data Kinerja.'
        : 'File sudah dibaca. Periksa hasil per file di bawah, lalu tekan Gabungkan ke Data Kinerja.';
    });

  const merge = (result: ConsolidationResult) =>
    applyTask.run('Menggabungkan ke Data Kinerja…', async () => {
      const skipped = await apply(result.plan);
      setPreview({ result, applied: true, step3Applied: false });
      const saved = port.kind === 'browser' ? ' Klik Unduh di atas untuk menyimpan file hasilnya.' : '';
      return {
        message: `${result.summary}${saved}`,
        notes: skipped,
      };
    });

  const markStep3 = (result: ConsolidationResult) =>
    applyTask.run('Menandai langkah 3 SOP…', async () => {
      if (result.sopStep3Plan === undefined) return '';
      await apply(result.sopStep3Plan);
      setPreview({ result, applied: true, step3Applied: true });
      return 'Langkah 3 SOP ditandai Selesai.';
    });

  const text = preview === null ? null : describeConsolidation(preview.result);
  return (
    <div className={view.view}>
      <section className={view.section} aria-labelledby="konsolidasi-format">
        <Subtitle2 as="h2" id="konsolidasi-format">
          1. Format per bagian
        </Subtitle2>
        <Body1 className={view.wrapText}>
          Setiap bagian menerima format Data Kinerja berisi indikator PK yang menjadi tanggung jawabnya (SOP
          langkah 2).
        </Body1>
        <FormatList bagian={bagian} />
      </section>

      <section className={view.section} aria-labelledby="konsolidasi-impor">
        <Subtitle2 as="h2" id="konsolidasi-impor">
          2. Impor format yang sudah diisi
        </Subtitle2>
        <Body1 className={view.wrapText}>
          Pilih file .xlsx yang dikirim kembali oleh bagian (SOP langkah 3). Mengimpor ulang bagian yang sama
          mengganti isinya, tidak menggandakan barisnya.
        </Body1>
        <XlsxFileInput
          inputRef={input}
          name="format-bagian"
          label="Pilih file format bagian"
          testId="format-files-input"
          multiple
          onFiles={(files) => {
            const picked = files.map(pickedFile);
            setFiles(picked);
            void check(picked);
          }}
        />
        <div className={view.actions}>
          <Button
            appearance={preview === null ? 'primary' : 'secondary'}
            disabled={importTask.busy || applyTask.busy}
            onClick={() => input.current?.click()}
          >
            Pilih file…
          </Button>
          {files.length > 0 && (
            <Button disabled={importTask.busy || applyTask.busy} onClick={() => void check(files)}>
              Baca ulang
            </Button>
          )}
        </div>
        <TaskStatus state={importTask.state} />

        {preview !== null && text !== null && preview.result.trackerError === null && (
          <>
            <ul className={view.list} aria-label="Hasil per file">
              {preview.result.perSource.map((s, i) => (
                <li key={`${s.name}-${i}`} className={styles.bagianItem}>
                  <div className={styles.bagianText}>
                    <Body1>{s.name}</Body1>
                    <Caption1 className={mergeClasses(view.muted, view.wrapText)}>{sourceDetail(s)}</Caption1>
                  </div>
                  <Badge appearance="tint" color={badgeOf(s).color}>
                    {badgeOf(s).text}
                  </Badge>
                </li>
              ))}
            </ul>
            {preview.result.changes.length > 0 && (
              <section className={view.section} aria-labelledby="konsolidasi-diganti">
                <Body1 id="konsolidasi-diganti" className={view.wrapText}>
                  {preview.applied
                    ? `${formatNumber(preview.result.changes.length)} nilai di Data Kinerja diganti (lama → baru):`
                    : `${formatNumber(preview.result.changes.length)} nilai di Data Kinerja akan diganti (lama → baru):`}
                </Body1>
                <ul className={view.notes} aria-label="Nilai yang diganti" data-testid="konsolidasi-changes">
                  {preview.result.changes.map((c) => (
                    <li key={c.cell} className={view.wrapText}>
                      <Caption1>{changeLine(c)}</Caption1>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {text.conflicts.length > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody className={view.wrapText}>
                  {formatNumber(text.conflicts.length)} sel bentrok (tidak diubah):
                  <ul className={view.notes}>
                    {text.conflicts.slice(0, 20).map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            {text.findings.length > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody className={view.wrapText}>
                  {formatNumber(text.findings.length)} temuan:
                  <ul className={view.notes}>
                    {text.findings.slice(0, 20).map((f, i) => (
                      <li key={i}>{f}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            {text.status.map((s) => (
              <Body1 key={s} className={view.wrapText}>
                {s}
              </Body1>
            ))}
            <div className={view.actions}>
              {!preview.applied && preview.result.plan.ops.length > 0 && (
                <Button
                  appearance="primary"
                  disabled={applyTask.busy}
                  onClick={() => void merge(preview.result)}
                >
                  Gabungkan ke Data Kinerja
                </Button>
              )}
              {preview.applied && preview.result.sopStep3Plan !== undefined && !preview.step3Applied && (
                <Button
                  appearance="primary"
                  disabled={applyTask.busy}
                  onClick={() => void markStep3(preview.result)}
                >
                  Tandai langkah 3 SOP Selesai
                </Button>
              )}
            </div>
            <TaskStatus state={applyTask.state} />
          </>
        )}
      </section>
    </div>
  );
}
