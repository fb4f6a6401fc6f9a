/** The command line's help, in Indonesian. */
export const HELP_MAIN = `LAKIP Tracker — pelacak SOP Pengumpulan Data Kinerja untuk LKjIP/LAKIP

Pemakaian: lakip <perintah> [opsi]

Perintah:
  init FILE [--tahun N] [--unit NAMA] [--kabupaten NAMA] [--sample] [--kategori-capaian]
        Membuat tracker (SOP, daftar dokumen, sheet 14 dokumen, Data Kinerja).
        Pada file yang sudah ada: menambahkan sheet/kolom yang belum ada tanpa
        mengubah isian Anda. --kategori-capaian: juga sheet Kategori Capaian.
  validate FILE [--json] [--report]
        Memeriksa kelengkapan dan kebenaran data.
  export FILE [-o KELUARAN.xlsx] [--json] [--docx KELUARAN.docx]
        Menghitung dan menulis tabel-tabel LAKIP.
  format FILE --bagian KODE -o KELUARAN.xlsx | --all -o FOLDER | --sheet
        Membuat format data kinerja untuk bagian.
  consolidate FILE BAGIAN.xlsx... [--selesai]
        Menggabungkan format yang sudah diisi bagian ke dalam tracker.
  import FILE SUMBER.xlsx [--sheet NAMA] [--ke SHEET] [--peta PETA.json] [--json] [--terapkan]
        Mengimpor tabel dari workbook Anda sendiri: usulan kolom, pratinjau,
        lalu (dengan --terapkan) menulisnya ke tracker.
  rekap KELUARAN.xlsx TRACKER.xlsx... | FOLDER [--json] [--docx KELUARAN.docx]
        Merekap tracker banyak kecamatan menjadi satu workbook (kabupaten/kota).
  demo [FOLDER] [--force]
        Menjalankan seluruh siklus pada contoh Kecamatan Pasrujambe 2017
        (bawaan: folder demo-output/).

Opsi umum:
  --force   timpa file keluaran yang sudah ada
  --help    tampilkan bantuan ini
  --version tampilkan versi lakip

Kode keluar: 0 berhasil, 1 ada galat pada data, 2 file tidak dapat dipakai atau
perintah salah.`;

export const HELP_INIT = `Pemakaian: lakip init FILE [--tahun N] [--unit NAMA] [--kabupaten NAMA] [--sample [--force]] [--kategori-capaian]

Membuat tracker baru di FILE, atau memutakhirkan tracker yang sudah ada:
sheet yang belum ada ditambahkan, kolom yang belum ada ditambahkan di ujung
kanan, dan tidak ada sel isian Anda yang diubah. Menjalankan ulang tidak
mengubah apa pun.

  --tahun N        Tahun Laporan (bawaan: tahun lalu; dengan --sample: 2017)
  --unit NAMA      Nama Unit Kerja, mis. "Kecamatan Pasrujambe"
  --kabupaten NAMA Nama kabupaten, mis. "Lumajang"
  --sample         isi dengan contoh lengkap Kecamatan Pasrujambe 2017 (hanya
                   untuk file baru atau kosong; ditolak bila FILE sudah berisi data)
  --force          dengan --sample: campurkan contoh ke FILE yang sudah berisi data
  --kategori-capaian
                   buat juga sheet Kategori Capaian (kategori dan batas bawah milik
                   kantor Anda, mis. Sangat Baik ≥ 90 … Sangat Kurang, atau tujuh
                   kategori dengan Tidak Ada Target), diisi lima kategori dari Batas
                   di Pengaturan sebagai awal; bila sheet itu ada, Batas di
                   Pengaturan tidak dipakai. Tanpa opsi ini sheet itu tidak dibuat.

Satu file tracker untuk satu tahun: --tahun tidak mengubah tahun tracker yang
sudah ada; untuk tahun baru buat file baru, mis.
  lakip init tracker-2025.xlsx --tahun 2025 --unit "Kecamatan Pasrujambe"`;

export const HELP_VALIDATE = `Pemakaian: lakip validate FILE [--json] [--report]

Memeriksa tracker FILE: apakah semua data sudah masuk dan benar. Setiap temuan
menyebut tempatnya (mis. PK!E7), apa yang salah, nilai yang salah, dan saran
perbaikannya; temuan dikelompokkan per sheet, diikuti kelengkapan isian wajib
per sheet. Galat harus diperbaiki; peringatan perlu diperiksa.

  --json     cetak { "summary", "completeness", "findings" } sebagai JSON
             (paling banyak 1.000 temuan; jumlah per kode selalu lengkap)
  --report   tulis juga sheet Temuan di FILE (dibuat ulang setiap kali; tautan
             ke setiap sel, galat merah, peringatan kuning, filter di judul
             kolom). Sheet lain tidak diubah.

Kode keluar: 0 tidak ada galat, 1 ada galat, 2 file tidak dapat dipakai.`;

export const HELP_EXPORT = `Pemakaian: lakip export FILE [-o KELUARAN.xlsx] [--docx KELUARAN.docx] [--json] [--force]

Menghitung tabel-tabel LAKIP dari tracker FILE: Perjanjian Kinerja, Capaian,
Perbandingan, Analisis, Anggaran, Efisiensi dan SOP. Setiap tabel ditulis ke
sheet sendiri (LAKIP Capaian, ...) yang dibuat ulang pada setiap ekspor; sheet
lain tidak diubah. Baris yang angkanya tidak dapat dihitung (mis. target 0)
ditandai kuning dan alasannya ditulis di kolom Keterangan serta di layar.
Catatan yang Anda ketik di kolom Keterangan, atau di kolom Anda sendiri di kanan
tabel, ikut dipindahkan ke baris indikator/program yang sama. Selama tracker
masih berisi galat, setiap sheet LAKIP dan dokumen Word ditandai DRAF.

  -o KELUARAN.xlsx      tulis ke workbook baru yang hanya berisi sheet LAKIP
                        (tracker tidak diubah)
  --docx KELUARAN.docx  tulis juga dokumen Word dengan susunan BAB II dan BAB III
                        Laporan Kinerja
  --json                cetak { tables, findings, summary } sebagai JSON; tracker
                        tidak diubah (-o dan --docx tetap ditulis)
  --force               timpa KELUARAN yang sudah ada, dan buang isian di sheet
                        LAKIP lama yang tidak punya tempat di tabel baru

Kode keluar: 0 selesai, 1 ditulis sebagai DRAF karena tracker masih berisi
galat, 2 file tidak dapat dipakai (atau isian Anda akan terbuang).`;

export const HELP_DEMO = `Pemakaian: lakip demo [FOLDER] [--force]

Membuat contoh tracker Kecamatan Pasrujambe 2017 di FOLDER (bawaan:
demo-output/), lalu memeriksa dan mengekspor tabel LAKIP-nya. Bila file contoh
(tracker-pasrujambe-2017.xlsx, lakip-pasrujambe-2017.docx) sudah ada di folder
itu, demo berhenti tanpa menimpanya.

  --force   buat ulang file contoh yang sudah ada`;

export const HELP_FORMAT = `Pemakaian: lakip format FILE --bagian KODE -o KELUARAN.xlsx
           lakip format FILE --all -o FOLDER
           lakip format FILE (--bagian KODE | --all) --sheet

Membuat format data kinerja (langkah 2 SOP) dari tracker FILE: workbook kecil
berisi sheet Data Kinerja dengan indikator PK yang menjadi tanggung jawab bagian
itu (Kode Indikator, Indikator, Satuan, Target, Polaritas, Metode Agregasi;
abu-abu dan dikunci), kolom realisasi sampai Triwulan Berjalan dan kolom
analisis untuk diisi, serta sheet Pengaturan sebagai rujukan. Tracker tidak
diubah.

  --bagian KODE   Kode Bagian (atau Nama Bagian) dari sheet Bagian
  --all           satu file untuk setiap bagian yang punya indikator, bernama
                  format-data-kinerja-TAHUN-KODE.xlsx di FOLDER
  -o              file keluaran (dengan --bagian) atau folder (dengan --all)
  --sheet         untuk workbook bersama (mis. di OneDrive): tambahkan sheet
                  "Data Kinerja KODE" ke dalam tracker itu sendiri
  --force         timpa file keluaran yang sudah ada, dan buat format walaupun
                  sheet PK berisi galat di kolom yang disalin ke format

Format tidak dibuat (kode keluar 2) selama sheet PK berisi galat di kolom yang
disalin ke format (Kode Indikator, Indikator, Satuan, Target, Polaritas, Metode
Agregasi, Penanggung Jawab): di format kolom itu dikunci.

Bagian dapat memeriksa isiannya dengan: lakip validate FORMAT.xlsx`;

export const HELP_CONSOLIDATE = `Pemakaian: lakip consolidate FILE [BAGIAN.xlsx | FOLDER]... [--selesai]

Menggabungkan format data kinerja yang sudah diisi bagian (langkah 3 SOP) ke
sheet Data Kinerja tracker FILE, dicocokkan menurut Kode Indikator. Juga sheet
"Data Kinerja KODE" di dalam tracker itu sendiri. Sebelum disimpan, versi lama
disalin ke NAMA.sebelum-konsolidasi.xlsx.

- Hanya kolom isian bagian yang diambil (Realisasi TW I-IV, Faktor Pendukung,
  Faktor Penghambat, Upaya Perbaikan, Bukti Dukung, Status Data); kolom dari PK
  tidak pernah diubah. Sel yang kosong di format tidak mengosongkan tracker.
- Baris indikator milik bagian lain (menurut Penanggung Jawab di PK) atau yang
  tidak ada di PK tidak digabung dan dilaporkan.
- Dua file yang mengisi nilai berbeda untuk sel yang sama dilaporkan; sel itu
  di tracker tidak diubah.
- File yang rusak atau bukan format dilewati; file lain tetap digabung.
- Menggabungkan file yang sama dua kali tidak mengubah apa pun.
- Kolom Sumber dan Diimpor mencatat asal dan waktu setiap baris.

  --selesai   bila data semua bagian sudah masuk, tandai langkah 3 SOP Selesai

Kode keluar: 0 semua tergabung; 1 ada file yang dilewati, nilai berbeda atau
baris yang tidak digabung; 2 tracker tidak dapat dipakai.`;


export const HELP_REKAP = `Pemakaian: lakip rekap KELUARAN.xlsx TRACKER.xlsx... | FOLDER [--json] [--docx KELUARAN.docx] [--force]

Merekap tracker banyak unit kerja (mis. semua kecamatan satu kabupaten) menjadi
satu workbook baru KELUARAN.xlsx dengan empat sheet:
  Rekap Capaian          capaian setiap indikator per unit, rata-rata, tertinggi,
                         terendah; kategori ditunjukkan dengan warna
  Rekap Anggaran         pagu, realisasi, serapan dan sisa per unit, dengan Jumlah
  Rekap SOP dan Dokumen  langkah SOP selesai dan dokumen diterima/diverifikasi
  Rekap Pemeriksaan      galat, peringatan dan kelengkapan setiap tracker

- Indikator dicocokkan menurut Kode Indikator, bila tidak cocok menurut namanya
  (huruf besar-kecil, spasi dan tanda baca diabaikan); indikator yang tidak ada
  di semua unit tetap dicantumkan.
- Semua tracker harus satu Tahun Laporan. Tracker tahun lain, unit yang sama
  dua kali, dan file yang rusak atau bukan tracker dilewati dengan alasannya;
  tracker lain tetap direkap.
- Tracker dibaca satu per satu dan tidak diubah.

  --json               cetak { "tahun", "units", "indicators", "anggaran", "skipped" }
  --docx KELUARAN.docx tulis juga bab rekap dalam dokumen Word
  --force              timpa KELUARAN yang sudah ada

Kode keluar: 0 semua tracker direkap; 1 ada file yang dilewati; 2 tidak ada
tracker yang dapat direkap atau perintah salah.`;
