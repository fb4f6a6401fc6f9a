/**
 * Findings in words: one Indonesian sentence naming the place (`PK!E7`), what is wrong and
 * the value that is wrong, and a Saran saying what to do. Kept apart from the checks, so both
 * front ends (CLI, add-in) and the Temuan sheet say the same thing.
 */
import { quoteSheet } from '../address';
import {
  formatDateLong,
  formatNumber,
  formatPercent,
  formatRawForMessage,
  formatRupiah,
} from '../format/indonesian';
import type { Finding, FindingBase, FindingCode, FindingOf, MissingEvidence, RefTarget } from './finding';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export interface FindingText {
  readonly message: string;
  readonly saran: string;
}

/** Where a finding is, as a user would go there: `PK!E7`, `'Data Kinerja'!E7`, `sheet SOP baris 10`, `sheet PK`. */
export function placeOf(f: Pick<Finding, 'sheet' | 'row' | 'cell'>): string {
  if (f.cell !== undefined) return `${quoteSheet(f.sheet)}!${f.cell}`;
  if (f.row !== undefined) return `sheet ${f.sheet} baris ${f.row}`;
  return `sheet ${f.sheet}`;
}

/** Columns holding a year, whose numbers are written without thousands dots (2017, not 2.017). */
const YEAR_COLUMN = /^tahun( |$)/i;

/** The cell's content as quoted in a sentence (`“abc”`, `1.234,5`, `2017`, `#REF!`, `(kosong)`). */
function shown(f: Pick<FindingBase<FindingCode>, 'value' | 'column'>): string {
  if (typeof f.value === 'number' && Number.isInteger(f.value) && YEAR_COLUMN.test(f.column ?? ''))
    return String(f.value);
  return formatRawForMessage(f.value);
}

function column(f: Pick<FindingBase<FindingCode>, 'column'>): string {
  return f.column ?? 'sel ini';
}

/** `soft copy`, `hard copy` or both, for the evidence findings. */
function lacking(missing: MissingEvidence): string {
  switch (missing) {
    case 'soft':
      return 'bukti soft copy';
    case 'hard':
      return 'bukti hard copy';
    default:
      return 'bukti soft copy dan hard copy';
  }
}

/** `kolom Kode Bagian atau Nama Bagian di sheet Bagian`, from the sheets and columns looked in. */
function targets(list: readonly RefTarget[]): { where: string; sheets: string } {
  const bySheet = new Map<string, string[]>();
  for (const t of list) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), t.column]);
  const parts = [...bySheet].map(([sheet, cols]) => `kolom ${cols.join(' atau ')} di sheet ${sheet}`);
  return {
    where: parts.join(', atau ') || 'sheet rujukannya',
    sheets: [...bySheet.keys()].join(' atau ') || 'rujukannya',
  };
}

/** The words of one code, reading that code's typed detail. */
type Describe<C extends FindingCode> = (f: FindingOf<C>, place: string) => FindingText;

const DESCRIBE: { readonly [C in FindingCode]: Describe<C> } = {
  'sheet/missing': (f) => ({
    message: `Sheet ${f.sheet} tidak ada di workbook.`,
    saran: `Tambahkan sheet ${f.sheet} dengan menjalankan "lakip init" pada file ini (atau Siapkan Tracker di add-in); isian yang sudah ada tidak diubah.`,
  }),
  'sheet/empty': (f) => {
    const status = f.detail?.status;
    const row = f.detail?.dokumenRow;
    const received = f.severity === 'error' && status !== undefined;
    return {
      message: received
        ? `Sheet ${f.sheet} belum berisi data, padahal dokumennya berstatus ${status} di sheet Dokumen${row ? ` baris ${row}` : ''}.`
        : `Sheet ${f.sheet} belum berisi data${status ? ` (status dokumen: ${status})` : ''}.`,
      saran: received
        ? `Salin isi dokumen ke sheet ${f.sheet} di bawah baris judul kolom, atau perbaiki Status di sheet Dokumen bila dokumen belum diterima.`
        : `Setelah dokumen diterima dari bagian penyedia, salin isinya ke sheet ${f.sheet} di bawah baris judul kolom.`,
    };
  },
  'column/missing': (f, place) => {
    const d = f.detail;
    if (d.problem === 'no-fields' || d.problem === 'no-header') {
      const own = `Bila ini tabel Anda sendiri, ganti nama sheet-nya (mis. "${f.sheet} Saya"), jalankan "lakip init" agar sheet ${f.sheet} tracker dibuat, lalu salin datanya ke sana.`;
      if (d.problem === 'no-fields') {
        return {
          message: `Sheet ${f.sheet}: tidak ada satu pun isian tracker di kolom A (sheet ini tersusun sendiri, atau labelnya diubah), sehingga isinya tidak dibaca.`,
          saran: `${own} Bila ini sheet tracker, tulis labelnya di kolom A dan nilainya di kolom B: ${d.columns.join(', ')}.`,
        };
      }
      return {
        message: `Sheet ${f.sheet}: baris judul kolom tracker tidak ditemukan di 10 baris teratas (sheet ini tersusun sendiri, atau judulnya diubah), sehingga isinya tidak dibaca.`,
        saran: `${own} Bila ini sheet tracker, tulis judul kolom di satu baris dalam 10 baris teratas: ${d.columns.join(', ')}.`,
      };
    }
    if (d.problem === 'field') {
      return {
        message: `Sheet ${f.sheet}: isian wajib "${column(f)}" tidak ditemukan di kolom A.`,
        saran: `Tulis "${column(f)}" di kolom A dan nilainya di kolom B, atau jalankan "lakip init" untuk menambahkannya.`,
      };
    }
    return {
      message: `${place}: kolom wajib "${column(f)}" tidak ditemukan di baris judul kolom.`,
      saran: `Tambahkan kolom berjudul "${column(f)}" di baris judul (urutan kolom bebas), atau jalankan "lakip init" untuk menambahkannya di ujung kanan.`,
    };
  },
  'column/duplicate': (f, place) => ({
    message: `${place}: judul kolom "${column(f)}" sudah ada di sel ${f.detail.firstCell}; hanya kolom yang pertama yang dibaca.`,
    saran: `Hapus kolom yang ganda atau ganti judulnya, lalu pastikan datanya ada di kolom yang pertama (judul di ${f.detail.firstCell}).`,
  }),
  'cell/required': (f, place) => {
    const tw = f.detail?.triwulanBerjalan;
    const why =
      tw !== undefined
        ? ` (wajib sampai Triwulan Berjalan ${tw})`
        : f.detail?.conditional === true
          ? ' (wajib karena Level bukan Camat)'
          : '';
    return {
      message: `${place}: ${column(f)} wajib diisi${why} tetapi kosong.`,
      saran:
        tw !== undefined
          ? `Isi ${column(f)} (0 bila realisasinya memang nol), atau ubah Triwulan Berjalan di sheet Pengaturan.`
          : `Isi ${column(f)} di sel ${place}.`,
    };
  },
  'cell/type': (f, place) => ({
    message: `${place}: ${shown(f)} tidak dapat dibaca sebagai ${f.expected ?? 'nilai kolom ini'}.`,
    saran: `Ganti isi sel dengan ${f.expected ?? 'nilai yang sesuai'}.`,
  }),
  'cell/number-as-text': (f, place) => {
    const d = f.detail;
    if (d?.kind === 'date') {
      const year = d.tahunLaporan !== null ? String(d.tahunLaporan) : d.date.slice(0, 4);
      return {
        message: `${place}: tanggal ${shown(f)} tersimpan sebagai teks; dibaca (hari dulu) sebagai ${formatDateLong(d.date)}.`,
        saran: `Bila tanggalnya benar, ketik ulang sebagai tanggal, mis. 31/12/${year}, atau ubah format sel menjadi Tanggal, agar Excel dapat mengurutkan dan menghitungnya; bila keliru, perbaiki tanggalnya.`,
      };
    }
    const n = d?.kind === 'number' ? d.number : undefined;
    return {
      message: `${place}: bilangan ${shown(f)} tersimpan sebagai teks${n !== undefined ? `; tetap dipakai sebagai ${formatNumber(n)}` : ''}.`,
      saran:
        'Ketik ulang sebagai bilangan (tanpa tanda petik di depan) atau ubah format sel menjadi Angka, agar Excel dapat menghitungnya.',
    };
  },
  'cell/choice': (f, place) => ({
    message: `${place}: ${shown(f)} bukan pilihan yang dikenal untuk ${column(f)}.`,
    saran: `Pilih ${f.expected ?? 'salah satu pilihan'} (gunakan daftar pilihan pada sel).`,
  }),
  'cell/range': (f, place) => {
    const d = f.detail;
    const tahun = d?.tahunLaporan;
    switch (d?.rule) {
      case 'renja':
        return {
          message: `${place}: Tahun ${shown(f)} pada Renja-RKT tidak sama dengan Tahun Laporan ${tahun ?? ''}.`,
          saran: `Isi ${f.expected ?? ''}, atau periksa Tahun Laporan di sheet Pengaturan.`,
        };
      case 'renja-berikut':
        return {
          message: `${place}: Tahun ${shown(f)} pada Renja Tahun Berikut harus Tahun Laporan + 1 (${f.expected ?? ''}).`,
          saran: `Isi ${f.expected ?? ''}, atau periksa Tahun Laporan di sheet Pengaturan.`,
        };
      case 'lkjip':
        return {
          message: `${place}: LKjIP berisi capaian tahun-tahun sebelumnya, tetapi tahun ${shown(f)} tidak sebelum Tahun Laporan ${tahun ?? ''}.`,
          saran: `Isi tahun LKjIP yang dibandingkan (sebelum ${tahun ?? 'Tahun Laporan'}); capaian tahun laporan dihitung dari Data Kinerja.`,
        };
      case 'dokumen':
      case 'dokumen-berikut':
        return {
          message: `${place}: Tahun dokumen ${shown(f)} tidak sesuai; untuk Tahun Laporan ${tahun ?? ''} dokumen ini seharusnya tahun ${f.expected ?? ''}.`,
          saran: `Isi ${f.expected ?? ''}, atau periksa Tahun Laporan di sheet Pengaturan.`,
        };
      case 'renstra':
        return {
          message: `${place}: periode Renstra ${shown(f)}–${d.tahunAkhirRenstra} tidak mencakup Tahun Laporan ${d.tahunLaporan}.`,
          saran: `Isi Tahun Awal Renstra dengan tahun pertama periode Renstra yang berlaku (tahun ${f.expected ?? ''}), atau periksa Tahun Laporan.`,
        };
      default:
        return {
          message: `${place}: ${shown(f)} di luar rentang yang diperbolehkan untuk ${column(f)}.`,
          saran: `Isi ${f.expected ?? 'nilai dalam rentang yang diperbolehkan'}.`,
        };
    }
  },
  'cell/date-range': (f, place) => {
    const tahun = String(f.detail.tahunLaporan);
    return {
      message: `${place}: tanggal ${shown(f)} jauh dari Tahun Laporan ${tahun}; tanggal langkah dan dokumen biasanya tahun ${f.expected?.replace(/^tanggal tahun /, '') ?? tahun}.`,
      saran: `Periksa tahunnya (mungkin tersalin dari file tahun lalu, atau salah ketik); bila memang benar, biarkan saja. Bila Tahun Laporan yang keliru, perbaiki di sheet Pengaturan.`,
    };
  },
  'cell/formula-error': (f, place) => ({
    message: `${place}: sel berisi galat Excel ${shown(f)}, bukan nilai.`,
    saran: `Perbaiki rumus yang menghasilkan ${shown(f)}, atau ketik nilainya langsung (${f.expected ?? 'nilai yang sesuai'}).`,
  }),
  'cell/formula-text': (f, place) => ({
    message: `${place}: teks ${shown(f)} diawali "=", "+", "-" atau "@"; disimpan sebagai teks biasa, bukan rumus.`,
    saran:
      'Bila memang teks, biarkan saja. Bila maksudnya angka atau rumus, ketik ulang nilainya langsung di sel ini.',
  }),
  'row/duplicate-key': (f, place) => {
    const first = f.detail.firstRow;
    const columns = f.detail.columns.join(' + ');
    const value = f.detail.key.join(' + ');
    return {
      message: `${place}: ${columns} “${value}” sudah dipakai di baris ${first}; di sheet ${f.sheet} setiap ${columns} hanya boleh muncul sekali.`,
      saran: `Hapus baris yang ganda atau gabungkan isinya ke baris ${first}.`,
    };
  },
  'ref/unknown': (f, place) => {
    const t = targets(f.detail.targets);
    return {
      message: `${place}: ${column(f)} ${shown(f)} tidak ditemukan di ${t.where}.`,
      saran: `Periksa ejaannya, atau tambahkan dulu ${shown(f)} ke sheet ${t.sheets}.`,
    };
  },
  'ref/uncovered': (f, place) => {
    const where = f.detail.missingIn;
    switch (f.detail.coveredBy) {
      case 'dataKinerja':
        return {
          message: `${place}: indikator PK ${shown(f)} belum punya baris di sheet ${where}, sehingga realisasinya tidak dapat dihitung.`,
          saran: `Tambahkan satu baris untuk ${shown(f)} di sheet ${where} (atau buat format data kinerja untuk bagian penanggung jawabnya).`,
        };
      case 'renaksi':
        return {
          message: `${place}: indikator PK ${shown(f)} belum punya Rencana Aksi di sheet ${where}.`,
          saran: `Tambahkan paling sedikit satu baris Rencana Aksi untuk ${shown(f)} dengan target TW I–IV.`,
        };
      case 'pk':
        return {
          message: `${place}: indikator IKU ${shown(f)} tidak tercantum di sheet ${where}.`,
          saran: `Tambahkan indikator ${shown(f)} ke ${where}, atau hapus dari IKU bila sudah tidak dipakai.`,
        };
    }
  },
  'ref/mismatch': (f, place) => {
    const other = `${quoteSheet(f.detail.otherSheet)}!${f.detail.otherCell}`;
    const field = f.detail.field;
    if (field === 'Anggaran (Rp)') {
      return {
        message: `${place}: Anggaran ${shown(f)} berbeda dengan baris lain program yang sama (${other}: ${f.expected ?? ''}).`,
        saran: `Isi anggaran yang sama (${f.expected ?? ''}) di setiap baris PK dengan Kode Program/Kegiatan yang sama.`,
      };
    }
    return {
      message: `${place}: ${field} ${shown(f)} berbeda dengan ${other} (${f.expected ?? ''}) untuk indikator yang sama.`,
      saran: `Samakan ${field} dengan ${other}, yang menjadi acuan; bila acuannya yang salah, perbaiki di sana.`,
    };
  },
  'sum/mismatch': (f, place) => {
    const d = f.detail;
    switch (d.rule) {
      case 'target-triwulan': {
        return {
          message: `${place}: target TW I–IV menurut Metode Agregasi ${d.metode} menghasilkan ${formatNumber(d.actual)}, tidak sama dengan target PK ${f.expected ?? ''} (PK baris ${d.pkRow}).`,
          saran:
            'Sesuaikan Target TW I–IV (Kumulatif: jumlahnya; Nilai Akhir: TW IV; Rata-rata: rata-ratanya harus sama dengan target PK), atau periksa Metode Agregasi di PK.',
        };
      }
      case 'target-triwulan-kosong':
        return {
          message: `${place}: Rencana Aksi ${d.program !== undefined ? `tingkat program/kegiatan ${d.program} ` : ''}ini tidak punya target di triwulan mana pun (Target TW I–IV${d.bulanan === true ? ' dan Januari–Desember' : ''} kosong).`,
          saran:
            'Isi target pada triwulan yang direncanakan (triwulan tanpa rencana boleh dikosongkan), atau hapus baris ini bila tidak ada rencana aksinya.',
        };
      case 'anggaran-pagu':
        return {
          message: `${place}: Anggaran program ${shown(f)} tidak sama dengan Pagu DPA ${f.expected ?? ''} (${quoteSheet(d.otherSheet)}!${d.otherCell}).`,
          saran:
            'Samakan Anggaran (Rp) di PK dengan Pagu (Rp) di DPA untuk program ini, atau perbaiki yang keliru.',
        };
      case 'realisasi-pagu':
        return {
          message: `${place}: jumlah realisasi anggaran ${formatRupiah(d.actual)} melebihi pagu ${formatRupiah(d.expected)}.`,
          saran: `Periksa realisasi setiap triwulan (isi per triwulan, bukan kumulatif) dan pagu di sel ${d.paguCell}.`,
        };
    }
  },
  'calc/undefined': (f, place) =>
    f.detail.reason === 'penyebut-nol'
      ? {
          message: `${place}: penyebut indikator ${f.detail.kode} ${f.detail.basis === 'sum' ? 'berjumlah 0 untuk semua triwulan' : 'pada triwulan terakhir 0'}, sehingga realisasi (Pembilang ÷ Penyebut × 100) dan capaiannya tidak dapat dihitung (pembagian dengan nol).`,
          saran:
            'Periksa angka Penyebut di sheet Data Kinerja; bila memang tidak ada yang dapat dihitung (mis. tidak ada surat masuk), jelaskan capaiannya secara naratif di Faktor Pendukung atau Faktor Penghambat.',
        }
      : f.detail.reason === 'target-nol'
        ? {
            message: `${place}: target PK ${shown(f)}, sehingga capaian tidak dapat dihitung (pembagian dengan nol).`,
            saran:
              'Isi target PK yang sebenarnya; bila target memang 0, jelaskan capaiannya secara naratif di Faktor Pendukung atau Faktor Penghambat.',
          }
        : {
            message: `${place}: realisasi ${shown(f)} dengan rumus indikator negatif Target/Realisasi, sehingga capaian tidak dapat dihitung (pembagian dengan nol).`,
            saran:
              'Periksa realisasinya, atau pakai Rumus Indikator Negatif (2*Target-Realisasi)/Target di sheet Pengaturan.',
          },
  'calc/overflow': (f, place) => {
    switch (f.detail.reason) {
      case 'capaian':
        return {
          message: `${place}: realisasi ${shown(f)} dibandingkan dengan targetnya menghasilkan capaian di luar batas angka yang dapat dihitung, sehingga capaian indikator ini tidak dapat dihitung.`,
          saran:
            'Periksa realisasi di sel ini dan target di sheet PK; salah satunya kemungkinan salah ketik.',
        };
      case 'realisasi-anggaran':
        return {
          message: `${place}: realisasi anggaran ${shown(f)} terlalu besar; jumlah realisasi triwulannya melampaui batas angka yang dapat dihitung, sehingga realisasi dan serapan program ini tidak dapat dihitung.`,
          saran:
            'Periksa angka di sel ini (kemungkinan salah ketik, mis. 9E+307) dan isi realisasi anggaran yang sebenarnya.',
        };
      case 'serapan':
        return {
          message: `${place}: pagu ${shown(f)} dibandingkan dengan realisasinya menghasilkan serapan di luar batas angka yang dapat dihitung, sehingga serapan program ini tidak dapat dihitung.`,
          saran:
            'Periksa pagu di sel ini dan realisasinya di sheet DPA; salah satunya kemungkinan salah ketik.',
        };
      case 'realisasi':
        return {
          message: `${place}: realisasi ${shown(f)} terlalu besar; jumlah atau rata-rata realisasi triwulannya melampaui batas angka yang dapat dihitung, sehingga realisasi tahunan dan capaian indikator ini tidak dapat dihitung.`,
          saran:
            'Periksa angka di sel ini (kemungkinan salah ketik, mis. 9E+307) dan isi realisasi yang sebenarnya.',
        };
    }
  },
  'calc/isian-realisasi': (f, place) => {
    const d = f.detail;
    const isian = d.isian;
    const other = d.lain;
    const reading = (r: number, c: number | undefined): string =>
      `${formatNumber(r)}${c === undefined ? '' : ` (capaian ${formatPercent(c)})`}`;
    const target = d.target;
    const why =
      d.reason === 'turun'
        ? 'angka kumulatif tidak pernah turun, tetapi di sini ada triwulan yang lebih kecil dari triwulan sebelumnya'
        : `angkanya tidak pernah turun dan realisasi tahunannya jauh melampaui target${target === undefined ? '' : ` ${formatNumber(target)}`}, seperti angka kumulatif`;
    const indikator = d.indikator;
    return {
      message: `${place}: realisasi triwulan indikator ${d.kode}${indikator ? ` “${indikator}”` : ''} tidak cocok dengan Isian Realisasi “${isian}”: ${why}. Dibaca “${isian}”, realisasi tahunannya ${reading(d.realisasi, d.capaian)}; dibaca “${other}”, ${reading(d.realisasiLain, d.capaianLain)}.`,
      saran: `Bila angka yang diisi memang ${other === 'Per Triwulan' ? 'angka triwulan itu saja' : 'angka sejak Januari sampai akhir triwulan'}, pilih Isian Realisasi “${other}” untuk indikator ini di kolom Isian Realisasi sheet PK (atau Isian Realisasi Triwulan di Pengaturan untuk semua indikator); bila isiannya sudah benar, peringatan ini boleh diabaikan.`,
    };
  },
  'calc/kategori': (f, place) => ({
    message: `${place}: ${f.detail.bands === 0 ? 'belum ada satu pun' : `hanya ada ${f.detail.bands}`} kategori capaian; perlu paling sedikit 2 kategori (baris Tidak Ada Target tidak dihitung). Selama belum diperbaiki, kategori capaian dihitung menurut Batas di sheet Pengaturan.`,
    saran:
      'Isi paling sedikit dua baris, masing-masing Batas Bawah (%) dan Kategori, mis. 90 Sangat Baik dan 0 Kurang; atau hapus sheet Kategori Capaian bila Batas di sheet Pengaturan yang dipakai.',
  }),
  'cell/ratio-incomplete': (f, place) => {
    const d = f.detail;
    const tw = `TW ${ROMAN[d.quarter - 1] ?? d.quarter}`;
    const lacks =
      d.missing === 'keduanya'
        ? `Pembilang ${tw} dan Penyebut ${tw} belum diisi`
        : `${d.missing === 'pembilang' ? 'Pembilang' : 'Penyebut'} ${tw} belum diisi (atau bukan bilangan)`;
    return {
      message: `${place}: realisasi indikator ${d.kode} dihitung dari Pembilang ÷ Penyebut × 100, tetapi ${lacks}, sehingga realisasi tahunan dan capaiannya tidak dapat dihitung.`,
      saran: `Isi kedua angka ${tw} (0 bila memang nol); bila indikator ini tidak memakai pembilang dan penyebut, kosongkan semua kolom Pembilang dan Penyebut barisnya dan isi Realisasi ${tw} saja.`,
    };
  },
  'calc/ratio-mismatch': (f, place) => {
    const d = f.detail;
    const tw = `TW ${ROMAN[d.quarter - 1] ?? d.quarter}`;
    return {
      message: `${place}: Realisasi ${tw} indikator ${d.kode} diisi ${formatNumber(d.typed)}, sedangkan Pembilang ÷ Penyebut × 100 = ${formatNumber(d.pembilang)} ÷ ${formatNumber(d.penyebut)} × 100 = ${formatNumber(d.computed)}; yang dipakai ${formatNumber(d.computed)}.`,
      saran: `Periksa Pembilang dan Penyebut ${tw}; bila keduanya benar, kosongkan Realisasi ${tw} atau isi ${formatNumber(d.computed)}.`,
    };
  },
  'calc/ratio-unlabelled': (f, place) => {
    const d = f.detail;
    const which =
      d.missing === 'keduanya'
        ? 'Pembilang dan Penyebut'
        : d.missing === 'pembilang'
          ? 'Pembilang'
          : 'Penyebut';
    return {
      message: `${place}: indikator ${d.kode} diisi angka Pembilang dan Penyebut di sheet ${d.dataSheet} baris ${d.dataRow}, tetapi kolom ${which} di PK kosong. Realisasinya tetap dihitung dari angka itu (Pembilang ÷ Penyebut × 100).`,
      saran: `Tuliskan nama ${which.toLowerCase()} di PK (mis. Jumlah surat selesai tepat waktu ÷ Jumlah surat masuk) agar tercetak di tabel LAKIP; bila indikator ini bukan persentase dari dua angka, kosongkan angka Pembilang dan Penyebut di ${d.dataSheet}.`,
    };
  },
  'analysis/missing': (f, place) => {
    return {
      message: `${place}: capaian ${formatPercent(f.detail.capaian)} di bawah 100%, tetapi ${f.detail.missing.join(' dan ')} belum diisi.`,
      saran:
        'Tuliskan penyebab target belum tercapai (Faktor Penghambat) dan langkah perbaikannya (Upaya Perbaikan).',
    };
  },
  'sop/no-actor': (f, place) => ({
    message: `${place}: langkah SOP ini belum punya pelaksana.`,
    saran: `Beri tanda ✓ di kolom pelaksana${f.detail.actors.length > 0 ? ` (${f.detail.actors.join(', ')})` : ''} yang mengerjakan langkah ini.`,
  }),
  'sop/duplicate-step': (f, place) => ({
    message: `${place}: aktivitas ${shown(f)} sama dengan langkah ${f.detail.firstNo ?? ''} (baris ${f.detail.firstRow}).`,
    saran:
      'Bila dua langkah ini memang berbeda, bedakan uraiannya; bila ganda, hapus salah satu. (Langkah 9 dan 10 pada dokumen SOP asli memang sama.)',
  }),
  'sop/out-of-order': (f, place) => ({
    message: `${place}: langkah ini sudah Selesai padahal langkah ${f.detail.earlierNo ?? 'sebelumnya'} (baris ${f.detail.earlierRow}) belum Selesai.`,
    saran:
      'Perbarui Status langkah sebelumnya bila sudah dikerjakan, atau periksa kembali Status langkah ini.',
  }),
  'sop/over-time': (f, place) => ({
    message: `${place}: waktu aktual ${shown(f)} menit melebihi waktu baku ${formatNumber(f.detail.standard)} menit.`,
    saran: 'Catat penyebab kelebihan waktu di kolom Catatan, atau periksa isian Waktu Aktual.',
  }),
  'sop/date-order': (f, place) => ({
    message: `${place}: Tanggal Selesai ${shown(f)} lebih awal dari Tanggal Mulai ${f.detail.mulai} (sel ${f.detail.mulaiCell}).`,
    saran: `Perbaiki salah satu tanggal; tulis tanggal hari/bulan/tahun, mis. 31/12/${f.detail.tahunLaporan ?? 2017}.`,
  }),
  'sop/missing-evidence': (f, place) => ({
    message: `${place}: langkah berstatus Selesai tetapi ${lacking(f.detail.missing)} belum ada. Pencatatan dan Pendataan SOP: "${f.detail.aturan}".`,
    saran:
      'Isi Bukti Soft Copy (lokasi file atau tautan) dan Bukti Hard Copy = Ya, atau ubah Status bila langkah belum selesai.',
  }),
  'sop/incomplete': (f, place) => {
    const { selesai, total } = f.detail;
    return {
      message:
        total === 0
          ? `${place}: belum ada langkah SOP yang tercatat, sehingga pelaporan akan terhambat.`
          : `${place}: baru ${selesai} dari ${total} langkah SOP yang Selesai; bila SOP tidak diselesaikan, pelaporan akan terhambat.`,
      saran: `Selesaikan langkah berikutnya${f.row !== undefined ? ` (mulai baris ${f.row})` : ''} dan perbarui Status, tanggal serta buktinya.`,
    };
  },
  'doc/missing': (f, place) => {
    const d = f.detail;
    const late = d.step !== undefined ? `, padahal langkah ${d.step} SOP (analisis data) sudah Selesai` : '';
    if (!d.listed) {
      return {
        message: `Sheet ${f.sheet}: dokumen ${d.kode} tidak tercantum di daftar dokumen${late}.`,
        saran: `Tambahkan baris untuk dokumen ${d.kode} (atau jalankan "lakip init") dan isi Status-nya.`,
      };
    }
    return {
      message: `${place}: dokumen ${d.nama} berstatus Belum Ada${late}.`,
      saran:
        'Minta dokumen kepada bagian penyedia, lalu ubah Status menjadi Diterima dan isi Tanggal Diterima, Soft Copy dan Hard Copy.',
    };
  },
  'doc/no-evidence': (f, place) => ({
    message: `${place}: dokumen berstatus ${f.detail.status} tetapi ${lacking(f.detail.missing).replace('bukti ', '')} belum ada.`,
    saran:
      'Isi Soft Copy (lokasi file atau tautan) dan Hard Copy = Ya, atau ubah Status bila dokumen belum diterima.',
  }),
};

/**
 * How a finding of a bagian's data format is advised (`bagianFormat`, set by
 * validate-format.ts): `locked` for a grey column the format copies from the PK, `bagian` for
 * the rest. A bagian cannot change the locked cells nor the format's protected Pengaturan, so
 * they are never told to: they ask the Sekcam.
 */
const LOCKED_SARAN =
  'Kolom ini berasal dari Perjanjian Kinerja dan dikunci di format: jangan diubah di sini. Minta Sekretaris Kecamatan memperbaikinya di sheet PK tracker dan mengirim format yang baru.';

function forBagian(f: Finding, t: FindingText): FindingText {
  switch (f.bagianFormat) {
    case 'locked':
      return { message: t.message, saran: LOCKED_SARAN };
    case 'bagian':
      if (f.code === 'cell/required' && f.detail?.triwulanBerjalan !== undefined) {
        return {
          message: t.message,
          saran: `Isi ${column(f)} (0 bila realisasinya memang nol). Bila triwulan ini memang belum waktunya dilaporkan, tanyakan kepada Sekretaris Kecamatan: Triwulan Berjalan diatur di tracker, bukan di format ini.`,
        };
      }
      if (f.code === 'calc/undefined' && f.detail.reason !== 'penyebut-nol') {
        return {
          message: t.message,
          saran:
            'Periksa realisasinya. Rumus indikator negatif diatur Sekretaris Kecamatan di tracker; tanyakan kepadanya bila realisasi 0 memang benar.',
        };
      }
      return t;
    default:
      return t;
  }
}

/** The Indonesian message (place, problem, value) and saran (what to do) of a finding. */
export function describeFinding(f: Finding): FindingText {
  // DESCRIBE[f.code] is the message function of f's own code (the table's type pairs them).
  const describe = DESCRIBE[f.code] as (f: Finding, place: string) => FindingText;
  return forBagian(f, describe(f, placeOf(f)));
}

/** `Galat` or `Peringatan`. */
export function severityLabel(severity: Finding['severity']): string {
  return severity === 'error' ? 'Galat' : 'Peringatan';
}
