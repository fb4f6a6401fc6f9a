/**
 * Konsolidasi: make a data format per bagian, and import the formats bagian send back. The
 * frame (bagian list, file picker, per-file results) is here; the consolidation core
 * (src/core/consolidate) has not landed yet, so both actions are disabled with an explanation.
 */
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { readTable, textOf } from '../../core/read/read-table';
import { findSchemaSheet } from '../../core/read/tracker';
import { SCHEMAS } from '../../core/schema/registry';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { useWorkbook } from '../workbook-context';
import { hasTracker } from './tracker-facts';
import { NoTracker, ReadFailed, Reading, useViewStyles } from './ui';
import type { ViewProps } from './view-id';

/** False until the consolidation core lands; then the two actions are wired to it. */
export const CONSOLIDATION_AVAILABLE = false;

export const CONSOLIDATION_PENDING =
  'Pembuatan format per bagian dan impor format yang sudah diisi sedang disiapkan dan belum dapat dipakai di versi ini. Sementara itu, salin isian Data Kinerja setiap bagian ke sheet Data Kinerja secara manual, lalu jalankan Periksa.';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  fileInput: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    opacity: 0,
    overflow: 'hidden',
  },
});

interface BagianItem {
  readonly kode: string;
  readonly nama: string;
}

function bagianOf(snapshot: WorkbookSnapshot): BagianItem[] {
  const sheet = findSchemaSheet(snapshot, SCHEMAS.bagian);
  if (sheet === undefined) return [];
  return readTable(sheet, SCHEMAS.bagian)
    .rows.map((r) => ({ kode: textOf(r, 'kode') ?? '', nama: textOf(r, 'nama') ?? '' }))
    .filter((b) => b.kode !== '' || b.nama !== '');
}

interface PickedFile {
  readonly name: string;
  readonly size: number;
}

export function KonsolidasiView({ onNavigate }: ViewProps) {
  const styles = useStyles();
  const view = useViewStyles();
  const { snapshot, readError, reload } = useWorkbook();
  const bagian = useMemo(() => (snapshot === null ? [] : bagianOf(snapshot)), [snapshot]);
  const [files, setFiles] = useState<readonly PickedFile[]>([]);
  const input = useRef<HTMLInputElement>(null);

  if (snapshot === null) {
    if (readError !== null)
      return <ReadFailed message={readError} onRetry={() => void reload().catch(() => undefined)} />;
    return <Reading />;
  }
  if (!hasTracker(snapshot))
    return <NoTracker onNavigate={onNavigate} what="bagian untuk dikonsolidasikan" />;

  return (
    <div className={view.view}>
      {!CONSOLIDATION_AVAILABLE && (
        <MessageBar intent="info" layout="multiline" data-testid="konsolidasi-pending">
          <MessageBarBody className={view.wrapText}>
            <MessageBarTitle>Belum tersedia.</MessageBarTitle> {CONSOLIDATION_PENDING}
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={view.section} aria-labelledby="konsolidasi-format">
        <Subtitle2 as="h2" id="konsolidasi-format">
          1. Buat format per bagian
        </Subtitle2>
        <Body1 className={view.wrapText}>
          Setiap bagian menerima file format Data Kinerja berisi indikator PK yang menjadi tanggung jawabnya
          (SOP langkah 2).
        </Body1>
        {bagian.length === 0 ? (
          <Caption1 className={view.muted}>Sheet Bagian belum berisi bagian.</Caption1>
        ) : (
          <ul className={view.list} aria-label="Bagian">
            {bagian.map((b) => (
              <li key={`${b.kode}-${b.nama}`} className={styles.item}>
                <Body1>{b.nama || b.kode}</Body1>
                {b.kode !== '' && <Caption1 className={view.muted}>Kode {b.kode}</Caption1>}
              </li>
            ))}
          </ul>
        )}
        <div className={view.actions}>
          <Button appearance="primary" disabled={!CONSOLIDATION_AVAILABLE}>
            Buat format semua bagian
          </Button>
        </div>
      </section>

      <section className={view.section} aria-labelledby="konsolidasi-impor">
        <Subtitle2 as="h2" id="konsolidasi-impor">
          2. Impor format yang sudah diisi
        </Subtitle2>
        <Body1 className={view.wrapText}>
          Pilih file .xlsx yang dikirim kembali oleh bagian (SOP langkah 3). Mengimpor ulang bagian yang sama
          mengganti barisnya, tidak menggandakan.
        </Body1>
        <input
          ref={input}
          className={styles.fileInput}
          type="file"
          name="format-bagian"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple
          aria-label="Pilih file format bagian"
          tabIndex={-1}
          onChange={(e) => {
            const picked = Array.from(e.currentTarget.files ?? []).map((f) => ({
              name: f.name,
              size: f.size,
            }));
            setFiles(picked);
            e.currentTarget.value = '';
          }}
        />
        <div className={view.actions}>
          <Button onClick={() => input.current?.click()}>Pilih file…</Button>
          <Button appearance="primary" disabled={!CONSOLIDATION_AVAILABLE || files.length === 0}>
            Impor {files.length > 0 ? `${files.length} file` : ''}
          </Button>
        </div>
        {files.length > 0 && (
          <ul className={view.list} aria-label="Hasil per file">
            {files.map((f) => (
              <li key={f.name} className={styles.item}>
                <Body1>{f.name}</Body1>
                <Caption1 className={view.muted}>Belum diimpor: fitur konsolidasi belum tersedia.</Caption1>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
