/**
 * Every check of the validator, in the order they run, with the codes each one can give.
 * Adding a rule is one file in checks/, one line here and one test.
 */
import type { FindingCode } from '../findings/finding';
import { checkAnalysisMissing } from './checks/analysis-missing';
import { checkCalcIsianRealisasi } from './checks/calc-isian-realisasi';
import { checkCalcKategori } from './checks/calc-kategori';
import { checkCalcOverflow } from './checks/calc-overflow';
import { checkCalcRatio } from './checks/calc-ratio';
import { checkCalcUndefined } from './checks/calc-undefined';
import { checkCellChoice } from './checks/cell-choice';
import { checkCellDateRange } from './checks/cell-date-range';
import { checkCellFormulaError } from './checks/cell-formula-error';
import { checkCellFormulaText } from './checks/cell-formula-text';
import { checkCellNumberAsText } from './checks/cell-number-as-text';
import { checkCellRange } from './checks/cell-range';
import { checkYears } from './checks/cell-range-years';
import { checkCellRequired } from './checks/cell-required';
import { checkCellType } from './checks/cell-type';
import { checkColumnDuplicate } from './checks/column-duplicate';
import { checkColumnMissing } from './checks/column-missing';
import { checkDocMissing } from './checks/doc-missing';
import { checkDocNoEvidence } from './checks/doc-no-evidence';
import { checkRefMismatchAnggaran } from './checks/ref-mismatch-anggaran';
import { checkRefMismatchIndicator } from './checks/ref-mismatch-indicator';
import { checkRefUncovered } from './checks/ref-uncovered';
import { checkRefUnknown } from './checks/ref-unknown';
import { checkRowDuplicateKey } from './checks/row-duplicate-key';
import { checkSheetEmpty } from './checks/sheet-empty';
import { checkSheetMissing } from './checks/sheet-missing';
import { checkSopDateOrder } from './checks/sop-date-order';
import { checkSopDuplicateStep } from './checks/sop-duplicate-step';
import { checkSopIncomplete } from './checks/sop-incomplete';
import { checkSopMissingEvidence } from './checks/sop-missing-evidence';
import { checkSopNoActor } from './checks/sop-no-actor';
import { checkSopOutOfOrder } from './checks/sop-out-of-order';
import { checkSopOverTime } from './checks/sop-over-time';
import { checkSumAnggaranPagu } from './checks/sum-anggaran-pagu';
import { checkSumQuarterlyTargets } from './checks/sum-quarterly-targets';
import { checkSumRealisasiPagu } from './checks/sum-realisasi-pagu';
import type { Check } from './context';

export interface CheckEntry {
  /** The file name in checks/, without `.ts`. */
  readonly name: string;
  /** The finding codes this check can give. */
  readonly codes: readonly FindingCode[];
  readonly run: Check;
}

export const CHECKS: readonly CheckEntry[] = [
  { name: 'sheet-missing', codes: ['sheet/missing'], run: checkSheetMissing },
  { name: 'sheet-empty', codes: ['sheet/empty'], run: checkSheetEmpty },
  { name: 'column-missing', codes: ['column/missing'], run: checkColumnMissing },
  { name: 'column-duplicate', codes: ['column/duplicate'], run: checkColumnDuplicate },
  { name: 'cell-required', codes: ['cell/required'], run: checkCellRequired },
  { name: 'cell-type', codes: ['cell/type'], run: checkCellType },
  { name: 'cell-number-as-text', codes: ['cell/number-as-text'], run: checkCellNumberAsText },
  { name: 'cell-choice', codes: ['cell/choice'], run: checkCellChoice },
  { name: 'cell-range', codes: ['cell/range'], run: checkCellRange },
  { name: 'cell-range-years', codes: ['cell/range'], run: checkYears },
  { name: 'cell-date-range', codes: ['cell/date-range'], run: checkCellDateRange },
  { name: 'cell-formula-error', codes: ['cell/formula-error'], run: checkCellFormulaError },
  { name: 'cell-formula-text', codes: ['cell/formula-text'], run: checkCellFormulaText },
  { name: 'row-duplicate-key', codes: ['row/duplicate-key'], run: checkRowDuplicateKey },
  { name: 'ref-unknown', codes: ['ref/unknown'], run: checkRefUnknown },
  { name: 'ref-uncovered', codes: ['ref/uncovered'], run: checkRefUncovered },
  { name: 'ref-mismatch-indicator', codes: ['ref/mismatch'], run: checkRefMismatchIndicator },
  { name: 'ref-mismatch-anggaran', codes: ['ref/mismatch'], run: checkRefMismatchAnggaran },
  { name: 'sum-quarterly-targets', codes: ['sum/mismatch'], run: checkSumQuarterlyTargets },
  { name: 'sum-anggaran-pagu', codes: ['sum/mismatch'], run: checkSumAnggaranPagu },
  { name: 'sum-realisasi-pagu', codes: ['sum/mismatch'], run: checkSumRealisasiPagu },
  { name: 'calc-undefined', codes: ['calc/undefined'], run: checkCalcUndefined },
  { name: 'calc-overflow', codes: ['calc/overflow'], run: checkCalcOverflow },
  { name: 'calc-isian-realisasi', codes: ['calc/isian-realisasi'], run: checkCalcIsianRealisasi },
  { name: 'calc-kategori', codes: ['calc/kategori'], run: checkCalcKategori },
  {
    name: 'calc-ratio',
    codes: [
      'cell/ratio-incomplete',
      'calc/ratio-mismatch',
      'calc/ratio-unlabelled',
      'calc/undefined',
      'calc/overflow',
    ],
    run: checkCalcRatio,
  },
  { name: 'analysis-missing', codes: ['analysis/missing'], run: checkAnalysisMissing },
  { name: 'sop-no-actor', codes: ['sop/no-actor'], run: checkSopNoActor },
  { name: 'sop-duplicate-step', codes: ['sop/duplicate-step'], run: checkSopDuplicateStep },
  { name: 'sop-out-of-order', codes: ['sop/out-of-order'], run: checkSopOutOfOrder },
  { name: 'sop-over-time', codes: ['sop/over-time'], run: checkSopOverTime },
  { name: 'sop-date-order', codes: ['sop/date-order'], run: checkSopDateOrder },
  { name: 'sop-missing-evidence', codes: ['sop/missing-evidence'], run: checkSopMissingEvidence },
  { name: 'sop-incomplete', codes: ['sop/incomplete'], run: checkSopIncomplete },
  { name: 'doc-missing', codes: ['doc/missing'], run: checkDocMissing },
  { name: 'doc-no-evidence', codes: ['doc/no-evidence'], run: checkDocNoEvidence },
];
