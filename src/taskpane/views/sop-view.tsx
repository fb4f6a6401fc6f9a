/** SOP: the 13 steps by actor with their standard time; mark a step Proses/Selesai with date and evidence. */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatDateLong, formatDateShort, formatNumber } from '../../core/format/indonesian';
import { parseDateText } from '../../core/parse/cell';
import { STATUS_SOP, type StatusSop } from '../../core/schema/choices';
import { markSopStep, sopSteps } from '../../core/operations/sop';
import type { SopStepState } from '../../core/sop/sop-steps';
import { useTask } from '../use-task';
import { useWorkbook } from '../workbook-context';
import { NoTracker, ReadFailed, Reading, TaskStatus, useViewStyles } from './ui';
import type { ViewProps } from './view-id';

const useStyles = makeStyles({
  step: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  no: {
    minWidth: '24px',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

const STATUS_COLOR: Record<StatusSop, 'informative' | 'warning' | 'success'> = {
  Belum: 'informative',
  Proses: 'warning',
  Selesai: 'success',
};

/**
 * A date field the Indonesian way: typed and shown day first (`16/02/2018`, also `16-2-18` or
 * `16 Feb 2018`), read by the core's own parser. Not the browser's date input, whose format
 * follows the system's locale (month first on an English Windows).
 */
export interface DateText {
  readonly text: string;
  /** The ISO date, '' when empty, null when the text is not a date. */
  readonly iso: string | null;
}

export function dateText(text: string): DateText {
  return { text, iso: text.trim() === '' ? '' : parseDateText(text) };
}

function DateField({
  label,
  value,
  onChange,
}: {
  readonly label: string;
  readonly value: DateText;
  readonly onChange: (next: DateText) => void;
}) {
  const invalid = value.iso === null;
  return (
    <Field
      label={label}
      {...(invalid
        ? {
            validationState: 'error' as const,
            validationMessage: `"${value.text.trim()}" bukan tanggal. Tulis hari/bulan/tahun, mis. 16/02/2018.`,
          }
        : {
            hint:
              value.iso === ''
                ? 'Belum diisi. Tulis hari/bulan/tahun, mis. 16/02/2018.'
                : formatDateLong(value.iso),
          })}
    >
      <Input
        value={value.text}
        placeholder="hh/bb/tttt"
        inputMode="numeric"
        autoComplete="off"
        onChange={(_e, d) => onChange(dateText(d.value))}
      />
    </Field>
  );
}

/** What the form warns about before saving (the SOP's rules), as sentences. */
export function formWarnings(
  status: StatusSop,
  mulai: string,
  selesai: string,
  soft: string,
  hard: boolean,
): string[] {
  const out: string[] = [];
  if (status === 'Selesai' && (soft.trim() === '' || !hard)) {
    const lacking =
      soft.trim() === '' && !hard
        ? 'bukti soft copy dan hard copy'
        : soft.trim() === ''
          ? 'bukti soft copy'
          : 'bukti hard copy';
    out.push(
      `Langkah Selesai wajib punya bukti soft copy DAN hard copy (SOP: setiap tahap terdokumentasi dalam soft copy maupun hard copy); ${lacking} belum diisi.`,
    );
  }
  if (status === 'Selesai' && selesai === '') out.push('Isi Tanggal Selesai untuk langkah yang Selesai.');
  if (mulai !== '' && selesai !== '' && selesai < mulai)
    out.push('Tanggal Selesai lebih awal dari Tanggal Mulai.');
  return out;
}

function StepForm({
  step,
  onCancel,
  onSaved,
}: {
  readonly step: SopStepState;
  readonly onCancel: () => void;
  readonly onSaved: (message: string) => void;
}) {
  const styles = useStyles();
  const view = useViewStyles();
  const { reload, apply } = useWorkbook();
  const task = useTask();
  const [status, setStatus] = useState<StatusSop>(step.status === 'Belum' ? 'Proses' : step.status);
  const [mulaiText, setMulai] = useState(() => dateText(formatDateShort(step.tanggalMulai ?? '')));
  const [selesaiText, setSelesai] = useState(() => dateText(formatDateShort(step.tanggalSelesai ?? '')));
  const mulai = mulaiText.iso ?? '';
  const selesai = selesaiText.iso ?? '';
  const datesValid = mulaiText.iso !== null && selesaiText.iso !== null;
  const [soft, setSoft] = useState(step.buktiSoft);
  const [hard, setHard] = useState(step.buktiHard === true);
  const statusId = `sop-form-${step.no}-status`;
  useEffect(() => document.getElementById(statusId)?.focus(), [statusId]);
  const warnings = formWarnings(status, mulai, selesai, soft, hard);

  const save = () =>
    task.run('Menyimpan ke sheet SOP…', async () => {
      const marked = markSopStep(await reload(), step.no, {
        status,
        tanggalMulai: mulai,
        tanggalSelesai: selesai,
        buktiSoft: soft,
        buktiHard: hard,
      });
      await apply(marked.plan);
      onSaved(marked.message);
      return marked.message;
    });

  return (
    <form
      className={styles.form}
      aria-label={`Ubah langkah ${step.no}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (datesValid) void save();
      }}
    >
      <Field label="Status">
        <Select id={statusId} value={status} onChange={(_e, d) => setStatus(d.value as StatusSop)}>
          {STATUS_SOP.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <DateField label="Tanggal Mulai" value={mulaiText} onChange={setMulai} />
      <DateField label="Tanggal Selesai" value={selesaiText} onChange={setSelesai} />
      <Field label="Bukti soft copy" hint="Lokasi file atau tautan, mis. \\server\lakip\nota-dinas.pdf">
        <Input value={soft} onChange={(_e, d) => setSoft(d.value)} />
      </Field>
      <Checkbox
        checked={hard}
        onChange={(_e, d) => setHard(d.checked === true)}
        label="Bukti hard copy sudah diarsipkan"
      />
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={view.wrapText} data-testid="sop-form-warning">
            {warnings.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={view.actions}>
        <Button appearance="primary" type="submit" disabled={task.busy || !datesValid}>
          Simpan
        </Button>
        <Button onClick={onCancel} disabled={task.busy}>
          Batal
        </Button>
      </div>
      <TaskStatus state={task.state} />
    </form>
  );
}

function StepItem({
  step,
  editing,
  onEdit,
  onCancel,
  onSaved,
}: {
  readonly step: SopStepState;
  readonly editing: boolean;
  readonly onEdit: () => void;
  readonly onCancel: () => void;
  readonly onSaved: (message: string) => void;
}) {
  const styles = useStyles();
  const view = useViewStyles();
  const actors = step.actors.filter((a) => a.marked).map((a) => a.label);
  // When the form closes (saved or cancelled), the keyboard goes back to this step's Ubah button.
  const editId = `sop-edit-${step.excelRow}`;
  const wasEditing = useRef(editing);
  useEffect(() => {
    if (wasEditing.current && !editing) document.getElementById(editId)?.focus();
    wasEditing.current = editing;
  }, [editing, editId]);
  const dates = [step.tanggalMulai, step.tanggalSelesai]
    .filter((d): d is string => d !== null)
    .map(formatDateShort);
  return (
    <li className={styles.step} aria-label={`Langkah ${step.no}`}>
      <div className={styles.head}>
        <span className={styles.no}>{step.no}.</span>
        <Body1 className={view.wrapText}>{step.aktivitas}</Body1>
      </div>
      <div className={styles.meta}>
        <Badge appearance="filled" color={STATUS_COLOR[step.status]}>
          {step.status}
        </Badge>
        {actors.length === 0 ? (
          <Badge appearance="outline" color="danger">
            tanpa pelaksana
          </Badge>
        ) : (
          actors.map((a) => (
            <Badge key={a} appearance="tint" color="brand" aria-label={`Pelaksana: ${a}`}>
              {a}
            </Badge>
          ))
        )}
        <Caption1 className={view.muted}>
          {step.waktu === null ? 'waktu baku kosong' : `${formatNumber(step.waktu)} menit`}
        </Caption1>
      </div>
      {(dates.length > 0 || step.buktiSoft !== '' || step.buktiHard !== null) && (
        <Caption1 className={mergeClasses(view.muted, view.wrapText)}>
          {dates.length > 0 && `${dates.join(' – ')} · `}
          Soft copy: {step.buktiSoft === '' ? 'belum' : step.buktiSoft} · Hard copy:{' '}
          {step.buktiHard === true ? 'ada' : 'belum'}
        </Caption1>
      )}
      {editing ? (
        <StepForm step={step} onCancel={onCancel} onSaved={onSaved} />
      ) : (
        <div className={view.actions}>
          <Button id={editId} size="small" onClick={onEdit} aria-label={`Ubah langkah ${step.no}`}>
            Ubah
          </Button>
        </div>
      )}
    </li>
  );
}

export function SopView({ onNavigate }: ViewProps) {
  const view = useViewStyles();
  const { snapshot, readError, reload } = useWorkbook();
  const steps = useMemo(() => (snapshot === null ? null : sopSteps(snapshot)), [snapshot]);
  const state = steps?.sop ?? null;
  const [editing, setEditing] = useState<number | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (snapshot === null) {
    if (readError !== null)
      return <ReadFailed message={readError} onRetry={() => void reload().catch(() => undefined)} />;
    return <Reading />;
  }
  if (steps === null || steps.workbook.kind === 'none')
    return <NoTracker onNavigate={onNavigate} what="langkah SOP" />;
  if (state === null) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          Sheet SOP belum ada atau baris judul kolomnya tidak ditemukan. Jalankan Siapkan untuk membuatnya;
          isian Anda tidak diubah.
        </MessageBarBody>
      </MessageBar>
    );
  }

  const total = state.steps.length;
  return (
    <div className={view.view}>
      <section className={view.section} aria-labelledby="sop-title">
        <Subtitle2 as="h2" id="sop-title">
          Langkah SOP Pengumpulan Data Kinerja
        </Subtitle2>
        <Field
          label={`${state.done} dari ${total} langkah Selesai · waktu baku ${formatNumber(state.totalMinutes)} menit`}
        >
          <ProgressBar value={total === 0 ? 0 : state.done / total} thickness="large" />
        </Field>
        {state.done < total && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody className={view.wrapText}>{state.peringatan}.</MessageBarBody>
          </MessageBar>
        )}
        {saved !== null && editing === null && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{saved}</MessageBarBody>
          </MessageBar>
        )}
        <Caption1 className={view.muted}>
          Pelaksana: {state.actorLabels.join(', ') || '(tidak ada kolom pelaksana)'}.
        </Caption1>
      </section>
      <ol className={view.list} aria-label="Langkah SOP">
        {state.steps.map((s) => (
          <StepItem
            key={s.excelRow}
            step={s}
            editing={editing === s.no}
            onEdit={() => {
              setSaved(null);
              setEditing(s.no);
            }}
            onCancel={() => setEditing(null)}
            onSaved={(m) => {
              setSaved(m);
              setEditing(null);
            }}
          />
        ))}
      </ol>
    </div>
  );
}
