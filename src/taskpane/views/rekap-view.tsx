/**
 * Rekap: many kecamatan trackers into one summary, as `lakip rekap` does. The user picks the
 * trackers; each is read (the lazy xlsx chunk), reduced to its small facts and dropped before the
 * next, the core builds the rekap, and the view shows the result per file and a chart of one
 * indicator's capaian across the units. The summary workbook opens as a new workbook inside
 * Excel, or downloads in a browser. The workbook open in the pane is not touched.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Select,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { LakipError } from '../../core/errors';
import { formatNumber } from '../../core/format/indonesian';
import { KATEGORI, kategoriShade } from '../../core/lakip/arithmetic';
import {
  buildRekap,
  rekapFileName,
  rekapPlan,
  summariseTracker,
  unitLine,
  unreadableTracker,
  type Rekap,
  type TrackerFacts,
} from '../../core/operations/rekap';
import { pickedFile, type PickedFile } from '../source-files';
import { useTask } from '../use-task';
import { useWorkbook } from '../workbook-context';
import { loadXlsxEngine, type XlsxEngine } from '../xlsx-engine';
import { CapaianChart, type CapaianBar } from './capaian-chart';
import { TaskStatus, useViewStyles, XlsxFileInput } from './ui';
import type { ViewProps } from './view-id';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  itemText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
});

/** Each picked file read and reduced to its facts, one at a time (its snapshot dropped before the next). */
export async function readRekapFacts(
  files: readonly PickedFile[],
  engine: () => Promise<XlsxEngine> = loadXlsxEngine,
): Promise<TrackerFacts[]> {
  const xlsx = await engine();
  const out: TrackerFacts[] = [];
  for (const f of files) {
    try {
      out.push(summariseTracker(await xlsx.readFile(await f.read(), f.name), f.name));
    } catch (error) {
      out.push(unreadableTracker(f.name, error));
    }
  }
  return out;
}

/** A unit's kategori bands, best first (the five of Pengaturan when its facts do not say). */
function unitBands(u: Rekap['units'][number]): { readonly kategori: string }[] {
  const labels: readonly string[] = u.kategoriBands ?? KATEGORI;
  return labels.map((kategori) => ({ kategori }));
}

/** One bar per unit for the indicator at `index`: its capaian and kategori there (coloured by `unitLegend`). */
export function unitBars(rekap: Rekap, index: number): CapaianBar[] {
  const ind = rekap.indicators[index];
  if (ind === undefined) return [];
  return rekap.units.map((u, i) => ({
    kode: u.unit,
    indikator: ind.matchedBy[i] === null ? `${u.unit} (tidak memiliki indikator ini)` : u.unit,
    capaian: ind.capaian[i] ?? null,
    kategori: ind.kategori[i] ?? null,
  }));
}

/**
 * The chart's legend and colours: every unit's bands, best first, each label once, shaded by its
 * rank among the bands of the first unit that has it.
 */
export function unitLegend(rekap: Rekap): { kategori: string; shade: number | undefined }[] {
  const seen = new Map<string, number | undefined>();
  for (const u of rekap.units) {
    const bands = unitBands(u);
    for (const b of bands) if (!seen.has(b.kategori)) seen.set(b.kategori, kategoriShade(b.kategori, bands));
  }
  return [...seen].map(([kategori, shade]) => ({ kategori, shade }));
}

export interface RekapProps extends ViewProps {
  /** How picked files become facts (default: the lazy exceljs chunk); tests pass a fake. */
  readonly read?: (files: readonly PickedFile[]) => Promise<TrackerFacts[]>;
}

export function RekapView({ read = readRekapFacts }: RekapProps) {
  const styles = useStyles();
  const view = useViewStyles();
  const { port } = useWorkbook();
  const input = useRef<HTMLInputElement>(null);
  const readTask = useTask();
  const saveTask = useTask();
  const [rekap, setRekap] = useState<Rekap | null>(null);
  const [facts, setFacts] = useState<readonly TrackerFacts[]>([]);
  const [selected, setSelected] = useState(0);
  const selectId = useId();
  const excel = port.kind === 'excel';

  const check = (picked: readonly PickedFile[]) =>
    readTask.run(`Membaca ${formatNumber(picked.length)} tracker…`, async () => {
      setRekap(null);
      saveTask.reset();
      const all = await read(picked);
      const next = buildRekap(all);
      setFacts(all);
      setSelected(0);
      if (next.units.length === 0) {
        throw new LakipError(
          'usage',
          'Tidak ada tracker yang dapat direkap; alasannya ada di bawah per file.',
        );
      }
      setRekap(next);
      return {
        message: `${formatNumber(next.units.length)} unit kerja direkap, Tahun Laporan ${next.tahun ?? ''}${
          next.skipped.length > 0 ? `; ${formatNumber(next.skipped.length)} file dilewati` : ''
        }.`,
        intent: next.skipped.length > 0 ? 'warning' : 'success',
      };
    });

  const save = (r: Rekap) =>
    saveTask.run('Menyiapkan workbook rekap…', async () => {
      const name = rekapFileName(r);
      await port.exportWorkbook(rekapPlan(r), name);
      return excel
        ? `Rekap dibuka di buku kerja baru (${r.tables.map((t) => t.sheetName).join(', ')}). Simpan sebagai ${name}.`
        : `File "${name}" diunduh (${r.tables.map((t) => t.sheetName).join(', ')}).`;
    });

  // Per file, in the order picked: the unit it gave, or why it was skipped.
  const skippedByFile = new Map((rekap?.skipped ?? buildRekap(facts).skipped).map((s) => [s.file, s.reason]));
  const unitByFile = new Map((rekap?.units ?? []).map((u) => [u.file, u]));
  const fileNames = facts.map((f) => (f.kind === 'unit' ? f.facts.file : f.skip.file));
  const indicator = rekap?.indicators[selected];

  return (
    <div className={view.view}>
      <section className={view.section} aria-labelledby="rekap-judul">
        <Subtitle2 as="h2" id="rekap-judul">
          Rekap tracker kecamatan
        </Subtitle2>
        <Body1 className={view.wrapText}>
          Pilih tracker semua kecamatan (satu Tahun Laporan). Capaian setiap indikator, anggaran, SOP, dokumen
          dan hasil pemeriksaan dirangkum dalam satu workbook untuk kabupaten/kota. Tracker tidak diubah.
        </Body1>
        <XlsxFileInput
          inputRef={input}
          name="tracker-kecamatan"
          label="Pilih tracker kecamatan"
          testId="rekap-files-input"
          multiple
          onFiles={(files) => void check(files.map(pickedFile))}
        />
        <div className={view.actions}>
          <Button
            appearance={rekap === null ? 'primary' : 'secondary'}
            disabled={readTask.busy || saveTask.busy}
            onClick={() => input.current?.click()}
          >
            Pilih tracker…
          </Button>
        </div>
        <TaskStatus state={readTask.state} />
      </section>

      {fileNames.length > 0 && readTask.state.kind !== 'working' && (
        <section className={view.section} aria-labelledby="rekap-per-file">
          <Subtitle2 as="h3" id="rekap-per-file">
            Hasil per file
          </Subtitle2>
          <ul className={view.list} aria-label="Hasil rekap per file">
            {fileNames.map((name, i) => {
              const unit = unitByFile.get(name);
              const reason = skippedByFile.get(name);
              return (
                <li key={`${name}-${i}`} className={styles.item}>
                  <div className={styles.itemText}>
                    <Body1>{name}</Body1>
                    <Caption1 className={mergeClasses(view.muted, view.wrapText)}>
                      {unit !== undefined ? unitLine(unit) : (reason ?? '')}
                    </Caption1>
                  </div>
                  <Badge appearance="tint" color={unit !== undefined ? 'success' : 'danger'}>
                    {unit !== undefined ? 'direkap' : 'dilewati'}
                  </Badge>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {rekap !== null && readTask.state.kind !== 'working' && (
        <>
          <section className={view.section} aria-labelledby="rekap-grafik">
            <Subtitle2 as="h3" id="rekap-grafik">
              Capaian per unit kerja
            </Subtitle2>
            <Field label="Indikator" id={selectId}>
              <Select
                value={String(selected)}
                onChange={(_, d) => setSelected(Number(d.value))}
                data-testid="rekap-indikator"
              >
                {rekap.indicators.map((ind, i) => (
                  <option key={i} value={String(i)}>
                    {ind.kode !== '' ? `${ind.kode} — ${ind.indikator}` : ind.indikator}
                  </option>
                ))}
              </Select>
            </Field>
            {indicator !== undefined && (
              <>
                <CapaianChart
                  bars={unitBars(rekap, selected)}
                  legend={unitLegend(rekap)}
                  rowLabel="Unit kerja"
                  summary={`Grafik capaian indikator ${indicator.indikator} di ${rekap.units.length} unit kerja.`}
                />
                <Caption1 className={view.wrapText} data-testid="rekap-kalimat">
                  {rekap.sentences[selected]}
                </Caption1>
              </>
            )}
          </section>
          <div className={view.actions}>
            <Button appearance="primary" disabled={saveTask.busy} onClick={() => void save(rekap)}>
              {excel ? 'Buka rekap di buku kerja baru' : 'Unduh workbook rekap'}
            </Button>
          </div>
          <TaskStatus state={saveTask.state} onDismiss={saveTask.reset} />
        </>
      )}
    </div>
  );
}
