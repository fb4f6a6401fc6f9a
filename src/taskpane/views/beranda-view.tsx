/** Beranda: the state of the tracker at a glance, and the next thing to do. */
import {
  Badge,
  Body1,
  Button,
  Card,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { formatNumber, formatShare } from '../../core/format/indonesian';
import { wasChecked } from '../../core/operations/check';
import { workbookStatus } from '../../core/operations/status';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { SopState } from '../../core/sop/sop-steps';
import type { FormatMarker } from '../../core/consolidate/format-marker';
import type { ValidationResult } from '../../core/validate/validate';
import { useWorkbook } from '../workbook-context';
import { FormatNotice } from './periksa-view';
import { NoTracker, ReadFailed, Reading, useViewStyles } from './ui';
import type { ViewId, ViewProps } from './view-id';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
});

export interface NextStep {
  readonly text: string;
  readonly view: ViewId;
  readonly action: string;
}

/** What the user should do next, from the findings and the SOP. */
export function nextStep(
  result: ValidationResult,
  sop: SopState | null,
  host: 'excel' | 'browser' = 'excel',
): NextStep {
  const structural = (result.counts['sheet/missing'] ?? 0) + (result.counts['column/missing'] ?? 0);
  if (structural > 0) {
    return {
      text: `${formatNumber(structural)} sheet atau kolom tracker belum ada. Jalankan Siapkan untuk menambahkannya; isian Anda tidak diubah.`,
      view: 'siapkan',
      action: 'Buka Siapkan',
    };
  }
  if (result.errors > 0) {
    return {
      text:
        host === 'excel'
          ? `Perbaiki ${formatNumber(result.errors)} galat di tracker: lihat daftarnya di Periksa, klik temuan untuk menuju selnya.`
          : `Perbaiki ${formatNumber(result.errors)} galat di tracker: lihat daftarnya di Periksa; setiap temuan menyebut sheet dan selnya (mis. PK!G6) untuk diperbaiki di Excel.`,
      view: 'periksa',
      action: 'Buka Periksa',
    };
  }
  const open = sop?.steps.find((s) => s.status !== 'Selesai');
  if (open !== undefined) {
    return {
      text: `Langkah ${open.no} SOP (${open.status}): ${open.aktivitas}. Tandai di tab SOP setelah dikerjakan, dengan bukti soft copy dan hard copy.`,
      view: 'sop',
      action: 'Buka SOP',
    };
  }
  return {
    text: 'Semua langkah SOP selesai dan tidak ada galat: tulis tabel LAKIP di Ekspor.',
    view: 'ekspor',
    action: 'Buka Ekspor',
  };
}

interface Overview {
  readonly result: ValidationResult;
  /** Set when the workbook is a bagian's data format, not a tracker. */
  readonly format: FormatMarker | null;
  readonly sop: SopState | null;
  readonly documentsReceived: number;
  readonly documentsTotal: number;
}

/** The status operation's answer as the view shows it; null when the workbook is not a tracker. */
function overviewOf(snapshot: WorkbookSnapshot): Overview | null {
  const status = workbookStatus(snapshot);
  const { check } = status;
  if (!wasChecked(check)) return null;
  return {
    result: check.result,
    format: check.workbook.kind === 'format' ? check.workbook.format : null,
    sop: status.sop,
    documentsReceived: status.documentsReceived,
    documentsTotal: status.documentsTotal,
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

export function BerandaView({ onNavigate }: ViewProps) {
  const styles = useStyles();
  const view = useViewStyles();
  const { port, snapshot, readError, reading, reload } = useWorkbook();
  const overview = useMemo(() => (snapshot === null ? null : overviewOf(snapshot)), [snapshot]);

  if (snapshot === null) {
    if (readError !== null)
      return <ReadFailed message={readError} onRetry={() => void reload().catch(() => undefined)} />;
    return <Reading />;
  }
  if (overview === null) return <NoTracker onNavigate={onNavigate} what="status untuk ditampilkan" />;

  const { result, sop, documentsReceived, documentsTotal } = overview;
  if (overview.format !== null) {
    return (
      <div className={view.view}>
        <FormatNotice format={overview.format} />
        <div className={styles.counts} data-testid="finding-counts">
          <Badge appearance="filled" color={result.errors > 0 ? 'danger' : 'success'}>
            {formatNumber(result.errors)} galat
          </Badge>
          <Badge appearance="tint" color={result.warnings > 0 ? 'warning' : 'success'}>
            {formatNumber(result.warnings)} peringatan
          </Badge>
          <Button size="small" appearance="primary" onClick={() => onNavigate('periksa')}>
            Lihat temuan
          </Button>
        </div>
      </div>
    );
  }
  const next = nextStep(result, sop, port.kind);
  const stepsTotal = sop?.steps.length ?? 0;
  const stepsDone = sop?.done ?? 0;
  const completeness = result.completeness.total.ratio;

  return (
    <div className={view.view}>
      <Card className={styles.card} aria-labelledby="beranda-next">
        <Subtitle2 as="h2" id="beranda-next">
          Langkah berikutnya
        </Subtitle2>
        <Body1 className={view.wrapText} data-testid="next-step">
          {next.text}
        </Body1>
        <div className={view.actions}>
          <Button appearance="primary" onClick={() => onNavigate(next.view)}>
            {next.action}
          </Button>
        </div>
      </Card>

      <section className={view.section} aria-labelledby="beranda-status">
        <Subtitle2 as="h2" id="beranda-status">
          Status tracker
        </Subtitle2>
        <Field
          label={`Langkah SOP selesai: ${stepsDone} dari ${stepsTotal}`}
          {...(sop === null ? { hint: 'Sheet SOP belum ada.' } : {})}
        >
          <ProgressBar
            value={ratio(stepsDone, stepsTotal)}
            thickness="large"
            color={stepsDone === stepsTotal && stepsTotal > 0 ? 'success' : 'brand'}
          />
        </Field>
        {sop !== null && stepsDone < stepsTotal && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody className={view.wrapText} data-testid="sop-warning">
              {sop.peringatan}.
            </MessageBarBody>
          </MessageBar>
        )}
        <Field label={`Dokumen diterima: ${documentsReceived} dari ${documentsTotal}`}>
          <ProgressBar value={ratio(documentsReceived, documentsTotal)} thickness="large" />
        </Field>
        <Field label={`Kelengkapan isian wajib: ${formatShare(completeness, 0)}`}>
          <ProgressBar
            value={completeness}
            thickness="large"
            color={completeness === 1 ? 'success' : 'brand'}
          />
        </Field>
        <div className={styles.counts} data-testid="finding-counts">
          <Badge appearance="filled" color={result.errors > 0 ? 'danger' : 'success'}>
            {formatNumber(result.errors)} galat
          </Badge>
          <Badge appearance="tint" color={result.warnings > 0 ? 'warning' : 'success'}>
            {formatNumber(result.warnings)} peringatan
          </Badge>
          <Button size="small" onClick={() => onNavigate('periksa')}>
            Lihat temuan
          </Button>
        </div>
        <div className={view.actions}>
          <Button
            size="small"
            appearance="subtle"
            disabled={reading}
            onClick={() => void reload().catch(() => undefined)}
          >
            {reading ? 'Membaca…' : 'Muat ulang'}
          </Button>
        </div>
      </section>
    </div>
  );
}
