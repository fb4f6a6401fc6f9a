/** The task pane's views, in tab order, with the names users see. */
export const VIEWS = [
  { id: 'beranda', label: 'Beranda' },
  { id: 'siapkan', label: 'Siapkan' },
  { id: 'periksa', label: 'Periksa' },
  { id: 'sop', label: 'SOP' },
  { id: 'konsolidasi', label: 'Konsolidasi' },
  { id: 'ekspor', label: 'Ekspor' },
  { id: 'rekap', label: 'Rekap' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

/** Props every view gets: a way to send the user to another view. */
export interface ViewProps {
  readonly onNavigate: (view: ViewId) => void;
}
