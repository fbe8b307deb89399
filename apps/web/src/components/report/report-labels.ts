import { useTranslation } from 'react-i18next';
import type { EventDetail, ReportCell } from '../../api-types';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../time-zone';
import { termLabel } from '../profile-display';

/** Which taxonomy names the keys of a breakdown, if any. */
const taxonomyOf: Record<string, keyof EventDetail['taxonomies']> = {
  'participants.byCountry': 'countries',
  'participants.bySector': 'sectors',
  'participants.byOrganisationType': 'organisationTypes',
  country: 'countries',
  organisationType: 'organisationTypes',
};

const kindMetrics = new Set(['collaborations.possible', 'collaborations.concreteByKind']);
const knownSizeBands = new Set(['under-50', '50-249', '250-plus']);
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export interface ReportLabels {
  timeZone: string;
  /** The organiser's words for a breakdown key (a country code, a sector key, a size band…). */
  keyLabel: (metric: string, key: string) => string;
  /** A drill-down column heading. */
  column: (name: string) => string;
  /** A drill-down cell, with dates in the event's time zone and codes named. */
  cell: (column: string, value: ReportCell) => string;
  number: (value: number) => string;
  euros: (value: number) => string;
}

export function useReportLabels(event: EventDetail | undefined): ReportLabels {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const timeZone = event?.timeZone ?? 'Europe/Copenhagen';
  const numberFormat = new Intl.NumberFormat(locale);
  const euroFormat = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

  const keyLabel = (metric: string, key: string): string => {
    // The server's placeholders for missing values.
    if (key === '(none)') return t('report.noValue');
    if (key === '(unknown)') return t('report.unknown');
    if (kindMetrics.has(metric)) return i18n.exists(`evaluation.kinds.${key}`) ? t(`evaluation.kinds.${key}` as 'evaluation.kinds.commercial') : key;
    if (metric === 'participants.bySizeBand' && knownSizeBands.has(key)) return t(`sizeBand.${key as 'under-50'}`);
    const taxonomy = taxonomyOf[metric];
    return taxonomy ? termLabel(event?.taxonomies[taxonomy], key) : key;
  };

  const column = (name: string): string =>
    i18n.exists(`report.columns.${name}`) ? t(`report.columns.${name}` as 'report.columns.name') : name;

  const cell = (name: string, value: ReportCell): string => {
    if (value === null || value === '') return '–';
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'number') return name === 'valueEur' ? euroFormat.format(value) : numberFormat.format(value);
    if (isoInstant.test(value)) return formatDateTime(value, timeZone, locale);
    if (name === 'sizeBand' && knownSizeBands.has(value)) return t(`sizeBand.${value as 'under-50'}`);
    const taxonomy = taxonomyOf[name];
    return taxonomy ? termLabel(event?.taxonomies[taxonomy], value) : value;
  };

  return { timeZone, keyLabel, column, cell, number: (value) => numberFormat.format(value), euros: (value) => euroFormat.format(value) };
}
