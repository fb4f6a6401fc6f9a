/** Periksa: validation — counts, completeness per sheet, findings grouped by sheet, the Temuan sheet. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { FINDINGS_LIMIT } from '../../core/report/validation-json';
import type { Finding } from '../../core/findings/finding';
import { describeFinding, placeOf } from '../../core/findings/messages';
import { formatNumber, formatShare } from '../../core/format/indonesian';
import type { FormatMarker } from '../../core/consolidate/format-marker';
import { checkWorkbook, wasChecked, writeTemuan } from '../../core/operations/check';
import type { ValidationResult } from '../../core/validate/validate';
import { readAtText, useBrowserFile } from '../browser-file';
import { isBrowserPort } from '../port';
import { useTask } from '../use-task';
import { useWorkbook } from '../workbook-context';
import { FailureBar, NoTracker, TaskStatus, useViewStyles } from './ui';
import type { ViewProps } from './view-id';

const useStyles = makeStyles({
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  finding: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    width: '100%',
    boxSizing: 'border-box',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
    },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  saran: { color: tokens.colorNeutralForeground3 },
  sheetLine: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  panel: {
    margin: 0,
    paddingBottom: tokens.spacingVerticalS,
  },
});

interface SheetGroup {
  readonly sheet: string;
  readonly findings: readonly Finding[];
  readonly errors: number;
}

export function groupBySheet(findings: readonly Finding[]): SheetGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.sheet);
    if (list) list.push(f);
    else groups.set(f.sheet, [f]);
  }
  // Sheets with galat first (the user's own mistakes before the warnings), in sheet order.
  const all = [...groups].map(([sheet, list]) => ({
    sheet,
    findings: list,
    errors: list.filter((f) => f.severity === 'error').length,
  }));
  return [...all.filter((g) => g.errors > 0), ...all.filter((g) => g.errors === 0)];
}

/** The cell a click on a finding selects: its cell, else column A of its row, else nothing. */
export function targetCell(f: Finding): string | null {
  if (f.cell !== undefined) return f.cell;
  if (f.row !== undefined) return `A${f.row}`;
  return null;
}

function FindingItem({
  finding,
  onSelect,
}: {
  readonly finding: Finding;
  readonly onSelect: ((f: Finding) => void) | null;
}) {
  const styles = useStyles();
  const { message, saran } = describeFinding(finding);
  const severity = finding.severity === 'error' ? 'Galat' : 'Peringatan';
  const body = (
    <>
      <span>
        <Badge size="small" appearance="tint" color={finding.severity === 'error' ? 'danger' : 'warning'}>
          {severity}
        </Badge>{' '}
        {message}
      </span>
      <span className={styles.saran}>Saran: {saran}</span>
    </>
  );
  const className = mergeClasses(
    styles.finding,
    finding.severity === 'error' ? styles.error : styles.warning,
  );
  const cell = targetCell(finding);
  if (onSelect === null || cell === null) return <div className={className}>{body}</div>;
  return (
    <button
      type="button"
      className={mergeClasses(className, styles.clickable)}
      onClick={() => onSelect(finding)}
      title={`Pilih sel ${placeOf({ sheet: finding.sheet, cell })} di Excel`}
    >
      {body}
    </button>
  );
}

/** A bagian's data format is not a tracker: say whose it is and what is checked in it. */
export function FormatNotice({ format }: { readonly format: FormatMarker }) {
  const view = useViewStyles();
  const who = format.namaBagian === undefined ? format.bagian : `${format.namaBagian} (${format.bagian})`;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="format-notice">
      <MessageBarBody className={view.wrapText}>
        File ini format data kinerja untuk bagian {who}, bukan tracker. Yang diperiksa hanya baris sheet Data
        Kinerja-nya: isi realisasi dan analisis, simpan, lalu kirim kembali ke pengelola tracker untuk diimpor
        di Konsolidasi.
      </MessageBarBody>
    </MessageBar>
  );
}

export function PeriksaView({ onNavigate }: ViewProps) {
  const styles = useStyles();
  const view = useViewStyles();
  const { port, snapshot, reload, apply } = useWorkbook();
  const file = useBrowserFile();
  const check = useTask();
  const write = useTask();
  const select = useTask();
  const [result, setResult] = useState<ValidationResult | null>(null);
  /** Set when the workbook is a bagian's data format: only its Data Kinerja rows are checked. */
  const [format, setFormat] = useState<FormatMarker | null>(null);
  const [empty, setEmpty] = useState(false);

  const runCheckTask = check.run;
  const runCheck = useCallback(
    () =>
      runCheckTask('Memeriksa tracker…', async () => {
        const checked = checkWorkbook(await reload());
        if (!wasChecked(checked)) {
          setEmpty(true);
          setResult(null);
          return '';
        }
        const r = checked.result;
        setEmpty(false);
        setFormat(checked.workbook.kind === 'format' ? checked.workbook.format : null);
        setResult(r);
        // Galat remaining is not a green check: red while galat remain, amber with warnings only.
        if (r.findings.length === 0) return 'Pemeriksaan selesai: tidak ada temuan.';
        return {
          message: `Pemeriksaan selesai: ${formatNumber(r.errors)} galat, ${formatNumber(r.warnings)} peringatan.`,
          intent: r.errors > 0 ? 'error' : 'warning',
        };
      }),
    [reload, runCheckTask],
  );

  useEffect(() => {
    void runCheck();
  }, [runCheck]);

  // Browser mode: the pane holds a copy of the file. Unchanged by the pane, it is read again from
  // the computer (the user may have fixed it in Excel); with changes not downloaded, the copy is
  // what is checked.
  const modified = isBrowserPort(port) && port.modified;
  const source = file?.source ?? null;
  const rereadable = file !== null && source !== null && !modified;
  const checkAgain = () => {
    if (!rereadable) return void runCheck();
    return void runCheckTask(`Membaca ulang ${source.name} dari komputer…`, async () => {
      await file.reread();
      return '';
    });
  };

  const groups = useMemo(
    () => (result === null ? [] : groupBySheet(result.findings.slice(0, FINDINGS_LIMIT))),
    [result],
  );
  const [open, setOpen] = useState<string[] | null>(null);
  // Open by default: every sheet with galat; with none, all when few, else the first.
  const withErrors = groups.filter((g) => g.errors > 0).map((g) => g.sheet);
  const openItems =
    open ??
    (withErrors.length > 0
      ? withErrors
      : groups.length <= 3 || (result?.findings.length ?? 0) <= 30
        ? groups.map((g) => g.sheet)
        : groups.slice(0, 1).map((g) => g.sheet));

  const onSelect =
    port.kind === 'excel'
      ? (f: Finding) => {
          const cell = targetCell(f);
          if (cell === null) return;
          void select.run(`Memilih ${placeOf({ sheet: f.sheet, cell })}…`, async () => {
            await port.selectCell(f.sheet, cell);
            return `Sel ${placeOf({ sheet: f.sheet, cell })} dipilih di Excel.`;
          });
        }
      : null;

  const writeTemuanSheet = () =>
    write.run('Menulis sheet Temuan…', async () => {
      const checked = writeTemuan(await reload());
      if (!wasChecked(checked) || checked.temuan === undefined) {
        setEmpty(true);
        setResult(null);
        return '';
      }
      setResult(checked.result);
      const skipped = await apply(checked.temuan.plan);
      const saved = port.kind === 'browser' ? ' Klik Unduh di atas untuk menyimpan file hasilnya.' : '';
      return {
        message: `Sheet Temuan ditulis dengan ${formatNumber(checked.temuan.listed)} temuan.${saved}`,
        notes: skipped,
      };
    });

  if (empty) return <NoTracker onNavigate={onNavigate} what="yang dapat diperiksa" />;

  const listed = result?.findings.length ?? 0;
  return (
    <div className={view.view}>
      <div className={view.actions}>
        <Button appearance="primary" onClick={checkAgain} disabled={check.busy}>
          Periksa lagi
        </Button>
        <Button
          onClick={() => void writeTemuanSheet()}
          disabled={write.busy || result === null || snapshot === null}
        >
          Tulis sheet Temuan
        </Button>
      </div>
      {source !== null && (
        <Caption1 className={mergeClasses(view.muted, view.wrapText)} data-testid="read-at">
          {modified
            ? `Pemeriksaan memakai isi di panel ini (ada perubahan yang belum diunduh), bukan file di komputer; file dibaca ${readAtText(source.readAt)}.`
            : `Isi file dibaca dari komputer ${readAtText(source.readAt)}. Setelah memperbaiki file di Excel, simpan lalu tekan Periksa lagi.`}
        </Caption1>
      )}
      {check.state.kind === 'failed' && file !== null && source !== null ? (
        <FailureBar
          message={check.state.message}
          action={
            <Button size="small" onClick={file.pickAgain}>
              Pilih ulang file
            </Button>
          }
        />
      ) : (
        <TaskStatus state={check.state} />
      )}
      <TaskStatus state={write.state} onDismiss={write.reset} />

      {result !== null && format !== null && <FormatNotice format={format} />}
      {result !== null && (
        <>
          <section className={view.section} aria-labelledby="periksa-hasil">
            <Subtitle2 as="h2" id="periksa-hasil">
              Hasil pemeriksaan
            </Subtitle2>
            <div className={styles.counts} data-testid="periksa-counts">
              <Badge appearance="filled" color={result.errors > 0 ? 'danger' : 'success'}>
                {formatNumber(result.errors)} galat
              </Badge>
              <Badge appearance="tint" color={result.warnings > 0 ? 'warning' : 'success'}>
                {formatNumber(result.warnings)} peringatan
              </Badge>
            </div>
            {listed === 0 && (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  Tidak ada temuan: isian tracker sesuai aturan. Lanjutkan ke SOP atau Ekspor.
                </MessageBarBody>
              </MessageBar>
            )}
          </section>

          <section className={view.section} aria-labelledby="periksa-kelengkapan">
            <Subtitle2 as="h2" id="periksa-kelengkapan">
              Kelengkapan isian wajib
            </Subtitle2>
            <Field label={`Seluruh tracker: ${formatShare(result.completeness.total.ratio, 0)}`}>
              <ProgressBar value={result.completeness.total.ratio} thickness="large" />
            </Field>
            <Accordion collapsible>
              <AccordionItem value="per-sheet">
                <AccordionHeader size="small">
                  Per sheet ({result.completeness.sheets.length})
                </AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  <ul className={view.list} aria-label="Kelengkapan per sheet">
                    {result.completeness.sheets.map((s) => (
                      <li key={s.sheet} className={styles.sheetLine}>
                        <Field
                          label={`${s.sheet}: ${formatShare(s.ratio, 0)}`}
                          hint={`${formatNumber(s.filled)} dari ${formatNumber(s.required)} sel wajib terisi`}
                        >
                          <ProgressBar value={s.ratio} color={s.ratio === 1 ? 'success' : 'brand'} />
                        </Field>
                      </li>
                    ))}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          </section>

          {listed > 0 && (
            <section className={view.section} aria-labelledby="periksa-temuan">
              <Subtitle2 as="h2" id="periksa-temuan">
                Temuan per sheet
              </Subtitle2>
              <Caption1 className={view.muted}>
                {port.kind === 'excel'
                  ? 'Klik temuan untuk memilih selnya di Excel.'
                  : 'Di mode peramban sel tidak dapat dipilih; cari alamat sel (mis. PK!E7) setelah membuka file di Excel.'}
                {listed > FINDINGS_LIMIT &&
                  ` Ditampilkan ${formatNumber(FINDINGS_LIMIT)} dari ${formatNumber(listed)} temuan.`}
              </Caption1>
              <TaskStatus state={select.state} />
              <Accordion
                multiple
                collapsible
                openItems={openItems}
                onToggle={(_e, d) => setOpen(d.openItems.map(String))}
              >
                {groups.map((g) => (
                  <AccordionItem key={g.sheet} value={g.sheet}>
                    <AccordionHeader size="small">
                      {g.sheet} ({formatNumber(g.findings.length)}
                      {g.errors > 0 ? `, ${formatNumber(g.errors)} galat` : ''})
                    </AccordionHeader>
                    <AccordionPanel className={styles.panel}>
                      <ul className={view.list} aria-label={`Temuan di sheet ${g.sheet}`}>
                        {g.findings.map((f, i) => (
                          <li key={`${f.code}-${f.cell ?? f.row ?? ''}-${i}`}>
                            <FindingItem finding={f} onSelect={onSelect} />
                          </li>
                        ))}
                      </ul>
                    </AccordionPanel>
                  </AccordionItem>
                ))}
              </Accordion>
            </section>
          )}
        </>
      )}
      {result === null && check.state.kind === 'idle' && (
        <Body1>Tekan Periksa lagi untuk memeriksa tracker.</Body1>
      )}
    </div>
  );
}
