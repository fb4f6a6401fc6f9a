/**
 * Capaian per indicator as horizontal bars (plain SVG), coloured by kategori — by the band's
 * rank from best (green) to worst (red), for any number of bands (the office's sheet Kategori
 * Capaian, or the five of Pengaturan) — with a line at 100 %. Accessible as an image with a
 * title, and as a visually hidden table of the figures.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { formatNumber, formatPercent } from '../../core/format/indonesian';
import { KATEGORI, kategoriShade, type Kategori } from '../../core/lakip/arithmetic';
import {
  dataRowsInSourceOrder,
  type KategoriCount,
  type LakipResult,
  type LakipSummary,
  type SasaranAverage,
} from '../../core/lakip/tables';
import { useViewStyles } from './ui';

export interface CapaianBar {
  readonly kode: string;
  readonly indikator: string;
  /** 0–100 scale; null when it could not be computed. */
  readonly capaian: number | null;
  readonly kategori: Kategori | null;
  /** The kategori's place from best (0) to worst (1), the bar's colour; undefined: no band (Tidak Ada Target). */
  readonly shade?: number | undefined;
}

/**
 * Fills from best to worst (theme tokens, so dark themes work). Five bands take every other
 * one — green, light green, yellow, dark orange, red, as always — and more bands the ones between.
 */
const SHADES = [
  tokens.colorPaletteGreenBackground3,
  tokens.colorPaletteGreenBackground2,
  tokens.colorPaletteLightGreenBackground3,
  tokens.colorPaletteLightGreenBackground2,
  tokens.colorPaletteYellowBackground3,
  tokens.colorPaletteMarigoldBackground3,
  tokens.colorPaletteDarkOrangeBackground3,
  tokens.colorPaletteRedBackground2,
  tokens.colorPaletteRedBackground3,
] as const;

/** The fill of a band at `shade` (0 best … 1 worst). */
export function shadeColor(shade: number): string {
  const i = Math.round(Math.min(1, Math.max(0, shade)) * (SHADES.length - 1));
  return SHADES[i] ?? SHADES[0];
}

/** The legend of the five Pengaturan kategori (a chart given no scheme). */
const PENGATURAN_LEGEND: readonly Pick<KategoriCount, 'kategori' | 'shade'>[] = KATEGORI.map((k) => ({
  kategori: k,
  shade: kategoriShade(
    k,
    KATEGORI.map((kategori) => ({ kategori })),
  ),
}));

/** A bar's fill: its band's shade (the bar's, else its label's in the legend); no band (Tidak Ada Target, none) is neutral. */
function barFill(b: CapaianBar, legend: ReadonlyMap<string, number | undefined>): string {
  const shade = b.shade ?? (b.kategori === null ? undefined : legend.get(b.kategori));
  return shade === undefined ? tokens.colorNeutralForeground3 : shadeColor(shade);
}

/** A sasaran average's swatch: its band's shade; no band (none, Tidak Ada Target) is neutral. */
function swatchColor(shade: number | undefined): string {
  return shade === undefined ? tokens.colorNeutralBackground3 : shadeColor(shade);
}

/** The bars of the Capaian table (Tabel 3.1): one per PK indicator, in its order, shaded by the result's scheme. */
export function capaianBars(
  result: Pick<LakipResult, 'tables'> & { readonly summary?: Pick<LakipSummary, 'kategori'> },
): CapaianBar[] {
  const shades = new Map(
    (result.summary?.kategori ?? PENGATURAN_LEGEND).map((k): [string, number | undefined] => [
      k.kategori,
      k.shade,
    ]),
  );
  const table = result.tables.find((t) => t.id === 'capaian');
  const section = table?.sections[0];
  if (section === undefined) return [];
  const col = (label: string): number => section.columns.findIndex((c) => c.label === label);
  const iIndikator = col('Indikator Kinerja');
  const iCapaian = col('Capaian (%)');
  const iKategori = col('Kategori');
  return dataRowsInSourceOrder(section).map((row, i) => {
    const capaian = row.cells[iCapaian];
    const kategori = row.cells[iKategori];
    const indikator = row.cells[iIndikator];
    return {
      kode: String(row.cells[0] ?? i + 1),
      indikator: typeof indikator === 'string' && indikator !== '' ? indikator : `Indikator ${i + 1}`,
      capaian: typeof capaian === 'number' ? capaian : null,
      kategori: typeof kategori === 'string' && kategori !== '' ? kategori : null,
      shade: typeof kategori === 'string' ? shades.get(kategori) : undefined,
    };
  });
}

/** The scale's end: at least 120 %, more when a capaian is higher, rounded up to a multiple of 20. */
export function scaleMax(bars: readonly CapaianBar[]): number {
  const top = Math.max(120, ...bars.map((b) => b.capaian ?? 0));
  return Math.ceil(top / 20) * 20;
}

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block', overflow: 'visible' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  averages: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
  },
  average: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  averageSwatch: { flexShrink: 0 },
  averageText: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  averageFigure: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  averageNote: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginRight: tokens.spacingHorizontalXS,
    borderRadius: '2px',
    verticalAlign: 'middle',
  },
});

/** The chart's width before it is measured (the pane is about 300 px wide); never narrower than MIN_WIDTH. */
const WIDTH = 300;
const MIN_WIDTH = 240;
const LINE_H = 13;
const BAR_H = 14;
const GAP = 9;
const VALUE_W = 52;
const TOP = 4;
const AXIS_H = 16;
/** Characters of an indicator's name per line of the chart (the pane is about 300 px wide). */
const LABEL_CHARS = 50;
/** Lines of a name at most; a longer name ends with … (the hidden table has it whole). */
const LABEL_LINES = 3;

/** An indicator's name cut into lines at spaces, at most LABEL_LINES of them. */
export function labelLines(text: string, perLine = LABEL_CHARS, maxLines = LABEL_LINES): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= perLine || line === '') line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines)
    return lines.map((l) => (l.length > perLine ? `${l.slice(0, perLine - 1)}…` : l));
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.length >= perLine ? last.slice(0, perLine - 1) : last}…`;
  return kept;
}

/**
 * The width the chart is drawn at: its box's width in CSS pixels, so that one unit of the
 * viewBox is one pixel and the text keeps its size at any width (a fixed 300-unit viewBox
 * stretched to a 700 px pane drew every label at more than twice its size).
 */
function useMeasuredWidth(): [RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement | null>(null);
  const [width, setWidth] = useState(WIDTH);
  useEffect(() => {
    const el = ref.current;
    if (el === null || typeof ResizeObserver !== 'function') return undefined;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      if (w > 0) setWidth(Math.max(MIN_WIDTH, Math.round(w)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export function CapaianChart({
  bars,
  summary: summaryText,
  rowLabel = 'Indikator',
  legend = PENGATURAN_LEGEND,
}: {
  readonly bars: readonly CapaianBar[];
  /** The kategori of the scheme in force, best first (default: the five of Pengaturan). */
  readonly legend?: readonly Pick<KategoriCount, 'kategori' | 'shade'>[];
  /** The chart's title for screen readers (default: the indicators of one tracker). */
  readonly summary?: string;
  /** The hidden table's first column (a rekap shows units, not indicators). */
  readonly rowLabel?: string;
}) {
  const styles = useStyles();
  const view = useViewStyles();
  const titleId = useId();
  const [figure, width] = useMeasuredWidth();
  const max = scaleMax(bars);
  const legendShades = new Map(legend.map((k): [string, number | undefined] => [k.kategori, k.shade]));
  const plotW = width - VALUE_W;
  const x = (v: number): number => (Math.max(0, v) / max) * plotW;
  // Wider than the pane's 300 px, a line holds more of a name (11 px text: about 6 px a character).
  const perLine = Math.max(LABEL_CHARS, Math.floor(width / 6));
  const rows = bars.map((b) => labelLines(b.indikator, perLine));
  const tops: number[] = [];
  let y0 = TOP;
  for (const lines of rows) {
    tops.push(y0);
    y0 += lines.length * LINE_H + BAR_H + GAP;
  }
  const height = y0 + AXIS_H;
  const ticks = [0, 50, 100, max].filter((t, i, a) => t <= max && a.indexOf(t) === i);
  const summary =
    summaryText ??
    `Grafik capaian ${bars.length} indikator kinerja, skala 0 sampai ${formatNumber(max)} persen.`;

  return (
    <figure style={{ margin: 0 }} ref={figure}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        data-testid="capaian-chart"
        style={{ fontFamily: tokens.fontFamilyBase }}
      >
        <title id={titleId}>{summary}</title>
        {bars.map((b, i) => {
          const y = tops[i] ?? TOP;
          const lines = rows[i] ?? [];
          const barY = y + lines.length * LINE_H + 2;
          const value = b.capaian === null ? 'tidak dapat dihitung' : `${formatNumber(b.capaian, 2)}%`;
          return (
            <g key={`${b.kode}-${i}`} aria-hidden="true">
              <text x={0} y={y} fontSize={11} style={{ fill: tokens.colorNeutralForeground1 }}>
                {lines.map((line, k) => (
                  <tspan key={k} x={0} dy={k === 0 ? 11 : LINE_H}>
                    {line}
                  </tspan>
                ))}
              </text>
              <rect
                x={0}
                y={barY}
                width={plotW}
                height={BAR_H}
                style={{ fill: tokens.colorNeutralBackground3 }}
                rx={2}
              />
              {b.capaian !== null && (
                <rect
                  x={0}
                  y={barY}
                  width={x(b.capaian)}
                  height={BAR_H}
                  rx={2}
                  style={{ fill: barFill(b, legendShades) }}
                  data-kategori={b.kategori ?? ''}
                />
              )}
              <line
                x1={x(100)}
                x2={x(100)}
                y1={barY - 2}
                y2={barY + BAR_H + 2}
                strokeDasharray="3 2"
                strokeWidth={1}
                style={{ stroke: tokens.colorNeutralForeground2 }}
              />
              <text
                x={plotW + 4}
                y={barY + 11}
                fontSize={b.capaian === null ? 8.5 : 10.5}
                fontWeight={600}
                style={{
                  fill:
                    b.capaian === null ? tokens.colorPaletteRedForeground1 : tokens.colorNeutralForeground1,
                }}
              >
                {b.capaian === null ? 'tak terhitung' : value}
              </text>
            </g>
          );
        })}
        <g aria-hidden="true">
          {ticks.map((t) => (
            <text
              key={t}
              x={x(t)}
              y={height - 4}
              fontSize={9}
              textAnchor={t === 0 ? 'start' : t === max ? 'end' : 'middle'}
              style={{ fill: tokens.colorNeutralForeground3 }}
            >
              {formatNumber(t)}%
            </text>
          ))}
        </g>
      </svg>
      <ul className={styles.legend} aria-label="Kategori capaian">
        {legend.map((k) => (
          <li key={k.kategori}>
            <span
              className={styles.swatch}
              style={{
                backgroundColor: k.shade === undefined ? tokens.colorNeutralForeground3 : shadeColor(k.shade),
              }}
              aria-hidden="true"
            />
            {k.kategori}
          </li>
        ))}
      </ul>
      <div className={view.visuallyHidden}>
        <table>
          <caption>Capaian per {rowLabel.toLowerCase()}</caption>
          <thead>
            <tr>
              <th scope="col">{rowLabel}</th>
              <th scope="col">Capaian (%)</th>
              <th scope="col">Kategori</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b, i) => (
              <tr key={`${b.kode}-${i}`}>
                <th scope="row">{b.indikator}</th>
                <td>{b.capaian === null ? 'tidak dapat dihitung' : formatNumber(b.capaian, 2)}</td>
                <td>{b.kategori ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/**
 * Each sasaran's Rata-rata capaian sasaran as the Capaian table shows it (LakipSummary.sasaran):
 * the figure, its kategori's colour and name, and how many of its indicators it counts when
 * some were left out. Nothing is computed here.
 */
export function SasaranAverages({
  averages,
  legend = PENGATURAN_LEGEND,
}: {
  readonly averages: readonly SasaranAverage[];
  /** The scheme's kategori and shades (LakipSummary.kategori); absent: the five of Pengaturan. */
  readonly legend?: readonly Pick<KategoriCount, 'kategori' | 'shade'>[];
}) {
  const styles = useStyles();
  const headingId = useId();
  const shades = new Map(legend.map((k): [string, number | undefined] => [k.kategori, k.shade]));
  if (averages.length === 0) return null;
  return (
    <div>
      <p id={headingId} style={{ margin: `0 0 ${tokens.spacingVerticalXS}`, fontWeight: 600 }}>
        Rata-rata capaian sasaran
      </p>
      <ul className={styles.averages} aria-labelledby={headingId}>
        {averages.map((a, i) => (
          <li key={`${a.sasaran}-${i}`} className={styles.average}>
            <span
              className={mergeClasses(styles.swatch, styles.averageSwatch)}
              style={{
                backgroundColor: swatchColor(a.kategori === null ? undefined : shades.get(a.kategori)),
              }}
              aria-hidden="true"
            />
            <span className={styles.averageText}>
              {a.sasaran !== '' ? a.sasaran : '(tanpa sasaran)'}
              <span className={styles.averageFigure}>
                {a.capaian === null
                  ? 'belum dapat dihitung'
                  : `${formatPercent(a.capaian)}${a.kategori !== null ? ` · ${a.kategori}` : ''}`}
                {a.capaian !== null && a.counted < a.indicators && (
                  <span className={styles.averageNote}>
                    {' '}
                    ({a.counted} dari {a.indicators} indikator dihitung)
                  </span>
                )}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
