import { NativeSelect, NumberInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TableKind } from '../../api-types';

export interface PlaceFieldValues {
  capacity: number | string;
  exhibitorParticipantId: string;
  videoLinkTemplate: string;
}

interface Props {
  kind: TableKind;
  values: PlaceFieldValues;
  exhibitors: { value: string; label: string }[];
  onChange: (patch: Partial<PlaceFieldValues>) => void;
}

/** Seats, and what only some kinds of place have: a booth's exhibitor, an online place's video link. */
export function PlaceFields({ kind, values, exhibitors, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <NumberInput
        label={t('tables.capacity')}
        required
        min={1}
        max={50}
        allowDecimal={false}
        value={values.capacity}
        onChange={(capacity) => onChange({ capacity })}
      />
      {kind === 'booth' && (
        <NativeSelect
          label={t('tables.exhibitor')}
          value={values.exhibitorParticipantId}
          data={[{ value: '', label: t('tables.noExhibitor') }, ...exhibitors]}
          onChange={(e) => onChange({ exhibitorParticipantId: e.currentTarget.value })}
        />
      )}
      {kind === 'online' && (
        <TextInput
          label={t('tables.videoLink')}
          description={t('tables.videoLinkHint')}
          type="url"
          placeholder="https://meet.jit.si/clustermeet-{meeting}"
          value={values.videoLinkTemplate}
          onChange={(e) => onChange({ videoLinkTemplate: e.currentTarget.value })}
        />
      )}
    </>
  );
}
