/**
 * Impor (issue #12): bring the data of a workbook in the office's own layout into the tracker.
 * The user picks a file (browser mode) or a sheet of the open workbook (inside Excel); the
 * import operation finds the tables, proposes a tracker sheet and a field per column, and
 * gives the preview with its plan. This view only shows that result, turns the user's
 * corrections into the operation's mapping, and applies the plan through the port (the plan
 * also remembers the mapping in the hidden sheet Peta Impor).
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Label,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { LakipError } from '../../core/errors';
import { formatNumber, formatRawForMessage } from '../../core/format/indonesian';
import {
  canImportInto,
  importTargetChoices,
  planImport,
  type ImportOptions,
  type ImportPreview,
  type OpenDecision,
  type QuarterMode,
  type TablePreview,
} from '../../core/operations/import';
import type { ColumnProposal, TableCorrection } from '../../core/import/mapping';
import { SCHEMAS } from '../../core/schema/registry';
import type { SheetId } from '../../core/schema/types';
import type { CellValue, WorkbookSnapshot } from '../../core/snapshot';
import { pickedFile, readSources, type PickedFile } from '../source-files';
import { useTask } from '../use-task';
import { useWorkbook } from '../workbook-context';
import { NoTracker, ReadFailed, Reading, TaskStatus, useViewStyles, XlsxFileInput } from './ui';
import type { ViewProps } from './view-id';

const useStyles = makeStyles({
  table: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  /** The source table's first rows, the header rows highlighted; scrolls sideways when wide. */
  sourceGrid: {
    overflowX: 'auto',
    maxWidth: '100%',
  },
  grid: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
  },
  gridCell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `1px ${tokens.spacingHorizontalXS}`,
    maxWidth: '120px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    verticalAlign: 'top',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
  },
  headerCell: {
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  rowNumber: {
    color: tokens.colorNeutralForeground3,
    textAlign: 'right',
  },
  /** The source column (label, confidence, evidence) on the left, its field on the right. */
  column: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 156px)',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  badge: {
    alignSelf: 'flex-start',
  },
  columnText: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
  },
  select: {
    minWidth: 0,
  },
});

export interface ImporProps extends ViewProps {
  /** How a picked file is read (default: the lazy exceljs chunk); tests pass a fake. */
  readonly read?: typeof readSources;
}

interface Source {
  readonly name: string;
  readonly snapshot: WorkbookSnapshot;
  /** Inside Excel: the sheet of the open workbook to import from. */
  readonly sheet?: string;
}

/** The tracker's own sheets (and the memory sheet): not offered as a source inside Excel. */
const TRACKER_SHEETS = new Set(
  [...Object.values(SCHEMAS).map((s) => s.name), 'Peta Impor'].map((n) => n.toLowerCase()),
);
const TARGETS = importTargetChoices();

function tableKey(t: TablePreview): string {
  return `${t.proposal.table.sheet}|${t.proposal.table.headerRows[0]}`;
}

function percent(confidence: number): string {
  return `${formatNumber(confidence * 100, 0)}%`;
}

function rows(from: readonly number[]): string {
  return from.length === 1 ? `Baris ${from[0] ?? 0}` : `Baris ${from.join(', ')}`;
}

/** What the column's cells hold, as evidence for its field. */
function evidenceText(p: ColumnProposal): string {
  const e = p.evidence;
  const parts = [`${formatNumber(e.numbers)} angka`, `${formatNumber(e.texts)} teks`];
  if (e.codes > 0) parts.push(`${formatNumber(e.codes)} berkode`);
  if (e.blanks > 0) parts.push(`${formatNumber(e.blanks)} "-"/n/a`);
  if (e.empty > 0) parts.push(`${formatNumber(e.empty)} kosong`);
  return parts.join(', ');
}

function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  return formatRawForMessage(v);
}

/** The header rows (highlighted) and the first data rows of the table as the source has them. */
function SourceGrid({ t, source }: { readonly t: TablePreview; readonly source: WorkbookSnapshot }) {
  const styles = useStyles();
  const table = t.proposal.table;
  const sheet = source.sheets.find((s) => s.name === table.sheet);
  if (sheet === undefined) return null;
  const [first, last] = table.headerRows;
  const shownRows: number[] = [];
  for (let r = first; r <= last; r++) shownRows.push(r);
  shownRows.push(...table.dataRows.slice(0, 3));
  return (
    <div className={styles.sourceGrid} data-testid="impor-source-grid">
      <table className={styles.grid} aria-label={`Tabel sumber ${table.sheet}!${table.range}`}>
        <tbody>
          {shownRows.map((r) => {
            const header = r >= first && r <= last;
            return (
              <tr key={r} data-header={header ? 'ya' : undefined}>
                <td className={mergeClasses(styles.gridCell, styles.rowNumber)}>{r}</td>
                {table.columns.map((c) => {
                  const text = cellText(sheet.rows[r - 1]?.[c.col]);
                  return header ? (
                    <th
                      key={c.col}
                      scope="col"
                      className={mergeClasses(styles.gridCell, styles.headerCell)}
                      title={text}
                    >
                      {text}
                    </th>
                  ) : (
                    <td key={c.col} className={styles.gridCell} title={text}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Why the preview used what it used: the evidence, and the inference when the user chose otherwise. */
function decisionBasis(d: OpenDecision): string {
  const inferred =
    d.inferred === null
      ? 'angka sumber tidak menunjukkannya; '
      : d.chosen.startsWith(d.inferred)
        ? ''
        : `dugaan dari angka: ${d.inferred}; `;
  return `Dasar: ${inferred}${d.evidence}.`;
}

function TableCard({
  t,
  index,
  source,
  onTarget,
  onColumn,
  onMode,
  disabled,
}: {
  readonly t: TablePreview;
  readonly index: number;
  readonly source: WorkbookSnapshot;
  readonly onTarget: (target: SheetId | null) => void;
  readonly onColumn: (letter: string, field: string | null) => void;
  readonly onMode: (mode: QuarterMode) => void;
  readonly disabled: boolean;
}) {
  const styles = useStyles();
  const view = useViewStyles();
  const { table, target } = t.proposal;
  const [first, last] = table.headerRows;
  const id = `impor-tabel-${index + 1}`;
  const choice = TARGETS.find((c) => c.target === target);
  const same = t.rows.filter((r) => r.action === 'skip' && r.reason === 'row/same').length;
  const adds = t.rows.filter((r) => r.action === 'add');
  const changes = t.rows.filter((r) => r.action === 'change');
  const skips = t.rows.filter((r) => r.action === 'skip' && r.reason !== 'row/same');
  return (
    <section className={styles.table} aria-labelledby={id} data-testid="impor-tabel">
      <Subtitle2 as="h3" id={id} className={view.wrapText}>
        Tabel {formatNumber(index + 1)}: {table.sheet}!{table.range}
      </Subtitle2>
      <Caption1 className={mergeClasses(view.muted, view.wrapText)}>
        {first === last ? `Judul kolom di baris ${first}` : `Judul kolom di baris ${first}–${last}`}
        {table.numberingRow === null ? '' : `, baris nomor kolom ${table.numberingRow} dilewati`}
        {`, ${formatNumber(table.dataRows.length)} baris data.`}
      </Caption1>
      {t.remembered && (
        <Badge appearance="tint" color="brand" className={styles.badge}>
          pemetaan diingat dari impor sebelumnya
        </Badge>
      )}
      <SourceGrid t={t} source={source} />
      <Field label="Sheet tujuan di tracker">
        <Select
          className={styles.select}
          value={target ?? ''}
          disabled={disabled}
          onChange={(_e, d) => onTarget(d.value === '' ? null : (d.value as SheetId))}
        >
          <option value="">— tidak diimpor —</option>
          {TARGETS.map((c) => (
            <option key={c.target} value={c.target}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>

      {choice === undefined ? (
        <Caption1 className={view.wrapText}>
          Tabel ini belum punya sheet tujuan: pilih sheet tracker yang datanya sesuai, atau biarkan tidak
          diimpor.
        </Caption1>
      ) : (
        <ul className={view.list} aria-label={`Kolom tabel ${formatNumber(index + 1)}`}>
          {t.proposal.columns.map((p) => {
            const label = p.column.path.join(' / ') || p.column.label;
            const known = p.field === null || choice.fields.some((f) => f.field === p.field);
            return (
              <li key={p.column.letter} className={styles.column} data-testid={`kolom-${p.column.letter}`}>
                <div className={styles.columnText}>
                  <Label
                    htmlFor={`${id}-${p.column.letter}`}
                    size="small"
                    weight="semibold"
                    className={view.wrapText}
                  >
                    {`${p.column.letter} · ${label}`}
                  </Label>
                  <Caption1 className={mergeClasses(view.muted, view.wrapText)}>
                    {p.field === null
                      ? `tidak diimpor${p.note === undefined ? '' : ` (${p.note})`}`
                      : `keyakinan ${percent(p.confidence)}${p.note === undefined ? '' : ` (${p.note})`}`}
                    {` · isi: ${evidenceText(p)}`}
                  </Caption1>
                </div>
                <Select
                  id={`${id}-${p.column.letter}`}
                  size="small"
                  className={styles.select}
                  value={p.field ?? ''}
                  disabled={disabled}
                  onChange={(_e, d) => onColumn(p.column.letter, d.value === '' ? null : d.value)}
                >
                  <option value="">abaikan</option>
                  {!known && p.field !== null && <option value={p.field}>{p.fieldLabel ?? p.field}</option>}
                  {choice.fields.map((f) => (
                    <option key={f.field} value={f.field}>
                      {f.label}
                    </option>
                  ))}
                </Select>
              </li>
            );
          })}
        </ul>
      )}

      {t.decisions.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody className={view.wrapText}>
            <strong>Perlu diputuskan</strong>
            <ul className={view.notes} aria-label={`Keputusan tabel ${formatNumber(index + 1)}`}>
              {t.decisions.map((d) => (
                <li key={d.code}>
                  {d.question} Dipakai: {d.chosen}. {decisionBasis(d)}
                  {d.mode !== undefined && (
                    <Field label="Nilai periode di sumber">
                      <Select
                        className={styles.select}
                        value={d.mode}
                        disabled={disabled}
                        onChange={(_e, v) => onMode(v.value as QuarterMode)}
                      >
                        <option value="kumulatif">kumulatif</option>
                        <option value="per-triwulan">
                          {d.code === 'months/cumulative' ? 'per bulan' : 'per triwulan'}
                        </option>
                      </Select>
                    </Field>
                  )}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {target !== null && (
        <Body1 className={view.wrapText} data-testid="impor-hitungan">
          {formatNumber(t.counts.read)} baris dibaca: {formatNumber(t.counts.add)} ditambahkan,{' '}
          {formatNumber(t.counts.change)} diubah, {formatNumber(t.counts.skip)} dilewati.
        </Body1>
      )}
      {adds.length > 0 && (
        <>
          <Caption1>Ditambahkan ke {t.trackerSheet ?? ''}:</Caption1>
          <ul className={view.notes} aria-label={`Baris ditambahkan tabel ${formatNumber(index + 1)}`}>
            {adds.map((r) => (
              <li key={r.sourceRows.join(',')} className={view.wrapText}>
                <Caption1>
                  {rows(r.sourceRows)} → baris {r.targetRow}
                  {r.key === null ? '' : ` (${r.key})`}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {changes.length > 0 && (
        <>
          <Caption1>Diubah di {t.trackerSheet ?? ''} (lama → baru):</Caption1>
          <ul className={view.notes} aria-label={`Baris diubah tabel ${formatNumber(index + 1)}`}>
            {changes.map((r) => (
              <li key={r.sourceRows.join(',')} className={view.wrapText}>
                <Caption1>
                  {rows(r.sourceRows)} → baris {r.targetRow}
                  {r.key === null ? '' : ` (${r.key})`}:{' '}
                  {r.changes
                    .map((c) => `${c.label} ${formatRawForMessage(c.old)} → ${formatRawForMessage(c.new)}`)
                    .join('; ')}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {skips.length > 0 && (
        <>
          <Caption1>Dilewati:</Caption1>
          <ul className={view.notes} aria-label={`Baris dilewati tabel ${formatNumber(index + 1)}`}>
            {skips.map((r) => (
              <li key={r.sourceRows.join(',')} className={view.wrapText}>
                <Caption1>{r.action === 'skip' ? r.message : ''}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {same > 0 && (
        <Caption1 className={view.muted}>
          {formatNumber(same)} baris sudah sama dengan tracker: tidak ada yang berubah.
        </Caption1>
      )}
      {t.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={view.wrapText}>
            {formatNumber(t.problems.length)} masalah:
            <ul className={view.notes} aria-label={`Masalah tabel ${formatNumber(index + 1)}`}>
              {t.problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** A correction of `t` that keeps what is shown now (also a remembered mapping) and changes `edit`. */
function corrected(
  t: TablePreview,
  before: TableCorrection | undefined,
  edit: Partial<TableCorrection>,
): TableCorrection {
  const table = t.proposal.table;
  const columns: Record<string, string | null> = {};
  if (edit.target === undefined) {
    for (const p of t.proposal.columns) if (p.field !== null) columns[p.column.letter] = p.field;
    Object.assign(columns, before?.columns ?? {});
  }
  const mode = t.decisions.find((d) => d.mode !== undefined)?.mode;
  return {
    sheet: table.sheet,
    headerRow: table.headerRows[0],
    target: edit.target !== undefined ? edit.target : t.proposal.target,
    ...(before?.quarterMode !== undefined
      ? { quarterMode: before.quarterMode }
      : t.remembered && mode !== undefined
        ? { quarterMode: mode }
        : {}),
    ...edit,
    columns: { ...columns, ...(edit.columns ?? {}) },
  };
}

export function ImporView({ onNavigate, read = readSources }: ImporProps) {
  const view = useViewStyles();
  const { port, snapshot, readError, reload, apply } = useWorkbook();
  const input = useRef<HTMLInputElement>(null);
  const readTask = useTask();
  const applyTask = useTask();
  const [source, setSource] = useState<Source | null>(null);
  const [fixes, setFixes] = useState<ReadonlyMap<string, TableCorrection>>(new Map());
  const excel = port.kind === 'excel';

  const preview: ImportPreview | null = useMemo(() => {
    if (source === null || snapshot === null || !canImportInto(snapshot)) return null;
    const options: ImportOptions = {
      sourceName: source.name,
      ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
      ...(fixes.size > 0 ? { mapping: { tables: [...fixes.values()] } } : {}),
    };
    return planImport(source.snapshot, snapshot, options);
  }, [source, snapshot, fixes]);

  if (snapshot === null) {
    if (readError !== null)
      return <ReadFailed message={readError} onRetry={() => void reload().catch(() => undefined)} />;
    return <Reading />;
  }
  if (!canImportInto(snapshot)) return <NoTracker onNavigate={onNavigate} what="sheet tujuan impor" />;

  const sheets = snapshot.sheets.filter((s) => !TRACKER_SHEETS.has(s.name.trim().toLowerCase()));

  const chooseSource = (next: Source | null) => {
    setSource(next);
    setFixes(new Map());
    applyTask.reset();
  };

  const pickFile = (file: PickedFile) =>
    readTask.run(`Membaca ${file.name}…`, async () => {
      chooseSource(null);
      const [read1] = await read([file]);
      if (read1 === undefined) throw new LakipError('usage', `File ${file.name} tidak dapat dibaca.`);
      if (!('snapshot' in read1)) throw new LakipError('usage', read1.unreadable);
      chooseSource({ name: file.name, snapshot: read1.snapshot });
      return '';
    });

  const pickSheet = (name: string) =>
    readTask.run(`Membaca sheet ${name}…`, async () => {
      const now = await reload();
      chooseSource(name === '' ? null : { name: port.fileName, snapshot: now, sheet: name });
      return '';
    });

  const fix = (t: TablePreview, edit: Partial<TableCorrection>) => {
    applyTask.reset();
    setFixes((before) => {
      const next = new Map(before);
      next.set(tableKey(t), corrected(t, before.get(tableKey(t)), edit));
      return next;
    });
  };

  const terapkan = (p: ImportPreview) =>
    applyTask.run('Menerapkan impor…', async () => {
      const skipped = await apply(p.plan);
      const saved = port.kind === 'browser' ? ' Klik Unduh di atas untuk menyimpan file hasilnya.' : '';
      return {
        message: `${p.plan.notes[0] ?? 'Impor diterapkan.'}${saved}`,
        notes: [...p.plan.notes.slice(1), ...skipped],
      };
    });

  const tables = preview?.tables ?? [];
  const nothing = preview !== null && tables.length === 0;
  const hasTarget = tables.some((t) => t.proposal.target !== null);
  const writes = preview?.plan.ops.length ?? 0;
  return (
    <div className={view.view}>
      <section className={view.section} aria-labelledby="impor-sumber">
        <Subtitle2 as="h2" id="impor-sumber">
          1. Sumber data
        </Subtitle2>
        <Body1 className={view.wrapText}>
          {excel
            ? 'Pilih sheet buku kerja ini yang berisi data kinerja dalam tata letak kantor Anda sendiri (mis. form evaluasi Renja, templat e-SAKIP). Sheet sumber hanya dibaca.'
            : 'Pilih file .xlsx yang berisi data kinerja dalam tata letak kantor Anda sendiri (mis. form evaluasi Renja, templat e-SAKIP, rencana aksi bulanan). File itu hanya dibaca.'}
        </Body1>
        {excel ? (
          <Field label="Sheet sumber">
            <Select
              value={source?.sheet ?? ''}
              disabled={readTask.busy || applyTask.busy}
              onChange={(_e, d) => void pickSheet(d.value)}
            >
              <option value="">— pilih sheet —</option>
              {sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <>
            <XlsxFileInput
              inputRef={input}
              name="sumber-impor"
              label="Pilih file sumber impor"
              testId="impor-file-input"
              onFiles={(files) => {
                const f = files[0];
                if (f !== undefined) void pickFile(pickedFile(f));
              }}
            />
            <div className={view.actions}>
              <Button
                appearance={source === null ? 'primary' : 'secondary'}
                disabled={readTask.busy || applyTask.busy}
                onClick={() => input.current?.click()}
              >
                {source === null ? 'Pilih file…' : 'Pilih file lain…'}
              </Button>
            </div>
            {source !== null && (
              <Caption1 className={view.wrapText} data-testid="impor-file">
                Sumber: {source.name}
              </Caption1>
            )}
          </>
        )}
        {readTask.state.kind !== 'done' && <TaskStatus state={readTask.state} />}
      </section>

      {preview !== null && source !== null && (
        <section className={view.section} aria-labelledby="impor-pratinjau">
          <Subtitle2 as="h2" id="impor-pratinjau">
            2. Cara membaca dan pratinjau
          </Subtitle2>
          {nothing ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody className={view.wrapText}>
                Tidak ada tabel yang dikenali di {source.sheet ?? source.name}: tidak ditemukan baris judul
                kolom (mis. &quot;Indikator Kinerja&quot;, &quot;Target&quot;, &quot;Realisasi&quot;). Periksa
                sheetnya, atau pilih sumber lain.
              </MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <Body1 className={view.wrapText}>
                Periksa sheet tujuan dan kolom setiap tabel; koreksi yang salah, pratinjau langsung
                diperbarui. Tidak ada yang diubah sebelum Anda menekan Terapkan.
              </Body1>
              {tables.map((t, i) => (
                <TableCard
                  key={tableKey(t)}
                  t={t}
                  index={i}
                  source={source.snapshot}
                  disabled={applyTask.busy}
                  onTarget={(target) => fix(t, { target })}
                  onColumn={(letter, field) => fix(t, { columns: { [letter]: field } })}
                  onMode={(quarterMode) => fix(t, { quarterMode })}
                />
              ))}
              <section className={view.section} aria-labelledby="impor-terapkan">
                <Subtitle2 as="h2" id="impor-terapkan">
                  3. Terapkan
                </Subtitle2>
                <Body1 className={view.wrapText} data-testid="impor-ringkasan">
                  {!hasTarget
                    ? 'Belum ada tabel dengan sheet tujuan: pilih sheet tujuan di atas.'
                    : writes === 0
                      ? 'Tidak ada yang perlu diubah di tracker: semua baris sudah sama.'
                      : `${preview.plan.notes[0] ?? ''} Hanya sheet tracker yang ditulis; pemetaan kolom diingat untuk impor berikutnya.`}
                </Body1>
                {writes > 0 && (
                  <div className={view.actions}>
                    <Button
                      appearance="primary"
                      disabled={applyTask.busy || readTask.busy}
                      onClick={() => void terapkan(preview)}
                    >
                      Terapkan
                    </Button>
                  </div>
                )}
                <TaskStatus state={applyTask.state} />
              </section>
            </>
          )}
        </section>
      )}
    </div>
  );
}
