/**
 * The short paragraphs a Laporan Kinerja puts before each table ("Dari 7 indikator kinerja,
 * 4 berkategori Sangat Tinggi …"), generated from the tables themselves so that the words
 * and the figures cannot disagree. Pure: the .docx, the task pane and the CLI share them.
 */
import { formatNumber, formatPercent, formatRupiah } from '../format/indonesian';
import {
  dataRows,
  type LakipResult,
  type SasaranAverage,
  type SummarySection,
  type SummaryTable,
  type SummaryTableId,
} from './tables';

/** `a`, `a dan b`, `a, b dan c`. */
export function joinIndonesian(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} dan ${items[items.length - 1] ?? ''}`;
}

function column(section: SummarySection | undefined, label: string): number {
  return section ? section.columns.findIndex((c) => c.label.startsWith(label)) : -1;
}

function values(section: SummarySection | undefined, label: string): (string | number | null)[] {
  const i = column(section, label);
  return i < 0 || !section ? [] : dataRows(section).map((r) => r.cells[i] ?? null);
}

function count<T>(items: readonly T[], pred: (t: T) => boolean): number {
  return items.filter(pred).length;
}

function perjanjian(t: SummaryTable, r: LakipResult): string[] {
  const indicators = t.sections[0];
  const programs = t.sections[1];
  const sasaran = new Set(values(indicators, 'Sasaran Strategis').filter((v) => v !== null && v !== ''));
  const anggaran = programs?.total?.cells[column(programs, 'Anggaran')];
  const who = [r.tahun !== null ? `Perjanjian Kinerja Tahun ${r.tahun}` : 'Perjanjian Kinerja', r.unit]
    .filter((s) => s !== '')
    .join(' ');
  let text = `${who} memuat ${indicators?.rows.length ?? 0} indikator kinerja untuk ${sasaran.size} sasaran strategis`;
  if (programs && programs.rows.length > 0) {
    text += `, didukung ${programs.rows.length} program/kegiatan${typeof anggaran === 'number' ? ` dengan anggaran ${formatRupiah(anggaran)}` : ''}`;
  }
  return [`${text}.`];
}

function capaian(t: SummaryTable, r: LakipResult): string[] {
  const s = t.sections[0];
  const n = r.summary.indicators;
  if (n === 0) return ['Belum ada indikator kinerja di sheet PK.'];
  // The kategori in the scheme's order, best band first (Tidak Ada Target last).
  const parts = r.summary.kategori
    .filter((k) => k.jumlah > 0)
    .map((k, i) => `${k.jumlah}${i === 0 ? ' berkategori' : ''} ${k.kategori}`);
  const out: string[] = [];
  let first = `Dari ${n} indikator kinerja, ${parts.length > 0 ? joinIndonesian(parts) : 'belum ada yang dapat dikategorikan'}`;
  if (r.summary.uncategorised > 0) {
    first += `; capaian ${r.summary.uncategorised} indikator belum dapat dihitung (ditandai di kolom Keterangan)`;
  }
  out.push(`${first}.`);
  const ci = column(s, 'Capaian');
  const ii = column(s, 'Indikator');
  const rows = dataRows(s).filter((x) => typeof x.cells[ci] === 'number');
  if (rows.length >= 2) {
    const sorted = [...rows].sort((a, b) => (b.cells[ci] as number) - (a.cells[ci] as number));
    const hi = sorted[0];
    const lo = sorted[sorted.length - 1];
    if (hi && lo) {
      out.push(
        `Capaian tertinggi pada indikator ${String(hi.cells[ii])} (${formatPercent(hi.cells[ci] as number)}) dan terendah pada indikator ${String(lo.cells[ii])} (${formatPercent(lo.cells[ci] as number)}).`,
      );
    }
  }
  out.push(...r.summary.sasaran.map(sasaranSentence));
  return out;
}

/**
 * One sentence per sasaran with its Rata-rata capaian sasaran as the Capaian table shows it
 * (LakipSummary.sasaran): the indicators left out are named by count, a sasaran none of whose
 * indicators has a capaian is said to have no average.
 */
export function sasaranSentence(a: SasaranAverage): string {
  const name = a.sasaran !== '' ? `sasaran ${a.sasaran}` : 'indikator tanpa sasaran strategis';
  if (a.capaian === null) {
    return `Rata-rata capaian ${name} belum dapat dihitung karena belum ada indikatornya (${a.indicators} indikator) yang capaiannya dapat dihitung.`;
  }
  const kategori = a.kategori !== null ? ` (${a.kategori})` : '';
  const partial =
    a.counted < a.indicators
      ? `, dihitung dari ${a.counted} dari ${a.indicators} indikatornya yang capaiannya dapat dihitung`
      : '';
  return `Rata-rata capaian ${name} adalah ${formatPercent(a.capaian)}${kategori}${partial}.`;
}

function perbandingan(t: SummaryTable, r: LakipResult): string[] {
  const history = t.sections[0];
  const renstra = t.sections[1];
  const tren = values(history, 'Tren').filter((v): v is string => typeof v === 'string');
  const prev = r.tahun !== null ? `tahun ${r.tahun - 1}` : 'tahun sebelumnya';
  const out: string[] = [];
  const total = history?.rows.length ?? 0;
  if (tren.length > 0) {
    const parts = (
      [
        [count(tren, (x) => x.includes('membaik')), 'membaik'],
        [count(tren, (x) => x === 'Tetap'), 'tetap'],
        [count(tren, (x) => x.includes('memburuk')), 'memburuk'],
      ] as const
    )
      .filter(([k]) => k > 0)
      .map(([k, w]) => `${w} pada ${k} indikator`);
    const missing = total - tren.length;
    out.push(
      `Dibandingkan ${prev}, realisasi ${joinIndonesian(parts)} (dinilai menurut polaritas)${missing > 0 ? `; ${missing} indikator belum punya data pembanding` : ''}. Perubahan capaian dinyatakan dalam poin persentase.`,
    );
  } else {
    out.push(`Realisasi ${prev} belum tersedia di sheet LKjIP, sehingga tren belum dapat dinilai.`);
  }
  const akhir = values(renstra, 'Capaian thd Target Akhir').filter((v): v is number => typeof v === 'number');
  if (akhir.length > 0) {
    out.push(
      `Terhadap target akhir Renstra, ${count(akhir, (v) => v >= 100)} dari ${akhir.length} indikator telah mencapai 100% atau lebih.`,
    );
  }
  return out;
}

function analisis(t: SummaryTable): string[] {
  const s = t.sections[0];
  const ci = column(s, 'Capaian');
  const ii = column(s, 'Indikator');
  const below = (s?.rows ?? []).filter((x) => {
    const v = x.cells[ci];
    return typeof v === 'number' && v < 100;
  });
  if ((s?.rows.length ?? 0) === 0) return [];
  if (below.length === 0) {
    return ['Seluruh indikator mencapai 100% atau lebih; faktor pendukungnya diuraikan dalam tabel berikut.'];
  }
  return [
    `${below.length} indikator capaiannya di bawah 100%: ${joinIndonesian(below.map((x) => String(x.cells[ii])))}. Faktor pendukung, faktor penghambat dan upaya perbaikannya diuraikan dalam tabel berikut.`,
  ];
}

function efisiensi(t: SummaryTable): string[] {
  const status = values(t.sections[0], 'Status').filter((v): v is string => typeof v === 'string');
  if (status.length === 0) return [];
  const parts = (['Efisien', 'Cukup Efisien', 'Tidak Efisien'] as const)
    .map((k) => [count(status, (x) => x === k), k] as const)
    .filter(([n]) => n > 0)
    .map(([n, k]) => `${n} ${k}`);
  const labels = (t.sections[0]?.columns ?? []).map((c) => c.label);
  if (labels.includes('Sisa Anggaran (Rp)')) {
    return [
      `Diukur dari sisa anggaran program/kegiatan pendukungnya bila target tercapai, ${joinIndonesian(parts)} (Sisa Anggaran = Pagu − Realisasi).`,
    ];
  }
  if (labels.includes('Efisiensi (%)')) {
    return [
      `Diukur dari biaya per satuan output dibandingkan dengan biaya rencananya, ${joinIndonesian(parts)} (Efisiensi = 1 − Biaya Realisasi per Satuan ÷ Biaya Rencana per Satuan).`,
    ];
  }
  return [
    `Dibandingkan dengan serapan anggaran program/kegiatan pendukungnya, ${joinIndonesian(parts)} (Selisih = Capaian − Serapan, dalam poin persentase).`,
  ];
}

function anggaran(r: LakipResult): string[] {
  const { pagu, realisasi, serapan } = r.summary;
  if (pagu === 0) return ['Belum ada pagu anggaran di sheet DPA.'];
  return [
    `Dari pagu ${formatRupiah(pagu)}, terealisasi ${formatRupiah(realisasi)}${serapan !== null ? ` atau ${formatPercent(serapan)}` : ''}, dengan sisa ${formatRupiah(pagu - realisasi)}. Serapan keseluruhan dihitung dari jumlah realisasi dibagi jumlah pagu.`,
  ];
}

function sop(t: SummaryTable, r: LakipResult): string[] {
  const { sopDone, sopTotal, documentsReceived, documentsTotal } = r.summary;
  const share = sopTotal === 0 ? '' : ` (${formatNumber((sopDone / sopTotal) * 100, 2)}%)`;
  const out = [
    `${sopDone} dari ${sopTotal} langkah SOP Pengumpulan Data Kinerja berstatus Selesai${share}, dan ${documentsReceived} dari ${documentsTotal} dokumen keterkaitan telah Diterima atau Diverifikasi.`,
  ];
  const warning = t.notes.find((n) => n.startsWith('Peringatan SOP'));
  if (warning) out.push(warning);
  return out;
}

/** The paragraphs that introduce a table in the report. */
export function narrativeFor(result: LakipResult, id: SummaryTableId): string[] {
  const t = result.tables.find((x) => x.id === id);
  if (!t) return [];
  switch (id) {
    case 'perjanjianKinerja':
      return perjanjian(t, result);
    case 'capaian':
      return capaian(t, result);
    case 'perbandingan':
      return perbandingan(t, result);
    case 'analisis':
      return analisis(t);
    case 'efisiensi':
      return efisiensi(t);
    case 'anggaran':
      return anggaran(result);
    case 'sop':
      return sop(t, result);
  }
}
